package dev.saywho.attribution.engine.stage;

import static dev.saywho.attribution.engine.stage.CueWords.*;

import java.util.ArrayList;
import java.util.List;

import dev.saywho.attribution.engine.Rule;
import dev.saywho.attribution.engine.RuleCatalog;
import dev.saywho.attribution.engine.RuleFailure;
import dev.saywho.attribution.engine.RulePrecedence;
import dev.saywho.attribution.engine.lexicon.Lexicons;
import dev.saywho.attribution.engine.lexicon.Lexicons.VerbClass;
import dev.saywho.attribution.engine.model.Document;
import dev.saywho.attribution.engine.model.Frame;
import dev.saywho.attribution.engine.model.Mention;
import dev.saywho.attribution.engine.model.QuotedSpan;
import dev.saywho.attribution.engine.model.Sentence;
import dev.saywho.attribution.engine.model.Token;

/**
 * Stage 3: finds reporting frames around speech cues — the speaker mention each cue names (subject before the
 * verb, inverted subject after it, "according to X", "X:" headers, participles continuing a clause) and the
 * content it reports (an adjacent direct quote, a that-clause, the clause before a trailing cue). This class decides
 * which cue patterns apply; {@link SubjectFinder} reads the speaker phrase, {@link ContentFinder} the reported span,
 * and {@link CueWords} holds the word lists they share. Every look-around is bounded by the sentence and a fixed token
 * window, so the stage is linear in the document.
 */
public final class CueFinder {

    private static final RuleCatalog RULES = RuleCatalog.standard();
    private static final Rule TRAILING = RULES.rule("trailing-cue");
    private static final Rule TRAILING_LONG_SUBJECT = RULES.rule("trailing-cue-long-subject");
    private static final Rule INVERTED = RULES.rule("inverted-cue");
    private static final Rule LEADING = RULES.rule("leading-cue");
    private static final Rule LEADING_SENTENCE_SUBJECT = RULES.rule("leading-cue-sentence-subject");
    private static final Rule PARTICIPLE = RULES.rule("participle-cue");
    private static final Rule SENTENCE_SUBJECT = RULES.rule("sentence-subject");

    private final Lexicons lex;
    private final SubjectFinder subjects;
    private final ContentFinder contents;
    private final ClausalComplementRule complements;
    private final CitingRule citing;
    private final AccordingToRule accordingTo;
    private final InSourceRule inSource;
    private final ColonParagraphRule colonParagraph;
    private final ColonRules colons;
    private final LearnedCueRule learned;

    public CueFinder(Lexicons lex) {
        this(lex, RULES.precedence(RULES.defaultCuePrecedence()));
    }

    /**
     * A finder for the rules {@code precedence} switches on. The rules of their own classes (clausal-complement, the
     * one that parses most, and citing) do not even run when off; the frames of other switched-off rules are dropped
     * when quotes are assembled.
     */
    public CueFinder(Lexicons lex, RulePrecedence precedence) {
        this(lex, precedence, null);
    }

    /** As {@link #CueFinder(Lexicons, RulePrecedence)}, with the learned cue model ({@code null}: rules only). */
    public CueFinder(Lexicons lex, RulePrecedence precedence, dev.saywho.attribution.engine.cue.CueModel cueModel) {
        this.lex = lex;
        this.subjects = new SubjectFinder(lex);
        this.contents = new ContentFinder(lex, subjects);
        this.complements = precedence.enabled(ClausalComplementRule.RULE) ? new ClausalComplementRule(lex) : null;
        this.citing = precedence.enabled(CitingRule.RULE) ? new CitingRule(subjects) : null;
        this.accordingTo = new AccordingToRule(subjects, contents);
        this.inSource = new InSourceRule(lex, contents);
        this.colonParagraph = new ColonParagraphRule(subjects);
        this.colons = new ColonRules(lex, subjects, contents);
        this.learned =
                cueModel != null && precedence.enabled(LearnedCueRule.RULE) ? new LearnedCueRule(cueModel, lex) : null;
    }

    /** All frames of the document, in text order; a rule that throws makes this throw (tests want to know at once). */
    public List<Frame> find(Document doc) {
        List<RuleFailure> failures = new ArrayList<>();
        List<Frame> frames = find(doc, failures);
        if (!failures.isEmpty()) {
            throw failures.get(0).error();
        }
        return frames;
    }

