package dev.saywho.attribution.engine.coref;

import dev.saywho.attribution.engine.learn.FeatureSink;

/** {@code first-in-sentence}: whether the candidate opens its sentence's mentions, by class and same sentence. */
final class FirstMentionFeatures implements CorefFeature {

    @Override
    public String name() {
        return "first-in-sentence";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public void pair(Candidates cs, int k, FeatureSink out) {
        CorefContext c = cs.context;
        int candidate = cs.get(k);
        out.add(
                0,
                cs.anaphorClass(),
                c.firstInSentence[candidate] ? 1 : 0,
                c.sentenceDistance(cs.anaphor, candidate) == 0 ? 1 : 0);
    }
}
