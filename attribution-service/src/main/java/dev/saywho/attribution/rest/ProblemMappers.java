package dev.saywho.attribution.rest;

import java.nio.charset.CharacterCodingException;
import java.util.List;

import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import dev.saywho.attribution.service.EngineFailureException;
import dev.saywho.attribution.service.InvalidRequestException;
import dev.saywho.attribution.service.TextTooLargeException;
import dev.saywho.common.Problem;
import dev.saywho.web.BoundedInputStream;
import dev.saywho.web.Problems;

/**
 * Turns every failure into an RFC 9457 {@code application/problem+json} answer of the types in {@link Problems}
 * (the same ones the ingest service answers with), never a stack trace.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String EXPECTED_BODY = "a JSON object with a \"text\" string";

    @ServerExceptionMapper
    Response invalidRequest(InvalidRequestException e, UriInfo uri) {
        return problem(Problems.invalidRequest(path(uri), List.of(new Problem.Violation(e.field(), e.violation()))));
    }

    @ServerExceptionMapper
    Response bodyTooLarge(BoundedInputStream.BodyTooLargeException e, UriInfo uri) {
        return problem(Problems.tooLarge(path(uri), "The request body is larger than the text size limit allows."));
    }

    /** A body that is not UTF-8, found while reading it (StrictUtf8). */
    @ServerExceptionMapper
    Response notUtf8(CharacterCodingException e, UriInfo uri) {
        return problem(Problems.malformedJson(path(uri), "The body is not valid UTF-8."));
    }

    @ServerExceptionMapper
    Response tooLarge(TextTooLargeException e, UriInfo uri) {
        return problem(Problems.tooLarge(path(uri), e.getMessage()));
    }

    @ServerExceptionMapper
    Response engineFailure(EngineFailureException e, UriInfo uri) {
        // Already logged and counted by the service.
        return problem(Problems.engineFailure(path(uri)));
    }

    /**
     * Declared for Jackson's exact types as well as their parent, because Quarkus' own mappers for the exact types
     * would otherwise win and answer with an empty body.
     */
    @ServerExceptionMapper
    Response malformedJson(JsonParseException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        return problem(Problems.unreadableJson(e, path(uri), EXPECTED_BODY));
    }

    @ServerExceptionMapper
    Response unsupportedMediaType(NotSupportedException e, UriInfo uri, HttpHeaders headers) {
        String contentType = headers.getMediaType() == null
                ? "(none)"
                : headers.getMediaType().toString();
        return problem(Problems.unsupportedMediaType(
                path(uri),
                "Content type " + contentType
                        + " is not accepted here: send application/json (or application/x-ndjson to the "
                        + "batch endpoint)."));
    }

    @ServerExceptionMapper
    Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            // The JSON reader reports unreadable bodies as a 400 WebApplicationException wrapping the Jackson error.
            return problem(Problems.unreadableJson(json, path(uri), EXPECTED_BODY));
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Request failed", e);
        }
        return problem(Problems.ofStatus(status, e.getResponse().getStatusInfo().getReasonPhrase(), path(uri)));
    }

    @ServerExceptionMapper
    Response unexpected(RuntimeException e, UriInfo uri) {
        LOG.error("Unexpected failure", e);
        return problem(Problems.internalError(path(uri)));
    }

    static Response problem(Problem problem) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem)
                .build();
    }

    static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }
}
