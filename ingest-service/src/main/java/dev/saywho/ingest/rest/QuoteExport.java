package dev.saywho.ingest.rest;

import java.util.function.Consumer;

import dev.saywho.common.StoredQuote;

/**
 * Every quote a search matches, as a response entity that {@link QuoteCsvWriter} or {@link QuoteNdjsonWriter} streams
 * while the quotes are read, chunk by chunk, so an export of any size never sits in memory.
 */
public record QuoteExport(Consumer<Consumer<StoredQuote>> quotes) {

    /** Hands each matching quote to {@code sink}, oldest first. */
    void forEach(Consumer<StoredQuote> sink) {
        quotes.accept(sink);
    }
}
