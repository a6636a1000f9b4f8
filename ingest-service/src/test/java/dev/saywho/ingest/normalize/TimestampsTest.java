package dev.saywho.ingest.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2024-03-03T09:15:00+01:00          | 2024-03-03T09:15:00+01:00",
                "2024-03-03T08:15:00Z               | 2024-03-03T08:15:00Z",
                "2024-03-03T09:15:00.123+0100       | 2024-03-03T09:15:00.123+01:00",
                "2024-03-03T09:15:00+01:00[Europe/Paris] | 2024-03-03T09:15:00+01:00",
                "2024-03-03 08:15:00                | 2024-03-03T08:15:00Z",
                "2024-03-03                         | 2024-03-03T00:00:00Z",
                "Sun, 3 Mar 2024 08:15:00 GMT       | 2024-03-03T08:15:00Z",
            })
    void readsCommonShapes(String value, String expected) {
        assertThat(Timestamps.parse(value)).contains(OffsetDateTime.parse(expected));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"yesterday", "03/03/2024", "2024-13-45"})
    void unreadableIsEmpty(String value) {
        assertThat(Timestamps.parse(value)).isEmpty();
    }

    @Test
    void acceptsTheFormsSubmissionsSend() {
        OffsetDateTime expected = OffsetDateTime.parse("2026-03-04T09:30:00Z");
        assertThat(Timestamps.parse("2026-03-04T10:30:00+01:00").orElseThrow().toInstant())
                .isEqualTo(expected.toInstant());
        assertThat(Timestamps.parse("2026-03-04T09:30:00")).contains(expected);
        assertThat(Timestamps.parse("Wed, 4 Mar 2026 09:30:00 GMT")
                        .orElseThrow()
                        .toInstant())
                .isEqualTo(expected.toInstant());
        assertThat(Timestamps.parse(" 2026-03-04 ")).contains(OffsetDateTime.parse("2026-03-04T00:00:00Z"));
        assertThat(Timestamps.parse("x".repeat(101))).isEmpty();
    }

    @Test
    void tellsBareDatesApart() {
        assertThat(Timestamps.isDateOnly("2026-03-04")).isTrue();
        assertThat(Timestamps.isDateOnly("2026-03-04T00:00:00Z")).isFalse();
    }
}
