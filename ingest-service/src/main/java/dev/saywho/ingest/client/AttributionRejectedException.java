package dev.saywho.ingest.client;

/**
 * The attribution service refused this article for good (400, 413 or 422): retrying the same text cannot succeed, so
 * the article is marked FAILED at once, and the refusal neither is retried nor counts toward the circuit breaker.
 */
public class AttributionRejectedException extends RuntimeException {

    public AttributionRejectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
