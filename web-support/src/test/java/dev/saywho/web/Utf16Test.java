package dev.saywho.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Utf16Test {

    @Test
    void pairsAreText() {
        assertThat(Utf16.firstUnpairedSurrogate("")).isEqualTo(-1);
        assertThat(Utf16.firstUnpairedSurrogate("Port Tessaly \uD83D\uDE00 council"))
                .isEqualTo(-1);
        assertThat(Utf16.firstUnpairedSurrogate("\uD83D\uDE00\uD83D\uDE00")).isEqualTo(-1);
    }

    @Test
    void aLoneHalfIsFoundWhereverItStands() {
        assertThat(Utf16.firstUnpairedSurrogate("\uD800")).isZero();
        assertThat(Utf16.firstUnpairedSurrogate("ab\uDC00")).isEqualTo(2);
        assertThat(Utf16.firstUnpairedSurrogate("ab\uD800c")).isEqualTo(2);
        assertThat(Utf16.firstUnpairedSurrogate("\uDE00\uD83D"))
                .as("a pair the wrong way round")
                .isZero();
        assertThat(Utf16.firstUnpairedSurrogate("\uD83D\uDE00\uD83D")).isEqualTo(2);
    }
}
