package dev.saywho.attribution.engine.coref;

import dev.saywho.attribution.engine.learn.FeatureSink;

/**
 * {@code rule:baseline}: the rule baseline's choice as a feature (OpenNLP's dictionary features: a rule the model
 * learns how far to trust), by anaphor class: the candidate it chooses, or none when it chooses none.
 */
final class RuleFeature implements CorefFeature {

    @Override
    public String name() {
        return "rule:baseline";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public void pair(Candidates cs, int k, FeatureSink out) {
        if (cs.ruleChoice == k) {
            out.add(0, cs.anaphorClass());
        }
    }

    @Override
    public void none(Candidates cs, FeatureSink out) {
        if (cs.ruleChoice < 0) {
            out.add(1, cs.anaphorClass());
        }
    }
}
