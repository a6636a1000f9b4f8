package dev.saywho.ingest.rest;

import java.util.List;

import jakarta.validation.ConstraintViolationException;
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

import dev.saywho.common.Problem;
import dev.saywho.ingest.client.AttributionRejectedException;
import dev.saywho.ingest.client.AttributionUnavailableException;
import dev.saywho.ingest.client.InvalidAttributionException;
import dev.saywho.ingest.service.ArticleTooLargeException;
import dev.saywho.ingest.service.InvalidInputException;
import dev.saywho.ingest.service.Problems;
import dev.saywho.web.BoundedInputStream;

/**
 * Turns every error into {@code application/problem+json} (RFC 9457). Bodies never carry stack traces or Java class
 * names: details are written for API clients, and unexpected errors are logged and answered with a generic 500.
 */
public class ProblemMapper {

    static final String PROBLEM_JSON = Problem.MEDIA_TYPE;

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response invalidInput(InvalidInputException e, UriInfo uriInfo) {
        return problem(Problems.invalidRequest(path(uriInfo), e.violations()));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uriInfo) {
        return invalidInput(InvalidInputException.of(e.getConstraintViolations()), uriInfo);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, UriInfo uriInfo) {
        return problem(Problems.malformedJson(path(uriInfo), "The body is not well-formed JSON."));
    }

    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uriInfo) {
        String field = e.getPath().isEmpty() ? null : e.getPath().get(e.getPath().size() - 1).getFieldName();
        String detail = field == null ? "The body is not an article JSON object."
                : "Field '" + field + "' has the wrong JSON type.";
        return problem(Problems.malformedJson(path(uriInfo), detail));
    }

    @ServerExceptionMapper
    public Response otherJson(JsonProcessingException e, UriInfo uriInfo) {
        return problem(Problems.malformedJson(path(uriInfo), "The body could not be read as JSON."));
    }

    @ServerExceptionMapper
    public Response tooLarge(ArticleTooLargeException e, UriInfo uriInfo) {
        return problem(Problems.tooLarge(path(uriInfo), e.getMessage()));
    }

    @ServerExceptionMapper
    public Response attributionUnavailable(AttributionUnavailableException e, UriInfo uriInfo) {
        LOG.warn(e.getMessage());
        return Response.fromResponse(problem(Problems.attributionUnavailable(path(uriInfo)))).header("Retry-After", "30").build();
    }

    @ServerExceptionMapper
    public Response attributionRejected(AttributionRejectedException e, UriInfo uriInfo) {
        LOG.warn(e.getMessage());
        return problem(new Problem("https://saywho.dev/problems/attribution-refused", "Attribution refused", 422,
                "The attribution service refused this article: " + e.getMessage() + ".", path(uriInfo), List.of()));
    }

    @ServerExceptionMapper
    public Response attributionInvalid(InvalidAttributionException e, UriInfo uriInfo) {
        LOG.warn(e.getMessage());
        return problem(new Problem("https://saywho.dev/problems/attribution-invalid", "Bad Gateway", 502,
                "The attribution service answered with an attribution that cannot be stored; the stored quotes are kept.",
                path(uriInfo), List.of()));
    }

    @ServerExceptionMapper
    public Response bodyTooLarge(BoundedInputStream.BodyTooLargeException e, UriInfo uriInfo) {
        return problem(Problems.tooLarge(path(uriInfo), "The request body is larger than the article size limit allows."));
    }

    @ServerExceptionMapper
    public Response unsupportedMediaType(NotSupportedException e, UriInfo uriInfo, HttpHeaders headers) {
        String contentType = headers.getMediaType() == null ? "(none)" : headers.getMediaType().toString();
        return problem(Problems.unsupportedMediaType(path(uriInfo), "Content type " + contentType + " is not supported here."));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uriInfo) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException) {
            // The JSON reader reports unreadable bodies as a 400 WebApplicationException wrapping the Jackson error.
            return problem(Problems.malformedJson(path(uriInfo), "The body is not a well-formed article JSON object."));
        }
        if (status >= 500) {
            LOG.error("Request failed", e);
            return problem(Problems.internalError(path(uriInfo)));
        }
        if (status == 404) {
            // Our own 404s say what is missing; the router's say only "HTTP 404 Not Found".
            String detail = e.getMessage() != null && !e.getMessage().startsWith("HTTP ") ? e.getMessage()
                    : "No resource at this path.";
            return problem(Problems.notFound(path(uriInfo), detail));
        }
        Response.StatusType statusType = Response.Status.fromStatusCode(status);
        String title = statusType == null ? "HTTP " + status : statusType.getReasonPhrase();
        return Response.fromResponse(problem(Problems.ofStatus(status, title, path(uriInfo)))).build();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uriInfo) {
        LOG.error("Unexpected error", e);
        return problem(Problems.internalError(path(uriInfo)));
    }

    static Response problem(Problem problem) {
        return Response.status(problem.status()).type(PROBLEM_JSON).entity(problem).build();
    }

    private static String path(UriInfo uriInfo) {
        return uriInfo == null ? null : uriInfo.getRequestUri().getRawPath();
    }
}
