package dev.saywho.web;

import java.util.List;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import dev.saywho.common.Problem;

/**
 * The problem types both services answer with (RFC 9457), for HTTP errors and batch lines alike. A problem the API
 * defines has a type URI under {@value #BASE}; a bare HTTP status with nothing more to say (405, 406, …) is
 * {@code about:blank} with the status' reason phrase as its title, as the RFC prescribes.
 */
public final class Problems {

    /** Where the problem type URIs live; the README lists every type. */
    public static final String BASE = "https://saywho.dev/problems/";

    private Problems() {}

    public static Problem invalidRequest(String instance, List<Problem.Violation> violations) {
        String detail = violations.size() == 1
                ? violations.get(0).field() + ": " + violations.get(0).message()
                : violations.size() + " fields are invalid.";
        return new Problem(BASE + "invalid-request", "Invalid request", 400, detail, instance, violations);
    }

    /**
     * The problem for a request that names no host: HTTP/1.0 without {@code Host}, or a {@code Host} header missing or
     * unreadable in HTTP/1.1 (which RFC 9112 answers with 400 too).
     */
    public static Problem missingHost(String instance) {
        return invalidRequest(
                instance,
                List.of(new Problem.Violation(
                        "Host", "is required: the request must name the host it is addressed to (host[:port])")));
    }

    public static Problem malformedJson(String instance, String detail) {
        return new Problem(BASE + "malformed-json", "Malformed JSON", 400, detail, instance, List.of());
    }

    /**
     * The problem for a body Jackson could not read: not well-formed, or well-formed but of the wrong shape (the field
     * at fault is named when Jackson knows it). {@code expected} describes the body the endpoint wants, such as
     * "an article JSON object".
     */
    public static Problem unreadableJson(JsonProcessingException error, String instance, String expected) {
        // Databind wraps a parse error met inside an object (an unterminated string) in a mapping exception.
        if (error instanceof JsonParseException || error.getCause() instanceof JsonParseException) {
            return malformedJson(instance, "The body is not well-formed JSON.");
        }
        if (error instanceof MismatchedInputException mismatch
                && !mismatch.getPath().isEmpty()) {
            String field = mismatch.getPath().get(mismatch.getPath().size() - 1).getFieldName();
            if (field != null) {
                return invalidRequest(instance, List.of(new Problem.Violation(field, "has the wrong JSON type")));
            }
        }
        return malformedJson(instance, "The body is not " + expected + ".");
    }

    public static Problem tooLarge(String instance, String detail) {
        return new Problem(BASE + "too-large", "Too large", 413, detail, instance, List.of());
    }

    public static Problem notFound(String instance, String detail) {
        return new Problem(BASE + "not-found", "Not found", 404, detail, instance, List.of());
    }

    public static Problem unsupportedMediaType(String instance, String detail) {
        return new Problem(BASE + "unsupported-media-type", "Unsupported media type", 415, detail, instance, List.of());
    }

    public static Problem unauthorized(String instance) {
        return new Problem(
                BASE + "unauthorized",
                "Unauthorized",
                401,
                "A valid API key is required for this operation: send it as X-API-Key or Authorization: Bearer.",
                instance,
                List.of());
    }

    public static Problem forbidden(String instance, String detail) {
        return new Problem(BASE + "forbidden", "Forbidden", 403, detail, instance, List.of());
    }

    /** The resource is busy with another change that must finish first (409); the request may be repeated. */
    public static Problem conflict(String instance, String detail) {
        return new Problem(BASE + "conflict", "Conflict", 409, detail, instance, List.of());
    }

    /** A write named a revision (If-Match) that is no longer the current one (412): someone changed it meanwhile. */
    public static Problem stale(String instance, String detail) {
        return new Problem(BASE + "stale", "Precondition failed", 412, detail, instance, List.of());
    }

    /** A write that must name the revision it was made on (If-Match) came without one (428). */
    public static Problem revisionRequired(String instance, String detail) {
        return new Problem(BASE + "revision-required", "Precondition required", 428, detail, instance, List.of());
    }

    /** The resource existed and was deleted (410); it may still be restorable. */
    public static Problem gone(String instance, String detail) {
        return new Problem(BASE + "gone", "Gone", 410, detail, instance, List.of());
    }

    /** The service is too busy for this request now (503); it may be repeated after the Retry-After delay. */
    public static Problem busy(String instance, String detail) {
        return new Problem(BASE + "busy", "Busy", 503, detail, instance, List.of());
    }

    public static Problem attributionUnavailable(String instance) {
        return new Problem(
                BASE + "attribution-unavailable",
                "Attribution service unavailable",
                503,
                "The attribution service is unavailable; try again later.",
                instance,
                List.of());
    }

    public static Problem attributionRefused(String instance, String reason) {
        return new Problem(
                BASE + "attribution-refused",
                "Attribution refused",
                422,
                "The attribution service refused this article: " + reason + ".",
                instance,
                List.of());
    }

    public static Problem attributionInvalid(String instance) {
        return new Problem(
                BASE + "attribution-invalid",
                "Attribution invalid",
                502,
                "The attribution service answered with an attribution that cannot be stored; the stored quotes are "
                        + "kept.",
                instance,
                List.of());
    }

    public static Problem engineFailure(String instance) {
        return new Problem(
                BASE + "engine-failure",
                "Engine failure",
                500,
                "The engine failed on this text; the failure has been logged.",
                instance,
                List.of());
    }

    public static Problem internalError(String instance) {
        return new Problem(
                BASE + "internal-error",
                "Internal error",
                500,
                "The request could not be processed; the error has been logged.",
                instance,
                List.of());
    }

    /**
     * The problem for an HTTP status raised by the framework (routing, content negotiation) rather than by our code:
     * the statuses the API defines get their type, any other is {@code about:blank}.
     */
    public static Problem ofStatus(int status, String reasonPhrase, String instance) {
        return switch (status) {
            case 404 -> notFound(instance, "No resource at this path.");
            case 413 -> tooLarge(instance, "The request body is larger than this service accepts.");
            case 415 -> unsupportedMediaType(instance, "This content type is not accepted here.");
            case 500 -> internalError(instance);
            default -> {
                String title = reasonPhrase == null || reasonPhrase.isBlank() ? "HTTP " + status : reasonPhrase;
                yield new Problem("about:blank", title, status, title + ".", instance, List.of());
            }
        };
    }
}
