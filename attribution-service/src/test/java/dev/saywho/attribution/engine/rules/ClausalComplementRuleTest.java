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
                "officials"); // without its quantifier, the port authority its affiliation (issue 20)
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

    @Test
    void theSubjectOfAClauseAfterAConjunctionLeavesTheConjunctionOut() {
        // The parser may hang "after" on the subject rather than on the verb; a subject never begins with it.
        RuleTestSupport.assertDecides(
                "clausal-complement",
                "The city council of Port Tessaly postponed a vote on the new harbour bridge on Tuesday after engineers "
                        + "warned that the budget had been underestimated.",
                "that the budget had been underestimated",
                "engineers");
    }
}
