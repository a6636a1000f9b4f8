package dev.saywho.attribution.service;

import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.saywho.attribution.config.AttributionConfig;
import dev.saywho.attribution.engine.AttributionEngine;
import dev.saywho.attribution.engine.EngineResult;
import dev.saywho.attribution.engine.RuleFailure;
import dev.saywho.common.AttributionRequest;
import dev.saywho.common.AttributionResponse;
import dev.saywho.common.Quote;
import dev.saywho.web.Utf16;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/** Runs the engine on one request, enforcing the size limit and recording metrics. */
@ApplicationScoped
public class AttributionService {

    private static final Logger LOG = Logger.getLogger(AttributionService.class);

    private final Function<String, EngineResult> engine;
    private final String engineVersion;
    private final int maxTextLength;
    private final MeterRegistry registry;
    private final Timer timer;
    private final Counter characters;
    private final Counter failures;

    @Inject
    AttributionService(AttributionEngine engine, AttributionConfig config, MeterRegistry registry) {
        this(engine::attribute, engine.version(), config.maxTextLength(), registry);
    }

    /** For tests: any function in the engine's place. */
    AttributionService(
            Function<String, EngineResult> engine, String engineVersion, int maxTextLength, MeterRegistry registry) {
        this.engine = engine;
        this.engineVersion = engineVersion;
        this.maxTextLength = maxTextLength;
        this.registry = registry;
        this.timer = Timer.builder("saywho.attribution.duration")
                .description("Time the engine takes for one text")
                .publishPercentiles(0.5, 0.99)
                .register(registry);
        this.characters = Counter.builder("saywho.attribution.characters")
                .description("Characters of text attributed")
                .register(registry);
        this.failures = Counter.builder("saywho.attribution.failures")
                .description("Texts on which the engine failed (answered 500)")
                .register(registry);
    }

    /**
     * Attributes the quotes of one text.
     *
     * @throws InvalidRequestException when the request has no text, or a text with an unpaired surrogate
     * @throws TextTooLargeException when the text is over the configured limit
     * @throws EngineFailureException when the engine fails (logged and counted)
     */
    public AttributionResponse attribute(AttributionRequest request) {
        if (request == null || request.text() == null) {
            throw new InvalidRequestException("text", "is required and must be a JSON string");
        }
        if (Utf16.firstUnpairedSurrogate(request.text()) >= 0) {
            throw new InvalidRequestException("text", Utf16.UNPAIRED_SURROGATE);
        }
        if (request.text().length() > maxTextLength) {
            throw new TextTooLargeException(request.text().length(), maxTextLength);
        }
        EngineResult result;
        try {
            result = timer.record(() -> engine.apply(request.text()));
        } catch (RuntimeException | StackOverflowError e) {
            failures.increment();
            LOG.errorf(
                    e,
                    "The engine failed on request %s (%d characters)",
                    request.id(),
                    request.text().length());
            throw new EngineFailureException(e);
        }
        characters.increment(request.text().length());
        for (RuleFailure failure : result.failures()) {
            // The engine skipped the rule there and went on; a bug to fix, so it is loud.
            registry.counter("saywho.attribution.rule.failures", "rule", failure.rule())
                    .increment();
            LOG.warnf(
                    failure.error(),
                    "Rule %s failed at offset %d of request %s; it was skipped there",
                    failure.rule(),
                    failure.offset(),
                    request.id());
        }
        for (Quote quote : result.quotes()) {
            registry.counter("saywho.quotes.found", "type", quote.type().name()).increment();
        }
        return new AttributionResponse(request.id(), engineVersion, result.quotes(), result.speakers());
    }

    /** Version of the engine rules, recorded with every stored attribution. */
    public String engineVersion() {
        return engineVersion;
    }
}
