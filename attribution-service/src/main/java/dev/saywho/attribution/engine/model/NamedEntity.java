package dev.saywho.attribution.engine.model;

import dev.saywho.attribution.engine.entities.EntityType;

/**
 * A named entity the learned recogniser found: characters {@code [start, end)} of the text (offsets into the text the
 * caller sent), in sentence {@code sentence}, naming a thing of type {@code type}.
 */
public record NamedEntity(int start, int end, int sentence, EntityType type) {

    public String text(String source) {
        return source.substring(start, end);
    }
}
