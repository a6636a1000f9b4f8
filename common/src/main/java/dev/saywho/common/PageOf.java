package dev.saywho.common;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list, with the total number of matching items. */
@Schema(description = "A page of results. Pages are numbered from 0.")
public record PageOf<T>(
        @Schema(description = "Items of this page.") List<T> items,

        @Schema(description = "Page number, from 0.", examples = "0")
        int page,

        @Schema(description = "Page size.", examples = "20") int size,

        @Schema(description = "Number of matching items over all pages.", examples = "57")
        long total,

        @Schema(description = "Number of pages.", examples = "3")
        int totalPages) {

    public PageOf {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** A page of {@code items} out of {@code total}, with the page count derived from the size. */
    public static <T> PageOf<T> of(List<T> items, int page, int size, long total) {
        int pages = size <= 0 ? 0 : (int) ((total + size - 1) / size);
        return new PageOf<>(items, page, size, total, pages);
    }
}
