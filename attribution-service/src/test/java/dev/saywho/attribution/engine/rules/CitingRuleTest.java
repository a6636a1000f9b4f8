package dev.saywho.attribution.engine.rules;

import org.junit.jupiter.api.Test;

/** The rule {@code citing}: {@link RuleTestSupport#assertDecides} also checks the decision is gone without it. */
class CitingRuleTest {

    @Test
    void decides() {
        RuleTestSupport.assertDecides(
                "citing",
                "The ferry service will stop in March, citing two port officials.",
                "The ferry service will stop in March",
                "port officials"); // an unnamed source is named without its number (issue 20)
    }
}
