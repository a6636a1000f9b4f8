package dev.saywho.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class TemplateExtensionsTest {

    @Test
    void aClockAlwaysShowsSecondsInUtc() {
        // a whole minute once read "09:30 UTC" and failed the pending notice's test once a minute in sixty
        assertThat(TemplateExtensions.clock(OffsetDateTime.of(2026, 3, 4, 9, 30, 0, 0, ZoneOffset.UTC)))
                .isEqualTo("2026-03-04 09:30:00 UTC");
        assertThat(TemplateExtensions.clock(
                        OffsetDateTime.of(2026, 3, 4, 11, 30, 5, 900_000_000, ZoneOffset.ofHours(2))))
                .isEqualTo("2026-03-04 09:30:05 UTC");
        assertThat(TemplateExtensions.clock(null)).isEmpty();
    }
}
