package dev.saywho.ingest.rest;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.saywho.common.Problem;
import dev.saywho.web.Problems;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers a request that names no host with a 400 problem before any other handler sees it. Vert.x refuses such an
 * HTTP/1.1 request itself, with the framework's own error body; an HTTP/1.0 request without Host it lets through with
 * no absolute URI, and the REST layer, which builds one for every request, failed on it with a 500.
 */
@Singleton
public class HostRequired {

    private final ObjectMapper mapper;

    public HostRequired(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::requireHost);
        // Vert.x fails an HTTP/1.1 request without a readable Host before any route runs: only failure handlers see it.
        router.route().order(Integer.MIN_VALUE).failureHandler(this::hostRefused);
    }

    private void requireHost(RoutingContext context) {
        if (context.request().authority() == null) {
            refuse(context);
        } else {
            context.next();
        }
    }

    private void hostRefused(RoutingContext context) {
        if (context.statusCode() == 400
                && context.request().authority() == null
                && !context.response().ended()) {
            refuse(context);
        } else {
            context.next();
        }
    }

    private void refuse(RoutingContext context) {
        byte[] body;
        try {
            body = mapper.writeValueAsBytes(
                    Problems.missingHost(context.request().path()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem record is always serializable", e);
        }
        context.response()
                .setStatusCode(400)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(Buffer.buffer(body));
    }
}
