package dev.saywho.ingest.rest;

import java.net.URI;

import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Lets clients that percent-encode the colon of {@code /articles:batch} (as some HTTP libraries do) reach the
 * same endpoint: {@code %3A} and {@code :} are equivalent in a path segment (RFC 3986), but routing compares them
 * literally.
 */
public class EncodedColonFilter {

    @ServerRequestFilter(preMatching = true)
    void decodeColon(ContainerRequestContext request) {
        URI uri = request.getUriInfo().getRequestUri();
        String rawPath = uri.getRawPath();
        if (rawPath != null && (rawPath.contains("%3A") || rawPath.contains("%3a"))) {
            String query = uri.getRawQuery();
            String path = rawPath.replace("%3A", ":").replace("%3a", ":");
            request.setRequestUri(uri.resolve(path + (query == null ? "" : "?" + query)));
        }
    }
}
