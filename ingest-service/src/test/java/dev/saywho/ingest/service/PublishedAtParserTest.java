package dev.saywho.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

class PublishedAtParserTest {

    private static OffsetDateTime parsed(String value) {
        return PublishedAtParser.parse(value).orElseThrow();
    }

    @Test
    void acceptsTheFormsNewsroomsSend() {
        OffsetDateTime expected = OffsetDateTime.parse("2026-03-04T09:30:00Z");
        assertThat(parsed("2026-03-04T09:30:00Z")).isEqualTo(expected);
        assertThat(parsed("2026-03-04T10:30:00+01:00").toInstant()).isEqualTo(expected.toInstant());
        assertThat(parsed("2026-03-04T09:30:00")).isEqualTo(expected);
        assertThat(parsed("2026-03-04 09:30:00")).isEqualTo(expected);
        assertThat(parsed("Wed, 4 Mar 2026 09:30:00 GMT").toInstant()).isEqualTo(expected.toInstant());
        assertThat(parsed(" 2026-03-04 ")).isEqualTo(OffsetDateTime.parse("2026-03-04T00:00:00Z"));
    }

    @Test
    void rejectsWhatIsNotADate() {
        assertThat(PublishedAtParser.parse("last Tuesday")).isEmpty();
        assertThat(PublishedAtParser.parse("2026-13-45")).isEmpty();
        assertThat(PublishedAtParser.parse("")).isEmpty();
        assertThat(PublishedAtParser.parse(null)).isEmpty();
    }

    @Test
    void tellsBareDatesApart() {
        assertThat(PublishedAtParser.isDateOnly("2026-03-04")).isTrue();
        assertThat(PublishedAtParser.isDateOnly("2026-03-04T00:00:00Z")).isFalse();
    }
}
