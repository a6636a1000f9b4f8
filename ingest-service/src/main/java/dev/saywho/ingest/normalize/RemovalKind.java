package dev.saywho.ingest.normalize;

/** Why the normalizer dropped a piece of text. */
public enum RemovalKind {
    AGENCY_TAG,
    DATELINE,
    COPYRIGHT,
    PROMOTION,
    CREDIT,
    DUPLICATE_PARAGRAPH,
    HTML_BOILERPLATE
}
