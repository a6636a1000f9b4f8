package dev.saywho.attribution.engine.rules;

import org.junit.jupiter.api.Test;

/**
 * The rule {@code adjacent-quote}: {@link RuleTestSupport#assertDecides} also checks the decision is gone without it.
 */
class AdjacentQuoteRuleTest {

    @Test
    void decides() {
        RuleTestSupport.assertDecides(
                "adjacent-quote",
                "Otto Brenn said the pier was “rotten.” The crowd cheered. “We wait no longer.”",
                "We wait no longer",
                "Otto Brenn");
    }
}
