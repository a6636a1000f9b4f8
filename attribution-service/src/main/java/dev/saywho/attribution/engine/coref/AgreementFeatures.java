package dev.saywho.attribution.engine.coref;

import dev.saywho.attribution.engine.learn.FeatureSink;

/**
 * {@code agreement}: whether the candidate agrees with the anaphor in number and in gender (the pronoun's form, titles
 * and gendered nouns, the given names lexicon, the caller's hint), each agree, disagree or unknown, by anaphor class;
 * for none, whether any candidate agrees in both.
 */
final class AgreementFeatures implements CorefFeature {

    @Override
    public String name() {
        return "agreement";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public void pair(Candidates cs, int k, FeatureSink out) {
        CorefContext c = cs.context;
        int candidate = cs.get(k);
        int number = c.numberAgreement(cs.anaphor, candidate);
        int gender = c.genderAgreement(cs.anaphor, candidate);
        out.add(0, cs.anaphorClass(), number);
        out.add(1, cs.anaphorClass(), gender);
        out.add(2, cs.anaphorClass(), number, gender);
    }

    @Override
    public void none(Candidates cs, FeatureSink out) {
        boolean any = false;
        for (int k = 0; k < cs.size() && !any; k++) {
            int candidate = cs.get(k);
            any = cs.context.numberAgreement(cs.anaphor, candidate) != CorefContext.DISAGREE
                    && cs.context.genderAgreement(cs.anaphor, candidate) != CorefContext.DISAGREE;
        }
        out.add(3, cs.anaphorClass(), any ? 1 : 0);
    }
}
