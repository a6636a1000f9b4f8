package dev.saywho.ingest.rest;

import java.net.URI;

import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import dev.saywho.web.EncodedColons;

/** Lets clients that percent-encode the colon of {@code /articles:batch} reach it (see {@link EncodedColons}). */
public class EncodedColonFilter {

    @ServerRequestFilter(preMatching = true)
    void decodeColon(ContainerRequestContext request) {
        URI decoded = EncodedColons.decoded(request.getUriInfo().getRequestUri());
        if (decoded != null) {
            request.setRequestUri(decoded);
        }
    }
}
