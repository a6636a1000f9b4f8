package dev.saywho.web;

/** Media types both services speak that JAX-RS does not name. */
public final class MediaTypes {

    /** Newline-delimited JSON: one JSON value per line (batches in, results and exports out). */
    public static final String NDJSON = "application/x-ndjson";

    private MediaTypes() {}
}
