package dev.saywho.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A text to attribute, with an optional caller-chosen identifier echoed in the response. */
@Schema(description = "A text to find quotations in.")
public record AttributionRequest(
        @Schema(
                description = "Optional identifier, echoed back (useful in batches).",
                examples = "article-42",
                nullable = true)
        String id,

        @Schema(
                description = "The article text. Offsets in the response are Java String indices into it.",
                required = true,
                examples = "\"We will rebuild the bridge by spring,\" Mayor Ilse Varga said on Tuesday.")
        String text) {}
