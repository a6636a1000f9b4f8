package dev.saywho.attribution.engine.rules;

import org.junit.jupiter.api.Test;

/**
 * The rule {@code clausal-complement}: {@link RuleTestSupport#assertDecides} also checks the decision is gone without
 * it.
 */
class ClausalComplementRuleTest {

    @Test
    void decides() {
        RuleTestSupport.assertDecides(
                "clausal-complement",
                "Many officials at the Tessaly port authority intend to open the pier in May.",
                "to open the pier in May",
                "Many officials at the Tessaly port authority");
    }

    @Test
    void decidesAlso1() {
        RuleTestSupport.assertDecides(
                "clausal-complement",
                "Ilse Varga plans to rebuild the pier before the winter storms.",
                "to rebuild the pier",
                "Ilse Varga");
    }

    @Test
    void aStanceVerbReportsItsObject() {
        RuleTestSupport.assertDecides(
                "clausal-complement",
                "After a long debate, Otto Brenn opposed the new toll on the Vellmar ferry.",
                "the new toll",
                "Otto Brenn");
    }
}
