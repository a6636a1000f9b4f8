package dev.saywho.attribution.engine.rules;

import org.junit.jupiter.api.Test;

/** The rule {@code colon-cue}: {@link RuleTestSupport#assertDecides} also checks the decision is gone without it. */
class ColonCueRuleTest {

    @Test
    void decides() {
        RuleTestSupport.assertDecides(
                "colon-cue", "Ilse Varga: “We will not close the ferry.”", "We will not close the ferry", "Ilse Varga");
    }
}
