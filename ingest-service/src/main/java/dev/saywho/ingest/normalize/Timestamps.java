package dev.saywho.ingest.normalize;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;

/** Tolerant parsing of the publication times pages declare (ISO 8601 variants, RFC 1123). */
final class Timestamps {

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

    private Timestamps() {
    }

    /** The declared instant with its offset, or null when the value is missing or unreadable. */
    static OffsetDateTime parse(String value) {
        if (value == null || value.isBlank() || value.length() > 100) {
            return null;
        }
        String s = value.strip();
        if (s.length() > 10 && s.charAt(4) == '-' && s.charAt(7) == '-' && s.charAt(10) == ' ') {
            s = s.substring(0, 10) + 'T' + s.substring(11);
        }
        for (Function<String, OffsetDateTime> shape : SHAPES) {
            try {
                return shape.apply(s);
            } catch (DateTimeParseException wrongShape) {
                // try the next shape
            }
        }
        return null;
    }
}
