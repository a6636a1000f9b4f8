package dev.saywho.ingest.rest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.saywho.common.StoredQuote;

/** Writes stored quotes as RFC 4180 CSV rows or NDJSON lines. */
final class QuoteExportWriter {

    static final String CSV_HEADER = "id,article_id,source,published_at,speaker_id,speaker,speaker_kind,role,affiliation,"
            + "type,text,start,end,cue,confidence,sieve,rule,engine_version";

    private QuoteExportWriter() {
    }

    static void csvHeader(Writer writer) {
        write(writer, CSV_HEADER + "\r\n");
    }

    static void csvRow(Writer writer, StoredQuote quote) {
        var speaker = quote.speaker();
        Object[] fields = {quote.id(), quote.articleId(), quote.source(), quote.publishedAt(),
            speaker == null ? null : speaker.id(), speaker == null ? null : speaker.name(),
            speaker == null ? null : speaker.kind(), speaker == null ? null : speaker.role(),
            speaker == null ? null : speaker.affiliation(), quote.type(), quote.text(), quote.start(), quote.end(),
            quote.cue() == null ? null : quote.cue().text(), quote.confidence(), quote.sieve(), quote.rule(),
            quote.engineVersion()};
        write(writer, Arrays.stream(fields).map(QuoteExportWriter::csvField).collect(Collectors.joining(",")) + "\r\n");
    }

    static void ndjsonLine(Writer writer, ObjectMapper objectMapper, StoredQuote quote) {
        try {
            write(writer, objectMapper.writeValueAsString(quote) + "\n");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize quote " + quote.id(), e);
        }
    }

    /**
     * RFC 4180: a field containing a comma, quote, CR or LF is enclosed in quotes, with quotes doubled. A text that a
     * spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a CR) is neutralized as OWASP
     * recommends: prefixed with an apostrophe and quoted. Numbers are written as they are.
     */
    static String csvField(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!(value instanceof Number) && startsLikeFormula(text)) {
            return "\"'" + text.replace("\"", "\"\"") + '"';
        }
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\r') < 0 && text.indexOf('\n') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    private static boolean startsLikeFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                // Full-width forms are read as formulas by some spreadsheets too.
                || first == '\uFF1D' || first == '\uFF0B' || first == '\uFF0D' || first == '\uFF20';
    }

    private static void write(Writer writer, String text) {
        try {
            writer.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
