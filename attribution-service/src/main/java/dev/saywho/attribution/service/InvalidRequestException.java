package dev.saywho.attribution.service;

/** A request that cannot be attributed as sent (answered with 400). */
public class InvalidRequestException extends RuntimeException {

    private final String field;
    private final String violation;

    /**
     * @param field the offending field
     * @param violation what is wrong with it, for the problem's violation list ("must be a JSON string")
     */
    public InvalidRequestException(String field, String violation) {
        super(field + ": " + violation);
        this.field = field;
        this.violation = violation;
    }

    /** What is wrong with the field. */
    public String violation() {
        return violation;
    }

    /** The offending field of the request. */
    public String field() {
        return field;
    }
}
