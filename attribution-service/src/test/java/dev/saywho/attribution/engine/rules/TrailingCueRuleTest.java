package dev.saywho.attribution.engine.rules;

import org.junit.jupiter.api.Test;

/** The rule {@code trailing-cue}: {@link RuleTestSupport#assertDecides} also checks the decision is gone without it. */
class TrailingCueRuleTest {

    @Test
    void decides() {
        RuleTestSupport.assertDecides(
                "trailing-cue", "“The ferry stays,” Otto Brenn said on Monday.", "The ferry stays", "Otto Brenn");
    }
}
