package dev.saywho.attribution.engine.cue;

import dev.saywho.attribution.engine.learn.FeatureSink;
import dev.saywho.attribution.engine.learn.Hashing;

/**
 * One named family of features of a candidate cue and content (OpenNLP's feature generators, as the entity
 * recogniser's and the linker's). Stateless and thread-safe. A generator whose features change for the same input
 * must bump its {@link #version()}, so that a model trained with the old features refuses to load.
 */
interface CueFeature {

    /** The name in a model's descriptor. */
    String name();

    /** Bumped whenever the features generated for the same input change. */
    int version();

    default String descriptor() {
        return name() + "@" + version();
    }

    /** Adds the features of candidate {@code c}. */
    void add(CueInput in, CueCandidate c, FeatureSink out);

    /** A feature value: the hash of a string. */
    static long v(String s) {
        return Hashing.of(s);
    }

    /** A count in a few buckets: 0, 1, 2, 3, 4-5, 6-9, 10-15, 16-31, 32 and more. */
    static long bucket(int n) {
        if (n < 4) {
            return Math.max(n, 0);
        }
        return n < 6 ? 4 : n < 10 ? 5 : n < 16 ? 6 : n < 32 ? 7 : 8;
    }
}
