package dev.saywho.ingest.rest;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.saywho.common.Problem;
import dev.saywho.ingest.config.IngestConfig;
import dev.saywho.web.Problems;
import dev.saywho.web.RoutedProblems;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Bounds form bodies before anything reads them. The web pages' writes carry their API key inside the form, so the
 * key can only be checked once the form is parsed; without this bound, an anonymous client could make the service
 * parse (and hold) up to the global body limit, which is set high for streamed NDJSON batches. A form must declare
 * its length, and that length must fit one article of the configured maximum, URL-encoded, with its other fields.
 */
@ApplicationScoped
public class FormBodyLimit {

    /** A character of UTF-8 takes at most 4 bytes, each at most 3 characters once URL-encoded ({@code %E2}). */
    private static final long FORM_BYTES_PER_CHAR = 12;
    /** Room for the form's other fields (title, source, address, date, key). */
    private static final long FORM_ENVELOPE_BYTES = 64 * 1024;
    /** Before every other route, Quarkus REST's included. */
    private static final int ORDER = Integer.MIN_VALUE + 100;

    private final long limit;
    private final ObjectMapper json;

    public FormBodyLimit(IngestConfig config, ObjectMapper json) {
        this.limit = formBodyLimit(config.maxArticleChars());
        this.json = json;
    }

    /** The most bytes a form may take whose longest field is at most {@code maxChars} characters. */
    static long formBodyLimit(long maxChars) {
        return maxChars * FORM_BYTES_PER_CHAR + FORM_ENVELOPE_BYTES;
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
        if (type == null || !isForm(type)) {
            context.next();
            return;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            refuse(
                    context,
                    new Problem(
                            "about:blank",
                            "Length Required",
                            411,
                            "A form must declare its length (Content-Length).",
                            request.path(),
                            null));
            return;
        }
        long declared;
        try {
            declared = Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            declared = Long.MAX_VALUE;
        }
        if (declared < 0 || declared > limit) {
            refuse(
                    context,
                    Problems.tooLarge(
                            request.path(),
                            "A form may take at most " + limit + " bytes; this one declares " + length.trim() + "."));
            return;
        }
        context.next();
    }

    private static boolean isForm(String contentType) {
        String type = contentType.toLowerCase(Locale.ROOT).strip();
        return type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/");
    }

    /** Answers at once and closes the connection, so the unread body is never read. */
    private void refuse(RoutingContext context, Problem problem) {
        RoutedProblems.answerAndClose(context, json, problem);
    }
}