    /**
     * All frames of the document, in text order; a rule that throws is skipped there and reported in {@code failures}.
     */
    public List<Frame> find(Document doc, List<RuleFailure> failures) {
        List<Frame> frames = new ArrayList<>();
        java.util.BitSet claimedCues = new java.util.BitSet(doc.text().length());
        try {
            DashSignatureRule.apply(doc, frames);
        } catch (RuntimeException e) {
            failures.add(new RuleFailure("dash-signature", 0, e));
        }
        for (Sentence s : doc.sentences()) {
            int before = frames.size();
            try {
                colons.apply(doc, s, frames);
            } catch (RuntimeException e) {
                failures.add(new RuleFailure("colon-cues", s.start(), e));
            }
            for (int v = s.firstToken(); v < s.endToken(); v++) {
                try {
                    frameAt(doc, s, v, frames, before);
                } catch (RuntimeException e) {
                    // a malformed neighbourhood never stops the document: skip this cue, and say so
                    failures.add(new RuleFailure("cue-at-token", doc.token(v).start(), e));
                }
            }
            try {
                sentenceSubject(doc, s, frames);
                inSource.apply(doc, s, frames);
                colonParagraph.apply(doc, s, frames);
            } catch (RuntimeException e) {
                failures.add(new RuleFailure("sentence-cues", s.start(), e));
            }
            try {
                if (citing != null) {
                    citing.apply(doc, s, before, frames);
                }
            } catch (RuntimeException e) {
                failures.add(new RuleFailure(CitingRule.RULE.name(), s.start(), e));
            }
            for (int i = before; i < frames.size(); i++) {
                try {
                    frames.set(i, TreeSubjects.repaired(doc, s, frames.get(i)));
                } catch (RuntimeException e) {
                    failures.add(new RuleFailure("tree-subject", s.start(), e));
                }
                claimedCues.set(
                        frames.get(i).cueStart(),
                        Math.max(frames.get(i).cueStart() + 1, frames.get(i).cueEnd()));
            }
            int beforeComplements = frames.size();
            try {
                if (complements != null) {
                    complements.apply(doc, s, claimedCues, frames);
                }
            } catch (RuntimeException e) {
                failures.add(new RuleFailure(ClausalComplementRule.RULE.name(), s.start(), e));
            }
            for (int i = beforeComplements; i < frames.size(); i++) {
                claimedCues.set(
                        frames.get(i).cueStart(),
                        Math.max(frames.get(i).cueStart() + 1, frames.get(i).cueEnd()));
            }
            try {
                if (learned != null) {
                    learned.apply(doc, s, claimedCues, frames, before);
                }
            } catch (RuntimeException e) {
                failures.add(new RuleFailure(LearnedCueRule.RULE.name(), s.start(), e));
            }
        }
        return frames;
    }

    /**
     * True when an inverting verb ("said", "added", …) right after a comma, whose subject before it is set off by that
     * comma, is followed at once by a name that ends the clause ("…, said Ilse Varga." or "…, said Ilse Varga, a
     * pollster."): an inverted report, since a leading cue's content would be that name alone.
     */
    private boolean invertedAfterAnAside(Document doc, Sentence s, int v, Mention subject) {
        if (v - 1 <= s.firstToken()
                || v + 1 >= s.endToken()
                || !doc.token(v - 1).is(",")
                || subject.endToken() >= v - 1
                || !INVERTING.contains(doc.token(v).lower())
                || !doc.token(v + 1).capitalized()) {
            return false; // "Kim, an official, told reporters Sunday": an apposition, and the verb's object
        }
        Mention after = subjects.subjectAfter(doc, v + 1, s.endToken(), false);
        if (after == null || after.kind() != Mention.Kind.NAME) {
            return false;
        }
        int k = after.endToken();
        return k >= s.endToken() || doc.token(k).is(".") || (doc.token(k).is(",") && !hasVerbAfter(doc, s, k + 1));
    }

    /** Whether a listed speech verb or a word ending in "ed" follows token {@code from} in the sentence. */
    private boolean hasVerbAfter(Document doc, Sentence s, int from) {
        for (int i = from; i < s.endToken(); i++) {
            Token t = doc.token(i);
            if (t.word()
                    && !t.capitalized()
                    && (lex.speechVerb(t.lower()) != null || t.lower().endsWith("ed"))) {
                return true;
            }
        }
        return false;
    }

    private void frameAt(Document doc, Sentence s, int v, List<Frame> frames, int sentenceFrames) {
        int before = frames.size();
        frameAtRules(doc, s, v, frames, sentenceFrames);
        Token t = doc.token(v);
        if (frames.size() == before
                && t.word()
                && !t.capitalized()
                && !doc.quoted(t.start())
                && lex.speechVerb(t.lower()) != null
                && v > s.firstToken() - 1
                && v > 0
                && !(doc.token(v - 1).word()
                        && (CONNECT.contains(doc.token(v - 1).lower())
                                || DETERMINERS.contains(doc.token(v - 1).lower())))) {
            longSubjectAfterQuote(doc, s, v, t.lower(), frames);
        }
    }

