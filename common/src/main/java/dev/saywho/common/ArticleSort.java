package dev.saywho.common;

import java.util.Locale;

/** What a list of articles is sorted by: the {@code sort} query parameter of {@code GET /api/v1/articles}. */
public enum ArticleSort {
    /** When the article was stored (its id), newest first by default. */
    CREATED(SortDirection.DESC),
    /** Publication time, newest first by default; undated articles last. */
    PUBLISHED(SortDirection.DESC),
    /** Headline, ignoring case, A to Z by default; untitled articles last. */
    TITLE(SortDirection.ASC),
    /** Source, ignoring case, A to Z by default; articles without a source last. */
    SOURCE(SortDirection.ASC),
    /** Number of stored quotes, most first by default. */
    QUOTES(SortDirection.DESC);

    private final SortDirection defaultDirection;

    ArticleSort(SortDirection defaultDirection) {
        this.defaultDirection = defaultDirection;
    }

    public SortDirection defaultDirection() {
        return defaultDirection;
    }

    /** The value as the query parameter spells it, e.g. {@code published}. */
    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }
}
