package dev.saywho.ingest.rest;

import java.nio.charset.CharacterCodingException;

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
import dev.saywho.ingest.http.NotFoundMessages;
import dev.saywho.ingest.service.ArticleTooLargeException;
import dev.saywho.ingest.service.AttributionInProgressException;
import dev.saywho.ingest.service.CorrectionRefusedException;
import dev.saywho.ingest.service.InvalidInputException;
import dev.saywho.ingest.service.LoggedFailure;
import dev.saywho.ingest.service.SearchBusyException;
import dev.saywho.web.BoundedInputStream;
import dev.saywho.web.Problems;

/**
 * Turns every error into {@code application/problem+json} (RFC 9457). Bodies never carry stack traces or Java class
 * names: details are written for API clients, and unexpected errors are logged and answered with a generic 500.
 */
public class ProblemMapper {

    static final String PROBLEM_JSON = Problem.MEDIA_TYPE;

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    private static final String EXPECTED_BODY = "an article JSON object";

    @ServerExceptionMapper
    public Response invalidInput(InvalidInputException e, UriInfo uriInfo) {
        return problem(Problems.invalidRequest(path(uriInfo), e.violations()));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uriInfo) {
        return invalidInput(InvalidInputException.of(e.getConstraintViolations()), uriInfo);
    }

    /**
     * Declared for Jackson's exact types as well as their parent, because Quarkus' own mappers for the exact types
     * would otherwise win and answer with an empty body.
     */
    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, UriInfo uriInfo) {
        return unreadableJson(e, uriInfo);
    }

    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uriInfo) {
        return unreadableJson(e, uriInfo);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uriInfo) {
        return problem(Problems.unreadableJson(e, path(uriInfo), EXPECTED_BODY));
    }

    /** A body that is not UTF-8, found while reading it (StrictUtf8). */
    @ServerExceptionMapper
    public Response notUtf8(CharacterCodingException e, UriInfo uriInfo) {
        return problem(Problems.malformedJson(path(uriInfo), "The body is not valid UTF-8."));
    }

    @ServerExceptionMapper
    public Response tooLarge(ArticleTooLargeException e, UriInfo uriInfo) {
        return problem(Problems.tooLarge(path(uriInfo), e.getMessage()));
    }

    @ServerExceptionMapper
    public Response attributionUnavailable(AttributionUnavailableException e, UriInfo uriInfo) {
        LOG.warn(e.getMessage());
        return Response.fromResponse(problem(Problems.attributionUnavailable(path(uriInfo))))
                .header("Retry-After", "30")
                .build();
    }

    @ServerExceptionMapper
    public Response attributionInProgress(AttributionInProgressException e, UriInfo uriInfo) {
        return problem(Problems.conflict(path(uriInfo), e.getMessage()));
    }

    @ServerExceptionMapper
    public Response correctionRefused(CorrectionRefusedException e, UriInfo uriInfo) {
        return problem(
                switch (e.reason()) {
                    case NOT_FOUND -> Problems.notFound(path(uriInfo), e.getMessage());
                    case GONE -> Problems.gone(path(uriInfo), e.getMessage());
                    case STALE -> Problems.stale(path(uriInfo), e.getMessage());
                    case CONFLICT -> Problems.conflict(path(uriInfo), e.getMessage());
                });
    }

    @ServerExceptionMapper
    public Response revisionRequired(Revisions.RevisionRequiredException e, UriInfo uriInfo) {
        return problem(Problems.revisionRequired(path(uriInfo), e.getMessage()));
    }

    @ServerExceptionMapper
    public Response searchBusy(SearchBusyException e, UriInfo uriInfo) {
        return Response.fromResponse(problem(Problems.busy(path(uriInfo), e.getMessage())))
                .header("Retry-After", "2")
                .build();
    }

    @ServerExceptionMapper
    public Response attributionRejected(AttributionRejectedException e, UriInfo uriInfo) {
        LOG.warn(e.getMessage());
        return problem(Problems.attributionRefused(path(uriInfo), e.getMessage()));
    }

    @ServerExceptionMapper
    public Response attributionInvalid(InvalidAttributionException e, UriInfo uriInfo) {
        LOG.warn(e.getMessage());
        return problem(Problems.attributionInvalid(path(uriInfo)));
    }

    @ServerExceptionMapper
    public Response bodyTooLarge(BoundedInputStream.BodyTooLargeException e, UriInfo uriInfo) {
        return problem(
                Problems.tooLarge(path(uriInfo), "The request body is larger than the article size limit allows."));
    }

    @ServerExceptionMapper
    public Response unsupportedMediaType(NotSupportedException e, UriInfo uriInfo, HttpHeaders headers) {
        String contentType = headers.getMediaType() == null
                ? "(none)"
                : headers.getMediaType().toString();
        return problem(Problems.unsupportedMediaType(
                path(uriInfo), "Content type " + contentType + " is not supported here."));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uriInfo) {
        if (e.getCause() instanceof JsonProcessingException json) {
            // The JSON reader reports unreadable bodies as a 400 WebApplicationException wrapping the Jackson error.
            return problem(Problems.unreadableJson(json, path(uriInfo), EXPECTED_BODY));
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Request failed", LoggedFailure.of(e));
        }
        if (status == 404 && NotFoundMessages.saysWhatIsMissing(e)) {
            return problem(Problems.notFound(path(uriInfo), e.getMessage()));
        }
        return problem(Problems.ofStatus(status, e.getResponse().getStatusInfo().getReasonPhrase(), path(uriInfo)));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uriInfo) {
        LOG.error("Unexpected error", LoggedFailure.of(e));
        return problem(Problems.internalError(path(uriInfo)));
    }

    static Response problem(Problem problem) {
        return Response.status(problem.status())
                .type(PROBLEM_JSON)
                .entity(problem)
                .build();
    }

    private static String path(UriInfo uriInfo) {
        return uriInfo == null ? null : uriInfo.getRequestUri().getRawPath();
    }
}
