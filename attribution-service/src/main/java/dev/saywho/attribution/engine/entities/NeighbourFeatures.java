package dev.saywho.attribution.engine.entities;

import dev.saywho.attribution.engine.learn.FeatureSink;

/**
 * {@code neighbours(w)}: each of the {@code w} words before and after, in lower case, by its distance (a padding value
 * past either end of the sentence); the pair of the word and the next one, and of the one before and the word.
 */
final class NeighbourFeatures implements FeatureGenerator {

    private static final int BIGRAM_BEFORE = 100;
    private static final int BIGRAM_AFTER = 101;

    private final int window;

    NeighbourFeatures(int window) {
        if (window < 1 || window > 5) {
            throw new IllegalArgumentException("neighbours window must be 1 to 5, not " + window);
        }
        this.window = window;
    }

    @Override
    public String name() {
        return "neighbours";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public String argument() {
        return Integer.toString(window);
    }

    @Override
    public void word(Tokens tokens, int i, FeatureSink out) {
        long[] lower = tokens.lower;
        for (int d = 1; d <= window; d++) {
            out.add(d, Tokens.at(lower, i - d));
            out.add(-d, Tokens.at(lower, i + d));
        }
        out.add(BIGRAM_BEFORE, Tokens.at(lower, i - 1), lower[i]);
        out.add(BIGRAM_AFTER, lower[i], Tokens.at(lower, i + 1));
    }
}