    private void frameAtRules(Document doc, Sentence s, int v, List<Frame> frames, int sentenceFrames) {
        Token t = doc.token(v);
        if (!t.word() || doc.quoted(t.start())) {
            return;
        }
        String low = t.lower();
        if (low.equals("according") && v + 1 < s.endToken() && doc.token(v + 1).isLower("to")) {
            accordingTo.apply(doc, s, v, frames);
            return;
        }
        VerbClass vc = lex.speechVerb(low);
        if (vc == null
                && POINT_OUT.contains(low)
                && v + 1 < s.endToken()
                && doc.token(v + 1).isLower("out")) {
            // "as The Tide pointed out, …", "she points out that …"
            vc = VerbClass.CLAUSE;
        }
        boolean unlisted = false;
        if (vc == null && (unlistedTrailingVerb(doc, s, v) || unlistedInvertedVerb(doc, s, v))) {
            // "“…,” he surmised.", "“…!” beamed Ada Lind.": a verb right after a quote and its subject reports it,
            // listed or not
            vc = VerbClass.QUOTE;
            unlisted = true;
        }
        if (vc == null || (t.capitalized() && !headlineVerb(doc, s, v))) {
            return;
        }
        if (NOUN_LIKE_FORMS.contains(low)
                && v + 1 < s.endToken()
                && isOpenMark(doc, doc.token(v + 1))
                && v > s.firstToken()
                && doc.token(v - 1).word()
                && !PRONOUNS.contains(doc.token(v - 1).lower())) {
            // "the radio show “Harbour Mornings”": a noun that looks like a verb, naming what follows
            return;
        }
        if (SHOUT_NOUNS.contains(low)
                && v > s.firstToken()
                && doc.token(v - 1).word()
                && (POSSESSIVE_DETERMINERS.contains(doc.token(v - 1).lower())
                        || (v - 1 > s.firstToken()
                                && doc.token(v - 2).word()
                                && POSSESSIVE_DETERMINERS.contains(
                                        doc.token(v - 2).lower())
                                && adjectiveOrNoun(doc.token(v - 1))))) {
            // "the caustic chant “Lock her up!”": a shouting verb after a determiner is a noun (other speech
            // nouns, "his call for …", "her claim that …", do report, as annotators mark them)
            return;
        }
        if (v > s.firstToken()
                && (doc.token(v - 1).isLower("and") || doc.token(v - 1).isLower("but"))) {
            participle(doc, s, v, vc, frames, sentenceFrames);
            return;
        }
        if (v - 2 >= s.firstToken()
                && doc.token(v - 1).isLower("to")
                && doc.token(v - 2).isLower("on")) {
            // "she went on to say"
            participle(doc, s, v, vc, frames, sentenceFrames);
            return;
        }
        int subjectEnd = v;
        if (low.endsWith("ing")) {
            int be = progressiveAuxiliary(doc, v, s.firstToken());
            if (be < 0) {
                // "…, saying …", "and saying …", "issued a tweet saying …"
                if (v > s.firstToken()
                        && (doc.token(v - 1).is(",")
                                || PARTICIPLE_LEADS.contains(doc.token(v - 1).lower())
                                || messageNounBefore(doc, v, s.firstToken()))) {
                    participle(doc, s, v, vc, frames, sentenceFrames);
                }
                return;
            }
            // "Trump is insisting that …", "she’s predicting …": a progressive is a finite verb
            subjectEnd = be;
        }
        int[] app = new int[] {-1, -1};
        Mention subject = subjects.subjectBefore(doc, subjectEnd, s.firstToken(), app);
        if (subject == null && unresolvedSubjectReport(doc, s, v, low, vc, frames)) {
            return;
        }
        if (subject != null
                && vc == VerbClass.MIXED
                && low.endsWith("ed")
                && subject.kind() == Mention.Kind.NOMINAL
                && subject.endToken() == v
                && (doc.token(subject.firstToken()).isLower("a")
                        || doc.token(subject.firstToken()).isLower("an"))) {
            // "a short film called “Tenemos Familias”": a naming participle inside a noun phrase, not a report
            return;
        }
        if (subject != null && invertedAfterAnAside(doc, s, v, subject)) {
            // "… for the mayor, forcing her to fend off both rivals, said Ilse Varga, a pollster.": the words between
            // the commas are no apposition of a subject but the end of the reported clause; the name after the verb
            // is the speaker
            subject = null;
        }
        if (subject == null) {
            // inverted: "…," said the spokesman.
            // any past-tense speech verb right after a closing quote inverts: "“…,” mused the host"
            if (v > 0
                    && (INVERTING.contains(low)
                            || (low.endsWith("ed")
                                    && (closeMarkInParagraph(doc, v - 1, s)
                                            || (doc.token(v - 1).is(",") && closeMarkInParagraph(doc, v - 2, s)))))
                    && ((v > s.firstToken() && doc.token(v - 1).is(",")) || closeMarkInParagraph(doc, v - 1, s))) {
                Mention m = subjects.subjectAfter(doc, v + 1, s.endToken(), false);
                boolean afterQuote = closeMarkInParagraph(doc, v - 1, s)
                        || (v - 2 >= 0 && doc.token(v - 1).is(",") && closeMarkInParagraph(doc, v - 2, s));
                if (m != null && (afterQuote || ContentFinder.endsClause(doc, m.endToken(), s))) {
                    List<int[]> content = contents.contentBefore(doc, s, v - 1);
                    if (content != null) {
                        frames.add(new Frame(INVERTED, t.start(), t.end(), m, content, s.index(), -1, -1));
                        addContinuation(doc, m.endToken(), frames);
                    }
                }
                return;
            }
            return;
        }
        int after = skipComplements(doc, v + 1, s.endToken(), low);
        int b = subject.firstToken() - 1;
        Token afterTok = after < s.endToken() ? doc.token(after) : null;
        boolean cueEndsSentence = afterTok == null || afterTok.is(".") || afterTok.is("!") || afterTok.is("?");
        if (b >= 0 && b < s.firstToken() && b - 1 >= 0 && doc.token(b - 1).is(".") && !cueEndsSentence) {
            // "… in Nice." He said he had …: a new sentence, not a cue for the quote before it
            b = -1;
        }
        if (b >= 0
                && b < s.firstToken()
                && doc.token(subject.firstToken()).capitalized()
                && (DETERMINERS.contains(doc.token(subject.firstToken()).lower())
                        || PRONOUNS.contains(doc.token(subject.firstToken()).lower()))) {
            // "“15%!” Her father worried.": a capitalised pronoun or determiner starts a sentence of its own
            b = -1;
        }
        boolean boundary = (b >= s.firstToken() && doc.token(b).is(",")) || (b >= 0 && closeMarkInParagraph(doc, b, s));
        boolean trailingLike = afterTok == null
                || (!afterTok.word()
                        && !afterTok.is(":")
                        && !isOpenMark(doc, afterTok)
                        && !afterTok.is("(")
                        && !afterTok.is("“"));
        if (afterTok != null
                && afterTok.is(",")
                && after + 1 < s.endToken()
                && isOpenMark(doc, doc.token(after + 1))
                && !(b >= 0
                        && (closeMarkInParagraph(doc, b, s)
                                || (doc.token(b).is(",") && closeMarkInParagraph(doc, b - 1, s))))) {
            // "Asked again, Priebus said, “Probably.”": with no quote before the subject, the quote after the comma
            // is what the cue reports
            trailingLike = false;
        }
        boolean quoteBoundary = b >= 0
                && (closeMarkInParagraph(doc, b, s) || (doc.token(b).is(",") && closeMarkInParagraph(doc, b - 1, s)));
        if (quoteBoundary
                && afterTok != null
                && afterTok.word()
                && (!afterTok.isLower("that") || after > v + 2)
                && !startsReportedClause(afterTok)) {
            // "“…,” Mr. Obama said on Saturday night at the gala": a closed quote right before the subject
            trailingLike = true;
        }
        if (boundary && trailingLike && vc != VerbClass.MIXED) {
            List<int[]> content = contents.contentBefore(doc, s, b);
            if (content != null && vc == VerbClass.QUOTE && !isQuoteContent(doc, content.get(0)[0])) {
                // "respond", "ask", "continue" report only direct quotes
                content = null;
            }
            if (content != null
                    && content.size() == 1
                    && afterTok != null
                    && afterTok.is(",")
                    && after + 1 < s.endToken()
                    && !isQuoteContent(doc, content.get(0)[0])
                    && contents.continuesClause(doc, after + 1)) {
                List<int[]> rest = contents.clauseFrom(doc, s, after + 1);
                if (rest != null) {
                    List<int[]> both = new ArrayList<>(content);
                    both.addAll(rest);
                    content = both;
                }
            }
            if (content != null) {
                int cueEnd = after > v + 1 && after - 1 < doc.tokenCount()
                        ? doc.token(after - 1).end()
                        : t.end();
                frames.add(new Frame(TRAILING, t.start(), cueEnd, subject, content, s.index(), app[0], app[1]));
                addContinuation(doc, after, frames);
                return;
            }
        }
        if (unlisted) {
            return;
        }
        List<int[]> content = contents.contentAfter(doc, s, after, low, vc);
        if (content != null
                && content.size() == 1
                && subject.firstToken() - 1 >= s.firstToken()
                && SUBORDINATORS.contains(doc.token(subject.firstToken() - 1).lower())
                && !isQuoteContent(doc, content.get(0)[0])) {
            // "As Trump attacked Clinton, the attendees chanted …": the report ends with its subordinate clause
            int[] c = content.get(0);
            for (int k = after; k < s.endToken() && doc.token(k).start() < c[1]; k++) {
                if (doc.token(k).is(",") && !doc.quoted(doc.token(k).start())) {
                    content = doc.token(k).start() > c[0]
                            ? List.of(new int[] {c[0], doc.token(k).start()})
                            : null;
                    break;
                }
            }
        }
        if (content == null
                && afterTok != null
                && afterTok.is(",")
                && after + 1 < s.endToken()
                && doc.token(after + 1).word()
                && SAY_LIKE.contains(low)) {
            // "In contrast, Berkman said, there seem to be …"
            content = contents.clauseFrom(doc, s, after + 1);
        }
        if (content == null
                && (low.equals("asked") || low.equals("asks") || low.equals("urged") || low.equals("urges"))
                && v + 1 < s.endToken()
                && doc.token(v + 1).word()
                && !doc.quoted(doc.token(v + 1).start())) {
            // "Ruhle asked Flynn to describe Putin": the request with its addressee
            content = contents.clauseFrom(doc, s, v + 1);
        }
        if (content != null
                && content.size() == 1
                && subject.kind() == Mention.Kind.PRONOUN
                && doc.token(subject.firstToken()).isLower("who")) {
            // "Clinton, who called Sanders after the result, told …": a relative clause ends at its closing comma
            content = ContentFinder.untilComma(doc, content.get(0), after, s.endToken());
        }
        if (content != null) {
            int cueEnd = after > v + 1 ? doc.token(after - 1).end() : t.end();
            frames.add(new Frame(
                    LEADING, t.start(), Math.max(cueEnd, t.end()), subject, content, s.index(), app[0], app[1]));
        }
    }

