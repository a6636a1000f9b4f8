package dev.saywho.ingest.rest;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.saywho.common.AttributionStatus;
import dev.saywho.common.Problem;
import dev.saywho.common.QuoteType;
import dev.saywho.ingest.normalize.Timestamps;
import dev.saywho.ingest.service.InvalidInputException;
import dev.saywho.ingest.service.QuoteFilter;

/** Parses the quote query parameters into a filter; every invalid parameter is reported (400), never a 404 or 500. */
public final class QueryParams {

    /** Highest page number accepted: page times the largest size (200) must stay a valid row offset. */
    static final long MAX_PAGE = 1_000_000;

    private QueryParams() {}

    public static QuoteFilter quoteFilter(
            String speaker, String organization, String q, String type, String source, String from, String to) {
        List<Problem.Violation> violations = new ArrayList<>();
        QuoteType quoteType = null;
        if (present(type)) {
            try {
                quoteType = QuoteType.valueOf(type.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                violations.add(new Problem.Violation("type", "must be one of DIRECT, INDIRECT, MIXED"));
            }
        }
        OffsetDateTime fromTime = date(violations, "from", from, false);
        OffsetDateTime toTime = date(violations, "to", to, true);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new QuoteFilter(
                trimmed(speaker),
                null,
                trimmed(organization),
                trimmed(q),
                quoteType,
                trimmed(source),
                fromTime,
                toTime);
    }

    private static OffsetDateTime date(
            List<Problem.Violation> violations, String name, String value, boolean upperBound) {
        if (!present(value)) {
            return null;
        }
        return Timestamps.parse(value)
                // A bare date as upper bound includes that whole day.
                .map(time -> upperBound && Timestamps.isDateOnly(value) ? time.plusDays(1) : time)
                .orElseGet(() -> {
                    violations.add(new Problem.Violation(name, "must be an ISO 8601 date or date-time"));
                    return null;
                });
    }

    /** The attribution status named by a query parameter, or null when none is given. */
    static AttributionStatus status(String value) {
        if (!present(value)) {
            return null;
        }
        try {
            return AttributionStatus.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(
                    List.of(new Problem.Violation("status", "must be one of PENDING, ATTRIBUTED, FAILED")));
        }
    }

    public static String trimmed(String value) {
        return present(value) ? value.trim() : null;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
