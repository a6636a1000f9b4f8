package dev.saywho.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;

import org.junit.jupiter.api.Test;

class BoundedLineReaderTest {

    @Test
    void splitsOnLfAndCrlfAndSkipsOverlongLines() throws IOException {
        BoundedLineReader reader = new BoundedLineReader(new StringReader("one\r\ntoo long line\nthree\n\nlast"), 8);

        assertThat(reader.next()).isEqualTo(new BoundedLineReader.Line("one", false));
        assertThat(reader.next().tooLong()).isTrue();
        assertThat(reader.next()).isEqualTo(new BoundedLineReader.Line("three", false));
        assertThat(reader.next()).isEqualTo(new BoundedLineReader.Line("", false));
        assertThat(reader.next()).isEqualTo(new BoundedLineReader.Line("last", false));
        assertThat(reader.next()).isNull();
    }
}
