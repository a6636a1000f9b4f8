package dev.saywho.attribution.engine.entities;

import dev.saywho.attribution.engine.learn.FeatureSink;

/**
 * First-order Viterbi over the BIO labels: the best label sequence under a linear scorer, where a word's score for a
 * label is that of its label-independent features plus that of its transition features given the label before.
 * Invalid sequences ({@code I-PLACE} after {@code O} or after {@code B-PERSON}) are never produced. Ties go to the
 * lower label index, so decoding is deterministic. Not thread-safe (it keeps its work arrays): one per thread.
 */
final class SequenceDecoder {

    /** Scores features for every label: the trained model, or the trainer's current weights during training. */
    @FunctionalInterface
    interface Scorer {
        void score(long[] features, int n, float[] scores);
    }

    private static final int L = BioLabels.COUNT;

    private final FeatureSet features;
    private final FeatureSink sink = new FeatureSink();
    private final float[] emit = new float[L];
    private final float[] trans = new float[L];

    SequenceDecoder(FeatureSet features) {
        this.features = features;
    }

    /** The best labels for the words, given their label-independent features ({@link FeatureSet#words}). */
    int[] decode(Tokens tokens, long[][] wordFeatures, Scorer scorer) {
        int n = tokens.n;
        int[] labels = new int[n];
        if (n == 0) {
            return labels;
        }
        double[] best = new double[L];
        double[] next = new double[L];
        int[][] back = new int[n][L];
        for (int i = 0; i < n; i++) {
            scorer.score(wordFeatures[i], wordFeatures[i].length, emit);
            java.util.Arrays.fill(next, Double.NEGATIVE_INFINITY);
            int firstPrevious = i == 0 ? BioLabels.START : 0;
            int lastPrevious = i == 0 ? BioLabels.START : L - 1;
            for (int p = firstPrevious; p <= lastPrevious; p++) {
                double base = i == 0 ? 0 : best[p];
                if (base == Double.NEGATIVE_INFINITY) {
                    continue;
                }
                if (features.hasTransitions()) {
                    features.transition(tokens, i, p, sink);
                    scorer.score(sink.features(), sink.size(), trans);
                } else {
                    java.util.Arrays.fill(trans, 0f);
                }
                for (int c = 0; c < L; c++) {
                    if (!BioLabels.allowed(p, c)) {
                        continue;
                    }
                    double v = base + emit[c] + trans[c];
                    if (v > next[c]) {
                        next[c] = v;
                        back[i][c] = p;
                    }
                }
            }
            double[] swap = best;
            best = next;
            next = swap;
        }
        int last = 0;
        for (int c = 1; c < L; c++) {
            if (best[c] > best[last]) {
                last = c;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            labels[i] = last;
            last = back[i][last];
        }
        return labels;
    }
}
