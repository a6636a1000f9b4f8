package dev.saywho.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BoundedLineReaderTest {

    @Test
    void splitsOnLfAndCrlfAndSkipsOverlongLines() throws IOException {
        BoundedLineReader reader = new BoundedLineReader(utf8("one\r\ntoo long line\nthree\n\nlast"), 8);

        assertThat(reader.next()).isEqualTo(BoundedLineReader.Line.of("one"));
        assertThat(reader.next().tooLong()).isTrue();
        assertThat(reader.next()).isEqualTo(BoundedLineReader.Line.of("three"));
        assertThat(reader.next()).isEqualTo(BoundedLineReader.Line.of(""));
        assertThat(reader.next()).isEqualTo(BoundedLineReader.Line.of("last"));
        assertThat(reader.next()).isNull();
    }

    @Test
    void countsTheLimitInCharactersWhateverTheirBytes() throws IOException {
        // Eight characters of three bytes each fit a limit of eight; nine do not.
        BoundedLineReader reader = new BoundedLineReader(utf8("€€€€€€€€\n€€€€€€€€€\n😀😀😀😀\n"), 8);

        assertThat(reader.next()).isEqualTo(BoundedLineReader.Line.of("€€€€€€€€"));
        assertThat(reader.next().tooLong()).isTrue();
        assertThat(reader.next())
                .as("four emoji are eight Java chars")
                .isEqualTo(BoundedLineReader.Line.of("😀😀😀😀"));
        assertThat(reader.next()).isNull();
    }

    @Test
    void readsLinesThatStraddleChunks() throws IOException {
        String longLine = "x".repeat(20_000);
        BoundedLineReader reader = new BoundedLineReader(utf8(longLine + "\n" + longLine + "é\n"), 30_000);

        assertThat(reader.next().text()).isEqualTo(longLine);
        assertThat(reader.next().text()).isEqualTo(longLine + "é");
        assertThat(reader.next()).isNull();
    }

    /** Overlong "/" in two and three bytes, an encoded surrogate, a truncated sequence, bytes UTF-8 never uses. */
    @ParameterizedTest
    @ValueSource(strings = {"c0af", "e080af", "eda080", "e282", "ff", "f88880808f", "80"})
    void aLineThatIsNotUtf8IsReportedAndTheNextIsRead(String badHex) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("{\"text\":\"a".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(HexFormat.of().parseHex(badHex));
        bytes.writeBytes("\"}\n{\"text\":\"b\"}".getBytes(StandardCharsets.UTF_8));
        BoundedLineReader reader = new BoundedLineReader(new ByteArrayInputStream(bytes.toByteArray()), 100);

        BoundedLineReader.Line bad = reader.next();
        assertThat(bad.notUtf8()).isTrue();
        assertThat(bad.text()).isNull();
        assertThat(reader.next()).isEqualTo(BoundedLineReader.Line.of("{\"text\":\"b\"}"));
        assertThat(reader.next()).isNull();
    }

    private static InputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
