package dev.saywho.web;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers a request that names no host with a 400 problem before any other handler sees it. Vert.x refuses such an
 * HTTP/1.1 request itself, with the framework's own error body; an HTTP/1.0 request without Host it lets through with
 * no absolute URI, and the REST layer, which builds one for every request, failed on it with a 500. Each service
 * installs it on its router at start-up.
 */
public final class HostRequired {

    private final ObjectMapper json;

    public HostRequired(ObjectMapper json) {
        this.json = json;
    }

    /** Puts the check first on {@code router}, and its answer on the framework's own refusal. */
    public void install(Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::requireHost);
        // Vert.x fails an HTTP/1.1 request without a readable Host before any route runs: only failure handlers see it.
        router.route().order(Integer.MIN_VALUE).failureHandler(this::hostRefused);
    }

    private void requireHost(RoutingContext context) {
        if (context.request().authority() == null) {
            RoutedProblems.answer(
                    context, json, Problems.missingHost(context.request().path()));
        } else {
            context.next();
        }
    }

    private void hostRefused(RoutingContext context) {
        if (context.statusCode() == 400
                && context.request().authority() == null
                && !context.response().ended()) {
            RoutedProblems.answer(
                    context, json, Problems.missingHost(context.request().path()));
        } else {
            context.next();
        }
    }
}
