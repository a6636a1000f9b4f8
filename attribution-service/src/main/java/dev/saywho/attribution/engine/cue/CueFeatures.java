package dev.saywho.attribution.engine.cue;

import static dev.saywho.attribution.engine.cue.CueFeature.bucket;
import static dev.saywho.attribution.engine.cue.CueFeature.v;

import java.util.Locale;

import dev.saywho.attribution.engine.learn.FeatureSink;
import dev.saywho.attribution.engine.lexicon.Lexicons;
import dev.saywho.attribution.engine.syntax.SyntacticWord;

/** The cue model's feature generators, one small class each. */
final class CueFeatures {

    private CueFeatures() {}

    private static String relation(CueInput in, CueCandidate c) {
        return CueCandidate.baseRelation(in.word(c.complement()).relation());
    }

    /** {@code bias}: one feature per complement relation, so each relation has its own prior. */
    static final class Bias implements CueFeature {
        @Override
        public String name() {
            return "bias";
        }

        @Override
        public int version() {
            return 1;
        }

        @Override
        public void add(CueInput in, CueCandidate c, FeatureSink out) {
            out.add(0, 0);
            out.add(1, v(relation(in, c)));
        }
    }

    /** {@code predicate}: the cue word's lemma, form, tags and ending, alone and with the complement's relation. */
    static final class Predicate implements CueFeature {
        @Override
        public String name() {
            return "predicate";
        }

        @Override
        public int version() {
            return 1;
        }

        @Override
        public void add(CueInput in, CueCandidate c, FeatureSink out) {
            SyntacticWord p = in.word(c.predicate());
            String lemma = in.lemma(c.predicate());
            long rel = v(relation(in, c));
            out.add(0, v(lemma));
            out.add(1, v(p.form().toLowerCase(Locale.ROOT)));
            out.add(2, v(p.upos()));
            out.add(3, v(p.xpos()));
            out.add(4, v(lemma), rel);
            out.add(5, v(p.upos()), rel);
            out.add(6, v(lemma.length() > 3 ? lemma.substring(lemma.length() - 3) : lemma), rel);
            out.add(7, v(in.word(c.predicate()).relation()), v(p.upos()));
        }
    }

    /** {@code complement}: the content's relation in full, its head's tag, its marker and first word. */
    static final class Complement implements CueFeature {
        @Override
        public String name() {
            return "complement";
        }

        @Override
        public int version() {
            return 1;
        }

        @Override
        public void add(CueInput in, CueCandidate c, FeatureSink out) {
            SyntacticWord head = in.word(c.complement());
            long rel = v(CueCandidate.baseRelation(head.relation()));
            int marker = in.marker(c.complement());
            long mark = marker < 0 ? v("-") : v(in.lemma(marker));
            out.add(0, v(head.relation()));
            out.add(1, v(head.upos()), rel);
            out.add(2, mark, rel);
            out.add(3, mark, v(in.lemma(c.predicate())));
            out.add(4, v(in.word(c.first()).form().toLowerCase(Locale.ROOT)), rel);
            out.add(5, c.first() > c.predicate() ? 1 : 0, rel);
            // a clause of its own (a verb with a subject) reads as reported content more than a bare noun phrase
            out.add(6, in.subject(c.complement()) >= 0 ? 1 : 0, rel);
        }
    }

    /** {@code subject}: whether the cue word has a subject, what kind, and whether it is passive or negated. */
    static final class Subject implements CueFeature {
        @Override
        public String name() {
            return "subject";
        }

        @Override
        public int version() {
            return 1;
        }

        @Override
        public void add(CueInput in, CueCandidate c, FeatureSink out) {
            int p = c.predicate();
            int s = in.subject(p);
            long rel = v(relation(in, c));
            String kind = s < 0 ? "-" : in.word(s).upos();
            out.add(0, v(kind), rel);
            if (s >= 0 && kind.equals("PRON")) {
                out.add(1, v(in.lemma(s)));
            }
            out.add(2, in.passive(p) ? 1 : 0, v(in.lemma(p)));
            out.add(3, in.passive(p) ? 1 : 0, rel);
            out.add(4, in.negated(p) ? 1 : 0);
            out.add(5, v(kind), v(in.lemma(p)));
        }
    }

    /** {@code governor}: where the cue word hangs in its sentence (the root, a clause, a noun) and what governs it. */
    static final class Governor implements CueFeature {
        @Override
        public String name() {
            return "governor";
        }

        @Override
        public int version() {
            return 1;
        }

        @Override
        public void add(CueInput in, CueCandidate c, FeatureSink out) {
            SyntacticWord p = in.word(c.predicate());
            long rel = v(relation(in, c));
            out.add(0, v(p.relation()), rel);
            if (p.head() >= 0) {
                out.add(1, v(in.lemma(p.head())), v(CueCandidate.baseRelation(p.relation())));
            }
        }
    }

    /** {@code span}: the content's length, how much of it is quoted, and whether the cue word is. */
    static final class Span implements CueFeature {
        @Override
        public String name() {
            return "span";
        }

        @Override
        public int version() {
            return 1;
        }

        @Override
        public void add(CueInput in, CueCandidate c, FeatureSink out) {
            long rel = v(relation(in, c));
            int words = c.last() - c.first() + 1;
            int quoted = 0;
            for (int k = c.first(); k <= c.last(); k++) {
                if (in.quoted(k)) {
                    quoted++;
                }
            }
            out.add(0, bucket(words), rel);
            out.add(1, quoted == 0 ? 0 : quoted == words ? 2 : 1);
            out.add(2, in.quoted(c.predicate()) ? 1 : 0);
            out.add(3, bucket(c.first() - c.predicate() + 8));
        }
    }

    /**
     * {@code rule:lexicon}: the rules' opinion as evidence. Whether the cue word is a report predicate of the
     * lexicon taking this relation, and its speech-verb class.
     */
    static final class RuleLexicon implements CueFeature {
        @Override
        public String name() {
            return "rule:lexicon";
        }

        @Override
        public int version() {
            return 1;
        }

        @Override
        public void add(CueInput in, CueCandidate c, FeatureSink out) {
            String rel = relation(in, c);
            Lexicons.ReportPredicate rp = in.lexicons().reportPredicate(in.lemma(c.predicate()));
            String opinion = rp == null ? "no" : rp.complements().contains(rel) ? "takes" : "other";
            out.add(0, v(opinion), v(rel));
            if (rp != null) {
                out.add(1, v(rp.meaning()), v(rel));
            }
            Lexicons.VerbClass speech =
                    in.lexicons().speechVerb(in.word(c.predicate()).form().toLowerCase(Locale.ROOT));
            out.add(2, v(speech == null ? "-" : speech.name()), v(rel));
        }
    }
}
