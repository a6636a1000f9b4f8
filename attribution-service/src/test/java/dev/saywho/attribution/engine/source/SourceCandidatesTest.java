package dev.saywho.attribution.engine.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.saywho.attribution.engine.AttributionEngine;
import dev.saywho.attribution.engine.EngineOptions;
import dev.saywho.attribution.engine.confidence.ConfidenceModel;
import dev.saywho.attribution.engine.cue.CueModel;
import dev.saywho.common.Quote;

/** The candidates a quote's source is chosen among, their features, and the engine's choice with a model. */
class SourceCandidatesTest {

    private static final String PARTICIPLE = "Mayor Ilse Varga spoke to the harbour board, warning that the ferry"
            + " levy would rise by a third next year.";

    private static AttributionEngine.Explained explain(String text) {
        return AttributionEngine.create(EngineOptions.defaults(), CueModel.shipped(), ConfidenceModel.shipped(), null)
                .explain(text);
    }

    @Test
    void everyNounPhraseOfTheCuesSentenceOutsideTheContentIsACandidateAndNobodyIsOne() {
        AttributionEngine.Explained e = explain(PARTICIPLE);
        assertThat(e.result().quotes()).hasSize(1);
        AttributionEngine.SourceChoice choice = e.sources().get(0);
        List<SourceCandidates.Candidate> candidates = choice.candidates();
        List<String> mentions = candidates.stream()
                .map(c -> c.mention() == null ? "-" : c.mention().text(PARTICIPLE))
                .toList();
        assertThat(mentions).contains("Mayor Ilse Varga", "the harbour board", "-");
        // nothing inside the content ("the ferry levy") and the cue word itself are no candidates
        assertThat(mentions).noneMatch(m -> m.contains("levy"));
        SourceCandidates.Candidate varga = candidates.get(mentions.indexOf("Mayor Ilse Varga"));
        // up from the cue to the verb it hangs on, down to that verb's subject
        assertThat(varga.features())
                .contains("tag=PROPN", "rel=nsubj", "side=before", "entity=PERSON")
                .anyMatch(f -> f.matches("path=\\^[a-z]+/nsubj"));
        SourceCandidates.Candidate board = candidates.get(mentions.indexOf("the harbour board"));
        assertThat(board.features()).contains("noun=board", "rel=obl").doesNotContain("current");
        assertThat(candidates.get(candidates.size() - 1).features()).contains("nobody");
        // without a source model the rules' choice is the one taken, and it is marked as theirs
        assertThat(choice.chosen()).isGreaterThanOrEqualTo(0);
        assertThat(candidates.get(choice.chosen()).current()).isTrue();
        assertThat(e.result().quotes().get(0).speaker().name()).isEqualTo("Ilse Varga");
    }

    @Test
    void aRaisingCuesSubjectIsNoCandidate() {
        String raising = "The new timetable appears to favour commuters from the north.";
        List<String> mentions = explain(raising).sources().get(0).candidates().stream()
                .map(c -> c.mention() == null ? "-" : c.mention().text(raising))
                .toList();
        // the writer judges the timetable: it is what is judged, not who judges
        assertThat(mentions).contains("-").noneMatch(m -> m.contains("timetable"));
    }

    @Test
    void aQuoteWithoutACueTakesTheWordItsContentHangsOnAsItsCue() {
        String text = "At the meeting Councillor Tomas Brandt had little patience for \u201ca slow disaster for the"
                + " harbour and everyone who works there\u201d and left early.";
        AttributionEngine.Explained e = explain(text);
        assertThat(e.result().quotes()).hasSize(1);
        assertThat(e.result().quotes().get(0).cue()).isNull();
        assertThat(e.sources().get(0).candidates())
                .anySatisfy(c -> assertThat(c.features())
                        .contains("tag=PROPN", "rel=nsubj", "entity=PERSON")
                        .anyMatch(f -> f.endsWith("/nsubj&rule=quotation-marks")));
    }

    @Test
    void aQuoteThatIsASentenceOfItsOwnWithNoSpeakerLooksToTheSentenceBeforeInItsParagraphOnly() {
        String sameParagraph = "Councillor Tomas Brandt left the meeting early. \u201cWe wait no longer.\u201d";
        AttributionEngine.Explained e = explain(sameParagraph);
        assertThat(e.result().quotes()).hasSize(1);
        List<SourceCandidates.Candidate> candidates = e.sources().get(0).candidates();
        assertThat(candidates)
                .anySatisfy(c -> assertThat(c.features()).contains("path=</nsubj", "entity=PERSON"))
                .allSatisfy(c -> assertThat(c.features().stream().filter(f -> f.startsWith("path=")))
                        .allMatch(f -> f.startsWith("path=<")));
        // a paragraph break between them: the sentence before is another matter
        String otherParagraph = "Councillor Tomas Brandt left the meeting early.\n\n\u201cWe wait no longer.\u201d";
        assertThat(explain(otherParagraph).sources().get(0).candidates()).isEmpty();
    }

    @Test
    void aModelThatPrefersTheBoardMovesTheSpeakerThereAndTheShippedModelKeepsTheSubject() throws IOException {
        SourceModel boardFirst = SourceModel.read(new StringReader(
                "format\tsaywho-source/1\nfeatures\t" + SourceCandidates.VERSION + "\nweight\tnoun=board\t5\n"));
        Quote moved = AttributionEngine.create(
                        EngineOptions.defaults(), CueModel.shipped(), ConfidenceModel.shipped(), boardFirst)
                .attribute(PARTICIPLE)
                .quotes()
                .get(0);
        assertThat(moved.speaker().mention().text()).isEqualTo("the harbour board");
        Quote shipped = AttributionEngine.create(EngineOptions.defaults())
                .attribute(PARTICIPLE)
                .quotes()
                .get(0);
        assertThat(shipped.speaker().name()).isEqualTo("Ilse Varga");
    }

    @Test
    void aSurfaceRulesSourceInItsOwnUnparsedSentenceIsKeptWithoutAParse() {
        AttributionEngine.Explained e = explain("The ferry levy will rise by a third next year, said Ilse Varga.");
        assertThat(e.result().quotes())
                .singleElement()
                .satisfies(q -> assertThat(q.rule()).isEqualTo("inverted-cue"));
        assertThat(e.sources().get(0).candidates()).isEmpty();
        assertThat(e.sources().get(0).chosen()).isEqualTo(-1);
        assertThat(e.result().quotes().get(0).speaker().name()).isEqualTo("Ilse Varga");
    }

    @Test
    void everyCandidateInTheSentenceHasOnePathOfAtMostFourStepsOrFar() {
        List<SourceCandidates.Candidate> inSentence = explain(PARTICIPLE).sources().get(0).candidates().stream()
                .filter(c -> c.mention() != null)
                .toList();
        assertThat(inSentence).hasSizeGreaterThanOrEqualTo(2);
        for (SourceCandidates.Candidate c : inSentence) {
            List<String> paths = c.features().stream()
                    .filter(f -> f.startsWith("path=") && !f.contains("&"))
                    .toList();
            assertThat(paths).hasSize(1);
            String path = paths.get(0).substring("path=".length());
            long steps = path.chars().filter(ch -> ch == '^' || ch == '/').count();
            assertThat(path.equals("far") || (steps >= 1 && steps <= SourceCandidates.MAX_PATH))
                    .as(path)
                    .isTrue();
        }
    }
}
