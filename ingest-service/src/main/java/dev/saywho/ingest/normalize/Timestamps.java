package dev.saywho.ingest.normalize;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one parser of publication times, wherever they come from: what pages declare, what submissions send and what
 * queries filter by (ISO 8601 dates and date-times with an offset, a zone, 'Z' or none, 'T' or a space, a compact
 * offset, RFC 1123 as feeds write it). A time without an offset is read as UTC, and a time is kept to the microsecond,
 * the finest that both databases store (so what is stored reads back unchanged).
 */
public final class Timestamps {

    private static final DateTimeFormatter COMPACT_OFFSET =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm[:ss][.SSSSSSSSS][.SSSSSS][.SSS]xx");

    /** Tried in order; a time without offset is taken as UTC, which pages without offset usually mean. */
    private static final List<Function<String, OffsetDateTime>> SHAPES = List.of(
            OffsetDateTime::parse,
            s -> ZonedDateTime.parse(s).toOffsetDateTime(),
            s -> OffsetDateTime.parse(s, COMPACT_OFFSET),
            s -> LocalDateTime.parse(s).atOffset(ZoneOffset.UTC),
            s -> LocalDate.parse(s).atStartOfDay().atOffset(ZoneOffset.UTC),
            s -> ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime());

    private Timestamps() {}

    /** The instant {@code value} denotes with its offset (a date means its start); empty when missing or unreadable. */
    public static Optional<OffsetDateTime> parse(String value) {
        return Optional.ofNullable(parseOrNull(value));
    }

    /** True when {@code value} is a bare date (so an upper bound on it should include the whole day). */
    public static boolean isDateOnly(String value) {
        try {
            LocalDate.parse(value.strip());
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static OffsetDateTime parseOrNull(String value) {
        if (value == null || value.isBlank() || value.length() > 100) {
            return null;
        }
        String s = value.strip();
        if (s.length() > 10 && s.charAt(4) == '-' && s.charAt(7) == '-' && s.charAt(10) == ' ') {
            s = s.substring(0, 10) + 'T' + s.substring(11);
        }
        for (Function<String, OffsetDateTime> shape : SHAPES) {
            try {
                return shape.apply(s).truncatedTo(ChronoUnit.MICROS);
            } catch (DateTimeParseException wrongShape) {
                // try the next shape
            }
        }
        return null;
    }
}
