package dev.saywho.attribution.engine.rules;

import org.junit.jupiter.api.Test;

/**
 * The rule {@code colon-addressee}: {@link RuleTestSupport#assertDecides} also checks the decision is gone without it.
 */
class ColonAddresseeRuleTest {

    @Test
    void decides() {
        RuleTestSupport.assertDecides(
                "colon-addressee",
                "Ilse Varga delivered a blunt message to Otto Brenn: “Fix the pier.”",
                "Fix the pier",
                "Ilse Varga");
    }
}
