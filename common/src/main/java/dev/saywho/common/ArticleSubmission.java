package dev.saywho.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An article as a newsroom submits it: exactly one of {@code text} or {@code html}, plus optional metadata. */
@Schema(description = "An article to ingest. Exactly one of text and html is required; everything else is optional.")
public record ArticleSubmission(
        @Schema(description = "Headline.", examples = "Port Tessaly bridge to reopen by spring", nullable = true)
        String title,

        @Schema(
                description = "Plain article text. Mutually exclusive with html.",
                nullable = true,
                examples =
                        "\"We will rebuild the bridge by spring,\" Mayor Ilse Varga of Port Tessaly said on Tuesday.")
        String text,

        @Schema(
                description = "Article HTML (a full page or a fragment). Mutually exclusive with text.",
                nullable = true)
        String html,

        @Schema(
                description = "Where the article was published; used as canonical URL when the HTML names none.",
                examples = "https://news.example.org/port-tessaly/bridge",
                nullable = true)
        String url,

        @Schema(description = "Feed or newsroom the article comes from.", examples = "tessaly-herald", nullable = true)
        String source,

        @Schema(
                description = "Publication date or date-time, ISO 8601 (2026-03-04, 2026-03-04T09:30:00Z, "
                        + "2026-03-04T09:30:00+01:00, 2026-03-04T09:30:00 read as UTC).",
                examples = "2026-03-04T09:30:00Z",
                nullable = true)
        String publishedAt,

        @Schema(
                description = "The newsroom's own identifier; a second submission with the same one is a duplicate.",
                examples = "herald-2026-0412",
                nullable = true)
        String externalId) {}
