package dev.saywho.attribution.rest;

import java.util.List;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.saywho.attribution.service.EngineFailureException;
import dev.saywho.attribution.service.InvalidRequestException;
import dev.saywho.attribution.service.TextTooLargeException;
import dev.saywho.common.Problem;
import dev.saywho.web.BoundedInputStream;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure into an RFC 9457 {@code application/problem+json} answer, never a stack trace. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    Response invalidRequest(InvalidRequestException e, UriInfo uri) {
        return problem(400, e.getMessage(), uri, List.of(new Problem.Violation(e.field(), e.violation())));
    }

    @ServerExceptionMapper
    Response bodyTooLarge(BoundedInputStream.BodyTooLargeException e, UriInfo uri) {
        return problem(413, "The request body is larger than the text size limit allows.", uri, null);
    }

    @ServerExceptionMapper
    Response engineFailure(EngineFailureException e, UriInfo uri) {
        // Already logged and counted by the service.
        return problem(500, "The engine failed on this text; the failure has been logged.", uri, null);
    }

    /** Declared for this exact type so it wins over Quarkus' built-in mapper, which answers with an empty body. */
    @ServerExceptionMapper
    Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        String field = e.getPath().isEmpty() ? null : e.getPath().get(e.getPath().size() - 1).getFieldName();
        if (field == null) {
            return problem(400, "The request body must be a JSON object with a \"text\" string.", uri, null);
        }
        return problem(400, "Field '" + field + "' has the wrong JSON type.", uri,
                List.of(new Problem.Violation(field, "has the wrong JSON type")));
    }

    @ServerExceptionMapper
    Response malformedJson(JsonParseException e, UriInfo uri) {
        return problem(400, "The request body is not well-formed JSON.", uri, null);
    }

    @ServerExceptionMapper
    Response tooLarge(TextTooLargeException e, UriInfo uri) {
        return problem(413, e.getMessage(), uri, null);
    }

    @ServerExceptionMapper
    Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        return problem(400, "The request body is not valid JSON of the expected shape.", uri, null);
    }

    @ServerExceptionMapper
    Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Request failed", e);
            return problem(status, "The service could not handle the request.", uri, null);
        }
        return problem(status, describe(status, e), uri, null);
    }

    @ServerExceptionMapper
    Response unexpected(RuntimeException e, UriInfo uri) {
        LOG.error("Unexpected failure", e);
        return problem(500, "The service could not handle the request; the failure has been logged.", uri, null);
    }

    private static String describe(int status, WebApplicationException e) {
        return switch (status) {
            case 404 -> "No resource at this path.";
            case 405 -> "This method is not allowed on this path.";
            case 406 -> "None of the accepted media types can be produced.";
            case 415 -> "Unsupported media type: send application/json (or application/x-ndjson to the batch endpoint).";
            case 400 -> e.getCause() instanceof JsonProcessingException
                    ? "The request body is not valid JSON."
                    : "The request is malformed.";
            default -> Response.Status.fromStatusCode(status) == null
                    ? "The request failed."
                    : Response.Status.fromStatusCode(status).getReasonPhrase() + ".";
        };
    }

    static Response problem(int status, String detail, UriInfo uri, List<Problem.Violation> violations) {
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        String instance = uri == null ? null : uri.getPath();
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem("about:blank", title, status, detail, instance, violations))
                .build();
    }
}
