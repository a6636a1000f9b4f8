package dev.saywho.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class RetryBackoffTest {

    private static final Duration FIRST = Duration.ofSeconds(30);
    private static final Duration MAX = Duration.ofHours(1);

    @Test
    void doublesWithEachFailedAttempt() {
        assertThat(RetryBackoff.after(1, FIRST, MAX)).isEqualTo(Duration.ofSeconds(30));
        assertThat(RetryBackoff.after(2, FIRST, MAX)).isEqualTo(Duration.ofSeconds(60));
        assertThat(RetryBackoff.after(4, FIRST, MAX)).isEqualTo(Duration.ofMinutes(4));
    }

    @Test
    void neverExceedsTheMaximum() {
        assertThat(RetryBackoff.after(8, FIRST, MAX)).isEqualTo(MAX);
        assertThat(RetryBackoff.after(Integer.MAX_VALUE, FIRST, MAX)).isEqualTo(MAX);
    }

    @Test
    void aFirstAttemptCountOfZeroWaitsTheFirstBackoff() {
        assertThat(RetryBackoff.after(0, FIRST, MAX)).isEqualTo(FIRST);
    }
}
