package dev.saywho.ingest.web;

import java.util.Locale;

import dev.saywho.common.QuoteType;
import dev.saywho.common.SpeakerKind;
import dev.saywho.ingest.service.InvalidInputException;

/** The values of a correction form, read strictly: a value that is not what the form offers is refused (400 notice). */
final class FormValues {

    /** Longest number a form field may hold. */
    private static final int MAX_DIGITS = 18;

    private FormValues() {}

    /** A revision or id: required, a non-negative number. */
    static long revision(String value) {
        if (value == null || value.isBlank() || value.strip().length() > MAX_DIGITS) {
            throw new InvalidInputException("revision", "is required");
        }
        try {
            long parsed = Long.parseLong(value.strip());
            if (parsed >= 0) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new InvalidInputException("revision", "must be a number");
    }

    /** An offset into the text, or null when left empty. */
    static Integer offset(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("start", "offsets are whole numbers");
        }
    }

    static QuoteType type(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return QuoteType.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("type", "must be DIRECT, INDIRECT or MIXED");
        }
    }

    /** A speaker kind, or null for none chosen (and for "none": no speaker). */
    static SpeakerKind kind(String value) {
        if (value == null || value.isBlank() || "none".equals(value)) {
            return null;
        }
        try {
            return SpeakerKind.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("speakerKind", "is not a kind of speaker");
        }
    }

    /** A text field, null when empty. */
    static String text(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
