package dev.saywho.attribution.config;

import java.util.List;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import dev.saywho.attribution.engine.AttributionEngine;
import dev.saywho.attribution.engine.EngineOptions;
import io.quarkus.runtime.Startup;

/**
 * Builds the one engine of the service at start-up, so a bad sieve or rule list fails the start, not the first request.
 */
public class EngineProducer {

    @Produces
    @Singleton
    @Startup
    AttributionEngine attributionEngine(AttributionConfig config) {
        return AttributionEngine.create(new EngineOptions(
                config.sieves().orElse(List.of()), config.rules().orElse(List.of())));
    }
}
