package dev.saywho.attribution.engine.model;

/**
 * A mention of a possible speaker: tokens [firstToken, endToken) and its kind; {@code head} is the name or noun part.
 */
public record Mention(int start, int end, int firstToken, int endToken, Kind kind, int headStart, int headEnd) {

    /** What a mention looks like on the surface. */
    public enum Kind {
        NAME,
        PRONOUN,
        NOMINAL
    }

    public String text(String source) {
        return source.substring(start, end);
    }

    public String head(String source) {
        return source.substring(headStart, headEnd);
    }
}
