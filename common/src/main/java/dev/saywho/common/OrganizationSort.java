package dev.saywho.common;

import java.util.Locale;

/** What a list of organisations is sorted by: the {@code sort} query parameter of {@code GET /api/v1/organizations}. */
public enum OrganizationSort {
    /** Name, ignoring case, A to Z by default. */
    NAME(SortDirection.ASC),
    /** Quotes in all (speaking for itself and through its people), most first by default. */
    QUOTES(SortDirection.DESC);

    private final SortDirection defaultDirection;

    OrganizationSort(SortDirection defaultDirection) {
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
