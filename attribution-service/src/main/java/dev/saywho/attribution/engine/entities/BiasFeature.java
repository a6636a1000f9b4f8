package dev.saywho.attribution.engine.entities;

import dev.saywho.attribution.engine.learn.FeatureSink;

/** {@code bias}: one feature every word has, so that each label has a prior of its own. */
final class BiasFeature implements FeatureGenerator {

    @Override
    public String name() {
        return "bias";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public void word(Tokens tokens, int i, FeatureSink out) {
        out.add(0, 0);
    }
}
