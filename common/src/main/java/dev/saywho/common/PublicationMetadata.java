package dev.saywho.common;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What is known about where and when an article was published. */
@Schema(
        description =
                "Publication metadata: from the submission, completed from the HTML when the submission is silent.")
public record PublicationMetadata(
        @Schema(description = "Headline.", examples = "Port Tessaly bridge to reopen by spring", nullable = true)
        String title,

        @Schema(description = "Author line.", examples = "By Mara Quell", nullable = true)
        String byline,

        @Schema(description = "Publication time.", examples = "2026-03-04T09:30:00Z", nullable = true)
        OffsetDateTime publishedAt,

        @Schema(
                description = "Canonical URL.",
                examples = "https://news.example.org/port-tessaly/bridge",
                nullable = true)
        String canonicalUrl,

        @Schema(description = "Name of the publishing site.", examples = "Tessaly Herald", nullable = true)
        String siteName,

        @Schema(description = "Feed or newsroom the article came from.", examples = "tessaly-herald", nullable = true)
        String source,

        @Schema(description = "The newsroom's own identifier.", examples = "herald-2026-0412", nullable = true)
        String externalId) {}
