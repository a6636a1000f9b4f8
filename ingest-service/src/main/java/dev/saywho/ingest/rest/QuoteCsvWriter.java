package dev.saywho.ingest.rest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;

import dev.saywho.common.StoredQuote;

/**
 * Writes a {@link QuoteExport} as RFC 4180 CSV (a header row, CRLF line ends, a field quoted only when it must be)
 * through Jackson's CSV writer. A text a spreadsheet would run as a formula is neutralized first, as OWASP
 * recommends, also when blank or invisible characters come before the formula.
 */
@Provider
@Produces(QuoteResource.CSV)
public class QuoteCsvWriter extends QuoteExportBodyWriter {

    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .build();
    private static final ObjectWriter ROWS =
            CSV.writer(CSV.schemaFor(Row.class).withHeader().withLineSeparator("\r\n"));

    /**
     * What a cell a spreadsheet would run as a formula starts with: =, +, -, @, a tab or a CR, and the full-width forms
     * of the first four, which some spreadsheets read as formulas too.
     */
    private static final String FORMULA_STARTS = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";

    @Override
    void write(QuoteExport export, OutputStream out) throws IOException {
        writeCsv(export, new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    /** Writes the header and one row per quote; the header is written even when nothing matches. */
    static void writeCsv(QuoteExport export, Writer out) throws IOException {
        try (SequenceWriter rows = ROWS.writeValues(out)) {
            forEach(export, quote -> rows.write(Row.of(quote)));
        }
        out.flush();
    }

    /**
     * Characters that show as nothing, besides the blanks, controls and format characters (zero-width space, BOM, bidi
     * marks) {@link #invisible} finds by category: the Hangul fillers and the blank braille pattern.
     */
    private static final String BLANK_LETTERS = "\u115F\u1160\u3164\uFFA0\u2800";

    /**
     * A text that starts like a formula gets a leading apostrophe, so the spreadsheet shows it as text. What counts is
     * the first character that can be seen: spreadsheets skip leading blanks and invisible characters before a
     * formula, so {@code " =1+1"} and {@code "\u200B=1+1"} are formulas as much as {@code "=1+1"}.
     */
    static String neutralized(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (FORMULA_STARTS.indexOf(c) >= 0) {
                return "'" + text;
            }
            if (!invisible(c)) {
                return text;
            }
            i += Character.charCount(c);
        }
        return text;
    }

    /** Whether a character shows as nothing: a blank, a control or format character, a combining mark on its own. */
    private static boolean invisible(int c) {
        int type = Character.getType(c);
        return Character.isWhitespace(c)
                || Character.isSpaceChar(c)
                || type == Character.CONTROL
                || type == Character.FORMAT
                || type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || BLANK_LETTERS.indexOf(c) >= 0;
    }

    /**
     * A confidence as people write it: at most three decimals (the engine's precision), no binary-fraction noise
     * ("0.7", not "0.7000000000000001"), never in exponent notation.
     */
    static String confidenceText(double value) {
        return java.math.BigDecimal.valueOf(value)
                .setScale(3, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    /** One CSV row: the quote flattened, its texts neutralized, its confidence as {@link #confidenceText} writes it. */
    @JsonPropertyOrder({
        "id",
        "article_id",
        "title",
        "url",
        "source",
        "published_at",
        "speaker_id",
        "speaker",
        "speaker_kind",
        "role",
        "affiliation",
        "type",
        "text",
        "start",
        "end",
        "cue",
        "confidence",
        "sieve",
        "rule",
        "engine_version"
    })
    record Row(
            long id,
            @JsonProperty("article_id") long articleId,
            String title,
            String url,
            String source,
            @JsonProperty("published_at") String publishedAt,
            @JsonProperty("speaker_id") Long speakerId,
            String speaker,
            @JsonProperty("speaker_kind") String speakerKind,
            String role,
            String affiliation,
            String type,
            String text,
            int start,
            int end,
            String cue,
            String confidence,
            String sieve,
            String rule,
            @JsonProperty("engine_version") String engineVersion) {

        static Row of(StoredQuote quote) {
            var speaker = quote.speaker();
            return new Row(
                    quote.id(),
                    quote.articleId(),
                    neutralized(quote.title()),
                    neutralized(quote.url()),
                    neutralized(quote.source()),
                    quote.publishedAt() == null ? null : quote.publishedAt().toString(),
                    speaker == null ? null : speaker.id(),
                    speaker == null ? null : neutralized(speaker.name()),
                    speaker == null ? null : speaker.kind().name(),
                    speaker == null ? null : neutralized(speaker.role()),
                    speaker == null ? null : neutralized(speaker.affiliation()),
                    quote.type().name(),
                    neutralized(quote.text()),
                    quote.start(),
                    quote.end(),
                    quote.cue() == null ? null : neutralized(quote.cue().text()),
                    confidenceText(quote.confidence()),
                    quote.sieve(),
                    quote.rule(),
                    quote.engineVersion());
        }
    }
}
