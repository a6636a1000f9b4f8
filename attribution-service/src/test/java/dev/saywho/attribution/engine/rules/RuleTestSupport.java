package dev.saywho.attribution.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.saywho.attribution.engine.AttributionEngine;
import dev.saywho.attribution.engine.EngineOptions;
import dev.saywho.attribution.engine.Rule;
import dev.saywho.attribution.engine.RuleCatalog;
import dev.saywho.attribution.engine.Sieve;
import dev.saywho.common.Quote;

/**
 * What every rule test checks: the rule decides the quote (its name is the quote's provenance, with the expected
 * content and speaker), and with the rule switched off that decision is gone. So a test fails when its rule is removed.
 */
final class RuleTestSupport {

    static final AttributionEngine ENGINE = AttributionEngine.create(EngineOptions.defaults());

    private RuleTestSupport() {}

    /** The quote the rule decided, after checking the rule's decision and that it disappears without the rule. */
    static Quote assertDecides(String rule, String text, String content, String speaker) {
        Quote quote = decided(ENGINE, rule, text, content, speaker);
        assertThat(quote)
                .as(
                        "%s decides “%s” for %s in: %s%nquotes: %s",
                        rule,
                        content,
                        speaker,
                        text,
                        describe(ENGINE.attribute(text).quotes()))
                .isNotNull();
        AttributionEngine without = without(RuleCatalog.standard().rule(rule));
        assertThat(decided(without, rule, text, content, speaker))
                .as("the decision without %s", rule)
                .isNull();
        return quote;
    }

    /** An engine with every rule but {@code rule}. */
    static AttributionEngine without(Rule rule) {
        RuleCatalog catalog = RuleCatalog.standard();
        List<String> cueRules = new ArrayList<>(catalog.defaultCuePrecedence());
        List<String> sieves = new ArrayList<>();
        Sieve.defaultOrder().forEach(s -> sieves.add(s.name()));
        if (rule.cue()) {
            cueRules.remove(rule.name());
        } else {
            sieves.remove(rule.sieve().name());
        }
        return AttributionEngine.create(new EngineOptions(sieves, cueRules));
    }

    private static Quote decided(AttributionEngine engine, String rule, String text, String content, String speaker) {
        for (Quote q : engine.attribute(text).quotes()) {
            boolean sameSpeaker = speaker == null
                    ? q.speaker() == null
                    : q.speaker() != null && q.speaker().name().equals(speaker);
            if (rule.equals(q.rule()) && q.text().contains(content) && sameSpeaker) {
                return q;
            }
        }
        return null;
    }

    static String describe(List<Quote> quotes) {
        StringBuilder out = new StringBuilder();
        for (Quote q : quotes) {
            out.append(String.format(
                    Locale.ROOT,
                    "%n  [%s] %s <- %s",
                    q.rule(),
                    q.text(),
                    q.speaker() == null ? "nobody" : q.speaker().name()));
        }
        return out.toString();
    }
}
