package dev.saywho.ingest.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpeakerNamesTest {

    @Test
    void variantsOfANameShareOneKey() {
        assertThat(SpeakerNames.key("Ilse Várga")).isEqualTo("ilse varga");
        assertThat(SpeakerNames.key("  ILSE   varga. ")).isEqualTo("ilse varga");
        assertThat(SpeakerNames.key("O'Neill-Tal")).isEqualTo("o neill tal");
        assertThat(SpeakerNames.key("Ilse Vargas")).isNotEqualTo(SpeakerNames.key("Ilse Varga"));
    }
}
