package dev.saywho.attribution.engine.coref;

import dev.saywho.attribution.engine.learn.FeatureSink;

/** {@code subject}: whether the candidate is a subject ({@code nsubj}), alone and with whether the anaphor is one. */
final class SubjectFeatures implements CorefFeature {

    @Override
    public String name() {
        return "subject";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public void pair(Candidates cs, int k, FeatureSink out) {
        CorefContext c = cs.context;
        long candidate = c.subject[cs.get(k)] ? 1 : 0;
        out.add(0, cs.anaphorClass(), candidate);
        out.add(1, cs.anaphorClass(), candidate, c.subject[cs.anaphor] ? 1 : 0);
    }

    @Override
    public void none(Candidates cs, FeatureSink out) {
        out.add(2, cs.anaphorClass(), cs.context.subject[cs.anaphor] ? 1 : 0);
    }
}
