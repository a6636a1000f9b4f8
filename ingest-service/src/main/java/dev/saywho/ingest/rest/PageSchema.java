package dev.saywho.ingest.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI shape of {@link dev.saywho.common.PageOf}; subclasses fix the item type for the document. */
abstract class PageSchema<T> {
    @Schema(description = "Items of this page.")
    public List<T> items;

    @Schema(description = "Page number, from 0.", examples = "0")
    public int page;

    @Schema(description = "Page size.", examples = "20")
    public int size;

    @Schema(description = "Number of matching items over all pages.", examples = "57")
    public long total;

    @Schema(description = "Number of pages.", examples = "3")
    public int totalPages;
}
