package dev.saywho.attribution.engine.rules;

import org.junit.jupiter.api.Test;

/** The rule {@code according-to}: {@link RuleTestSupport#assertDecides} also checks the decision is gone without it. */
class AccordingToRuleTest {

    @Test
    void decides() {
        RuleTestSupport.assertDecides(
                "according-to",
                "According to Ilse Varga, the ferry will run until June.",
                "the ferry will run until June",
                "Ilse Varga");
    }
}
