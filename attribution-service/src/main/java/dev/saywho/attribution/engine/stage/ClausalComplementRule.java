package dev.saywho.attribution.engine.stage;

import static dev.saywho.attribution.engine.stage.CueWords.DETERMINERS;
import static dev.saywho.attribution.engine.stage.CueWords.PREPS;
import static dev.saywho.attribution.engine.stage.CueWords.PRONOUNS;

import java.util.List;

import dev.saywho.attribution.engine.Rule;
import dev.saywho.attribution.engine.RuleCatalog;
import dev.saywho.attribution.engine.lexicon.Lexicons;
import dev.saywho.attribution.engine.lexicon.Lexicons.ReportPredicate;
import dev.saywho.attribution.engine.model.Document;
import dev.saywho.attribution.engine.model.Frame;
import dev.saywho.attribution.engine.model.QuotedSpan;
import dev.saywho.attribution.engine.model.Sentence;
import dev.saywho.attribution.engine.model.Token;
import dev.saywho.attribution.engine.syntax.SentenceTree;
import dev.saywho.attribution.engine.syntax.SyntacticWord;

/**
 * The rule {@code clausal-complement}: a report predicate of the lexicon ({@code report-predicates.tsv}) whose subject
 * on the dependency tree is a possible source and whose complement (the relation the lexicon allows: {@code ccomp},
 * {@code xcomp} or {@code obj}) is the reported content, its whole subtree. It reads the grammar rather than the word
 * order, so a long subject ("many officials on and off the island believe …"), a quantity ("about 4 in 10 want …")
 * or an intention ("Clinton plans to …") is found where the surface rules see no cue. It is listed last: where a
 * surface rule claims the same text, that rule wins.
 *
 * <p>Only sentences holding one of the lexicon's forms outside quotation marks are parsed.
 */
final class ClausalComplementRule {

    static final Rule RULE = RuleCatalog.standard().rule("clausal-complement");

    /** Parts of speech a source's head word can have: a name, a noun, a pronoun, a quantity ("4 in 10 want …"). */
    private static final java.util.Set<String> SOURCE_HEADS = java.util.Set.of("PROPN", "NOUN", "PRON", "NUM");
    /** Pronouns that never stand for a source: expletives, relatives, and the generic "it". */
    private static final java.util.Set<String> NOT_SOURCES = java.util.Set.of(
            "it",
            "there",
            "this",
            "that",
            "which",
            "what",
            "whatever",
            "who",
            "whom",
            "whose",
            "one",
            "ones",
            "something",
            "anything",
            "nothing",
            "everything");

    private static final java.util.Set<String> BE_FORMS = java.util.Set.of(
            "is", "are", "was", "were", "be", "been", "being", "’s", "'s", "’re", "'re", "am", "’m", "'m");
    /** How many words may stand between a predicate and the start of its complement ("said on Tuesday that"). */
    private static final int COMPLEMENT_WINDOW = 4;

    private final Lexicons lex;

    ClausalComplementRule(Lexicons lex) {
        this.lex = lex;
    }

    /** Adds the rule's frames for sentence {@code s}; {@code claimedCues} are cue offsets other rules already took. */
    void apply(Document doc, Sentence s, java.util.BitSet claimedCues, List<Frame> frames) {
        if (!mentionsPredicate(doc, s, claimedCues)) {
            return;
        }
        SentenceTree tree = doc.tree(s);
        for (int w = 0; w < tree.size(); w++) {
            SyntacticWord verb = tree.word(w);
            if (claimedCues.get(verb.start()) || doc.quoted(verb.start())) {
                continue;
            }
            ReportPredicate predicate = lex.reportPredicate(verb.lemma().toLowerCase(java.util.Locale.ROOT));
            if (predicate == null) {
                continue;
            }
            // any part of speech: a word the tagger took for a noun still predicates when it has a subject ("Varga
            // plans to …"), and without a subject no word reports here
            int subject = TreeSubjects.subjectOf(tree, w);
            int complement = complement(tree, w, predicate);
            if (subject < 0 || complement < 0 || !source(tree, subject)) {
                continue;
            }
            int[] content = subtree(tree, complement);
            int[] source = subtree(tree, subject);
            if ((content[0] <= w && w <= content[1]) || source[1] >= w) {
                // a complement around its own predicate or a subject after it: an inversion the surface rules read
                continue;
            }
            int from = tree.word(content[0]).start();
            int to = tree.word(content[1]).end();
            if (cutsQuotation(doc, from, to)) {
                // a parse whose clause ends inside a quotation (or starts in one) has misread the sentence
                continue;
            }
            frames.add(new Frame(
                    RULE,
                    verb.start(),
                    verb.end(),
                    TreeSubjects.wholeNameRun(doc, s, TreeSubjects.mention(tree, subject)),
                    List.of(new int[] {from, to}),
                    s.index(),
                    -1,
                    -1));
        }
    }

