package dev.saywho.attribution.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import dev.saywho.attribution.engine.EngineResult;
import dev.saywho.attribution.engine.RuleFailure;
import dev.saywho.common.AttributionRequest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

class AttributionServiceTest {

    @Test
    void anEngineFailureIsCountedAndReportedNeverPassedOffAsNoQuotes() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        AttributionService service = new AttributionService(
                text -> {
                    throw new IllegalStateException("a stage broke");
                },
                "test",
                1000,
                registry);

        assertThatThrownBy(() -> service.attribute(new AttributionRequest("t1", "\"Yes,\" she said.")))
                .isInstanceOf(EngineFailureException.class)
                .hasCauseInstanceOf(IllegalStateException.class);
        assertThat(registry.counter("saywho.attribution.failures").count()).isEqualTo(1.0);
    }

    @Test
    void aStackOverflowInTheEngineIsAFailureToo() {
        AttributionService service = new AttributionService(
                text -> {
                    throw new StackOverflowError();
                },
                "test",
                1000,
                new SimpleMeterRegistry());
        assertThatThrownBy(() -> service.attribute(new AttributionRequest("t1", "text")))
                .isInstanceOf(EngineFailureException.class);
    }

    @Test
    void aRuleTheEngineSkippedIsCountedByName() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        AttributionService service = new AttributionService(
                text -> new EngineResult(
                        java.util.List.of(),
                        java.util.List.of(),
                        java.util.List.of(
                                new RuleFailure("cue-at-token", 4, new IllegalStateException("broken neighbourhood")))),
                "test",
                1000,
                registry);
        service.attribute(new AttributionRequest("t1", "text"));
        assertThat(registry.counter("saywho.attribution.rule.failures", "rule", "cue-at-token")
                        .count())
                .isEqualTo(1.0);
    }

    @Test
    void aWorkingEngineAnswersWithItsVersion() {
        AttributionService service =
                new AttributionService(text -> EngineResult.empty(), "9.9.9", 1000, new SimpleMeterRegistry());
        assertThat(service.attribute(new AttributionRequest("t1", "text")).engineVersion())
                .isEqualTo("9.9.9");
    }
}
