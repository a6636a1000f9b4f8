package dev.saywho.attribution.engine.stage;

import java.util.BitSet;
import java.util.List;

import dev.saywho.attribution.engine.Rule;
import dev.saywho.attribution.engine.RuleCatalog;
import dev.saywho.attribution.engine.cue.CueCandidate;
import dev.saywho.attribution.engine.cue.CueInput;
import dev.saywho.attribution.engine.cue.CueModel;
import dev.saywho.attribution.engine.learn.FeatureSink;
import dev.saywho.attribution.engine.lexicon.Lexicons;
import dev.saywho.attribution.engine.model.Document;
import dev.saywho.attribution.engine.model.Frame;
import dev.saywho.attribution.engine.model.Mention;
import dev.saywho.attribution.engine.model.Sentence;
import dev.saywho.attribution.engine.syntax.SentenceTree;
import dev.saywho.attribution.engine.syntax.SyntacticWord;

/**
 * The rule {@code learned-cue}: the cue model ({@link CueModel}) scores every word of the sentence's tree with each of
 * its clausal and nominal dependents, and a pair it finds likely enough becomes a frame: the word is the cue, the
 * dependent's subtree the content, the word's subject (or a passive's agent) the source. It is listed after the
 * surface and grammar rules: it adds what they do not see and never takes a cue they claimed.
 */
final class LearnedCueRule {

    static final Rule RULE = RuleCatalog.standard().rule("learned-cue");

    /** Relations of a predicate that shares its governor's subject. */
    private static final java.util.Set<String> CONTROLLED = java.util.Set.of("xcomp", "conj");

    /**
     * Outside quotation marks "I", "we" and "you" are the writer, the interviewer or the reader: a column's "I think
     * the council is wrong" is the paper's own voice, and an interview's "We asked her how" is no report.
     */
    private static final java.util.Set<String> FIRST_AND_SECOND_PERSON = java.util.Set.of("i", "we", "you");

    private final CueModel model;
    private final Lexicons lex;

    LearnedCueRule(CueModel model, Lexicons lex) {
        this.model = model;
        this.lex = lex;
    }

    /**
     * Adds the model's frames for sentence {@code s}; {@code claimedCues} are the cue offsets other rules took, and
     * the frames from index {@code sentenceFrames} on are the ones they found in this sentence.
     */
    void apply(Document doc, Sentence s, BitSet claimedCues, List<Frame> frames, int sentenceFrames) {
        boolean allQuoted = doc.quoted(doc.token(s.firstToken()).start())
                && doc.quoted(doc.token(s.endToken() - 1).start());
        if (s.tokenCount() < 3 || allQuoted) {
            return;
        }
        if (!doc.parsed(s) && (frames.size() > sentenceFrames || !model.gate().opens(doc, s))) {
            // parsing is what the model costs: a sentence the rules did not parse is parsed only when they found no
            // frame in it (a learned frame would lose to theirs) and the gate sees a word that may be a cue
            return;
        }
        CueInput in = CueInput.of(doc, s, lex);
        SentenceTree tree = in.tree();
        FeatureSink sink = new FeatureSink();
        for (CueCandidate c : CueCandidate.of(tree)) {
            SyntacticWord cue = tree.word(c.predicate());
            if (claimedCues.get(cue.start())
                    || in.quoted(c.predicate())
                    || (c.first() <= c.predicate() && c.predicate() <= c.last())) {
                continue;
            }
            if (model.probability(in, c, sink) < model.threshold()) {
                continue;
            }
            int from = c.contentStart(tree);
            int to = c.contentEnd(tree);
            int sourceWord = sourceWord(in, c);
            if ((sourceWord >= 0 && FIRST_AND_SECOND_PERSON.contains(in.lemma(sourceWord)))
                    || ClausalComplementRule.cutsQuotation(doc, from, to)) {
                continue;
            }
            // a cue without a source in its own clause ("a warning that the bridge may close", "criticism of the
            // levy") still reports content: the frame is kept without one, and the source model or the sieves name
            // it from the sentence or the paragraph, or nobody (cross-validated on PolNeAR with the source model
            // refitted, keeping them raised indirect F1 by 0.015 at the same end-to-end F1)
            Mention source =
                    sourceWord < 0 ? null : TreeSubjects.wholeNameRun(doc, s, TreeSubjects.mention(tree, sourceWord));
            boolean raising = TreeSubjects.RAISING_VERBS.contains(in.lemma(c.predicate()))
                    && tree.word(c.complement()).relation().equals("xcomp");
            if (raising) {
                // "the plan appears to …", "voters seem to …": an evidential whose subject is what is judged, not
                // who judges; the source is the writer, so the quote has none
                source = null;
            }
            frames.add(
                    new Frame(RULE, cue.start(), cue.end(), source, List.of(new int[] {from, to}), s.index(), -1, -1));
        }
    }

    /**
     * The source's word: the cue word's active subject, or a passive's agent ("was criticised by …"), outside the
     * content; -1 for none.
     */
    private static int sourceWord(CueInput in, CueCandidate c) {
        SentenceTree tree = in.tree();
        int p = c.predicate();
        // a controlled or coordinated predicate has its governor's subject ("Varga wants to <b>back</b> the levy",
        // "Varga spoke and <b>warned</b> that …"), up a short chain
        for (int hops = 0;
                hops < 3
                        && in.subject(p) < 0
                        && CONTROLLED.contains(tree.word(p).relation());
                hops++) {
            if (tree.word(p).head() < 0) {
                break;
            }
            p = tree.word(p).head();
        }
        int source = in.passive(p) ? tree.firstDependent(p, "obl:agent") : in.subject(p);
        if (source < 0 || (c.first() <= source && source <= c.last()) || !ClausalComplementRule.source(tree, source)) {
            return -1;
        }
        return source;
    }
}
