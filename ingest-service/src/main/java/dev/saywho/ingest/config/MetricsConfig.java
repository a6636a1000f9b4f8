package dev.saywho.ingest.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import dev.saywho.web.HttpMethodTags;
import io.micrometer.core.instrument.config.MeterFilter;

/** Micrometer settings of every registry: the HTTP server metrics count made-up methods as one (HttpMethodTags). */
@Singleton
public class MetricsConfig {

    @Produces
    @Singleton
    MeterFilter boundedHttpMethods() {
        return HttpMethodTags.meterFilter();
    }
}