    /**
     * An unlisted past-tense verb right after a closing quotation mark (and comma), followed by a name that ends the
     * clause: "“This is fantastic!” beamed Ada Lind of Port Tessaly." A description after the verb is not enough
     * ("“…” stunned the audience": the quote is the verb's subject there).
     */
    private boolean unlistedInvertedVerb(Document doc, Sentence s, int v) {
        Token t = doc.token(v);
        String w = t.lower();
        if (!t.word()
                || t.capitalized()
                || w.length() < 5
                || !w.endsWith("ed")
                || COPULAS.contains(w)
                || AUX_ADV.contains(w)
                || v + 1 >= s.endToken()
                || v < 1) {
            return false;
        }
        boolean afterQuote = closeMarkInParagraph(doc, v - 1, s)
                || (v >= 2 && doc.token(v - 1).is(",") && closeMarkInParagraph(doc, v - 2, s));
        if (!afterQuote || !doc.token(v + 1).capitalized()) {
            return false;
        }
        Mention m = subjects.subjectAfter(doc, v + 1, s.endToken(), false);
        return m != null && m.kind() == Mention.Kind.NAME && ContentFinder.endsClause(doc, m.endToken(), s);
    }

    /**
     * An unlisted past-tense or present verb in the trailing-cue position: a closing quotation mark (and comma), a
     * short subject (pronoun, name or "the" + noun), the verb, then the end of the sentence or a comma.
     */
    private boolean unlistedTrailingVerb(Document doc, Sentence s, int v) {
        Token t = doc.token(v);
        String w = t.lower();
        if (!t.word()
                || t.capitalized()
                || w.length() < 4
                || !(w.endsWith("ed") || (w.endsWith("s") && !w.endsWith("ss")))
                || COPULAS.contains(w)
                || AUX_ADV.contains(w)
                || v + 1 >= s.endToken()
                || v - 2 < s.firstToken()) {
            return false;
        }
        int n = v + 1;
        if (doc.token(n).isLower("back") && n + 1 < s.endToken()) {
            // "“Mexico!” the audience screamed back."
            n++;
        }
        n = afterTimeAdjunct(doc, n, s.endToken());
        if (n >= s.endToken()) {
            return false;
        }
        Token next = doc.token(n);
        if (!(next.is(".") || next.is(",") || next.is("!") || next.is("?"))) {
            return false;
        }
        for (int k = v - 1; k >= s.firstToken() && v - k <= 4; k--) {
            Token y = doc.token(k);
            if (isCloseMark(doc, y) || (y.is(",") && k - 1 >= s.firstToken() && isCloseMark(doc, doc.token(k - 1)))) {
                Token first = doc.token(k + 1);
                boolean commaBefore =
                        y.is(",") || (k - 1 >= 0 && doc.token(k - 1).is(","));
                if (!commaBefore
                        && first.capitalized()
                        && (DETERMINERS.contains(first.lower()) || PRONOUNS.contains(first.lower()))) {
                    // "“15%!” Her father worried.": a capitalised determiner after a closed sentence starts a new one
                    return false;
                }
                return k < v - 1;
            }
            if (!y.word()
                    || (!y.capitalized()
                            && !PRONOUNS.contains(y.lower())
                            && !DETERMINERS.contains(y.lower())
                            && lex.roleNoun(y.lower()) == null
                            && !MODIFIERS.contains(y.lower()))) {
                return false;
            }
        }
        return false;
    }

