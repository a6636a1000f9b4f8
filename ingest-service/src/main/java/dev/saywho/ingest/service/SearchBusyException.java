package dev.saywho.ingest.service;

/** Too many quote searches are running, or one ran past its time: the caller may try again shortly. */
public class SearchBusyException extends RuntimeException {

    public SearchBusyException() {
        super("Too many searches are running at once; try again in a moment.");
    }

    public SearchBusyException(String message) {
        super(message);
    }
}
