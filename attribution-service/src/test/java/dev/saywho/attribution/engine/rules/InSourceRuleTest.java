package dev.saywho.attribution.engine.rules;

import org.junit.jupiter.api.Test;

/** The rule {@code in-source}: {@link RuleTestSupport#assertDecides} also checks the decision is gone without it. */
class InSourceRuleTest {

    @Test
    void decides() {
        RuleTestSupport.assertDecides(
                "in-source",
                "In the latest Tessaly Courier poll, 61 percent back the toll.",
                "61 percent back the toll",
                "latest Tessaly Courier poll");
    }
}
