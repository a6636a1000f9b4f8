package dev.saywho.ingest.normalize;

import java.time.OffsetDateTime;

/** What the normalizer learned about an article besides its body; any component may be null. */
public record ArticleMetadata(
        String title, String byline, OffsetDateTime publishedAt, String canonicalUrl, String siteName) {

    static final ArticleMetadata EMPTY = new ArticleMetadata(null, null, null, null, null);

    ArticleMetadata withTitle(String newTitle) {
        return new ArticleMetadata(newTitle, byline, publishedAt, canonicalUrl, siteName);
    }
}
