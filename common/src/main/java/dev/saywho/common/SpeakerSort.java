package dev.saywho.common;

import java.util.Locale;

/** What a list of speakers is sorted by: the {@code sort} query parameter of {@code GET /api/v1/speakers}. */
public enum SpeakerSort {
    /** Name, ignoring case and accents, A to Z by default. */
    NAME(SortDirection.ASC),
    /** Number of quotes, most first by default. */
    QUOTES(SortDirection.DESC),
    /** Number of articles quoting the speaker, most first by default. */
    ARTICLES(SortDirection.DESC);

    private final SortDirection defaultDirection;

    SpeakerSort(SortDirection defaultDirection) {
        this.defaultDirection = defaultDirection;
    }

    public SortDirection defaultDirection() {
        return defaultDirection;
    }

    /** The value as the query parameter spells it, e.g. {@code quotes}. */
    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }
}
