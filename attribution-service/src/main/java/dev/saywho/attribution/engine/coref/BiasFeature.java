package dev.saywho.attribution.engine.coref;

import dev.saywho.attribution.engine.learn.FeatureSink;

/** {@code bias}: one feature per anaphor class for any antecedent, one for none. */
final class BiasFeature implements CorefFeature {

    @Override
    public String name() {
        return "bias";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public void pair(Candidates cs, int k, FeatureSink out) {
        out.add(0, cs.anaphorClass());
    }

    @Override
    public void none(Candidates cs, FeatureSink out) {
        out.add(1, cs.anaphorClass());
    }
}
