package dev.saywho.ingest.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import org.jboss.logging.Logger;

import dev.saywho.ingest.config.IngestConfig;
import io.quarkus.scheduler.Scheduled;

/**
 * Retries attribution of PENDING articles. Safe with several replicas: each article is claimed with a conditional
 * UPDATE that only one replica can win, and the claim is a lease that expires if its owner dies. A run works the
 * backlog round after round, a few attributions in flight at once, for as long as its rounds attribute something: a
 * backlog left by an outage drains at the speed the attribution service accepts, not one batch per interval.
 */
@ApplicationScoped
public class AttributionRetryJob {

    private static final Logger LOG = Logger.getLogger(AttributionRetryJob.class);

    private final ArticleStore store;
    private final ArticleService articleService;
    private final IngestConfig config;
    private final ManagedExecutor attempts;

    public AttributionRetryJob(ArticleStore store, ArticleService articleService, IngestConfig config) {
        this.store = store;
        this.articleService = articleService;
        this.config = config;
        int concurrency = Math.max(1, config.retry().concurrency());
        this.attempts = ManagedExecutor.builder()
                .maxAsync(concurrency)
                .maxQueued(Math.max(1, config.retry().batchSize()))
                .propagated(ThreadContext.NONE)
                .cleared(ThreadContext.ALL_REMAINING)
                .build();
    }

    @PreDestroy
    void shutdown() {
        attempts.shutdown();
    }

    @Scheduled(
            identity = "attribution-retry",
            every = "{saywho.ingest.retry.interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        int attributed = retryDuePending();
        if (attributed > 0) {
            LOG.infof("Attributed %d PENDING article(s)", attributed);
        }
    }

    /**
     * Claims due PENDING articles and attributes them, round after round, until none is due or a round attributes
     * none (the service is down, its circuit open, or every due article fails).
     *
     * @return how many are now attributed
     */
    public int retryDuePending() {
        int attributed = 0;
        int batchSize = config.retry().batchSize();
        while (true) {
            List<Long> due = store.dueForRetry(OffsetDateTime.now(ZoneOffset.UTC), batchSize);
            if (due.isEmpty()) {
                return attributed;
            }
            int round = attributeAll(due);
            attributed += round;
            if (round == 0 || due.size() < batchSize) {
                return attributed;
            }
        }
    }

    /** Attributes one round's articles, a few at once. @return how many are now attributed */
    private int attributeAll(List<Long> ids) {
        List<CompletableFuture<Boolean>> running = new ArrayList<>();
        for (long id : ids) {
            running.add(attempts.supplyAsync(() -> attemptOne(id)));
        }
        int attributed = 0;
        for (CompletableFuture<Boolean> attempt : running) {
            try {
                if (attempt.join()) {
                    attributed++;
                }
            } catch (CompletionException e) {
                LOG.errorf(LoggedFailure.of(e.getCause()), "A retried attribution failed");
            }
        }
        return attributed;
    }

    private boolean attemptOne(long id) {
        // "Now" per article: a run that waits on a slow service must not claim with a stale clock (the lease would
        // end early, and a second replica could start the same article).
        return claim(id, OffsetDateTime.now(ZoneOffset.UTC)) && articleService.attemptAttribution(id);
    }

    /** Claims one due PENDING article for this replica. @return whether the claim succeeded */
    public boolean claim(long articleId, OffsetDateTime now) {
        OffsetDateTime leaseUntil = now.plus(config.retry().lease());
        return store.claim(articleId, now, leaseUntil);
    }
}
