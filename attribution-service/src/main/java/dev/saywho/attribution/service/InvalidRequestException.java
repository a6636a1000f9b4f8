package dev.saywho.attribution.service;

/** A request that cannot be attributed as sent (answered with 400). */
public class InvalidRequestException extends RuntimeException {

    private final String field;

    public InvalidRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The offending field of the request. */
    public String field() {
        return field;
    }
}
