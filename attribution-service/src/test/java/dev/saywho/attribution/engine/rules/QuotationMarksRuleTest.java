package dev.saywho.attribution.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.saywho.attribution.engine.RuleCatalog;
import dev.saywho.common.Quote;

/** The rule {@code quotation-marks}: a quote found by its marks alone keeps that provenance and no speaker. */
class QuotationMarksRuleTest {

    @Test
    void aQuoteWithoutCueOrNeighbourIsFoundByItsMarksAndNamesNobody() {
        List<Quote> quotes = RuleTestSupport.ENGINE
                .attribute("The pier is closed.\n\n“We wait no longer.”")
                .quotes();
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.rule()).isEqualTo(RuleCatalog.QUOTATION_MARKS);
            assertThat(q.sieve()).isNull();
            assertThat(q.speaker()).isNull();
        });
    }
}
