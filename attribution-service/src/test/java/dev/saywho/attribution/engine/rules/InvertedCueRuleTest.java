package dev.saywho.attribution.engine.rules;

import org.junit.jupiter.api.Test;

/** The rule {@code inverted-cue}: {@link RuleTestSupport#assertDecides} also checks the decision is gone without it. */
class InvertedCueRuleTest {

    @Test
    void decides() {
        RuleTestSupport.assertDecides(
                "inverted-cue",
                "“The ferry stays,” said Otto Brenn, the harbour master.",
                "The ferry stays",
                "Otto Brenn");
    }

    @Test
    void anUnlistedVerbRightAfterTheQuoteInvertsBeforeAName() {
        RuleTestSupport.assertDecides(
                "inverted-cue",
                "“This is fantastic!” beamed Ada Lind of Port Tessaly.",
                "This is fantastic",
                "Ada Lind");
    }

    @Test
    void theSpeakerAfterAnOutletsPossessiveIsTheName() {
        RuleTestSupport.assertDecides(
                "inverted-cue",
                "“The pier will hold,” said Tessaly News’ Ilse Varga.",
                "The pier will hold",
                "Ilse Varga");
    }

    @Test
    void aReportedClauseWithAnAsideBeforeTheVerbStillInvertsBeforeAName() {
        // the comma-set "forcing her to …" is the end of the reported clause, not an apposition of a subject "the
        // mayor" whose content would be the name after the verb
        RuleTestSupport.assertDecides(
                "inverted-cue",
                "The levy would hurt the mayor, forcing her to fend off both rivals, said Ilse Varga, a pollster.",
                "The levy would hurt the mayor, forcing her to fend off both rivals",
                "Ilse Varga");
    }
}
