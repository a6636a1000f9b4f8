package dev.saywho.attribution.engine.entities;

import dev.saywho.attribution.engine.learn.FeatureSink;

/**
 * {@code gazetteer}: the word's classes in the model's {@link Gazetteer} (title, given name, place, organisation word,
 * and whether it begins or continues a place of several words), those of the words on each side, and the pairs: a
 * given name before a capitalised word, a word before an organisation word, a word after a title.
 */
final class GazetteerFeatures implements FeatureGenerator {

    private static final int OUTSIDE = -1;

    private final Gazetteer gazetteer;

    GazetteerFeatures(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public String name() {
        return "gazetteer";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public void word(Tokens tokens, int i, FeatureSink out) {
        int[] c = tokens.gazetteerClasses(gazetteer);
        int here = c[i];
        int before = i > 0 ? c[i - 1] : OUTSIDE;
        int after = i + 1 < c.length ? c[i + 1] : OUTSIDE;
        out.add(0, here);
        out.add(1, before);
        out.add(2, after);
        out.add(3, before, here);
        out.add(4, here, after);
        out.add(5, here, tokens.casing(i));
    }
}
