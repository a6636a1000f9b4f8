package dev.saywho.attribution.engine.coref;

import dev.saywho.attribution.engine.learn.FeatureSink;
import dev.saywho.attribution.engine.learn.Hashing;

/**
 * {@code candidate-pronoun}: for a candidate that is a pronoun, its word with the anaphor's ({@code his} after
 * {@code he}), and its anaphor class with the anaphor's.
 */
final class PronounFeatures implements CorefFeature {

    @Override
    public String name() {
        return "candidate-pronoun";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public void pair(Candidates cs, int k, FeatureSink out) {
        CorefContext c = cs.context;
        int candidate = cs.get(k);
        if (c.mention(candidate).kind() != MentionKind.PRONOUN) {
            return;
        }
        out.add(0, Hashing.of(c.headLower[cs.anaphor]), Hashing.of(c.headLower[candidate]));
        AnaphorClass other = c.anaphorClass[candidate];
        out.add(1, cs.anaphorClass(), CorefFeature.value(other));
    }
}
