package dev.saywho.ingest.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Lenient parsing of publication dates as newsrooms send them: ISO 8601 dates and date-times (offset, zone, 'Z' or
 * none, 'T' or a space) and RFC 1123 (feeds). Times without an offset are read as UTC.
 */
public final class PublishedAtParser {

    private PublishedAtParser() {
    }

    /** The instant {@code value} denotes (a date means its start); empty if it is not a recognizable date. */
    public static Optional<OffsetDateTime> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String trimmed = value.trim();
        String iso = trimmed.length() > 10 && trimmed.charAt(10) == ' ' ? trimmed.substring(0, 10) + 'T' + trimmed.substring(11) : trimmed;
        try {
            return Optional.of(OffsetDateTime.parse(iso));
        } catch (DateTimeParseException notOffset) {
            // try the next form
        }
        try {
            return Optional.of(ZonedDateTime.parse(iso).toOffsetDateTime());
        } catch (DateTimeParseException notZoned) {
            // try the next form
        }
        try {
            return Optional.of(Instant.parse(iso).atOffset(ZoneOffset.UTC));
        } catch (DateTimeParseException notInstant) {
            // try the next form
        }
        try {
            return Optional.of(LocalDateTime.parse(iso).atOffset(ZoneOffset.UTC));
        } catch (DateTimeParseException notLocal) {
            // try the next form
        }
        try {
            return Optional.of(LocalDate.parse(iso).atStartOfDay().atOffset(ZoneOffset.UTC));
        } catch (DateTimeParseException notDate) {
            // try the next form
        }
        try {
            return Optional.of(ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime());
        } catch (DateTimeParseException notRfc1123) {
            return Optional.empty();
        }
    }

    /** True when {@code value} is a bare date (so an upper bound on it should include the whole day). */
    public static boolean isDateOnly(String value) {
        try {
            LocalDate.parse(value.trim());
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
