package dev.saywho.attribution.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.saywho.attribution.engine.AttributionEngine;
import dev.saywho.attribution.engine.EngineOptions;
import dev.saywho.attribution.engine.cue.CueModel;
import dev.saywho.common.Quote;
import dev.saywho.common.QuoteType;

/**
 * The rule {@code learned-cue} with the shipped cue model, on sentences written for it: what the rules alone do not
 * read as a report (an adjective of belief, an evidential verb), who the source is, and what it leaves alone.
 */
class LearnedCueRuleTest {

    private static final AttributionEngine LEARNED = AttributionEngine.create(EngineOptions.defaults());
    private static final AttributionEngine RULES = AttributionEngine.create(EngineOptions.defaults(), null);

    private static List<Quote> learned(String text) {
        return LEARNED.attribute(text).quotes().stream()
                .filter(q -> q.rule().equals("learned-cue"))
                .toList();
    }

    @Test
    void decides() {
        RuleTestSupport.assertDecides(
                "learned-cue",
                "The dockers are confident the strike will end by Friday.",
                "the strike will end by Friday",
                "dockers");
    }

    @Test
    void anAdjectiveOfBeliefReportsItsClauseForItsSubject() {
        String text = "The dockers are confident the strike will end by Friday.";
        assertThat(RULES.attribute(text).quotes()).isEmpty();
        Quote q = learned(text).get(0);
        assertThat(q.text()).isEqualTo("the strike will end by Friday");
        assertThat(q.type()).isEqualTo(QuoteType.INDIRECT);
        assertThat(q.cue().text()).isEqualTo("confident");
        assertThat(q.speaker().mention().text()).isEqualTo("The dockers");
    }

    @Test
    void aNameThatTheParserSplitsStaysWhole() {
        // the parser hangs "Association" on "Workers" as an apposition; the source is the whole capitalised name
        Quote q = learned("The Ferry Workers Association is confident the strike will end by Friday.")
                .get(0);
        assertThat(q.speaker().name()).isEqualTo("Ferry Workers Association");
    }

    @Test
    void aRaisingVerbsSubjectIsNoSource() {
        Quote q = learned("The new timetable appears to favour commuters from the north.")
                .get(0);
        assertThat(q.text()).isEqualTo("to favour commuters from the north");
        assertThat(q.speaker())
                .as("the writer judges; the timetable says nothing")
                .isNull();
    }

    @Test
    void aCueWithoutASourceInItsClauseStillReportsItsContent() {
        // nobody in the sentence holds the concern: the content is a report all the same, with no speaker and a
        // confidence that says the speaker is unknown
        Quote q = learned("There is growing concern that the harbour bridge will close before winter.")
                .get(0);
        assertThat(q.text()).isEqualTo("that the harbour bridge will close before winter");
        assertThat(q.cue().text()).isEqualTo("concern");
        assertThat(q.speaker()).isNull();
        assertThat(q.confidence()).isLessThan(0.5);
    }

    @Test
    void theWritersOwnVoiceIsNoSource() {
        assertThat(learned("We are confident the strike will end by Friday.")).isEmpty();
        assertThat(learned("The dockers are confident the strike will end by Friday."))
                .hasSize(1);
    }

    @Test
    void aCueTheRulesTookIsNotReadAgain() {
        List<Quote> quotes =
                LEARNED.attribute("Ilse Varga said the levy will pass.").quotes();
        assertThat(quotes).extracting(Quote::rule).containsExactly("leading-cue");
    }

    @Test
    void aSentenceWithoutAReportGivesNothing() {
        assertThat(LEARNED.attribute("The river rose two metres overnight. Dock workers painted the sheds.")
                        .quotes())
                .isEmpty();
    }

    @Test
    void theEngineVersionNamesTheModel() {
        assertThat(LEARNED.version()).isEqualTo("1.17.0+" + CueModel.shipped().label());
        assertThat(RULES.version()).isEqualTo("1.17.0+rules");
        assertThat(LEARNED.version().length()).isLessThanOrEqualTo(41);
    }

    @Test
    void theGateOpensOnlyWhereACueMayBe() {
        var gate = CueModel.shipped().gate();
        var doc = LEARNED.read("The dockers are confident the strike will end by Friday. The river rose two metres.");
        assertThat(gate.opens(doc, doc.sentences().get(0))).isTrue();
        assertThat(gate.opens(doc, doc.sentences().get(1))).isFalse();
    }
}
