package dev.saywho.ingest.client;

/** The attribution service could not produce an attribution (down, error status, timeout or open circuit). */
public class AttributionUnavailableException extends RuntimeException {

    private final boolean reached;

    /**
     * @param reached whether the service was asked about this article at all: false when it could not be connected to
     *        or the circuit breaker was open, which says nothing about the article
     */
    public AttributionUnavailableException(String message, Throwable cause, boolean reached) {
        super(message, cause);
        this.reached = reached;
    }

    /**
     * Whether the service was reached for this article (it answered with an error or timed out). Only such failures
     * count toward an article's attempts: an outage must not turn healthy articles into FAILED ones.
     */
    public boolean reached() {
        return reached;
    }
}
