package dev.saywho.attribution.engine.stage;

import static dev.saywho.attribution.engine.stage.StageDocuments.doc;
import static dev.saywho.attribution.engine.stage.StageDocuments.tokenIndex;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.saywho.attribution.engine.lexicon.Lexicons;
import dev.saywho.attribution.engine.model.Document;
import dev.saywho.attribution.engine.model.NameRun;

/** {@link MentionFinder}: the article's inventory of name runs, with their offsets, types and genders. */
class MentionFinderTest {

    private final Lexicons lex = Lexicons.standard();
    private final MentionFinder finder = new MentionFinder(lex);

    @Test
    void aMultiWordNameIsOneRunWithExactOffsets() {
        String text = "Ilse Varga met Marta Quill at the harbour on Monday morning.";
        List<NameRun> runs = finder.find(doc(text));
        assertThat(runs).extracting(NameRun::name).containsExactly("Ilse Varga", "Marta Quill", "Monday");
        NameRun quill = runs.get(1);
        assertThat(quill.start()).isEqualTo(15);
        assertThat(quill.end()).isEqualTo(26);
        assertThat(text.substring(quill.start(), quill.end())).isEqualTo("Marta Quill");
        assertThat(quill.firstToken()).isEqualTo(3);
        assertThat(quill.endToken()).isEqualTo(5);
        assertThat(quill.type()).isEqualTo(NameRun.Type.PERSON);
        assertThat(runs.get(0).gender())
                .as("Ilse is a given name of the lexicon")
                .isEqualTo('F');
        assertThat(runs.get(2).type()).as("a weekday names nobody").isEqualTo(NameRun.Type.PLACE);
    }

    @Test
    void aTitleAndAGenerationalSuffixStayOutsideTheName() {
        String text = "The pilots thanked Ms. Marta Quill and Otto Brenn Jr. for the repairs.";
        List<NameRun> runs = finder.find(doc(text));
        assertThat(runs).extracting(NameRun::name).containsExactly("Marta Quill", "Otto Brenn");
        NameRun quill = runs.get(0);
        assertThat(text.substring(quill.start(), quill.end())).isEqualTo("Marta Quill");
        assertThat(quill.gender())
                .as("the title says what the lexicon does not know")
                .isEqualTo('F');
        NameRun brenn = runs.get(1);
        assertThat(brenn.start()).isEqualTo(39);
        assertThat(brenn.end()).isEqualTo(49);
    }

    @Test
    void sentenceInitialFunctionWordsAndTheFirstPersonAreNoNames() {
        List<NameRun> runs = finder.find(doc("Yesterday Marta Quill told the pilots that I would stay. "
                + "However, the harbour pilots said I’m wrong."));
        assertThat(runs).extracting(NameRun::name).containsExactly("Marta Quill");
        assertThat(runs.get(0).start()).isEqualTo(10);
    }

    @Test
    void aPluralPossessiveInsideANameIsNotAQuotationMark() {
        String text = "The Vellmar Farmers’ Union said the harvest was late.";
        Document d = doc(text);
        assertThat(d.quotedSpans()).isEmpty();
        int apostrophe = tokenIndex(d, "’");
        assertThat(MentionFinder.pluralPossessiveInName(
                        lex, d, apostrophe, d.sentences().get(0).endToken()))
                .isTrue();
        List<NameRun> runs = finder.find(d);
        assertThat(runs).singleElement().satisfies(run -> {
            assertThat(run.name()).isEqualTo("Vellmar Farmers’ Union");
            assertThat(run.words()).containsExactly("Vellmar", "Farmers’", "Union");
            assertThat(run.type()).isEqualTo(NameRun.Type.ORGANIZATION);
            assertThat(run.start()).isEqualTo(4);
            assertThat(run.end()).isEqualTo(26);
        });
    }

    @Test
    void anOrganisationsPossessiveBeforeAPersonSeparatesTwoNames() {
        Document d = doc("Tessaly News’ Ilse Varga said the pier would hold.");
        int apostrophe = tokenIndex(d, "’");
        assertThat(MentionFinder.pluralPossessiveInName(
                        lex, d, apostrophe, d.sentences().get(0).endToken()))
                .isFalse();
        List<NameRun> runs = finder.find(d);
        assertThat(runs).extracting(NameRun::name).containsExactly("Tessaly News", "Ilse Varga");
        assertThat(runs).extracting(NameRun::type).containsExactly(NameRun.Type.ORGANIZATION, NameRun.Type.PERSON);
        assertThat(runs.get(0).end()).isEqualTo(12);
        assertThat(runs.get(1).start()).isEqualTo(14);
    }

    @Test
    void aConnectorJoinsANameOnlyAfterAnOrganisationWord() {
        assertThat(finder.find(doc("The Institute for Harbour Studies said so.")))
                .singleElement()
                .satisfies(run -> {
                    assertThat(run.name()).isEqualTo("Institute for Harbour Studies");
                    assertThat(run.type()).isEqualTo(NameRun.Type.ORGANIZATION);
                });
        assertThat(finder.find(doc("The pilots praised Ilse Varga of Port Tessaly on the radio.")))
                .extracting(NameRun::name)
                .containsExactly("Ilse Varga", "Port Tessaly");
    }

    @Test
    void aTitleCaseParagraphIsAHeadlineAndNamesNobody() {
        String text = "Harbour Pilots Strike Over Ferry Tolls\n\nIlse Varga said the strike would end.";
        List<NameRun> runs = finder.find(doc(text));
        assertThat(runs).extracting(NameRun::name).containsExactly("Ilse Varga");
        assertThat(runs.get(0).start()).isEqualTo(40);
    }

    @Test
    void aHeadlineIsShortWhateverItsCapitals() {
        Document headline = doc("Harbour Board Approves New Ferry Timetable For Winter\n\nThe board met on Monday.");
        assertThat(MentionFinder.isHeadline(headline, headline.paragraphs().get(0)))
                .isTrue();
        assertThat(MentionFinder.isHeadline(headline, headline.paragraphs().get(1)))
                .isFalse();
        // title case all the way, but a hundred words: no headline, and the check stops at the bound
        Document titleCase = doc("Harbour Board Approves New Ferry Timetable For Winter "
                .repeat(12)
                .strip());
        assertThat(MentionFinder.isHeadline(titleCase, titleCase.paragraphs().get(0)))
                .isFalse();
    }
}
