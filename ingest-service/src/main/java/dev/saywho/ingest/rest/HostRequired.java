package dev.saywho.ingest.rest;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.ext.web.Router;

/** Installs web-support's {@link dev.saywho.web.HostRequired} on this service's router. */
@Singleton
public class HostRequired {

    private final ObjectMapper mapper;

    public HostRequired(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    void install(@Observes Router router) {
        new dev.saywho.web.HostRequired(mapper).install(router);
    }
}
