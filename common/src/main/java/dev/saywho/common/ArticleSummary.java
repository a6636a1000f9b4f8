package dev.saywho.common;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One line of the article list. */
@Schema(description = "An article in a list: identity, metadata and status, without the text.")
public record ArticleSummary(
        @Schema(description = "Article id.", examples = "42")
        long id,

        @Schema(description = "Headline.", nullable = true) String title,
        @Schema(description = "Source.", nullable = true) String source,

        @Schema(description = "Publication time.", nullable = true)
        OffsetDateTime publishedAt,

        @Schema(description = "Attribution status.") AttributionStatus status,

        @Schema(description = "Number of stored quotes.", examples = "3")
        long quoteCount,

        @Schema(description = "When the article was stored.")
        OffsetDateTime createdAt) {}
