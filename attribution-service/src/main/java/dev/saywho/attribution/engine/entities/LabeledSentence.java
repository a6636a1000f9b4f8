package dev.saywho.attribution.engine.entities;

import java.util.List;

/**
 * A sentence with gold named entities, for training and evaluation (never read at run time).
 *
 * @param document the document it comes from (folds and splits go by document)
 * @param words its UD words
 * @param entities its entities over the words, in order, not overlapping
 */
public record LabeledSentence(String document, List<String> words, List<EntitySpan> entities) {

    public LabeledSentence {
        words = List.copyOf(words);
        entities = List.copyOf(entities);
        BioLabels.encode(words.size(), entities);
    }
}
