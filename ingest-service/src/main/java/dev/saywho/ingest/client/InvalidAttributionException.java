package dev.saywho.ingest.client;

/**
 * The attribution service answered, but with a response that cannot be stored (offsets out of range, text mismatch, …).
 */
public class InvalidAttributionException extends RuntimeException {

    public InvalidAttributionException(String message) {
        super(message);
    }
}
