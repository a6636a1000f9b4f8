package dev.saywho.ingest.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.saywho.common.PageOf;
import dev.saywho.common.StoredQuote;
import dev.saywho.ingest.persistence.QuoteRepository;

/** Quote search: pages for the JSON API, and the chunks {@link QuoteExporter} streams. */
@ApplicationScoped
public class QuoteQueryService {

    private final QuoteRepository quotes;
    private final ArticleMapper mapper;

    public QuoteQueryService(QuoteRepository quotes, ArticleMapper mapper) {
        this.quotes = quotes;
        this.mapper = mapper;
    }

    /** One page of matching quotes, newest first. */
    @Transactional
    public PageOf<StoredQuote> search(QuoteFilter filter, int page, int size) {
        List<StoredQuote> items = quotes.findWithArticleAndSpeaker(quotes.searchIds(filter, page, size)).stream()
                .map(mapper::toStoredQuote)
                .toList();
        return PageOf.of(items, page, size, quotes.count(filter));
    }

    /** Up to {@code limit} matching quotes with an id above {@code afterId}, oldest first (keyset paging). */
    @Transactional
    public List<StoredQuote> chunkAfter(QuoteFilter filter, long afterId, int limit) {
        return quotes.findWithArticleAndSpeaker(quotes.searchIdsAfter(filter, afterId, limit)).stream()
                .map(mapper::toStoredQuote)
                .toList();
    }
}
