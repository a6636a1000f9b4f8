package dev.saywho.attribution.config;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import dev.saywho.attribution.engine.AttributionEngine;
import dev.saywho.attribution.engine.EngineOptions;
import dev.saywho.attribution.engine.cue.CueModel;
import io.quarkus.runtime.Startup;

/**
 * Builds the one engine of the service at start-up, so a bad sieve or rule list fails the start, not the first request.
 */
public class EngineProducer {

    @Produces
    @Singleton
    @Startup
    AttributionEngine attributionEngine(AttributionConfig config) {
        return AttributionEngine.create(
                new EngineOptions(
                        config.sieves().orElse(List.of()), config.rules().orElse(List.of())),
                cueModel(config.model().orElse("shipped").strip()));
    }

    /** The cue model a setting names: {@code shipped}, {@code none} or a path. */
    static CueModel cueModel(String setting) {
        if (setting.isEmpty() || setting.equals("shipped")) {
            return CueModel.shipped();
        }
        if (setting.equals("none")) {
            return null;
        }
        try {
            return CueModel.load(Path.of(setting));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(
                    "saywho.attribution.model (SAYWHO_ATTRIBUTION_MODEL): cannot load the cue" + " model '" + setting
                            + "': " + e.getMessage(),
                    e);
        }
    }
}
