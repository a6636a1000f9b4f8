package dev.saywho.attribution.engine.confidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.saywho.attribution.engine.AttributionEngine;
import dev.saywho.attribution.engine.EngineOptions;
import dev.saywho.attribution.engine.RuleCatalog;
import dev.saywho.common.Quote;

/** A quote's confidence in the engine's answer: the model's probability for that quote, or with the rules alone its rule's. */
class EngineConfidenceTest {

    private static final String TEXT =
            "The new ferry terminal will open in May, said Ilsa Marrow, the harbour master of"
                    + " Port Alder. She said the delay had cost the town very little.";

    @Test
    void eachQuoteHasTheModelsProbabilityForItsOwnFeatures() {
        List<Quote> quotes = AttributionEngine.create(EngineOptions.defaults())
                .attribute(TEXT)
                .quotes();
        assertThat(quotes).hasSize(2);
        Quote named = quotes.get(0);
        Quote pronoun = quotes.get(1);
        assertThat(named.speaker().name()).isEqualTo("Ilsa Marrow");
        assertThat(pronoun.speaker().mention().text()).isEqualTo("She");
        for (Quote q : quotes) {
            assertThat(q.confidence())
                    .isEqualTo(ConfidenceModel.shipped().probability(q))
                    .isBetween(0.0, 1.0);
        }
        // not one number per rule any more: the pronoun's quote is the less certain
        assertThat(pronoun.confidence()).isLessThan(named.confidence());
    }

    @Test
    void theRulesAloneGiveTheirRulesMeasuredShare() {
        List<Quote> quotes = AttributionEngine.create(EngineOptions.defaults(), null)
                .attribute(TEXT)
                .quotes();
        Quote named = quotes.get(0);
        assertThat(named.confidence())
                .isEqualTo(RuleCatalog.standard().rule(named.rule()).confidence());
    }
}
