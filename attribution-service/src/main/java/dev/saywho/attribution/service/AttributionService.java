package dev.saywho.attribution.service;

import jakarta.enterprise.context.ApplicationScoped;

import dev.saywho.attribution.config.AttributionConfig;
import dev.saywho.attribution.engine.AttributionEngine;
import dev.saywho.attribution.engine.EngineResult;
import dev.saywho.common.AttributionRequest;
import dev.saywho.common.AttributionResponse;
import dev.saywho.common.Quote;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/** Runs the engine on one request, enforcing the size limit and recording metrics. */
@ApplicationScoped
public class AttributionService {

    private final AttributionEngine engine;
    private final AttributionConfig config;
    private final MeterRegistry registry;
    private final Timer timer;
    private final Counter characters;

    AttributionService(AttributionEngine engine, AttributionConfig config, MeterRegistry registry) {
        this.engine = engine;
        this.config = config;
        this.registry = registry;
        this.timer = Timer.builder("saywho.attribution.duration")
                .description("Time the engine takes for one text")
                .publishPercentiles(0.5, 0.99)
                .register(registry);
        this.characters = Counter.builder("saywho.attribution.characters")
                .description("Characters of text attributed")
                .register(registry);
    }

    /**
     * Attributes the quotes of one text.
     *
     * @throws InvalidRequestException when the request has no text
     * @throws TextTooLargeException when the text is over the configured limit
     */
    public AttributionResponse attribute(AttributionRequest request) {
        if (request == null || request.text() == null) {
            throw new InvalidRequestException("text", "The request body must be a JSON object with a \"text\" string.");
        }
        if (request.text().length() > config.maxTextLength()) {
            throw new TextTooLargeException(request.text().length(), config.maxTextLength());
        }
        EngineResult result = timer.record(() -> engine.attribute(request.text()));
        characters.increment(request.text().length());
        for (Quote quote : result.quotes()) {
            registry.counter("saywho.quotes.found", "type", quote.type().name()).increment();
        }
        return new AttributionResponse(request.id(), engine.version(), result.quotes(), result.speakers());
    }

    /** Version of the engine rules, recorded with every stored attribution. */
    public String engineVersion() {
        return engine.version();
    }
}
