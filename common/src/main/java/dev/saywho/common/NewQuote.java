package dev.saywho.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A quotation the engine missed, added by a person: its span in the article text and who said it. */
@Schema(
        description = "A quotation to add: offsets into the article's stored text, its kind, and its speaker by "
                + "speakerId or by name (speaker, with speakerKind, PERSON by default); both may be left out when the "
                + "text names nobody.")
public record NewQuote(
        @Schema(description = "Start offset in the article text.", required = true)
        Integer start,

        @Schema(description = "End offset, exclusive.", required = true)
        Integer end,

        @Schema(
                description = "Kind (default: DIRECT when the span is in quotation marks, else INDIRECT).",
                nullable = true)
        QuoteType type,

        @Schema(description = "A stored speaker's id.", nullable = true)
        Long speakerId,

        @Schema(description = "The speaker's name.", nullable = true, maxLength = 512)
        String speaker,

        @Schema(description = "The kind of a speaker named by name.", nullable = true)
        SpeakerKind speakerKind,

        @Schema(description = "Role in this article.", nullable = true, maxLength = 512)
        String role,

        @Schema(description = "Affiliation in this article.", nullable = true, maxLength = 512)
        String affiliation) {}
