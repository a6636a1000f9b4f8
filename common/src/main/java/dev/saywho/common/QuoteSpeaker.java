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
        String affiliation) {}
