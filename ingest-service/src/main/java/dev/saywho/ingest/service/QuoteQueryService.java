package dev.saywho.ingest.service;

import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.saywho.common.PageOf;
import dev.saywho.common.StoredQuote;
import dev.saywho.ingest.config.IngestConfig;
import dev.saywho.ingest.persistence.QuoteCriteria;
import dev.saywho.ingest.persistence.QuoteRepository;

/** Quote search: pages for the JSON API, and the chunks {@link QuoteExporter} streams. */
@ApplicationScoped
public class QuoteQueryService {

    /** How long a search waits for a turn before it is answered busy. */
    private static final long TURN_WAIT_MILLIS = 1000;

    private final QuoteRepository quotes;
    private final ArticleMapper mapper;
    /** Turns of the searches running at once: their connections are bounded, whatever a search costs. */
    private final Semaphore turns;

    public QuoteQueryService(QuoteRepository quotes, ArticleMapper mapper, IngestConfig config) {
        this.quotes = quotes;
        this.mapper = mapper;
        this.turns = new Semaphore(Math.max(1, config.query().maxConcurrentSearches()), true);
    }

    /**
     * One page of matching quotes, newest first.
     *
     * @throws SearchBusyException when too many searches are running
     */
    @Transactional
    public PageOf<StoredQuote> search(QuoteFilter filter, int page, int size) {
        QuoteCriteria criteria = criteria(filter);
        return inTurn(() -> {
            List<StoredQuote> items = quotes.findWithArticleAndSpeaker(quotes.searchIds(criteria, page, size)).stream()
                    .map(mapper::toStoredQuote)
                    .toList();
            return PageOf.of(items, page, size, quotes.count(criteria));
        });
    }

    /**
     * Up to {@code limit} matching quotes with an id above {@code afterId}, oldest first (keyset paging).
     *
     * @throws SearchBusyException when too many searches are running
     */
    @Transactional
    public List<StoredQuote> chunkAfter(QuoteFilter filter, long afterId, int limit) {
        return inTurn(
                () -> quotes.findWithArticleAndSpeaker(quotes.searchIdsAfter(criteria(filter), afterId, limit)).stream()
                        .map(mapper::toStoredQuote)
                        .toList());
    }

    /** The store's terms for a filter. */
    private static QuoteCriteria criteria(QuoteFilter f) {
        return new QuoteCriteria(
                f.speaker(),
                f.speakerId(),
                f.organization(),
                f.text(),
                f.type(),
                f.source(),
                f.from(),
                f.to(),
                f.gender(),
                f.sourceKind(),
                f.roleClass());
    }

    /** Runs a search once a turn is free; the transaction has touched no connection before it is. */
    private <T> T inTurn(Supplier<T> search) {
        try {
            if (!turns.tryAcquire(TURN_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                throw new SearchBusyException();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SearchBusyException();
        }
        try {
            return search.get();
        } catch (RuntimeException e) {
            if (cancelledForTime(e)) {
                throw new SearchBusyException(
                        "The search ran past its time and was stopped; narrow it (fewer words, a source or dates).");
            }
            throw e;
        } finally {
            turns.release();
        }
    }

    /** Whether the database cancelled the statement at its timeout (SQLState 57014, on PostgreSQL and H2 alike). */
    private static boolean cancelledForTime(Throwable failure) {
        return Causes.first(
                        failure,
                        cause -> (cause instanceof SQLException sql && "57014".equals(sql.getSQLState()))
                                || cause instanceof jakarta.persistence.QueryTimeoutException)
                .isPresent();
    }
}
