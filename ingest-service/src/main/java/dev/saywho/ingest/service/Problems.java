package dev.saywho.ingest.service;

import java.util.List;

import dev.saywho.common.Problem;

/** The problem types this service answers with (RFC 9457), shared by the HTTP error mapping and the batch results. */
public final class Problems {

    private static final String BASE = "https://saywho.dev/problems/";

    private Problems() {
    }

    public static Problem invalidRequest(String instance, List<Problem.Violation> violations) {
        String detail = violations.size() == 1 ? violations.get(0).field() + ": " + violations.get(0).message()
                : violations.size() + " fields are invalid.";
        return new Problem(BASE + "invalid-request", "Invalid request", 400, detail, instance, violations);
    }

    public static Problem malformedJson(String instance, String detail) {
        return new Problem(BASE + "malformed-json", "Malformed JSON", 400, detail, instance, List.of());
    }

    public static Problem tooLarge(String instance, String detail) {
        return new Problem(BASE + "article-too-large", "Article too large", 413, detail, instance, List.of());
    }

    public static Problem notFound(String instance, String detail) {
        return new Problem(BASE + "not-found", "Not found", 404, detail, instance, List.of());
    }

    public static Problem unsupportedMediaType(String instance, String detail) {
        return new Problem(BASE + "unsupported-media-type", "Unsupported media type", 415, detail, instance, List.of());
    }

    public static Problem unauthorized(String instance) {
        return new Problem(BASE + "unauthorized", "Unauthorized", 401,
                "A valid API key is required for this operation: send it as X-API-Key or Authorization: Bearer.",
                instance, List.of());
    }

    public static Problem forbidden(String instance, String detail) {
        return new Problem(BASE + "forbidden", "Forbidden", 403, detail, instance, List.of());
    }

    public static Problem attributionUnavailable(String instance) {
        return new Problem(BASE + "attribution-unavailable", "Attribution service unavailable", 503,
                "The attribution service is unavailable; try again later.", instance, List.of());
    }

    public static Problem ofStatus(int status, String title, String instance) {
        return new Problem("about:blank", title, status, title + ".", instance, List.of());
    }

    public static Problem internalError(String instance) {
        return new Problem(BASE + "internal-error", "Internal error", 500,
                "The request could not be processed; the error has been logged.", instance, List.of());
    }
}
