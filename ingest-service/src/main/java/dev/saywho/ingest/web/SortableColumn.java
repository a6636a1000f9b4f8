package dev.saywho.ingest.web;

import java.util.function.BiFunction;

import dev.saywho.common.SortDirection;

/**
 * A column header of a sortable list: a link that sorts by the column (in its own direction, or reversed when the list
 * is already sorted by it), and whether it is the sorted one, for {@code aria-sort}. A header with no link sorts
 * nothing.
 */
public record SortableColumn(String label, String href, String ariaSort) {

    /** A column the list cannot be sorted by. */
    static SortableColumn plain(String label) {
        return new SortableColumn(label, null, null);
    }

    /**
     * A column that sorts by {@code key}, given the list's current sort and direction; {@code hrefOf} makes the list's
     * address sorted by a key in a direction.
     */
    static <E extends Enum<E>> SortableColumn of(
            String label,
            E key,
            SortDirection keyDefault,
            E current,
            SortDirection currentDirection,
            BiFunction<E, SortDirection, String> hrefOf) {
        boolean sorted = key == current;
        SortDirection next = sorted ? currentDirection.reversed() : keyDefault;
        String ariaSort = sorted ? (currentDirection == SortDirection.ASC ? "ascending" : "descending") : null;
        return new SortableColumn(label, hrefOf.apply(key, next), ariaSort);
    }

    /** An arrow after the sorted column's label: ▲ ascending, ▼ descending (aria-sort says it to screen readers). */
    public String arrow() {
        if (ariaSort == null) {
            return "";
        }
        return ariaSort.equals("ascending") ? "▲" : "▼";
    }
}
