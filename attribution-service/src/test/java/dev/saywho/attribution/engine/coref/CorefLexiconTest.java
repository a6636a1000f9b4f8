package dev.saywho.attribution.engine.coref;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The linker's word lists load, and say what the linker expects of them. */
class CorefLexiconTest {

    private final CorefLexicon lexicon = CorefLexicon.standard();

    @Test
    void thirdPersonPronounsInAllTheirForms() {
        assertThat(lexicon.pronounForms())
                .containsExactlyInAnyOrder(
                        "he",
                        "him",
                        "his",
                        "himself",
                        "she",
                        "her",
                        "hers",
                        "herself",
                        "it",
                        "its",
                        "itself",
                        "they",
                        "them",
                        "their",
                        "theirs",
                        "themselves");
        assertThat(lexicon.pronoun("Her").anaphorClass()).isEqualTo(AnaphorClass.HE_SHE);
        assertThat(lexicon.pronoun("Her").gender()).isEqualTo(Gender.FEMALE);
        assertThat(lexicon.pronoun("its").neuter()).isTrue();
        assertThat(lexicon.pronoun("them").number()).isEqualTo(CorefLexicon.GrammaticalNumber.PLURAL);
        assertThat(lexicon.pronoun("I")).isNull();
    }

    @Test
    void definiteDeterminersAndGenderedWords() {
        assertThat(lexicon.definiteDeterminer("The")).isNotNull();
        assertThat(lexicon.definiteDeterminer("a")).isNull();
        assertThat(lexicon.genderOfWord("Mrs")).isEqualTo(Gender.FEMALE);
        assertThat(lexicon.genderOfWord("chairman")).isEqualTo(Gender.MALE);
        assertThat(lexicon.genderOfWord("minister")).isEqualTo(Gender.UNKNOWN);
        assertThat(lexicon.genderOfName("Mary")).isEqualTo(Gender.FEMALE);
    }
}
