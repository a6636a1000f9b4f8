package dev.saywho.attribution.engine.rules;

import org.junit.jupiter.api.Test;

/**
 * The rule {@code participle-cue}: {@link RuleTestSupport#assertDecides} also checks the decision is gone without it.
 */
class ParticipleCueRuleTest {

    @Test
    void decides() {
        RuleTestSupport.assertDecides(
                "participle-cue",
                "Ilse Varga defended the toll on Monday, adding that the ferry would run until June.",
                "the ferry would run until June",
                "Ilse Varga");
    }

    @Test
    void takesTheSpeakerFromTheClauseTheParticipleHangsOn() {
        // the surface reading would take the council, the sentence's first subject
        RuleTestSupport.assertDecides(
                "participle-cue",
                "When the council met on Monday, Ilse Varga stood up, warning that the pier would close.",
                "the pier would close",
                "Ilse Varga");
    }
}
