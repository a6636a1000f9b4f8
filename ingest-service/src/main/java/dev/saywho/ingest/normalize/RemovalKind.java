package dev.saywho.ingest.normalize;

/** Why the normalizer dropped a piece of text. */
public enum RemovalKind {
    AGENCY_TAG,
    DATELINE,
    COPYRIGHT,
    PROMOTION,
    CREDIT,
    DUPLICATE_PARAGRAPH,
    HTML_BOILERPLATE,
    /** Not text: a publication date the page declared outside the accepted range, dropped from the metadata. */
    OUT_OF_RANGE_DATE
}
