package dev.saywho.attribution.engine.entities;

import java.util.Set;

import dev.saywho.attribution.engine.learn.FeatureSink;

/**
 * One named family of features of a word in its sentence (OpenNLP's feature generators). Stateless and thread-safe.
 * The model records each generator by {@link #descriptor()}; a generator whose features change must bump its
 * {@link #version()}, so that a model trained with the old features refuses to load instead of scoring garbage.
 */
interface FeatureGenerator {

    /** The name in a model's descriptor. */
    String name();

    /** Bumped whenever the features generated for the same input change. */
    int version();

    /** The argument written in the descriptor between parentheses, or empty for none. */
    default String argument() {
        return "";
    }

    /** How the generator is written in a model's feature descriptor: {@code name(argument)@version}. */
    default String descriptor() {
        String a = argument();
        return name() + (a.isEmpty() ? "" : "(" + a + ")") + "@" + version();
    }

    /** What it reads of a sentence beyond its words: {@code upos} for tags. */
    default Set<String> needs() {
        return Set.of();
    }

    /** Adds the features of word {@code i} that do not depend on the labels. */
    void word(Tokens tokens, int i, FeatureSink out);

    /**
     * Adds the features of word {@code i} that depend on the label of the word before ({@link BioLabels#START} for
     * the first word); the decoder scores them for every previous label. None by default.
     */
    default void transition(Tokens tokens, int i, int previous, FeatureSink out) {}

    /** Whether {@link #transition} adds anything (lets the decoder skip it). */
    default boolean readsPreviousLabel() {
        return false;
    }
}
