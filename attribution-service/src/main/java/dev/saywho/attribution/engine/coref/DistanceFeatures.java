package dev.saywho.attribution.engine.coref;

import dev.saywho.attribution.engine.learn.FeatureSink;

/**
 * {@code distance}: how far back the candidate is, in sentences and in mentions (bucketed), each by anaphor class, and
 * its rank among the candidates.
 */
final class DistanceFeatures implements CorefFeature {

    @Override
    public String name() {
        return "distance";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public void pair(Candidates cs, int k, FeatureSink out) {
        CorefContext c = cs.context;
        int candidate = cs.get(k);
        long sentences = CorefFeature.bucket(c.sentenceDistance(cs.anaphor, candidate));
        out.add(0, cs.anaphorClass(), sentences);
        out.add(1, cs.anaphorClass(), CorefFeature.bucket(c.mentionDistance(cs.anaphor, candidate)));
        out.add(2, cs.anaphorClass(), CorefFeature.bucket(k));
    }
}
