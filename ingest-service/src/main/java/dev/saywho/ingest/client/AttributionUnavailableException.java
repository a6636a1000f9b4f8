package dev.saywho.ingest.client;

/** The attribution service could not produce an attribution (down, error status, timeout or open circuit). */
public class AttributionUnavailableException extends RuntimeException {

    public AttributionUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
