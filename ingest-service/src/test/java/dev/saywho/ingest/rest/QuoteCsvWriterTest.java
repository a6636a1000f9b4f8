package dev.saywho.ingest.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.saywho.common.QuoteType;
import dev.saywho.common.Span;
import dev.saywho.common.SpeakerKind;
import dev.saywho.common.StoredQuote;
import dev.saywho.common.StoredSpeakerRef;

class QuoteCsvWriterTest {

    static final String HEADER =
            "id,article_id,title,url,source,published_at,speaker_id,speaker,speaker_kind,role,affiliation,"
                    + "type,text,start,end,cue,confidence,sieve,rule,engine_version";

    @Test
    void quotesFieldsOnlyWhereRfc4180RequiresIt() throws IOException {
        assertThat(row(quote("plain words"))).contains(",plain words,");
        assertThat(row(quote("a, b"))).contains(",\"a, b\",");
        assertThat(row(quote("say \"no\""))).contains(",\"say \"\"no\"\"\",");
        assertThat(row(quote("two\nlines"))).contains(",\"two\nlines\",");
    }

    @Test
    void neutralizesCellsThatASpreadsheetWouldRunAsFormulas() throws IOException {
        assertThat(QuoteCsvWriter.neutralized("=cmd|' /C calc'!A1")).isEqualTo("'=cmd|' /C calc'!A1");
        assertThat(QuoteCsvWriter.neutralized("+1 and more")).isEqualTo("'+1 and more");
        assertThat(QuoteCsvWriter.neutralized("-2+3")).isEqualTo("'-2+3");
        assertThat(QuoteCsvWriter.neutralized("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(QuoteCsvWriter.neutralized("\t=1")).isEqualTo("'\t=1");
        assertThat(QuoteCsvWriter.neutralized("\r=1")).isEqualTo("'\r=1");
        assertThat(QuoteCsvWriter.neutralized("\uFF1D1+1")).startsWith("'");
        // Words with an inner minus are left alone, and so is nothing.
        assertThat(QuoteCsvWriter.neutralized("well-known")).isEqualTo("well-known");
        assertThat(QuoteCsvWriter.neutralized("")).isEmpty();
        assertThat(QuoteCsvWriter.neutralized(null)).isNull();
        // In a row, a neutralized text with quotes inside is still quoted as RFC 4180 requires.
        assertThat(row(quote("=HYPERLINK(\"x\")"))).contains(",\"'=HYPERLINK(\"\"x\"\")\",");
    }

    /** Spreadsheets skip these before reading a formula, so a formula behind them is a formula all the same. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                " ",
                "  ",
                "\u00A0",
                "\u200B",
                "\uFEFF",
                "\u3000",
                "\u2007",
                "\u202F",
                "\u2060",
                "\u200E",
                "\u202E",
                "\u00AD",
                "\u180E",
                "\u3164",
                "\u2800",
                "\uFE0F",
                "\u034F",
                "\n",
                "\u000B",
                "\f",
                "\u001F",
                "\u0000",
                " \u00A0\u200B\uFEFF"
            })
    void neutralizesAFormulaBehindInvisibleOrBlankCharacters(String prefix) {
        for (String start : new String[] {"=", "+", "-", "@", "\t", "\r", "\uFF1D", "\uFF0B", "\uFF0D", "\uFF20"}) {
            String text = prefix + start + "HYPERLINK(\"http://evil.example\")";
            assertThat(QuoteCsvWriter.neutralized(text))
                    .as("%s then %s", codePoints(prefix), codePoints(start))
                    .isEqualTo("'" + text);
        }
        // Text that only starts with such characters is left alone.
        assertThat(QuoteCsvWriter.neutralized(prefix + "well-known")).isEqualTo(prefix + "well-known");
    }

    private static String codePoints(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(c -> out.append(String.format("U+%04X ", c)));
        return out.toString().strip();
    }

    @Test
    void writesAHeaderAndOneCrlfTerminatedRowPerQuote() throws IOException {
        StoredQuote quote = new StoredQuote(
                118,
                42,
                "We will rebuild, \"soon\"",
                1,
                24,
                QuoteType.DIRECT,
                List.of(new Span("We will rebuild, \"soon\"", 1, 24)),
                new Span("said", 30, 34),
                new StoredSpeakerRef(7, "Ilse Varga", SpeakerKind.PERSON, "Mayor", "Port Tessaly", null),
                -0.5,
                "TRAILING_CUE",
                "trailing-cue",
                "1.0.0",
                "tessaly-herald",
                OffsetDateTime.parse("2026-03-04T09:30:00Z"),
                "Bridge vote delayed",
                "https://tessaly-herald.example/bridge");

        assertThat(csv(quote))
                .isEqualTo(HEADER + "\r\n"
                        + "118,42,Bridge vote delayed,https://tessaly-herald.example/bridge,tessaly-herald,"
                        + "2026-03-04T09:30Z,7,Ilse Varga,PERSON,Mayor,Port Tessaly,"
                        + "DIRECT,\"We will rebuild, \"\"soon\"\"\","
                        + "1,24,said,-0.5,TRAILING_CUE,trailing-cue,1.0.0\r\n");
    }

    @Test
    void aQuoteWithoutSpeakerOrDateLeavesThoseCellsEmpty() throws IOException {
        StoredQuote quote = new StoredQuote(
                5,
                6,
                "words",
                0,
                5,
                QuoteType.INDIRECT,
                List.of(),
                null,
                null,
                0.5,
                "QUOTATION_MARKS",
                "quotation-marks",
                "1.0.0",
                null,
                null,
                null,
                null);

        assertThat(row(quote))
                .isEqualTo("5,6,,,,,,,,,,INDIRECT,words,0,5,,0.5,QUOTATION_MARKS,quotation-marks,1.0.0\r\n");
    }

    @Test
    void confidencesAreWrittenAsPeopleWriteThem() {
        assertThat(QuoteCsvWriter.confidenceText(0.7000000000000001)).isEqualTo("0.7");
        assertThat(QuoteCsvWriter.confidenceText(0.972)).isEqualTo("0.972");
        assertThat(QuoteCsvWriter.confidenceText(0.99951)).isEqualTo("1");
        assertThat(QuoteCsvWriter.confidenceText(0.0)).isEqualTo("0");
        assertThat(QuoteCsvWriter.confidenceText(1.0E-7)).isEqualTo("0");
        assertThat(QuoteCsvWriter.confidenceText(-0.5)).isEqualTo("-0.5");
    }

    @Test
    void aTitleThatLooksLikeAFormulaIsNeutralized() throws IOException {
        StoredQuote quote = new StoredQuote(
                5,
                6,
                "words",
                0,
                5,
                QuoteType.INDIRECT,
                List.of(),
                null,
                null,
                0.5,
                null,
                null,
                "1.0.0",
                null,
                null,
                "=HYPERLINK(\"http://evil.example\")",
                null);

        assertThat(row(quote)).startsWith("5,6,\"'=HYPERLINK(\"\"http://evil.example\"\")\",,");
    }

    /** The OpenAPI document's CSV example has the columns the writer writes, in its order. */
    @Test
    void theApiExampleHasTheWritersColumns() {
        assertThat(ApiExamples.QUOTES_CSV).startsWith(HEADER + "\r\n");
        assertThat(ApiExamples.QUOTES_CSV
                        .lines()
                        .skip(1)
                        .findFirst()
                        .orElseThrow()
                        .split(",", -1))
                .hasSize(HEADER.split(",").length);
    }

    @Test
    void anExportWithoutQuotesIsTheHeaderAlone() throws IOException {
        assertThat(csv()).isEqualTo(HEADER + "\r\n");
    }

    private static StoredQuote quote(String text) {
        return new StoredQuote(
                1,
                2,
                text,
                0,
                text.length(),
                QuoteType.DIRECT,
                List.of(),
                null,
                null,
                0.9,
                "TRAILING_CUE",
                "trailing-cue",
                "1.0.0",
                "src",
                null,
                null,
                null);
    }

    private static String row(StoredQuote quote) throws IOException {
        return csv(quote).substring(HEADER.length() + 2);
    }

    private static String csv(StoredQuote... quotes) throws IOException {
        StringWriter out = new StringWriter();
        QuoteCsvWriter.writeCsv(new QuoteExport(sink -> List.of(quotes).forEach(sink)), out);
        return out.toString();
    }
}
