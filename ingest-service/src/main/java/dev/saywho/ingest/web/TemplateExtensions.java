package dev.saywho.ingest.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Locale;

import dev.saywho.common.AttributionStatus;
import dev.saywho.common.QuoteType;
import dev.saywho.common.SpeakerKind;
import dev.saywho.common.StoredQuote;
import io.quarkus.qute.TemplateExtension;

/** Formatting helpers for the page templates. */
@TemplateExtension
final class TemplateExtensions {

    private TemplateExtensions() {}

    /** The calendar date in the time's own offset: 2026-03-04. */
    static String date(OffsetDateTime time) {
        return time == null ? "" : time.toLocalDate().toString();
    }

    /** Seconds always written: {@code LocalDateTime.toString} drops ":00", which made a whole minute read "09:30". */
    private static final java.time.format.DateTimeFormatter CLOCK =
            java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", java.util.Locale.ROOT);

    /** A moment to the second, in UTC: 2026-03-04 09:30:05 UTC. */
    static String clock(OffsetDateTime time) {
        return time == null ? "" : CLOCK.format(time.withOffsetSameInstant(java.time.ZoneOffset.UTC)) + " UTC";
    }

    /** A value for a URL query parameter. */
    static String urlEncoded(String value) {
        return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The link only when it is an http(s) address, so a stored value can never become a javascript: link. */
    static String safeHref(String url) {
        if (url == null) {
            return null;
        }
        String lower = url.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") ? url.strip() : null;
    }

    static String words(AttributionStatus status) {
        return switch (status) {
            case PENDING -> "Waiting for attribution";
            case ATTRIBUTED -> "Attributed";
            case FAILED -> "Attribution failed";
        };
    }

    static String described(SpeakerKind kind) {
        return PlainWords.kind(kind);
    }

    static String quoted(StoredQuote quote) {
        return PlainWords.quoted(quote);
    }

    static String label(QuoteType type) {
        return PlainWords.typeLabel(type);
    }

    /** The kind as a CSS class ("direct", "indirect", "mixed"): only direct quotations get quotation marks drawn. */
    static String css(QuoteType type) {
        return type.name().toLowerCase(Locale.ROOT);
    }

    /** Thousands separated: 12,345. */
    /**
     * What a speaker's articles state of their gender, in words: "a woman (in 3 articles)", or where they disagree
     * "the articles disagree: a woman in 2, a man in 1" (never resolved silently); "not stated" for none.
     */
    static String genderWords(java.util.Map<dev.saywho.common.Gender, Long> stated) {
        if (stated == null || stated.isEmpty()) {
            return "not stated in any article";
        }
        java.util.List<String> parts = new java.util.ArrayList<>();
        stated.entrySet().stream()
                .sorted(java.util.Map.Entry.<dev.saywho.common.Gender, Long>comparingByValue()
                        .reversed())
                .forEach(e -> parts.add((e.getKey() == dev.saywho.common.Gender.FEMALE ? "a woman" : "a man")
                        + (stated.size() == 1 ? " (in " : " in ")
                        + e.getValue()
                        + (e.getValue() == 1 ? " article" : " articles")
                        + (stated.size() == 1 ? ")" : "")));
        return stated.size() == 1 ? parts.get(0) : "the articles disagree: " + String.join(", ", parts);
    }

    /** A share from 0 to 1 as a whole percentage ("43 %"). */
    static String percent(Double share) {
        return share == null ? "–" : String.format(java.util.Locale.ROOT, "%.0f %%", share * 100);
    }

    static String grouped(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
