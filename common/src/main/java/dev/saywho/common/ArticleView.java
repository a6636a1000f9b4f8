package dev.saywho.common;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A stored article: normalized text, metadata, what was removed, the original input and its quotes. */
@Schema(description = "A stored article with its quotes.")
public record ArticleView(
        @Schema(description = "Article id.", examples = "42")
        long id,

        @Schema(description = "Attribution status.") AttributionStatus status,

        @Schema(
                description = "Engine version of the stored attribution; null while PENDING.",
                examples = "1.0.0",
                nullable = true)
        String engineVersion,

        @Schema(description = "Normalized text the quotes' offsets refer to.")
        String text,

        @Schema(description = "Publication metadata.") PublicationMetadata metadata,

        @Schema(description = "Boilerplate removed by normalization, in order.")
        List<RemovedBoilerplate> removed,

        @Schema(description = "The submission exactly as received.")
        ArticleSubmission original,

        @Schema(description = "Quotes in text order; empty while PENDING.")
        List<StoredQuote> quotes,

        @Schema(description = "When the article was stored.")
        OffsetDateTime createdAt,

        @Schema(description = "When the stored attribution was made.", nullable = true)
        OffsetDateTime attributedAt,

        @Schema(description = "Attribution attempts made so far.", examples = "1")
        int attempts,

        @Schema(description = "Why the last attribution attempt failed; null after a success.", nullable = true)
        String lastError,

        @Schema(
                description = "For an article waiting for attribution (PENDING): the earliest time the retry job "
                        + "attributes it again; null otherwise.",
                nullable = true)
        OffsetDateTime nextAttemptAt,

        @Schema(
                description = "Quotes the engine found beyond the stored maximum per article "
                        + "(saywho.ingest.max-quotes-per-article) and that were not stored; 0 when every "
                        + "quote is stored.",
                examples = "0")
        int quotesOmitted,

        @Schema(
                description = "Who submitted the article: the fingerprint of the API key used (key:…), or the client "
                        + "address (address:…) when the service runs without keys.",
                nullable = true,
                examples = "key:3f9a1c0b7d2e")
        String submittedBy) {

    public ArticleView {
        removed = removed == null ? List.of() : List.copyOf(removed);
        quotes = quotes == null ? List.of() : List.copyOf(quotes);
    }
}
