package dev.saywho.attribution.health;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import dev.saywho.attribution.engine.AttributionEngine;

/** Ready once the engine (models and lexicons) is loaded and answers a probe text. */
@Readiness
@ApplicationScoped
public class EngineReadinessCheck implements HealthCheck {

    private static final String PROBE = "\"The ferry runs at noon,\" Captain Oda Lindqvist said.";

    private final AttributionEngine engine;

    EngineReadinessCheck(AttributionEngine engine) {
        this.engine = engine;
    }

    @Override
    public HealthCheckResponse call() {
        int quotes = engine.attribute(PROBE).quotes().size();
        return HealthCheckResponse.named("attribution-engine")
                .status(quotes > 0)
                .withData("engineVersion", engine.version())
                .build();
    }
}
