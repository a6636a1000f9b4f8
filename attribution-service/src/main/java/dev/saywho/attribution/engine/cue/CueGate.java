package dev.saywho.attribution.engine.cue;

import dev.saywho.attribution.engine.learn.FeatureSink;
import dev.saywho.attribution.engine.learn.Hashing;
import dev.saywho.attribution.engine.learn.LinearModel;
import dev.saywho.attribution.engine.model.Document;
import dev.saywho.attribution.engine.model.Sentence;
import dev.saywho.attribution.engine.model.Token;

/**
 * The cue model's sentence gate: a surface model over the words of a sentence (no tags, no tree) that says whether a
 * word may be the cue of an attribution, so that only the sentences where one may be are parsed for the cue model.
 * Parsing is what the model costs: the dependency parser reads some thirty thousand words a second on one core, and
 * the rules parse a sentence in seven. The gate is trained on the same annotated cues, and its threshold is set on
 * out-of-fold margins so that it opens for a fixed share of the annotated cue words ({@code gate.recall}).
 */
public final class CueGate {

    /** The gate's generators, as its manifest entry writes them. */
    public static final String DESCRIPTOR = "surface@1";

    private static final long SALT = Hashing.of("surface");
    private static final long NONE = Hashing.of("<none>");

    private final LinearModel weights;
    private final double threshold;

    CueGate(LinearModel weights, double threshold) {
        this.weights = weights;
        this.threshold = threshold;
    }

    LinearModel weights() {
        return weights;
    }

    /** Whether some word of {@code s} outside quotation marks may be a cue. */
    public boolean opens(Document doc, Sentence s) {
        FeatureSink sink = new FeatureSink();
        float[] scores = new float[2];
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            if (candidate(doc, k)) {
                features(doc, s, k, sink);
                weights.score(sink.features(), sink.size(), scores);
                if (scores[1] - scores[0] > threshold) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether token {@code k} is one the gate scores: a word outside quotation marks. */
    static boolean candidate(Document doc, int k) {
        Token t = doc.token(k);
        return t.word() && !doc.quoted(t.start());
    }

    /** The surface features of token {@code k} of sentence {@code s}, replacing what {@code out} held. */
    static void features(Document doc, Sentence s, int k, FeatureSink out) {
        out.clear();
        out.salt(SALT);
        long form = form(doc, s, k);
        long previous = form(doc, s, k - 1);
        long next = form(doc, s, k + 1);
        String lower = doc.token(k).lower();
        out.add(0, 0);
        out.add(1, form);
        out.add(2, Hashing.of(lower.length() > 3 ? lower.substring(lower.length() - 3) : lower));
        out.add(3, previous);
        out.add(4, next);
        out.add(5, previous, form);
        out.add(6, form, next);
        out.add(7, form(doc, s, k + 2));
        out.add(8, doc.token(k).capitalized() ? 1 : 0, k == s.firstToken() ? 1 : 0);
    }

    private static long form(Document doc, Sentence s, int k) {
        return k < s.firstToken() || k >= s.endToken()
                ? NONE
                : Hashing.of(doc.token(k).lower());
    }
}
