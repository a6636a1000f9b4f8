package dev.saywho.ingest.http;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.saywho.common.AttributionStatus;
import dev.saywho.common.Gender;
import dev.saywho.common.Problem;
import dev.saywho.common.QuoteType;
import dev.saywho.common.RoleClass;
import dev.saywho.common.SortDirection;
import dev.saywho.common.SourceKind;
import dev.saywho.common.SpeakerKind;
import dev.saywho.ingest.normalize.Timestamps;
import dev.saywho.ingest.service.InvalidInputException;
import dev.saywho.ingest.service.QuoteFilter;

/** Parses the quote query parameters into a filter; every invalid parameter is reported (400), never a 404 or 500. */
public final class QueryParams {

    /** Highest page number accepted: page times the largest size (200) must stay a valid row offset. */
    public static final long MAX_PAGE = 1_000_000;
    /** Longest text a filter takes (a name, an organisation, a search): far past any name, far short of an article. */
    public static final int MAX_TEXT_CHARS = 500;
    /**
     * Most words a text search takes. On H2 each word is a LIKE over every quote: 900 words took 8 s and, repeated,
     * every connection of the pool.
     */
    public static final int MAX_SEARCH_WORDS = 32;
    /** Dates a filter takes: those of four-digit years, which every database reads (PostgreSQL refused year -4713). */
    public static final OffsetDateTime EARLIEST = OffsetDateTime.parse("0001-01-01T00:00:00Z");

    public static final OffsetDateTime LATEST = OffsetDateTime.parse("9999-12-31T00:00:00Z");

    private QueryParams() {}

    public static QuoteFilter quoteFilter(
            String speaker, String organization, String q, String type, String source, String from, String to) {
        List<Problem.Violation> violations = new ArrayList<>();
        text(violations, "speaker", speaker);
        text(violations, "organization", organization);
        text(violations, "q", q);
        text(violations, "source", source);
        if (present(q) && q.strip().split("\\s+").length > MAX_SEARCH_WORDS) {
            violations.add(new Problem.Violation("q", "must have at most " + MAX_SEARCH_WORDS + " words"));
        }
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
        OffsetDateTime time = Timestamps.parse(value).orElse(null);
        if (time == null) {
            violations.add(new Problem.Violation(name, "must be an ISO 8601 date or date-time"));
            return null;
        }
        if (time.isBefore(EARLIEST) || time.isAfter(LATEST)) {
            violations.add(new Problem.Violation(name, "must be a date between 0001-01-01 and 9999-12-31"));
            return null;
        }
        // A bare date as upper bound includes that whole day.
        return upperBound && Timestamps.isDateOnly(value) ? time.plusDays(1) : time;
    }

    /**
     * A free-text parameter, checked against {@link #MAX_TEXT_CHARS}: the value, trimmed, or null when absent.
     *
     * @throws InvalidInputException when it is longer
     */
    public static String boundedText(String name, String value) {
        List<Problem.Violation> violations = new ArrayList<>();
        text(violations, name, value);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return trimmed(value);
    }

    private static void text(List<Problem.Violation> violations, String name, String value) {
        if (value != null && value.length() > MAX_TEXT_CHARS) {
            violations.add(new Problem.Violation(name, "must be at most " + MAX_TEXT_CHARS + " characters"));
        }
    }

    /** The attribution status named by a query parameter, or null when none is given. */
    public static AttributionStatus status(String value) {
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

    /** How a list is sorted: a value of a closed set, and a direction (that of the sort by default). */
    public record Sorting<E extends Enum<E>>(E sort, SortDirection direction) {}

    /**
     * The {@code sort} and {@code direction} query parameters: {@code sort} one of {@code allowed} (case ignored, {@code
     * byDefault} when absent), {@code direction} asc or desc ({@code defaultDirection} of the sort when absent).
     *
     * @throws InvalidInputException naming the allowed values of each invalid parameter
     */
    public static <E extends Enum<E>> Sorting<E> sorting(
            String sort, String direction, E[] allowed, E byDefault, Function<E, SortDirection> defaultDirection) {
        List<Problem.Violation> violations = new ArrayList<>();
        E sortBy = oneOf(violations, "sort", sort, allowed, byDefault, true);
        SortDirection way = oneOf(violations, "direction", direction, SortDirection.values(), null, true);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new Sorting<>(sortBy, way == null ? defaultDirection.apply(sortBy) : way);
    }

    /** The speaker kind named by a query parameter, or null when none is given. */
    public static SpeakerKind speakerKind(String value) {
        List<Problem.Violation> violations = new ArrayList<>();
        SpeakerKind kind = oneOf(violations, "kind", value, SpeakerKind.values(), null, false);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return kind;
    }

    /**
     * The value of {@code allowed} a parameter names (case ignored), {@code absent} without one; a violation naming
     * the allowed values (spelled as the API writes them: lower-case sorts, upper-case kinds) for any other.
     */
    private static <E extends Enum<E>> E oneOf(
            List<Problem.Violation> violations, String name, String value, E[] allowed, E absent, boolean lowerCase) {
        if (!present(value)) {
            return absent;
        }
        for (E candidate : allowed) {
            if (candidate.name().equalsIgnoreCase(value.trim())) {
                return candidate;
            }
        }
        violations.add(new Problem.Violation(
                name,
                "must be one of "
                        + Arrays.stream(allowed)
                                .map(e -> lowerCase ? e.name().toLowerCase(Locale.ROOT) : e.name())
                                .collect(Collectors.joining(", "))));
        return absent;
    }

    /**
     * The quote filter narrowed to speakers of a stated gender, kind of source and role class (issue 24), each one of
     * its enum's values (case ignored) or left out; an other value is a 400 naming the field and the values allowed.
     */
    /**
     * The quote filter narrowed to speakers of a stated gender, kind of source and role class (issue 24), each one of
     * its enum's values (case ignored) or left out; any other value is a 400 naming the field and the values allowed.
     */
    public static QuoteFilter who(QuoteFilter filter, String gender, String sourceKind, String roleClass) {
        List<Problem.Violation> violations = new ArrayList<>();
        QuoteFilter narrowed = filter.who(
                oneOf(violations, "gender", gender, Gender.values(), null, false),
                oneOf(violations, "sourceKind", sourceKind, SourceKind.values(), null, false),
                oneOf(violations, "roleClass", roleClass, RoleClass.values(), null, false));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return narrowed;
    }

    public static String trimmed(String value) {
        return present(value) ? value.trim() : null;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
