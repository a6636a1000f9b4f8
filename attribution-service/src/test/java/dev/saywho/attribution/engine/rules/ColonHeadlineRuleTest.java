package dev.saywho.attribution.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rule {@code colon-headline}: {@link RuleTestSupport#assertDecides} also checks the decision is gone without it.
 */
class ColonHeadlineRuleTest {

    private static final String STORY =
            "\n\nThe Tessaly harbour board met on Monday. Mayor Ilse Varga told it the " + "ferry would keep running.";

    @Test
    void decidesAHeadline() {
        RuleTestSupport.assertDecides(
                "colon-headline",
                "Varga: Ferry will run until June." + STORY,
                "Ferry will run until June",
                "Ilse Varga");
    }

    @Test
    void decidesATurnOfATranscriptToTheEndOfItsParagraph() {
        RuleTestSupport.assertDecides(
                "colon-headline",
                "VARGA: The ferry stays. The toll goes. We owe the island that much." + STORY,
                "The toll goes. We owe the island that much",
                "Ilse Varga"); // the label in capitals is the person the story names (issue 20)
    }

    @Test
    void aSectionLabelIsNoSpeaker() {
        String text = "Update: The ferry will run until June, the harbour board said later." + STORY;
        assertThat(RuleTestSupport.ENGINE.attribute(text).quotes()).noneMatch(q -> "colon-headline".equals(q.rule()));
    }
}
