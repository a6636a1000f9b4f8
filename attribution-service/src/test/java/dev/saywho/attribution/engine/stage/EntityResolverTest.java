package dev.saywho.attribution.engine.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.saywho.attribution.engine.lexicon.Lexicons;
import dev.saywho.attribution.engine.model.Document;
import dev.saywho.attribution.engine.model.NameRun;

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

    private static String fullOrganisationName(String text, String shortForm) {
        Lexicons lex = Lexicons.standard();
        Document d = new QuoteMarkFinder().find(new Segmenter(lex).segment(text));
        List<NameRun> runs = new MentionFinder(lex).find(d);
        return new EntityResolver(lex).fullOrganisationName(runs, shortForm);
    }

    @Test
    void aShortFormEndingAnOrganisationsNameIsThatOrganisation() {
        assertThat(fullOrganisationName(
                        "Members of the Kessel Valley Angling Association met on Monday. It has 300 members, and the"
                                + " Angling Association sells day tickets to visitors.",
                        "Angling Association"))
                .isEqualTo("Kessel Valley Angling Association");
    }

    @Test
    void aSurnameIsNoOrganisationsShortForm() {
        assertThat(fullOrganisationName(
                        "Mira Sandell represented Lorcan Achterfeld. Achterfeld denied the charge.", "Achterfeld"))
                .isNull();
    }

    @Test
    void thePlaceAnOrganisationsNameEndsInIsNotThatOrganisation() {
        assertThat(fullOrganisationName(
                        "The Poultry Producers' Association of Varnholm met on Monday in Varnholm.", "Varnholm"))
                .isNull();
    }

    @Test
    void nothingExtendsAFullNameOrALowerCaseDescription() {
        String text = "Harrowby Athletic lost on Saturday.";
        assertThat(fullOrganisationName(text, "Harrowby Athletic")).isNull();
        assertThat(fullOrganisationName(text, "the club")).isNull();
        assertThat(fullOrganisationName(text, " ")).isNull();
    }
}
