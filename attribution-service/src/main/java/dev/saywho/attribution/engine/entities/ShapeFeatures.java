package dev.saywho.attribution.engine.entities;

import dev.saywho.attribution.engine.learn.FeatureSink;

/** {@code shape}: the word's shape ({@code Xxx}, {@code XX}, {@code dd.dd}) and those of its neighbours, alone and paired. */
final class ShapeFeatures implements FeatureGenerator {

    @Override
    public String name() {
        return "shape";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public void word(Tokens tokens, int i, FeatureSink out) {
        long[] shape = tokens.shape;
        long before = Tokens.at(shape, i - 1);
        long after = Tokens.at(shape, i + 1);
        out.add(0, shape[i]);
        out.add(1, before);
        out.add(2, after);
        out.add(3, before, shape[i]);
        out.add(4, shape[i], after);
    }
}
