package dev.saywho.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The speaker of a stored quote: the cross-article speaker plus what this article says about them. */
@Schema(
        description = "Who said a stored quote: the speaker's id across articles, and the role, affiliation and "
                + "mention given in this article.")
public record StoredSpeakerRef(
        @Schema(description = "Speaker id (GET /api/v1/speakers/{id}).", examples = "7")
        long id,

        @Schema(description = "Name as the article gives it.", examples = "Ilse Varga")
        String name,

        @Schema(description = "Kind of source.") SpeakerKind kind,

        @Schema(description = "Role in this article.", examples = "Mayor", nullable = true)
        String role,

        @Schema(description = "Affiliation in this article.", examples = "Port Tessaly", nullable = true)
        String affiliation,

        @Schema(
                description = "The mention the attribution rests on (offsets into the stored article text).",
                nullable = true)
        Span mention,

        @Schema(
                description = "Where this article gives the role (offsets into the stored article text), or null.",
                nullable = true)
        Span roleEvidence,

        @Schema(
                description = "Where this article gives the affiliation (offsets into the stored article text), or "
                        + "null.",
                nullable = true)
        Span affiliationEvidence,

        @Schema(
                description = "Who the speaker is as this article states it: gender with its evidence, kind of "
                        + "source, role class. Null for quotes stored before engine 1.11.0.",
                nullable = true)
        SourceProfile profile) {

    /** A stored speaker without evidence offsets. */
    public StoredSpeakerRef(long id, String name, SpeakerKind kind, String role, String affiliation, Span mention) {
        this(id, name, kind, role, affiliation, mention, null, null, null);
    }

    /** A stored speaker without a source profile. */
    public StoredSpeakerRef(
            long id,
            String name,
            SpeakerKind kind,
            String role,
            String affiliation,
            Span mention,
            Span roleEvidence,
            Span affiliationEvidence) {
        this(id, name, kind, role, affiliation, mention, roleEvidence, affiliationEvidence, null);
    }
}
