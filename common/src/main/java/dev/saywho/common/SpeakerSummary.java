package dev.saywho.common;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A speaker across all articles: how often quoted, and the roles and affiliations the articles give. */
@Schema(description = "A speaker identified across articles by normalized name and kind.")
public record SpeakerSummary(
        @Schema(description = "Speaker id.", examples = "7") long id,

        @Schema(description = "Name.", examples = "Ilse Varga")
        String name,

        @Schema(description = "Kind of source.") SpeakerKind kind,

        @Schema(description = "Number of quotes attributed to the speaker.", examples = "12")
        long quoteCount,

        @Schema(description = "Number of articles quoting the speaker.", examples = "10")
        long articleCount,

        @Schema(description = "Distinct roles seen, sorted.", examples = "[\"Mayor\"]")
        List<String> roles,

        @Schema(description = "Distinct affiliations seen, sorted.", examples = "[\"Port Tessaly\"]")
        List<String> affiliations) {

    public SpeakerSummary {
        roles = roles == null ? List.of() : List.copyOf(roles);
        affiliations = affiliations == null ? List.of() : List.copyOf(affiliations);
    }
}
