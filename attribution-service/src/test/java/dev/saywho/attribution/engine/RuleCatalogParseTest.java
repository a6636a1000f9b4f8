package dev.saywho.attribution.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A malformed catalog fails the load, naming the line, instead of silently dropping or doubling a rule. */
class RuleCatalogParseTest {

    private static final String MARKS = "quotation-marks\t-\t0\tFound by its quotation marks alone.";

    @Test
    void aRuleListedTwiceIsRefused() {
        assertThatThrownBy(() -> RuleCatalog.parse(
                        List.of(
                                "trailing-cue\tTRAILING_CUE\t0.95\tThe speaker follows the quote.",
                                "trailing-cue\tTRAILING_CUE\t0.9\tThe speaker follows the quote again.",
                                MARKS),
                        "test"))
                .hasMessageContaining("test:2")
                .hasMessageContaining("twice");
    }

    @Test
    void anUnknownSieveABadConfidenceOrAMissingDescriptionIsRefused() {
        assertThatThrownBy(() -> RuleCatalog.parse(List.of("x\tNO_SUCH\t0.9\tWords.", MARKS), "t"))
                .hasMessageContaining("unknown sieve");
        assertThatThrownBy(() -> RuleCatalog.parse(List.of("x\tLEADING_CUE\t1.5\tWords.", MARKS), "t"))
                .hasMessageContaining("confidence");
        assertThatThrownBy(() -> RuleCatalog.parse(List.of("x\tLEADING_CUE\t0.9\t", MARKS), "t"))
                .hasMessageContaining("description");
        assertThatThrownBy(() -> RuleCatalog.parse(List.of("x\tLEADING_CUE\t0.9\tWords."), "t"))
                .hasMessageContaining("quotation-marks");
    }

    @Test
    void theCatalogOrderIsTheDefaultPrecedenceOfCueRules() {
        RuleCatalog catalog = RuleCatalog.parse(
                List.of(
                        "b-rule\tLEADING_CUE\t0.9\tSecond in the file, first cue.",
                        "a-rule\tTRAILING_CUE\t0.9\tThird in the file, second cue.",
                        "c-rule\tADJACENT_QUOTE\t0.7\tA speaker rule: no cue precedence.",
                        MARKS),
                "t");
        assertThat(catalog.defaultCuePrecedence()).containsExactly("b-rule", "a-rule");
    }
}
