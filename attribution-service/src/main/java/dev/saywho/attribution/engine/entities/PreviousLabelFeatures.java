package dev.saywho.attribution.engine.entities;

import dev.saywho.attribution.engine.learn.FeatureSink;

/**
 * {@code previous-label}: the label of the word before, alone (the BIO transition weights) and with the word's shape
 * and casing (a capitalised word after a {@code B-PERSON} continues the name more often than one after {@code O}).
 */
final class PreviousLabelFeatures implements FeatureGenerator {

    @Override
    public String name() {
        return "previous-label";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public void word(Tokens tokens, int i, FeatureSink out) {}

    @Override
    public boolean readsPreviousLabel() {
        return true;
    }

    @Override
    public void transition(Tokens tokens, int i, int previous, FeatureSink out) {
        out.add(0, previous);
        out.add(1, previous, tokens.shape[i]);
        out.add(2, previous, tokens.casing(i), tokens.casing(i + 1));
    }
}
