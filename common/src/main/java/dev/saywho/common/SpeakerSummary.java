package dev.saywho.common;

import java.util.List;
import java.util.Map;

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
        List<String> affiliations,

        @Schema(
                description = "The genders the speaker's articles state, with the number of articles stating each: "
                        + "one entry when they agree, several when they disagree (never resolved silently), none "
                        + "when no article states one.")
        Map<Gender, Long> genderStated) {

    public SpeakerSummary {
        roles = roles == null ? List.of() : List.copyOf(roles);
        affiliations = affiliations == null ? List.of() : List.copyOf(affiliations);
        genderStated = genderStated == null ? Map.of() : Map.copyOf(genderStated);
    }

    /** A speaker without what its articles state of its gender. */
    public SpeakerSummary(
            long id,
            String name,
            SpeakerKind kind,
            long quoteCount,
            long articleCount,
            List<String> roles,
            List<String> affiliations) {
        this(id, name, kind, quoteCount, articleCount, roles, affiliations, Map.of());
    }
}
