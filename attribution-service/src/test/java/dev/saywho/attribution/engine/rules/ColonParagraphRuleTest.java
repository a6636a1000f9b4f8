package dev.saywho.attribution.engine.rules;

import org.junit.jupiter.api.Test;

/**
 * The rule {@code colon-paragraph}: {@link RuleTestSupport#assertDecides} also checks the decision is gone without it.
 */
class ColonParagraphRuleTest {

    @Test
    void decides() {
        RuleTestSupport.assertDecides(
                "colon-paragraph",
                "The Tessaly Harbour Authority released the following statement:\n\n“The ferry will run until June.”",
                "The ferry will run until June",
                "Tessaly Harbour Authority");
    }
}
