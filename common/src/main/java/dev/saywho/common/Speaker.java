package dev.saywho.common;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An entity quoted in a text, with every mention of it that the engine resolved. */
@Schema(description = "A speaker quoted in the article, with its resolved mentions.")
public record Speaker(
        @Schema(description = "Fullest canonical name in the article.", examples = "Moon Seong Mook")
        String name,

        @Schema(description = "Kind of source.") SpeakerKind kind,

        @Schema(description = "Role or title, when given.", examples = "former general", nullable = true)
        String role,

        @Schema(
                description = "Organisation, when given.",
                examples = "Korea Research Institute for National Strategy",
                nullable = true)
        String affiliation,

        @Schema(description = "Mentions of this speaker in the text (names, surnames, pronouns, descriptions).")
        List<Span> mentions,

        @Schema(description = "Where the article gives the role, or null.", nullable = true)
        Span roleEvidence,

        @Schema(description = "Where the article gives the affiliation, or null.", nullable = true)
        Span affiliationEvidence,

        @Schema(
                description = "Who the speaker is as the article states it: gender with its evidence, kind of "
                        + "source, role class. Null from engines before 1.11.",
                nullable = true)
        SourceProfile profile) {

    public Speaker {
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }

    /** A speaker without evidence offsets for its role and affiliation. */
    public Speaker(String name, SpeakerKind kind, String role, String affiliation, List<Span> mentions) {
        this(name, kind, role, affiliation, mentions, null, null, null);
    }

    /** A speaker without a source profile. */
    public Speaker(
            String name,
            SpeakerKind kind,
            String role,
            String affiliation,
            List<Span> mentions,
            Span roleEvidence,
            Span affiliationEvidence) {
        this(name, kind, role, affiliation, mentions, roleEvidence, affiliationEvidence, null);
    }
}
