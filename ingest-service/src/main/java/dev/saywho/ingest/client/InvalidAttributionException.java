package dev.saywho.ingest.client;

/**
 * The attribution service answered, but not with an attribution of this article that can be stored: offsets out of
 * range, a text mismatch, …, or its engine failed on this text. A failure of the article, not of the service: it is
 * retried later with the article's backoff, never at once, and never counted by the circuit breaker.
 */
public class InvalidAttributionException extends RuntimeException {

    public InvalidAttributionException(String message) {
        super(message);
    }
}
