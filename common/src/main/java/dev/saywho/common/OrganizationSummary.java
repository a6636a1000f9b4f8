package dev.saywho.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organisation quoted: speaking for itself, through the people it is given as affiliation of, or both. */
@Schema(
        description =
                "An organisation quoted across articles: as a speaker of kind ORGANIZATION and as the affiliation "
                        + "of those who speak, added up by name.")
public record OrganizationSummary(
        @Schema(description = "Name, as the articles give it.", examples = "Port Tessaly Harbour Board")
        String name,

        @Schema(description = "Quotes in all: ownQuoteCount plus affiliationQuoteCount.", examples = "9")
        long quoteCount,

        @Schema(description = "Quotes of the organisation speaking for itself.", examples = "4")
        long ownQuoteCount,

        @Schema(description = "Quotes of speakers given this organisation as affiliation.", examples = "5")
        long affiliationQuoteCount,

        @Schema(
                description = "Id of the organisation as a speaker (GET /api/v1/speakers/{id}), when it speaks for "
                        + "itself.",
                nullable = true,
                examples = "12")
        Long speakerId) {}
