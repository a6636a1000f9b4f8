package dev.saywho.ingest.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.saywho.common.QuoteType;
import dev.saywho.common.Span;
import dev.saywho.common.SpeakerKind;
import dev.saywho.common.StoredQuote;
import dev.saywho.common.StoredSpeakerRef;

class QuoteExportWriterTest {

    @Test
    void quotesFieldsAsRfc4180Requires() {
        assertThat(QuoteExportWriter.csvField("plain")).isEqualTo("plain");
        assertThat(QuoteExportWriter.csvField("a, b")).isEqualTo("\"a, b\"");
        assertThat(QuoteExportWriter.csvField("say \"no\"")).isEqualTo("\"say \"\"no\"\"\"");
        assertThat(QuoteExportWriter.csvField("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(QuoteExportWriter.csvField(null)).isEmpty();
    }

    @Test
    void neutralizesCellsThatASpreadsheetWouldRunAsFormulas() {
        assertThat(QuoteExportWriter.csvField("=cmd|' /C calc'!A1")).isEqualTo("\"'=cmd|' /C calc'!A1\"");
        assertThat(QuoteExportWriter.csvField("+1 and more")).isEqualTo("\"'+1 and more\"");
        assertThat(QuoteExportWriter.csvField("-2+3")).isEqualTo("\"'-2+3\"");
        assertThat(QuoteExportWriter.csvField("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
        assertThat(QuoteExportWriter.csvField("\t=1")).isEqualTo("\"'\t=1\"");
        assertThat(QuoteExportWriter.csvField("\r=1")).isEqualTo("\"'\r=1\"");
        assertThat(QuoteExportWriter.csvField("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(QuoteExportWriter.csvField("\uFF1D1+1")).startsWith("\"'");
        // Numbers are data, not formulas; words with an inner minus are left alone.
        assertThat(QuoteExportWriter.csvField(-0.5)).isEqualTo("-0.5");
        assertThat(QuoteExportWriter.csvField("well-known")).isEqualTo("well-known");
    }

    @Test
    void writesOneCrlfTerminatedRowPerQuote() {
        StoredQuote quote = new StoredQuote(118, 42, "We will rebuild, \"soon\"", 1, 24, QuoteType.DIRECT,
                List.of(new Span("We will rebuild, \"soon\"", 1, 24)), new Span("said", 30, 34),
                new StoredSpeakerRef(7, "Ilse Varga", SpeakerKind.PERSON, "Mayor", "Port Tessaly", null), 0.93, "TRAILING_CUE",
                "trailing-cue", "1.0.0", "tessaly-herald", OffsetDateTime.parse("2026-03-04T09:30:00Z"));
        StringWriter out = new StringWriter();
        QuoteExportWriter.csvRow(out, quote);
        assertThat(out.toString()).isEqualTo("118,42,tessaly-herald,2026-03-04T09:30Z,7,Ilse Varga,PERSON,Mayor,Port Tessaly,"
                + "DIRECT,\"We will rebuild, \"\"soon\"\"\",1,24,said,0.93,TRAILING_CUE,trailing-cue,1.0.0\r\n");
    }
}
