package dev.saywho.attribution.engine.entities;

import dev.saywho.attribution.engine.learn.FeatureSink;

/**
 * {@code casing}: the word's casing class (lower, capitalised, capitals, mixed, no letter) with whether it is the
 * sentence's first word (whose capital says little), and the classes of the word and its two neighbours together
 * (a run of capitalised words).
 */
final class CasingFeatures implements FeatureGenerator {

    @Override
    public String name() {
        return "casing";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public void word(Tokens tokens, int i, FeatureSink out) {
        int c = tokens.casing(i);
        out.add(0, c, i == tokens.firstWord ? 1 : 0);
        out.add(1, tokens.casing(i - 1), c, tokens.casing(i + 1));
        out.add(2, tokens.casing(i - 1), c);
        out.add(3, c, tokens.casing(i + 1));
    }
}
