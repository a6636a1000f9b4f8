package dev.saywho.attribution.engine.stage;

import static dev.saywho.attribution.engine.stage.CueWords.*;

import java.util.List;
import java.util.Set;

import dev.saywho.attribution.engine.Rule;
import dev.saywho.attribution.engine.RuleCatalog;
import dev.saywho.attribution.engine.model.Document;
import dev.saywho.attribution.engine.model.Frame;
import dev.saywho.attribution.engine.model.Mention;
import dev.saywho.attribution.engine.model.Sentence;
import dev.saywho.attribution.engine.model.Token;

/**
 * The rule {@code participle-cue}: "The minister opened the bridge, saying it would last a century." A speech verb
 * that continues a clause ("…, saying", "and said", "went on to say", "issued a statement saying") reports the clause
 * after it; its source is the subject of the sentence's latest frame, or the sentence's subject.
 */
final class ParticipleCueRule {

    private static final Set<String> PARTICIPLE_LEADS =
            words("by", "before", "after", "while", "then", "when", "also", "and", "but");

    static final Rule RULE = RuleCatalog.standard().rule("participle-cue");

    private static final Set<String> BE_FORMS = Set.of("is", "are", "was", "were", "’s", "'s", "’re", "'re");

    private final SubjectFinder subjects;
    private final ContentFinder contents;
    private final VerbComplements complements;

    ParticipleCueRule(SubjectFinder subjects, ContentFinder contents, VerbComplements complements) {
        this.subjects = subjects;
        this.contents = contents;
        this.complements = complements;
    }

    /**
     * Adds the rule's frame when {@code cue} continues a clause, and returns true; a gerund that continues none is
     * taken too, with no frame. False when the cue is a finite verb (a progressive included: "Trump is insisting that
     * …"), which the other verb-cue rules read. The sentence's frames start at index {@code sentenceFrames}.
     */
    boolean apply(Document doc, Sentence s, VerbCue cue, List<Frame> frames, int sentenceFrames) {
        int v = cue.token();
        if (v > s.firstToken()
                && (doc.token(v - 1).isLower("and") || doc.token(v - 1).isLower("but"))) {
            add(doc, s, cue, frames, sentenceFrames);
            return true;
        }
        if (v - 2 >= s.firstToken()
                && doc.token(v - 1).isLower("to")
                && doc.token(v - 2).isLower("on")) {
            // "she went on to say"
            add(doc, s, cue, frames, sentenceFrames);
            return true;
        }
        if (cue.lower().endsWith("ing") && progressiveAuxiliary(doc, v, s.firstToken()) < 0) {
            // "…, saying …", "and saying …", "issued a tweet saying …"
            if (v > s.firstToken()
                    && (doc.token(v - 1).is(",")
                            || PARTICIPLE_LEADS.contains(doc.token(v - 1).lower())
                            || messageNounBefore(doc, v, s.firstToken()))) {
                add(doc, s, cue, frames, sentenceFrames);
            }
            return true;
        }
        return false;
    }

    /**
     * Where the subject of the finite verb {@code cue} ends: at the verb, or at the auxiliary of a progressive ("Trump
     * is insisting"); only for a cue {@link #apply} declined.
     */
    static int subjectEnd(Document doc, Sentence s, VerbCue cue) {
        return cue.lower().endsWith("ing") ? progressiveAuxiliary(doc, cue.token(), s.firstToken()) : cue.token();
    }

    private void add(Document doc, Sentence s, VerbCue cue, List<Frame> frames, int sentenceFrames) {
        Mention subject = null;
        for (int i = frames.size() - 1; i >= sentenceFrames; i--) {
            if (frames.get(i).subject() != null) {
                subject = frames.get(i).subject();
                break;
            }
        }
        if (subject == null) {
            subject = subjects.sentenceSubjectMention(doc, s);
        }
        int v = cue.token();
        int after = complements.after(doc, v + 1, s.endToken(), cue.lower());
        List<int[]> content = contents.contentAfter(doc, s, after, cue.lower(), cue.verbClass());
        if (content != null) {
            Token t = doc.token(v);
            frames.add(new Frame(RULE, t.start(), t.end(), subject, content, s.index(), -1, -1));
        }
    }

    /** The index of the "is" / "was" / "’s" of a progressive ("is now insisting"), or -1. */
    private static int progressiveAuxiliary(Document doc, int v, int lo) {
        for (int k = v - 1; k >= lo && v - k <= 3; k--) {
            Token t = doc.token(k);
            if (!t.word()) {
                return -1;
            }
            if (BE_FORMS.contains(t.lower())) {
                return k > lo ? k : -1;
            }
            if (!(AUX_ADV.contains(t.lower())
                            || (t.lower().endsWith("ly") && t.text().length() > 4))
                    || t.capitalized()) {
                return -1;
            }
        }
        return -1;
    }

    /** "a tweet saying", "an email on Friday morning saying": a message noun, perhaps with a time phrase, before. */
    private static boolean messageNounBefore(Document doc, int v, int lo) {
        for (int k = v - 1; k >= lo && v - k <= 4; k--) {
            Token t = doc.token(k);
            if (!t.word()) {
                return false;
            }
            String w = t.lower();
            if (!t.capitalized() && PP_HEADS.contains(w) && !TIME_WORDS.contains(w)) {
                return true;
            }
            if (!(PREPS.contains(w) || TIME_WORDS.contains(w))) {
                return false;
            }
        }
        return false;
    }
}