    /**
     * Whether the sentence is worth parsing: a lexicon form, not claimed by another rule and not quoted, that looks
     * like a finite predicate on the surface (not after a determiner: "the plan", "a report") and is followed by the
     * start of its complement ("plans to", "believe that", "think the …", "knew he …") within a few words.
     */
    private boolean mentionsPredicate(Document doc, Sentence s, java.util.BitSet claimedCues) {
        for (int k = s.firstToken() + 1; k + 1 < s.endToken(); k++) {
            Token t = doc.token(k);
            if (!t.word() || t.capitalized() || claimedCues.get(t.start()) || doc.quoted(t.start())) {
                continue;
            }
            ReportPredicate predicate = lex.reportPredicateForm(t.lower());
            if (predicate != null && activeFinite(doc, k) && complementFollows(doc, k + 1, s.endToken(), predicate)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the form at {@code k} can be an active predicate with a subject of its own: not a noun after a
     * determiner or a preposition ("the plan", "of state"), not a passive after "be" ("is expected": its subject is
     * no source), and a form in "-ing" only as a progressive ("is planning"), not as a participle or a gerund.
     */
    private static boolean activeFinite(Document doc, int k) {
        String previous = doc.token(k - 1).lower();
        boolean afterBe = BE_FORMS.contains(previous);
        if (DETERMINERS.contains(previous) || PREPS.contains(previous) || previous.equals("of")) {
            return false;
        }
        return doc.token(k).lower().endsWith("ing") ? afterBe : !afterBe;
    }

    private static boolean complementFollows(Document doc, int from, int end, ReportPredicate predicate) {
        for (int k = from; k < end && k - from < COMPLEMENT_WINDOW; k++) {
            Token t = doc.token(k);
            if (!t.word()) {
                return false;
            }
            String w = t.lower();
            if ((predicate.complements().contains("xcomp") && w.equals("to"))
                    || (predicate.complements().contains("ccomp")
                            && (w.equals("that") || PRONOUNS.contains(w) || DETERMINERS.contains(w) || t.capitalized()))
                    || (predicate.complements().contains("obj") && k == from)) {
                return true;
            }
        }
        return false;
    }

    static boolean cutsQuotation(Document doc, int from, int to) {
        for (QuotedSpan q : doc.quotedSpans()) {
            int open = q.openMark();
            int close = q.outerEnd();
            boolean overlaps = open < to && close > from;
            if (overlaps && (open < from || close > to + 1)) {
                return true;
            }
        }
        return false;
    }

    private static int complement(SentenceTree tree, int verb, ReportPredicate predicate) {
        for (String relation : List.of("ccomp", "xcomp", "obj")) {
            if (predicate.complements().contains(relation)) {
                int c = tree.firstDependent(verb, relation);
                if (c >= 0) {
                    return c;
                }
            }
        }
        if (predicate.complements().contains("xcomp") && !tree.word(verb).upos().equals("VERB")) {
            // the same mistagged predicate carries its infinitive as a clause of a noun ("plans to rebuild": acl)
            int c = tree.firstDependent(verb, "acl");
            if (c >= 0 && !tree.dependents(c, "mark").isEmpty()) {
                return c;
            }
        }
        return -1;
    }

    static boolean source(SentenceTree tree, int subject) {
        SyntacticWord head = tree.word(subject);
        return SOURCE_HEADS.contains(head.upos())
                && !NOT_SOURCES.contains(head.form().toLowerCase(java.util.Locale.ROOT));
    }

    /** The first and last word of the subtree under {@code word}, trailing punctuation left out. */
    private static int[] subtree(SentenceTree tree, int word) {
        int[] span = tree.subtreeSpan(word);
        while (span[1] > span[0] && tree.word(span[1]).upos().equals("PUNCT")) {
            span[1]--;
        }
        while (span[0] < span[1] && tree.word(span[0]).upos().equals("PUNCT")) {
            span[0]++;
        }
        return span;
    }
}
