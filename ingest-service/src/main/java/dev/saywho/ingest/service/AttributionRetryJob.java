package dev.saywho.ingest.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import dev.saywho.ingest.config.IngestConfig;
import io.quarkus.scheduler.Scheduled;

/**
 * Retries attribution of PENDING articles. Safe with several replicas: each article is claimed with a conditional
 * UPDATE that only one replica can win, and the claim is a lease that expires if its owner dies.
 */
@ApplicationScoped
public class AttributionRetryJob {

    private static final Logger LOG = Logger.getLogger(AttributionRetryJob.class);

    private final ArticleStore store;
    private final ArticleService articleService;
    private final IngestConfig config;

    public AttributionRetryJob(ArticleStore store, ArticleService articleService, IngestConfig config) {
        this.store = store;
        this.articleService = articleService;
        this.config = config;
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

    /** Claims due PENDING articles and attributes them one by one. @return how many are now attributed */
    public int retryDuePending() {
        List<Long> due = store.dueForRetry(
                OffsetDateTime.now(ZoneOffset.UTC), config.retry().batchSize());
        int attributed = 0;
        for (long id : due) {
            // "Now" per article: a run that waits on a slow service must not claim with a stale clock (the lease would
            // end early, and a second replica could start the same article).
            if (claim(id, OffsetDateTime.now(ZoneOffset.UTC)) && articleService.attemptAttribution(id)) {
                attributed++;
            }
        }
        return attributed;
    }

    /** Claims one due PENDING article for this replica. @return whether the claim succeeded */
    public boolean claim(long articleId, OffsetDateTime now) {
        OffsetDateTime leaseUntil = now.plus(config.retry().lease());
        return store.claim(articleId, now, leaseUntil);
    }
}
