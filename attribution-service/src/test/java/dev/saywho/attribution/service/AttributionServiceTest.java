package dev.saywho.attribution.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.saywho.attribution.engine.EngineResult;
import dev.saywho.attribution.engine.RuleFailure;
import dev.saywho.common.AttributionRequest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** The service around the engine: failures are counted and logged, never passed off as "no quotes". */
class AttributionServiceTest {

    /** The service's log, captured so the failures these tests cause are asserted rather than printed. */
    private final List<LogRecord> logged = new ArrayList<>();

    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    private final Logger serviceLog = Logger.getLogger(AttributionService.class.getName());

    @BeforeEach
    void captureTheServiceLog() {
        serviceLog.addHandler(capture);
        serviceLog.setUseParentHandlers(false);
    }

    @AfterEach
    void restoreTheServiceLog() {
        serviceLog.removeHandler(capture);
        serviceLog.setUseParentHandlers(true);
    }

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
        assertThat(logged).singleElement().satisfies(record -> {
            assertThat(record.getLevel().intValue()).isGreaterThanOrEqualTo(Level.SEVERE.intValue());
            assertThat(record.getThrown()).hasMessage("a stage broke");
        });
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
        assertThat(logged)
                .singleElement()
                .satisfies(record -> assertThat(record.getThrown()).isInstanceOf(StackOverflowError.class));
    }

    @Test
    void aRuleTheEngineSkippedIsCountedByName() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        AttributionService service = new AttributionService(
                text -> new EngineResult(
                        List.of(),
                        List.of(),
                        List.of(new RuleFailure("cue-at-token", 4, new IllegalStateException("broken neighbourhood")))),
                "test",
                1000,
                registry);
        service.attribute(new AttributionRequest("t1", "text"));
        assertThat(registry.counter("saywho.attribution.rule.failures", "rule", "cue-at-token")
                        .count())
                .isEqualTo(1.0);
        assertThat(logged).singleElement().satisfies(record -> {
            assertThat(record.getLevel().intValue()).isEqualTo(Level.WARNING.intValue());
            assertThat(record.getMessage()).contains("Rule cue-at-token failed at offset 4");
        });
    }

    @Test
    void aWorkingEngineAnswersWithItsVersion() {
        AttributionService service =
                new AttributionService(text -> EngineResult.empty(), "9.9.9", 1000, new SimpleMeterRegistry());
        assertThat(service.attribute(new AttributionRequest("t1", "text")).engineVersion())
                .isEqualTo("9.9.9");
        assertThat(logged).isEmpty();
    }
}
