package dev.saywho.ingest.web;

import java.util.function.IntFunction;

/** Where a paged list stands and the links to its neighbours (null at either end). */
public record Pagination(int page, int totalPages, long total, String previousHref, String nextHref) {

    static Pagination of(int page, int size, long total, IntFunction<String> hrefOfPage) {
        int totalPages = (int) Math.max(1, (total + size - 1) / size);
        return new Pagination(
                page,
                totalPages,
                total,
                page > 0 ? hrefOfPage.apply(Math.min(page, totalPages) - 1) : null,
                page + 1 < totalPages ? hrefOfPage.apply(page + 1) : null);
    }

    /** The page number as people count, from 1. */
    public int number() {
        return page + 1;
    }

    public boolean several() {
        return totalPages > 1;
    }
}
