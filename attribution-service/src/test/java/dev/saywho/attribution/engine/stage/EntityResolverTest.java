package dev.saywho.attribution.engine.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class EntityResolverTest {

    @Test
    void acronymLettersMatchWordInitialsInOrder() {
        assertThat(EntityResolver.matchLetters(List.of("Tessaly", "Harbour", "Authority"), "THA"))
                .isEqualTo(3);
        assertThat(EntityResolver.matchLetters(List.of("Port", "of", "Tessaly"), "PT"))
                .isEqualTo(2);
    }

    @Test
    void acronymLettersMayComeFromInsideWords() {
        assertThat(EntityResolver.matchLetters(List.of("Tessaly", "Broadcasting"), "TBC"))
                .isEqualTo(2);
    }

    @Test
    void acronymThatDoesNotSpellTheNameIsRejected() {
        assertThat(EntityResolver.matchLetters(List.of("Tessaly", "Harbour", "Authority"), "XYZ"))
                .isEqualTo(-1);
        assertThat(EntityResolver.matchLetters(List.of("Tessaly", "Harbour", "Authority"), "TA"))
                .isEqualTo(-1);
    }
}
