package dev.saywho.attribution.engine.rules;

import org.junit.jupiter.api.Test;

/** The rule {@code colon-name}: {@link RuleTestSupport#assertDecides} also checks the decision is gone without it. */
class ColonNameRuleTest {

    @Test
    void decides() {
        RuleTestSupport.assertDecides(
                "colon-name",
                "Then came the reply of Otto Brenn: “Not one more delay.”",
                "Not one more delay",
                "Otto Brenn");
    }
}
