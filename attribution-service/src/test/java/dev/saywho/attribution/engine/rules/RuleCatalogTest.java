package dev.saywho.attribution.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import dev.saywho.attribution.engine.AttributionEngine;
import dev.saywho.attribution.engine.EngineOptions;
import dev.saywho.attribution.engine.Rule;
import dev.saywho.attribution.engine.RuleCatalog;

/** The catalog itself: every rule has its own test class, and the configured precedence is validated and obeyed. */
class RuleCatalogTest {

    @Test
    void everyRuleHasItsOwnTestClass() {
        List<String> missing = new ArrayList<>();
        for (Rule rule : RuleCatalog.standard().all()) {
            StringBuilder name = new StringBuilder();
            for (String part : rule.name().split("-", -1)) {
                name.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
            }
            try {
                Class.forName(getClass().getPackageName() + "." + name + "RuleTest");
            } catch (ClassNotFoundException e) {
                missing.add(rule.name());
            }
        }
        assertThat(missing).as("rules without a test class").isEmpty();
    }

    @Test
    void everyRuleSaysInPlainWordsWhatItSaw() {
        for (Rule rule : RuleCatalog.standard().all()) {
            assertThat(rule.description()).as(rule.name()).doesNotContain("_").hasSizeGreaterThan(20);
        }
    }

    @Test
    void anUnknownOrRepeatedRuleInTheConfiguredPrecedenceFailsTheStart() {
        assertThatThrownBy(
                        () -> AttributionEngine.create(new EngineOptions(List.of(), List.of("trailing-cue", "magic"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("magic");
        assertThatThrownBy(() ->
                        AttributionEngine.create(new EngineOptions(List.of(), List.of("trailing-cue", "trailing-cue"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> AttributionEngine.create(new EngineOptions(List.of(), List.of("adjacent-quote"))))
                .as("a speaker rule has no cue precedence")
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theConfiguredPrecedenceDecidesWhichRuleClaimsTheText() {
        // the leading cue ("praised" reports an evaluation) and the sentence-subject rule both read this sentence;
        // whichever is listed first claims it
        String text = "Ilse Varga praised the new pier as “a gift to Port Tessaly.”";
        List<String> subjectFirst = new ArrayList<>(RuleCatalog.standard().defaultCuePrecedence());
        subjectFirst.remove("sentence-subject");
        subjectFirst.add(0, "sentence-subject");
        assertThat(rules(AttributionEngine.create(EngineOptions.defaults()), text))
                .contains("[leading-cue]");
        assertThat(rules(AttributionEngine.create(new EngineOptions(List.of(), subjectFirst)), text))
                .contains("[sentence-subject]");
    }

    private static String rules(AttributionEngine engine, String text) {
        return RuleTestSupport.describe(engine.attribute(text).quotes());
    }
}
