package dev.saywho.attribution.engine.rules;

import org.junit.jupiter.api.Test;

/**
 * The rule {@code dash-signature}: {@link RuleTestSupport#assertDecides} also checks the decision is gone without it.
 */
class DashSignatureRuleTest {

    @Test
    void decides() {
        RuleTestSupport.assertDecides(
                "dash-signature",
                "“Bridges outlast the people who build them.” — Carla Ruiz",
                "Bridges outlast",
                "Carla Ruiz");
    }
}
