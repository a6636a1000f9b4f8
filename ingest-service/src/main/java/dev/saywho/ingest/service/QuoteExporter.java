package dev.saywho.ingest.service;

import java.util.List;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import dev.saywho.common.StoredQuote;
import dev.saywho.ingest.config.IngestConfig;

/**
 * Streams every quote matching a filter, chunk by chunk: each chunk is read in its own short transaction, so an
 * export of any size holds one chunk in memory and no database connection while the client reads.
 */
@ApplicationScoped
public class QuoteExporter {

    private final QuoteQueryService queries;
    private final IngestConfig config;

    public QuoteExporter(QuoteQueryService queries, IngestConfig config) {
        this.queries = queries;
        this.config = config;
    }

    /** Hands every matching quote to {@code sink}, oldest first. */
    public void forEachMatching(QuoteFilter filter, Consumer<StoredQuote> sink) {
        int chunkSize = config.query().exportChunkSize();
        long afterId = 0;
        while (true) {
            List<StoredQuote> chunk = queries.chunkAfter(filter, afterId, chunkSize);
            chunk.forEach(sink);
            if (chunk.size() < chunkSize) {
                return;
            }
            afterId = chunk.get(chunk.size() - 1).id();
        }
    }
}
