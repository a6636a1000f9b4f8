package dev.saywho.common;

import java.util.Locale;

/** Ascending or descending: the {@code direction} query parameter of a sortable list. */
public enum SortDirection {
    ASC,
    DESC;

    /** The value as the query parameter spells it: {@code asc}, {@code desc}. */
    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    public SortDirection reversed() {
        return this == ASC ? DESC : ASC;
    }
}
