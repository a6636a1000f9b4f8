package dev.saywho.attribution.engine.learn;

import java.util.Arrays;

/**
 * Collects the hashed features of one item (a word of a sentence, a pair of mentions). Each generator writes under its own salt (the hash of its name), so two
 * generators can use the same small keys without their features colliding by construction.
 */
public final class FeatureSink {

    private long[] features = new long[64];
    private int n;
    private long salt;

    public void clear() {
        n = 0;
    }

    /** The features added from now on belong to the generator with this salt. */
    public void salt(long generatorSalt) {
        this.salt = generatorSalt;
    }

    public void add(int key, long a) {
        push(Hashing.f(key, salt, a));
    }

    public void add(int key, long a, long b) {
        push(Hashing.f(key, salt, a, b));
    }

    public void add(int key, long a, long b, long c) {
        push(Hashing.f(key, salt, a, b, c));
    }

    private void push(long f) {
        if (n == features.length) {
            features = Arrays.copyOf(features, n * 2);
        }
        features[n++] = f;
    }

    public long[] features() {
        return features;
    }

    public int size() {
        return n;
    }

    /** A copy of the features added so far. */
    public long[] toArray() {
        return Arrays.copyOf(features, n);
    }
}
