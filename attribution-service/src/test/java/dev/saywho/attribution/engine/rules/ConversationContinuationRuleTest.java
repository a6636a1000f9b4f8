package dev.saywho.attribution.engine.rules;

import org.junit.jupiter.api.Test;

/**
 * The rule {@code conversation-continuation}: {@link RuleTestSupport#assertDecides} also checks the decision is gone
 * without it.
 */
class ConversationContinuationRuleTest {

    @Test
    void decides() {
        RuleTestSupport.assertDecides(
                "conversation-continuation",
                "Otto Brenn said the pier was “rotten to the core,” and left the hall.\n\n“We wait no longer.”",
                "We wait no longer",
                "Otto Brenn");
    }
}
