package dev.saywho.ingest.service;

import java.util.List;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import dev.saywho.common.PageOf;
import dev.saywho.common.StoredQuote;
import dev.saywho.ingest.config.IngestConfig;
import dev.saywho.ingest.persistence.QuoteRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Quote search: pages for the JSON API and chunked streaming for the exports. */
@ApplicationScoped
public class QuoteQueryService {

    private final QuoteRepository quotes;
    private final ArticleMapper mapper;
    private final IngestConfig config;

    public QuoteQueryService(QuoteRepository quotes, ArticleMapper mapper, IngestConfig config) {
        this.quotes = quotes;
        this.mapper = mapper;
        this.config = config;
    }

    /** One page of matching quotes, newest first. */
    public PageOf<StoredQuote> search(QuoteFilter filter, int page, int size) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<StoredQuote> items = quotes.findWithArticleAndSpeaker(quotes.searchIds(filter, page, size)).stream()
                    .map(mapper::toStoredQuote).toList();
            return PageOf.of(items, page, size, quotes.count(filter));
        });
    }

    /**
     * Hands every matching quote to {@code sink}, oldest first, reading the database in chunks (keyset paging, one
     * short transaction per chunk) so an export of any size holds one chunk in memory.
     */
    public void forEachMatching(QuoteFilter filter, Consumer<StoredQuote> sink) {
        int chunkSize = config.query().exportChunkSize();
        long afterId = 0;
        while (true) {
            long after = afterId;
            List<StoredQuote> chunk = QuarkusTransaction.requiringNew().call(() -> quotes
                    .findWithArticleAndSpeaker(quotes.searchIdsAfter(filter, after, chunkSize)).stream()
                    .map(mapper::toStoredQuote).toList());
            chunk.forEach(sink);
            if (chunk.size() < chunkSize) {
                return;
            }
            afterId = chunk.get(chunk.size() - 1).id();
        }
    }
}
