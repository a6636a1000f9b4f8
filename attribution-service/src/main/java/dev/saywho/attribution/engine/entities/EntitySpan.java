package dev.saywho.attribution.engine.entities;

/**
 * A named entity over the words of one sentence: words {@code [start, end)} name one {@link EntityType} thing.
 *
 * @param start index of the first word
 * @param end index after the last word
 */
public record EntitySpan(int start, int end, EntityType type) {

    public EntitySpan {
        if (start < 0 || end <= start || type == null) {
            throw new IllegalArgumentException("bad entity span [" + start + ", " + end + ") " + type);
        }
    }

    public int length() {
        return end - start;
    }
}