    /**
     * The token index after a short quoted title opening at token {@code k} ("“Meet the Press”", "“Today”"): every
     * longer word capitalised, at most six words, closed within the sentence; -1 when there is none.
     */
    private static int afterQuotedTitle(Document doc, int k, int end) {
        Token open = doc.token(k);
        if (open.word() || !isOpenMark(doc, open)) {
            return -1;
        }
        QuotedSpan q = doc.quoteAt(open.start());
        if (q == null
                || q.openMark() != open.start()
                || q.closeMark() < 0
                || q.pieces().size() != 1) {
            return -1;
        }
        int words = 0;
        for (int j = k + 1; j < end && doc.token(j).start() < q.contentEnd(); j++) {
            Token w = doc.token(j);
            if (w.word() && (++words > 6 || (w.text().length() > 3 && !w.capitalized()))) {
                return -1;
            }
        }
        if (words == 0) {
            return -1;
        }
        for (int j = k + 1; j < end; j++) {
            if (doc.token(j).start() >= q.closeMark()) {
                return doc.token(j).end() >= q.outerEnd() ? j + 1 : -1;
            }
        }
        return -1;
    }

    private static final java.util.Set<String> BE_FORMS =
            java.util.Set.of("is", "are", "was", "were", "’s", "'s", "’re", "'re");

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

