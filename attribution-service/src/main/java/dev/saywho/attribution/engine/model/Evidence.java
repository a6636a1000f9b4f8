package dev.saywho.attribution.engine.model;

/** Where the text says something about a speaker: characters {@code [start, end)} of the text. */
public record Evidence(int start, int end) {

    public Evidence {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid evidence [" + start + ", " + end + ")");
        }
    }
}
