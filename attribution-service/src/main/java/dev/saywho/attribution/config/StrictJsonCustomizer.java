package dev.saywho.attribution.config;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.saywho.web.StrictJson;
import io.quarkus.jackson.ObjectMapperCustomizer;

/** Requests are read strictly: a wrong JSON type is a 400, never coerced (see {@link StrictJson}). */
@Singleton
public class StrictJsonCustomizer implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        StrictJson.apply(mapper);
    }
}
