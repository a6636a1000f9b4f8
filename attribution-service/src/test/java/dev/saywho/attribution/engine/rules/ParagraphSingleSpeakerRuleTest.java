package dev.saywho.attribution.engine.rules;

import org.junit.jupiter.api.Test;

/**
 * The rule {@code paragraph-single-speaker}: {@link RuleTestSupport#assertDecides} also checks the decision is gone
 * without it.
 */
class ParagraphSingleSpeakerRuleTest {

    @Test
    void decides() {
        RuleTestSupport.assertDecides(
                "paragraph-single-speaker",
                "Otto Brenn said the pier would close. Nobody in the hall was surprised. “We wait no longer.”",
                "We wait no longer",
                "Otto Brenn");
    }
}
