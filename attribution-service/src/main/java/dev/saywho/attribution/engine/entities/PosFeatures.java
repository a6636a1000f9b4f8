package dev.saywho.attribution.engine.entities;

import java.util.Set;

import dev.saywho.attribution.engine.learn.FeatureSink;

/**
 * {@code pos}: the UPOS tags of the word and of the two words on each side, the tag pairs around it, and the tag with
 * the word's casing (a capitalised {@code PROPN} after a {@code PROPN}). Needs the tagger's tags.
 */
final class PosFeatures implements FeatureGenerator {

    @Override
    public String name() {
        return "pos";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public Set<String> needs() {
        return Set.of(EntityModel.UPOS);
    }

    @Override
    public void word(Tokens tokens, int i, FeatureSink out) {
        long[] tag = tokens.tag;
        if (tag == null) {
            throw new IllegalStateException("the pos features need UPOS tags");
        }
        long t = tag[i];
        long before = Tokens.at(tag, i - 1);
        long after = Tokens.at(tag, i + 1);
        out.add(0, t);
        out.add(1, before);
        out.add(2, after);
        out.add(3, Tokens.at(tag, i - 2));
        out.add(4, Tokens.at(tag, i + 2));
        out.add(5, before, t);
        out.add(6, t, after);
        out.add(7, before, t, after);
        out.add(8, t, tokens.casing(i), i == tokens.firstWord ? 1 : 0);
    }
}
