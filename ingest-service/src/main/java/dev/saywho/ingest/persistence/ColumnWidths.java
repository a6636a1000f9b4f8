package dev.saywho.ingest.persistence;

/**
 * Widths of the bounded text columns, as the Flyway migrations create them: the entities declare them, the services
 * cut stored values to them and the submission constraints bound input by them. A migration that changes a width
 * changes the constant here.
 */
public final class ColumnWidths {

    /** {@code article.external_id}. */
    public static final int EXTERNAL_ID = 512;
    /** {@code article.canonical_url}. */
    public static final int CANONICAL_URL = 2048;
    /** {@code article.content_hash}, fixed width: SHA-256 in hexadecimal. */
    public static final int CONTENT_HASH = 64;
    /** {@code article.title}. */
    public static final int TITLE = 2048;
    /** {@code article.byline}. */
    public static final int BYLINE = 1024;
    /** {@code article.site_name}. */
    public static final int SITE_NAME = 512;
    /** {@code article.source}. */
    public static final int SOURCE = 256;
    /** {@code article.last_error}. */
    public static final int LAST_ERROR = 1024;
    /** {@code article.submitted_by}. */
    public static final int SUBMITTED_BY = 128;
    /** {@code article.engine_version} and {@code quote.engine_version}. */
    public static final int ENGINE_VERSION = 64;
    /** {@code quote.sieve}. */
    public static final int SIEVE = 64;
    /** {@code quote.rule}. */
    public static final int RULE = 64;
    /**
     * Speakers' names and name keys ({@code speaker.name}, {@code speaker.name_key}) and a quote's speaker name,
     * mention, cue, role and affiliation.
     */
    public static final int LABEL = 512;
    /** The enum columns: {@code article.status}, {@code quote.type}, {@code speaker.kind}. */
    public static final int ENUM = 16;
    /** {@code article_removed_text.kind}. */
    public static final int REMOVED_KIND = 32;
    /** A correction's action name. */
    public static final int ACTION = 32;
    /** A correction's summary in words. */
    public static final int SUMMARY = 1024;

    private ColumnWidths() {}

    /** {@code value} cut to {@code width} characters; null stays null. */
    public static String cut(String value, int width) {
        return value == null || value.length() <= width ? value : value.substring(0, width);
    }
}
