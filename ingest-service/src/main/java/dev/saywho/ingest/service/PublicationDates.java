package dev.saywho.ingest.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.saywho.ingest.config.IngestConfig;

/**
 * The range of publication dates the service accepts ({@code saywho.ingest.published-at.*}): from the configured
 * earliest day to the configured number of years after today. Every date inside it is one that both databases store
 * and read back unchanged, and that the dashboard can chart.
 */
@ApplicationScoped
public class PublicationDates {

    private final LocalDate earliest;
    private final int maxYearsAhead;

    @Inject
    public PublicationDates(IngestConfig config) {
        this(config.publishedAt().earliest(), config.publishedAt().maxYearsAhead());
    }

    PublicationDates(LocalDate earliest, int maxYearsAhead) {
        if (earliest.getYear() < 1 || maxYearsAhead < 0 || maxYearsAhead > 1000) {
            throw new IllegalArgumentException("saywho.ingest.published-at: earliest must be in the common era and "
                    + "max-years-ahead between 0 and 1000");
        }
        this.earliest = earliest;
        this.maxYearsAhead = maxYearsAhead;
    }

    /** Whether {@code time} lies in the range as it stands today (UTC). */
    public boolean contains(OffsetDateTime time) {
        LocalDate day = time.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        return !day.isBefore(earliest) && !day.isAfter(latest());
    }

    /** The last day accepted today. */
    LocalDate latest() {
        return LocalDate.now(ZoneOffset.UTC).plusYears(maxYearsAhead);
    }

    /** The range in words, for problems and notes: "between 1800-01-01 and 2036-12-04". */
    public String describe() {
        return "between " + earliest + " and " + latest();
    }
}
