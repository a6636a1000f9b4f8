package dev.saywho.attribution.engine.rules;

import org.junit.jupiter.api.Test;

/**
 * The rule {@code leading-cue-sentence-subject}: {@link RuleTestSupport#assertDecides} also checks the decision is gone
 * without it.
 */
class LeadingCueSentenceSubjectRuleTest {

    @Test
    void decides() {
        RuleTestSupport.assertDecides(
                "leading-cue-sentence-subject",
                "The mayor of Port Tessaly, back from the capital on Monday, insisted the toll was “fair and final.”",
                "fair and final",
                "mayor of Port Tessaly");
    }
}