    /** "on Tuesday", "Tuesday night", "yesterday", "last week": the index after a short time adjunct at {@code i}. */
    private static int afterTimeAdjunct(Document doc, int i, int end) {
        int k = i;
        if (k < end
                && (doc.token(k).isLower("on")
                        || doc.token(k).isLower("last")
                        || doc.token(k).isLower("this"))) {
            k++;
        }
        int words = 0;
        while (k < end
                && words < 2
                && doc.token(k).word()
                && (TIME_WORDS.contains(doc.token(k).lower())
                        || doc.token(k).isLower("week")
                        || doc.token(k).isLower("month"))) {
            k++;
            words++;
        }
        return words == 0 ? i : k;
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

    /**
     * Words that may join the parts of a long subject ("nuclear experts Ada Lind and Otto Brenn", "Nate Silver, the
     * pollster who founded the site,") when no other speech verb stands between the quote and the cue.
     */
    private static final java.util.Set<String> LONG_SUBJECT_LINKS = java.util.Set.of("and", "who", "which", "that");

    /**
     * "“…,” Trump running mate Gov. Mike Pence of Indiana told Fox News.", "“…,” Sanders's campaign manager, Jeff
     * Weaver, said in an interview.": a subject too long for the noun-phrase rules between a closing quotation mark
     * and the speech verb. The speaker is the name in it: the part set off by commas that is a name, or its last
     * name run before "of".
     */
    private void longSubjectAfterQuote(Document doc, Sentence s, int v, String low, List<Frame> frames) {
        if (low.endsWith("ing") || v + 1 > s.endToken()) {
            return;
        }
        int close = -1;
        for (int k = v - 1; k >= s.firstToken() - 1 && k >= 0 && v - k <= 24; k--) {
            Token t = doc.token(k);
            if (isCloseMark(doc, t) && closeMarkInParagraph(doc, k, s)) {
                close = k;
                break;
            }
            if ((isQuoteMark(t) && !possessiveApostrophe(doc, k))
                    || t.is(".")
                    || t.is(";")
                    || t.is(":")
                    || t.is("?")
                    || t.is("!")
                    || (t.word() && !t.capitalized() && lex.speechVerb(t.lower()) != null)) {
                return;
            }
        }
        if (close < 0) {
            return;
        }
        int from = close + 1;
        boolean comma = from < doc.tokenCount() && doc.token(from).is(",");
        if (comma) {
            from++;
        }
        QuotedSpan q = doc.quoteAt(doc.token(close).start());
        int ce = q == null ? -1 : q.contentEnd();
        if (!comma && (ce <= 0 || doc.text().charAt(ce - 1) != ',')) {
            // only "“…,” subject said" introduces a long subject; after "“….”" a new sentence starts
            return;
        }
        for (int k = from; k < v; k++) {
            Token y = doc.token(k);
            boolean possessive = (y.is("’s") || y.is("'s"))
                    && k > from
                    && !PRONOUNS.contains(doc.token(k - 1).lower());
            if (y.word() && COPULAS.contains(y.lower()) && !possessive && !LONG_SUBJECT_LINKS.contains(y.lower())) {
                return;
            }
        }
        if (from >= v
                || !doc.token(from).word()
                || !(doc.token(from).capitalized()
                        || DETERMINERS.contains(doc.token(from).lower())
                        || capitalisedWithin(doc, from, v, 3))) {
            // ("nuclear experts Ada Lind and …": lower-case modifiers may come before the name)
            return;
        }
        int after = skipComplements(doc, v + 1, s.endToken(), low);
        Token afterTok = after < s.endToken() ? doc.token(after) : null;
        if (afterTok != null
                && ((afterTok.word() && startsReportedClause(afterTok))
                        || afterTok.is(":")
                        || isOpenMark(doc, afterTok))) {
            return;
        }
        Mention m = subjects.nameInside(doc, from, v);
        if (m == null) {
            return;
        }
        List<int[]> content = contents.contentBefore(doc, s, close);
        if (content == null) {
            return;
        }
        Token t = doc.token(v);
        int cueEnd = after > v + 1 && after - 1 < doc.tokenCount()
                ? doc.token(after - 1).end()
                : t.end();
        frames.add(new Frame(TRAILING_LONG_SUBJECT, t.start(), cueEnd, m, content, s.index(), -1, -1));
        addContinuation(doc, after, frames);
    }

    /** True when a capitalised word stands within {@code n} tokens from {@code from} (and before {@code to}). */
    private static boolean capitalisedWithin(Document doc, int from, int to, int n) {
        for (int k = from; k < to && k - from < n; k++) {
            if (doc.token(k).capitalized()) {
                return true;
            }
            if (!doc.token(k).word()) {
                return false;
            }
        }
        return false;
    }

    /** "old", "caustic", "campaign": a lower-case modifier that can stand between a determiner and its noun. */
    private boolean adjectiveOrNoun(Token t) {
        String w = t.lower();
        return !t.capitalized()
                && !w.endsWith("ly")
                && !AUX_ADV.contains(w)
                && !COPULAS.contains(w)
                && lex.speechVerb(w) == null
                && !PREPS.contains(w)
                && !PRONOUNS.contains(w);
    }

    /**
     * "Bill Millis, a businessman who had been a member of the board before departing last month, said Carson had
     * been led astray by “insiders”": a finite reporting verb whose subject is too long or too unusual to parse still
     * reports the clause after it when the clause quotes words; the speaker is the sentence's subject when it can be
     * read, otherwise unknown.
     */
    private boolean unresolvedSubjectReport(
            Document doc, Sentence s, int v, String low, VerbClass vc, List<Frame> frames) {
        if (!FINITE_REPORTING.contains(low) || v - s.firstToken() < 2) {
            return false;
        }
        Token prev = doc.token(v - 1);
        if ((!prev.word() && !prev.is(",") && !prev.is(")"))
                || prev.isLower("to")
                || prev.isLower("is")
                || prev.isLower("was")
                || prev.isLower("be")
                || prev.isLower("been")
                || prev.isLower("it")
                || closeMarkInParagraph(doc, v - 1, s)
                || (prev.is(",") && closeMarkInParagraph(doc, v - 2, s))) {
            return false;
        }
        int after = skipComplements(doc, v + 1, s.endToken(), low);
        if (after >= s.endToken()) {
            return false;
        }
        Token x = doc.token(after);
        if (!(x.isLower("that")
                || (x.word() && !x.capitalized() && DETERMINERS.contains(x.lower()))
                || (x.word() && x.capitalized())
                || (x.word() && PRONOUNS.contains(x.lower())))) {
            return false;
        }
        List<int[]> content = contents.contentAfter(doc, s, after, low, vc);
        if (content == null) {
            return false;
        }
        boolean quoted = false;
        for (int[] c : content) {
            for (int i = c[0]; i < c[1] && !quoted; i++) {
                quoted = doc.quoted(i);
            }
        }
        if (!quoted) {
            // without a quoted fragment the clause is too often not a report at all
            return false;
        }
        Token t = doc.token(v);
        frames.add(new Frame(
                LEADING_SENTENCE_SUBJECT,
                t.start(),
                t.end(),
                subjects.sentenceSubjectMention(doc, s),
                content,
                s.index(),
                -1,
                -1));
        return true;
    }

    /** "“A,” he said, “B.”": the second quote joins the frame as a further fragment. */
    private void addContinuation(Document doc, int after, List<Frame> frames) {
        if (after + 1 >= doc.tokenCount()) {
            return;
        }
        Token comma = doc.token(after);
        if (!comma.is(",") && !comma.is(":")) {
            return;
        }
        Token open = doc.token(after + 1);
        QuotedSpan q = doc.quoteAt(open.start());
        Frame f = frames.get(frames.size() - 1);
        if (q == null || q.openMark() != open.start() || !isQuoteContent(doc, f)) {
            return;
        }
        List<int[]> pieces = new ArrayList<>(f.content());
        pieces.addAll(q.pieces());
        frames.set(frames.size() - 1, f.withContent(pieces));
    }

    private void participle(Document doc, Sentence s, int v, VerbClass vc, List<Frame> frames, int sentenceFrames) {
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
        int after = skipComplements(doc, v + 1, s.endToken(), doc.token(v).lower());
        List<int[]> content = contents.contentAfter(doc, s, after, doc.token(v).lower(), vc);
        if (content != null) {
            Token t = doc.token(v);
            frames.add(new Frame(PARTICIPLE, t.start(), t.end(), subject, content, s.index(), -1, -1));
        }
    }

    /** "Moon praised the plan as “bold.”": a sentence with a quoted fragment, reported by its subject. */
    private void sentenceSubject(Document doc, Sentence s, List<Frame> frames) {
        int first = s.firstToken();
        int end = s.endToken();
        boolean hasQuote = false;
        for (int i = first; i < end && !hasQuote; i++) {
            hasQuote = isOpenMark(doc, doc.token(i)) && i > first;
        }
        if (!hasQuote) {
            return;
        }
        Mention m = subjects.sentenceSubjectMention(doc, s);
        if (m == null) {
            return;
        }
        int v = m.endToken();
        int guard = 0;
        while (v < end
                && guard++ < 2
                && doc.token(v).word()
                && (AUX_ADV.contains(doc.token(v).lower())
                        || (doc.token(v).lower().endsWith("ly") && !doc.token(v).capitalized()))) {
            v++;
        }
        if (v >= end) {
            return;
        }
        Token verb = doc.token(v);
        if (!verb.word()
                || verb.capitalized()
                || COPULAS.contains(verb.lower())
                || doc.quoted(verb.start())
                || DETERMINERS.contains(verb.lower())
                || PREPS.contains(verb.lower())) {
            return;
        }
        int c = v + 1;
        if (c < end
                && doc.token(c).word()
                && PARTICLES.contains(doc.token(c).lower())
                && !doc.token(c).isLower("that")) {
            c++;
        }
        List<int[]> content = contents.clauseFrom(doc, s, c);
        if (content == null) {
            return;
        }
        boolean quoteInside = false;
        for (int k = c; k < end && k - c <= 8 && doc.token(k).start() < content.get(0)[1]; k++) {
            if (isOpenMark(doc, doc.token(k))
                    && !titleLike(doc, doc.quoteAt(doc.token(k).start()))) {
                quoteInside = true;
            }
        }
        if (quoteInside) {
            frames.add(new Frame(SENTENCE_SUBJECT, verb.start(), verb.end(), m, content, s.index(), -1, -1));
        }
    }

    private static final java.util.Set<String> POINT_OUT = java.util.Set.of("pointed", "points", "pointing");

    /**
     * "Hollande Says Trump ‘Makes You Want To Retch’": a capitalised speech verb inside a title-case headline, right
     * after a name and before a quote or another capitalised word.
     */
    private static boolean headlineVerb(Document doc, Sentence s, int v) {
        if (v <= s.firstToken()) {
            return false;
        }
        Token prev = doc.token(v - 1);
        if (!prev.capitalized()
                || !CueWords.mostlyCapitalised(
                        doc.text(),
                        List.of(new int[] {
                            doc.token(s.firstToken()).start(), doc.token(v).end()
                        }),
                        true,
                        2)) {
            return false;
        }
        boolean last = v + 1 >= s.endToken()
                || (v + 2 == s.endToken() && !doc.token(v + 1).word());
        if (last) {
            // "Exam Papers Leaked Days Before National Tests, Ministry Confirms": the verb ends the headline, after a
            // comma and the capitalised source
            int k = v - 1;
            while (k > s.firstToken() && doc.token(k).capitalized() && v - k <= 5) {
                k--;
            }
            return k > s.firstToken() && doc.token(k).is(",");
        }
        Token next = doc.token(v + 1);
        return !doc.quoted(prev.start()) && (next.capitalized() || isOpenMark(doc, next));
    }

    /** Skips the verb's object and adverbials: "told reporters", "in a statement", "on Tuesday", "of the drills". */
    private int skipComplements(Document doc, int i, int end, String verb) {
        int j = i;
        if (j < end && POINT_OUT.contains(verb) && doc.token(j).isLower("out")) {
            j++;
        }
        if (j < end && OBJECT_VERBS.contains(verb)) {
            Token x = doc.token(j);
            if (x.word() && OBJECT_PRONOUNS.contains(x.lower())) {
                j++;
            } else if (x.word()
                    && (x.capitalized()
                            || DETERMINERS.contains(x.lower())
                            || MODIFIERS.contains(x.lower())
                            || lex.roleNoun(x.lower()) != null)) {
                int k = j;
                if (DETERMINERS.contains(x.lower())) {
                    k++;
                }
                int taken = 0;
                while (k < end && taken < 6) {
                    Token y = doc.token(k);
                    int afterTitle = taken > 0 ? afterQuotedTitle(doc, k, end) : -1;
                    if (afterTitle > 0) {
                        // "told NBC’s “Today” on Monday": the show is part of the addressee
                        k = afterTitle;
                        taken++;
                        continue;
                    }
                    if (y.capitalized()
                            || y.is("’s")
                            || y.is("'s")
                            || (y.word() && lex.roleNoun(y.lower()) != null)
                            || (y.word() && MODIFIERS.contains(y.lower()))) {
                        k++;
                        taken++;
                        continue;
                    }
                    break;
                }
                if (taken == 0
                        && k > j
                        && k < end
                        && doc.token(k).word()
                        && subjects.plausibleNoun(doc.token(k).lower())) {
                    // "told the court"
                    k++;
                    taken++;
                } else if (taken == 0
                        && k > j
                        && k + 1 < end
                        && doc.token(k).word()
                        && !doc.token(k).capitalized()
                        && doc.token(k).lower().endsWith("ed")
                        && lex.speechVerb(doc.token(k).lower()) == null) {
                    // "told a packed college gym": a participle adjective, then the nouns
                    int n = k + 1;
                    while (n < end
                            && n - k <= 3
                            && doc.token(n).word()
                            && !doc.token(n).capitalized()
                            && subjects.plausibleNoun(doc.token(n).lower())) {
                        n++;
                    }
                    if (n > k + 1
                            && (n >= end
                                    || !doc.token(n).word()
                                    || PREPS.contains(doc.token(n).lower())
                                    || TIME_WORDS.contains(doc.token(n).lower()))) {
                        taken = n - k;
                        k = n;
                    }
                }
                if (taken > 0) {
                    j = k;
                }
            }
        }
        int guard = 0;
        while (j < end && guard++ < 4) {
            Token x = doc.token(j);
            if (!x.word()) {
                break;
            }
            String xl = x.lower();
            if (TIME_WORDS.contains(xl) || (!x.capitalized() && xl.endsWith("ly") && xl.length() > 4)) {
                j++;
                continue;
            }
            if (PREPS.contains(xl)) {
                if (xl.equals("to") && j + 1 < end && !subjects.startsNounPhrase(doc.token(j + 1))) {
                    break;
                }
                int k = j + 1;
                int taken = 0;
                boolean closed = false;
                while (k < end && taken < 7) {
                    Token y = doc.token(k);
                    int afterTitle = afterQuotedTitle(doc, k, end);
                    if (afterTitle > 0) {
                        // "said on “Meet the Press.”", "in an interview with “Harbour Mornings”": a show, not a quote
                        k = afterTitle;
                        taken++;
                        continue;
                    }
                    if (!y.word() || y.isLower("that")) {
                        closed = true;
                        break;
                    }
                    k++;
                    taken++;
                    if (PP_HEADS.contains(y.lower())) {
                        if (y.capitalized()) {
                            // "on Fox News’s “Fox and Friends”": the rest of the network's name and its show
                            while (k < end
                                    && taken < 7
                                    && (doc.token(k).capitalized()
                                            || doc.token(k).is("’s")
                                            || doc.token(k).is("'s"))) {
                                k++;
                                taken++;
                            }
                        }
                        int showEnd = k < end ? afterQuotedTitle(doc, k, end) : -1;
                        if (showEnd > 0) {
                            k = showEnd;
                        }
                        closed = true;
                        break;
                    }
                }
                if (!closed && k < end) {
                    break;
                }
                j = k;
                continue;
            }
            break;
        }
        return j;
    }
}
