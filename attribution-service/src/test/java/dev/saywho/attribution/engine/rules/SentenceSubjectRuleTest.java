package dev.saywho.attribution.engine.rules;

import org.junit.jupiter.api.Test;

/**
 * The rule {@code sentence-subject}: {@link RuleTestSupport#assertDecides} also checks the decision is gone without it.
 */
class SentenceSubjectRuleTest {

    @Test
    void decides() {
        RuleTestSupport.assertDecides(
                "sentence-subject",
                "Ilse Varga opened the new pier as “a gift to Port Tessaly.”",
                "a gift to Port Tessaly",
                "Ilse Varga");
    }
}
