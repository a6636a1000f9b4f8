package dev.saywho.common;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A stored article: normalized text, metadata, what was removed, the original input and its quotes. */
@Schema(description = "A stored article with its quotes.")
public record ArticleView(
        @Schema(description = "Article id.", examples = "42") long id,
        @Schema(description = "Attribution status.") AttributionStatus status,
        @Schema(description = "Engine version of the stored attribution; null while PENDING.", examples = "1.0.0",
                nullable = true) String engineVersion,
        @Schema(description = "Normalized text the quotes' offsets refer to.") String text,
        @Schema(description = "Publication metadata.") PublicationMetadata metadata,
        @Schema(description = "Boilerplate removed by normalization, in order.") List<RemovedBoilerplate> removed,
        @Schema(description = "The submission exactly as received.") ArticleSubmission original,
        @Schema(description = "Quotes in text order; empty while PENDING.") List<StoredQuote> quotes,
        @Schema(description = "When the article was stored.") OffsetDateTime createdAt,
        @Schema(description = "When the stored attribution was made.", nullable = true) OffsetDateTime attributedAt) {

    public ArticleView {
        removed = removed == null ? List.of() : List.copyOf(removed);
        quotes = quotes == null ? List.of() : List.copyOf(quotes);
    }
}
