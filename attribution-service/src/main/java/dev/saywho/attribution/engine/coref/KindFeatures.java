package dev.saywho.attribution.engine.coref;

import dev.saywho.attribution.engine.learn.FeatureSink;

/** {@code kind}: whether the candidate is a name, a description or a pronoun, by anaphor class and same sentence. */
final class KindFeatures implements CorefFeature {

    @Override
    public String name() {
        return "kind";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public void pair(Candidates cs, int k, FeatureSink out) {
        CorefContext c = cs.context;
        int candidate = cs.get(k);
        long kind = CorefFeature.value(c.mention(candidate).kind());
        out.add(0, cs.anaphorClass(), kind);
        out.add(1, cs.anaphorClass(), kind, c.sentenceDistance(cs.anaphor, candidate) == 0 ? 1 : 0);
    }
}
