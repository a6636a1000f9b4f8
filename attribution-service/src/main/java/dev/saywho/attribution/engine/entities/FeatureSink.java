package dev.saywho.attribution.engine.entities;

import java.util.Arrays;

import dev.saywho.attribution.engine.learn.Hashing;

/**
 * Collects the hashed features of one word. Each generator writes under its own salt (the hash of its name), so two
 * generators can use the same small keys without their features colliding by construction.
 */
final class FeatureSink {

    private long[] features = new long[64];
    private int n;
    private long salt;

    void clear() {
        n = 0;
    }

    /** The features added from now on belong to the generator with this salt. */
    void salt(long generatorSalt) {
        this.salt = generatorSalt;
    }

    void add(int key, long a) {
        push(Hashing.f(key, salt, a));
    }

    void add(int key, long a, long b) {
        push(Hashing.f(key, salt, a, b));
    }

    void add(int key, long a, long b, long c) {
        push(Hashing.f(key, salt, a, b, c));
    }

    private void push(long f) {
        if (n == features.length) {
            features = Arrays.copyOf(features, n * 2);
        }
        features[n++] = f;
    }

    long[] features() {
        return features;
    }

    int size() {
        return n;
    }

    /** A copy of the features added so far. */
    long[] toArray() {
        return Arrays.copyOf(features, n);
    }
}
