package dev.saywho.ingest.service;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import dev.saywho.common.AttributionStatus;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.vertx.core.Context;

/**
 * Gauges of the articles waiting for attribution ({@code saywho_ingest_pending_articles}) and of those that failed
 * for good ({@code saywho_ingest_failed_articles}). Counted at scrape time, at most once per {@link #MAX_AGE_NANOS},
 * never on an event-loop thread (there the last count is reported).
 */
@Startup
@ApplicationScoped
public class ArticleGauges {

    private static final Logger LOG = Logger.getLogger(ArticleGauges.class);
    private static final long MAX_AGE_NANOS = 5_000_000_000L;

    private final ArticleStore store;
    private final Map<AttributionStatus, Long> counts = new EnumMap<>(AttributionStatus.class);
    private long countedAt = Long.MIN_VALUE;

    public ArticleGauges(ArticleStore store, MeterRegistry registry) {
        this.store = store;
        Gauge.builder("saywho.ingest.pending.articles", this, gauges -> gauges.count(AttributionStatus.PENDING))
                .description("Articles stored but not attributed yet (the attribution is retried)")
                .register(registry);
        Gauge.builder("saywho.ingest.failed.articles", this, gauges -> gauges.count(AttributionStatus.FAILED))
                .description("Articles whose attribution failed for good (re-queue them with POST "
                        + "/api/v1/articles/{id}/requeue)")
                .register(registry);
    }

    synchronized double count(AttributionStatus status) {
        long now = System.nanoTime();
        if ((countedAt == Long.MIN_VALUE || now - countedAt > MAX_AGE_NANOS) && !Context.isOnEventLoopThread()) {
            try {
                counts.putAll(store.countByStatus(EnumSet.of(AttributionStatus.PENDING, AttributionStatus.FAILED)));
                countedAt = now;
            } catch (RuntimeException e) {
                LOG.warnf("Could not count articles by status: %s", e.getMessage());
                return Double.NaN;
            }
        }
        return counts.getOrDefault(status, 0L);
    }
}
