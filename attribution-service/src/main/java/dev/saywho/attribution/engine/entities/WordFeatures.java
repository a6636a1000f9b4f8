package dev.saywho.attribution.engine.entities;

import dev.saywho.attribution.engine.learn.FeatureSink;

/** {@code word}: the word as written and in lower case ({@code Varga}, {@code varga}). */
final class WordFeatures implements FeatureGenerator {

    @Override
    public String name() {
        return "word";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public void word(Tokens tokens, int i, FeatureSink out) {
        out.add(0, tokens.form[i]);
        out.add(1, tokens.lower[i]);
    }
}
