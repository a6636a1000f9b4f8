package dev.saywho.attribution.engine.rules;

import org.junit.jupiter.api.Test;

/** The rule {@code colon-verb}: {@link RuleTestSupport#assertDecides} also checks the decision is gone without it. */
class ColonVerbRuleTest {

    @Test
    void decides() {
        RuleTestSupport.assertDecides(
                "colon-verb", "Ilse Varga leaned in and boomed: “The ferry stays.”", "The ferry stays", "Ilse Varga");
    }
}
