package dev.saywho.ingest.normalize;

import java.util.Objects;

/** A piece of text the normalizer dropped, with the reason, so nothing is silently lost. */
public record RemovedText(RemovalKind kind, String text) {

    public RemovedText {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }
}
