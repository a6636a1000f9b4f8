package dev.saywho.attribution.engine.entities;

import dev.saywho.attribution.engine.learn.FeatureSink;
import dev.saywho.attribution.engine.learn.Hashing;

/**
 * {@code affixes(k)}: the first and last 1 to {@code k} characters of the lower-cased word, each only when the word is
 * longer than the affix ({@code -ova}, {@code -burg}, {@code -ton}, {@code mc-}).
 */
final class AffixFeatures implements FeatureGenerator {

    private final int longest;

    AffixFeatures(int longest) {
        if (longest < 1 || longest > 8) {
            throw new IllegalArgumentException("affix length must be 1 to 8, not " + longest);
        }
        this.longest = longest;
    }

    @Override
    public String name() {
        return "affixes";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public String argument() {
        return Integer.toString(longest);
    }

    @Override
    public void word(Tokens tokens, int i, FeatureSink out) {
        String w = tokens.lowers[i];
        int len = w.length();
        for (int k = 1; k <= longest && k < len; k++) {
            out.add(k, Hashing.of(w.substring(0, k)));
            out.add(-k, Hashing.of(w.substring(len - k)));
        }
    }
}
