package dev.saywho.attribution.engine.model;

import java.util.List;

/**
 * A run of capitalised words (titles stripped) naming a person, organisation or place: tokens [firstToken, endToken).
 */
public record NameRun(int start, int end, int firstToken, int endToken, List<String> words, Type type, char gender) {

    /** What the run names. */
    public enum Type {
        PERSON,
        ORGANIZATION,
        PLACE
    }

    public NameRun {
        words = List.copyOf(words);
    }

    public String name() {
        return String.join(" ", words);
    }
}
