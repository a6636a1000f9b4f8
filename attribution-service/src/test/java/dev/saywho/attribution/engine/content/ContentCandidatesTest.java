package dev.saywho.attribution.engine.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.saywho.attribution.engine.AttributionEngine;
import dev.saywho.attribution.engine.EngineOptions;
import dev.saywho.common.Quote;

/** Where a reported clause may end: the candidates the content model weighs, on sentences written for them. */
class ContentCandidatesTest {

    private static final AttributionEngine RULES = AttributionEngine.create(EngineOptions.defaults(), null);
    /** The shipped cue model without a content model: the learned frames end at their subtree's edge. */
    private static final AttributionEngine RULES_AND_CUE_MODEL = AttributionEngine.create(
            EngineOptions.defaults(), dev.saywho.attribution.engine.cue.CueModel.shipped(), null, null, null);

    private static AttributionEngine.ContentChoice choiceFor(String text, String cue) {
        AttributionEngine.Explained explained = RULES.explain(text);
        List<Quote> quotes = explained.result().quotes();
        for (int i = 0; i < quotes.size(); i++) {
            Quote q = quotes.get(i);
            if (q.cue() != null
                    && text.substring(q.cue().start(), q.cue().end()).equals(cue)) {
                return explained.contents().get(i);
            }
        }
        throw new AssertionError("no quote with the cue '" + cue + "' in " + quotes);
    }

    private static List<String> ends(String text, AttributionEngine.ContentChoice choice, int start) {
        return choice.candidates().stream()
                .map(c -> text.substring(start, c.end()))
                .toList();
    }

    @Test
    void aReportedClauseMayEndAtEachCommaOrLinkingWordAndAtTheSentencesEnd() {
        String text = "Mayor Ilse Varga said the Tessaly bridge will close in May, a month later than planned.";
        AttributionEngine.ContentChoice choice = choiceFor(text, "said");
        int start = text.indexOf("the Tessaly");
        assertThat(ends(text, choice, start))
                .contains(
                        "the Tessaly bridge will close",
                        "the Tessaly bridge will close in May",
                        "the Tessaly bridge will close in May, a month later than planned.")
                .doesNotContain("the Tessaly", "the Tessaly bridge will close in");
        // without a model the rules' end is taken, and it is one of the candidates, marked as theirs
        assertThat(choice.candidates().get(choice.chosen()).current()).isTrue();
        assertThat(choice.candidates().stream().filter(ContentCandidates.Candidate::current))
                .hasSize(1);
        assertThat(choice.candidates()).hasSizeLessThanOrEqualTo(ContentCandidates.MAX_CANDIDATES);
    }

    @Test
    void aCandidateNamesItsCutTheWordAfterItAndTheWordsItKeeps() {
        String text = "Mayor Ilse Varga said the Tessaly bridge will close in May, a month later than planned.";
        AttributionEngine.ContentChoice choice = choiceFor(text, "said");
        int start = text.indexOf("the Tessaly");
        ContentCandidates.Candidate beforeComma = choice.candidates().stream()
                .filter(c -> text.substring(start, c.end()).equals("the Tessaly bridge will close in May"))
                .findFirst()
                .orElseThrow();
        assertThat(beforeComma.features())
                .contains("cut=,", "cut=,&next=a", "kept=6-10", "left=3-5", "last=Cap", "cut=,&rule=leading-cue");
        ContentCandidates.Candidate end =
                choice.candidates().get(choice.candidates().size() - 1);
        assertThat(end.features()).contains("cut=end", "left=0");
    }

    @Test
    void aDirectQuoteAsksForNoEnd() {
        String text = "Mayor Ilse Varga said: “The Tessaly bridge will close in May, a month later than planned.”";
        AttributionEngine.Explained explained = RULES.explain(text);
        assertThat(explained.result().quotes()).hasSize(1);
        assertThat(explained.contents()).containsExactly((AttributionEngine.ContentChoice) null);
    }

    @Test
    void aContentIsNotCarriedIntoAQuotationAfterIt() {
        String text = "Ilse Varga said the ferry would run until May, adding: “Nobody will need it again.”";
        AttributionEngine.ContentChoice choice = choiceFor(text, "said");
        int quote = text.indexOf('“');
        assertThat(ends(text, choice, text.indexOf("the ferry")))
                .contains("the ferry would run until May", "the ferry would run until May, adding");
        assertThat(choice.candidates()).allSatisfy(c -> assertThat(c.end()).isLessThan(quote));
    }

    @Test
    void aContentTheRulesEndedAtAClosingMarkIsNotCarriedOn() {
        String text = "Ilse Varga said the ferry was “a relic,” although she still rides it every day.";
        AttributionEngine.ContentChoice choice = choiceFor(text, "said");
        int close = text.indexOf('”') + 1;
        assertThat(choice.candidates()).allSatisfy(c -> assertThat(c.end()).isLessThanOrEqualTo(close));
        assertThat(choice.candidates().get(choice.candidates().size() - 1).current())
                .isTrue();
    }

    @Test
    void theModelDecidesTheEndsOfTheLearnedCueModelsFramesOnly() throws java.io.IOException {
        // a model written for the test that always ends a content at its first comma
        ContentModel atTheComma = ContentModel.read(new java.io.StringReader(
                "format\tsaywho-content/1\nfeatures\t" + ContentCandidates.VERSION + "\nweight\tcut=,\t40\n"));
        AttributionEngine engine = AttributionEngine.create(
                EngineOptions.defaults(), dev.saywho.attribution.engine.cue.CueModel.shipped(), null, null, atTheComma);
        String learned = "The dockers are confident the strike will end by Friday, weeks before the harvest.";
        assertThat(RULES_AND_CUE_MODEL.attribute(learned).quotes())
                .extracting(Quote::text)
                .contains("the strike will end by Friday, weeks before the harvest");
        assertThat(engine.attribute(learned).quotes())
                .extracting(Quote::text)
                .contains("the strike will end by Friday");
        String rules = "Ilse Varga said the ferry would run until May, weeks before the harvest.";
        assertThat(engine.attribute(rules).quotes())
                .extracting(Quote::text)
                .containsExactly("the ferry would run until May, weeks before the harvest");
    }
}
