package dev.saywho.attribution.engine.coref;

import dev.saywho.attribution.engine.learn.FeatureSink;
import dev.saywho.attribution.engine.learn.Hashing;

/**
 * {@code anaphor}: what makes an anaphor likely to start a chain of its own, for its none option: its word, whether
 * it is in the text's first sentence, and how many candidates it has (bucketed), each by anaphor class; for a
 * description, its determiner, its length and whether words follow its head ({@code the bridge over the Vell}).
 */
final class AnaphorFeatures implements CorefFeature {

    @Override
    public String name() {
        return "anaphor";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public void pair(Candidates cs, int k, FeatureSink out) {}

    @Override
    public void none(Candidates cs, FeatureSink out) {
        CorefContext c = cs.context;
        out.add(0, Hashing.of(c.headLower[cs.anaphor]));
        out.add(1, cs.anaphorClass(), c.mention(cs.anaphor).sentence() == 0 ? 1 : 0);
        out.add(2, cs.anaphorClass(), CorefFeature.bucket(cs.size()));
        Mention m = c.mention(cs.anaphor);
        if (c.anaphorClass[cs.anaphor] == AnaphorClass.NOMINAL) {
            String determiner = c.input.sentences().get(m.sentence()).words().get(m.start());
            out.add(3, Hashing.of(determiner.toLowerCase(java.util.Locale.ROOT)));
            out.add(4, CorefFeature.bucket(m.end() - m.start()), m.end() - 1 > m.head() ? 1 : 0);
        }
    }
}
