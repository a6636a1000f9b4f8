package dev.saywho.attribution.engine.rules;

import org.junit.jupiter.api.Test;

/** The rule {@code participle-cue}: {@link RuleTestSupport#assertDecides} also checks the decision is gone without it. */
class ParticipleCueRuleTest {

    @Test
    void decides() {
        RuleTestSupport.assertDecides("participle-cue",
                "Ilse Varga defended the toll on Monday, adding that the ferry would run until June.",
                "the ferry would run until June", "Ilse Varga");
    }
}
