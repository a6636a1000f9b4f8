package dev.saywho.ingest.http;

import jakarta.ws.rs.WebApplicationException;

/** Whether a 404 says what is missing (ours: "No article with id 7.") or is the router's bare "HTTP 404 Not Found". */
public final class NotFoundMessages {

    private NotFoundMessages() {}

    /** Whether the message is ours, saying what is missing; the router's say only "HTTP 404 Not Found". */
    public static boolean saysWhatIsMissing(WebApplicationException e) {
        return e.getMessage() != null && !e.getMessage().startsWith("HTTP ");
    }
}
