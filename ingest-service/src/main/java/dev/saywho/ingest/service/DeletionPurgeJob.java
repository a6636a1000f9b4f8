package dev.saywho.ingest.service;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/** Purges, for good, the articles deleted longer ago than the retention window (with their quotes). */
@ApplicationScoped
public class DeletionPurgeJob {

    private static final Logger LOG = Logger.getLogger(DeletionPurgeJob.class);
    /** Articles purged per transaction. */
    private static final int BATCH = 100;

    private final CorrectionService corrections;

    DeletionPurgeJob(CorrectionService corrections) {
        this.corrections = corrections;
    }

    @Scheduled(
            identity = "deletion-purge",
            every = "{saywho.ingest.deletion.purge-interval}",
            delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        int purged = purgeExpired();
        if (purged > 0) {
            LOG.infof("Purged %d article(s) deleted longer ago than the retention window", purged);
        }
    }

    /** Purges every expired deletion, one batch per transaction; returns how many. */
    public int purgeExpired() {
        int purged = 0;
        int batch;
        do {
            batch = corrections.purgeExpired(BATCH);
            purged += batch;
        } while (batch == BATCH);
        return purged;
    }
}
