package dev.saywho.ingest.http;

import jakarta.enterprise.context.RequestScoped;

/** Who sent the current request, as recorded with what it submits: an API key's fingerprint, or the client address. */
@RequestScoped
public class Caller {

    private String identity;

    public void identify(String identity) {
        this.identity = identity;
    }

    /** The caller's identity; null outside an HTTP request (the retry job). */
    public String identity() {
        return identity;
    }
}
