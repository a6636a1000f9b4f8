package dev.saywho.ingest.service;

import java.time.Duration;

/**
 * Exponential backoff for articles whose attribution failed: an article the attribution service keeps rejecting is
 * retried less and less often instead of at every run of the retry job.
 */
final class RetryBackoff {

    private RetryBackoff() {}

    /** The wait after the {@code attempts}-th failed attempt: {@code first × 2^(attempts−1)}, at most {@code max}. */
    static Duration after(int attempts, Duration first, Duration max) {
        int doublings = Math.max(0, Math.min(attempts - 1, 30));
        Duration delay = first.multipliedBy(1L << doublings);
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
