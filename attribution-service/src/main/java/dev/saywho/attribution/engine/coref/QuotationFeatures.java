package dev.saywho.attribution.engine.coref;

import dev.saywho.attribution.engine.learn.FeatureSink;

/** {@code quotation}: whether the anaphor and the candidate each stand inside a quotation, by anaphor class. */
final class QuotationFeatures implements CorefFeature {

    @Override
    public String name() {
        return "quotation";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public void pair(Candidates cs, int k, FeatureSink out) {
        CorefContext c = cs.context;
        out.add(0, cs.anaphorClass(), c.inQuote[cs.anaphor] ? 1 : 0, c.inQuote[cs.get(k)] ? 1 : 0);
    }

    @Override
    public void none(Candidates cs, FeatureSink out) {
        out.add(1, cs.anaphorClass(), cs.context.inQuote[cs.anaphor] ? 1 : 0);
    }
}
