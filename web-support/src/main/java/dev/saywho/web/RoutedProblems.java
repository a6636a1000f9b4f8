package dev.saywho.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.saywho.common.Problem;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/** Problems answered by a router handler, before Quarkus REST and its exception mappers see the request. */
public final class RoutedProblems {

    private RoutedProblems() {}

    /** Ends the response with {@code problem} as {@code application/problem+json}. */
    public static void answer(RoutingContext context, ObjectMapper json, Problem problem) {
        context.response()
                .setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(Buffer.buffer(bytes(json, problem)));
    }

    /** As {@link #answer}, then closes the connection, so that a body the client is still sending is never read. */
    public static void answerAndClose(RoutingContext context, ObjectMapper json, Problem problem) {
        context.response()
                .setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(Buffer.buffer(bytes(json, problem)))
                .onComplete(done -> context.request().connection().close());
    }

    private static byte[] bytes(ObjectMapper json, Problem problem) {
        try {
            return json.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem record is always serializable", e);
        }
    }
}
