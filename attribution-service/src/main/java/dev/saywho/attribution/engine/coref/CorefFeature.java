package dev.saywho.attribution.engine.coref;

import dev.saywho.attribution.engine.learn.FeatureSink;
import dev.saywho.attribution.engine.learn.Hashing;

/**
 * One named family of features of an anaphor and a candidate antecedent, and of the anaphor's "no antecedent" option
 * (OpenNLP's feature generators, as the entity recogniser's). Stateless and thread-safe. The model records each
 * generator by {@link #descriptor()}; a generator whose features change must bump its {@link #version()}, so that a
 * model trained with the old features refuses to load instead of scoring garbage.
 */
interface CorefFeature {

    /** The name in a model's descriptor. */
    String name();

    /** Bumped whenever the features generated for the same input change. */
    int version();

    /** How the generator is written in a model's feature descriptor: {@code name@version}. */
    default String descriptor() {
        return name() + "@" + version();
    }

    /** Adds the features of candidate {@code k} as the antecedent of the anaphor. */
    void pair(Candidates candidates, int k, FeatureSink out);

    /** Adds the features of the anaphor having no antecedent among the candidates. None by default. */
    default void none(Candidates candidates, FeatureSink out) {}

    /** A feature value for an enum constant: the hash of its name, or of {@code unknown} for null. */
    static long value(Enum<?> constant) {
        return Hashing.of(constant == null ? "unknown" : constant.name());
    }

    /** A count in a few buckets: 0, 1, 2, 3, 4-5, 6-9, 10-15, 16 and more. */
    static long bucket(int v) {
        if (v < 4) {
            return Math.max(v, 0);
        }
        return v < 6 ? 4 : v < 10 ? 5 : v < 16 ? 6 : 7;
    }
}
