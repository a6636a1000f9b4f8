package dev.saywho.attribution.engine.rules;

import org.junit.jupiter.api.Test;

/**
 * The rule {@code trailing-cue-long-subject}: {@link RuleTestSupport#assertDecides} also checks the decision is gone
 * without it.
 */
class TrailingCueLongSubjectRuleTest {

    @Test
    void decides() {
        RuleTestSupport.assertDecides(
                "trailing-cue-long-subject",
                "“It took four hours,” the commuter Otto Brenn and two neighbours who waited at the terminal since "
                        + "dawn said.",
                "It took four hours",
                "Otto Brenn");
    }
}
