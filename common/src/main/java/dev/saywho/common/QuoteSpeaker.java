package dev.saywho.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The speaker a quote is attributed to, with the mention the attribution rests on. */
@Schema(description = "Who said the quote and on whose behalf.")
public record QuoteSpeaker(
        @Schema(
                description = "Fullest canonical name of the speaker in the article.",
                examples = "Korean Central News Agency")
        String name,

        @Schema(description = "Kind of source.") SpeakerKind kind,

        @Schema(
                description =
                        "The mention in the text that the attribution rests on (a name, a pronoun, a description).")
        Span mention,

        @Schema(
                description = "Role or title of the speaker, apart from the organisation, when the article gives one.",
                examples = "former general",
                nullable = true)
        String role,

        @Schema(
                description = "Organisation the speaker speaks for or belongs to, when the article gives one.",
                examples = "Korea Research Institute for National Strategy",
                nullable = true)
        String affiliation,

        @Schema(
                description = "Where the article gives the role: the words it was read from (a title before the "
                        + "name, an apposition, a possessive, a relative clause), or null.",
                nullable = true)
        Span roleEvidence,

        @Schema(
                description = "Where the article gives the affiliation: the words it was read from (\"the museum's\", "
                        + "\"a spokesman for the ministry\"), which may be a description the engine resolved to the "
                        + "organisation named elsewhere, or null.",
                nullable = true)
        Span affiliationEvidence,

        @Schema(
                description = "Who the speaker is as the article states it: gender with its evidence, kind of "
                        + "source, role class. Null from engines before 1.11.",
                nullable = true)
        SourceProfile profile) {

    /** A speaker without evidence offsets for its role and affiliation. */
    public QuoteSpeaker(String name, SpeakerKind kind, Span mention, String role, String affiliation) {
        this(name, kind, mention, role, affiliation, null, null, null);
    }

    /** A speaker without a source profile. */
    public QuoteSpeaker(
            String name,
            SpeakerKind kind,
            Span mention,
            String role,
            String affiliation,
            Span roleEvidence,
            Span affiliationEvidence) {
        this(name, kind, mention, role, affiliation, roleEvidence, affiliationEvidence, null);
    }
}
