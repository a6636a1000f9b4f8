package dev.saywho.common;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The quotations and speakers found in one text. */
@Schema(description = "Quotations found in the text and the speakers they are attributed to.")
public record AttributionResponse(
        @Schema(description = "The request id, when one was given.", nullable = true)
        String id,

        @Schema(description = "Version of the engine that produced this attribution.", examples = "1.0.0")
        String engineVersion,

        @Schema(description = "Quotations in text order.") List<Quote> quotes,

        @Schema(description = "Speakers quoted in the text, each once, with their mentions.")
        List<Speaker> speakers) {

    public AttributionResponse {
        quotes = quotes == null ? List.of() : List.copyOf(quotes);
        speakers = speakers == null ? List.of() : List.copyOf(speakers);
    }
}
