package dev.saywho.attribution.engine.rules;

import org.junit.jupiter.api.Test;

/** The rule {@code leading-cue}: {@link RuleTestSupport#assertDecides} also checks the decision is gone without it. */
class LeadingCueRuleTest {

    @Test
    void decides() {
        RuleTestSupport.assertDecides(
                "leading-cue",
                "Ilse Varga said on Monday that the toll would stay.",
                "the toll would stay",
                "Ilse Varga");
    }
}
