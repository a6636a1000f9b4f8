package dev.saywho.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Words of the article that state a speaker's gender. */
@Schema(description = "Where the article states the speaker's gender.")
public record GenderEvidence(
        @Schema(
                description = "PRONOUN (she, her, he, his… that the engine resolved to the speaker), "
                        + "HONORIFIC (Mr, Mrs, Ms, Sir, Dame…), ROLE (chairwoman, spokesman, mother…).")
        Kind kind,

        @Schema(description = "The words, with offsets into the text.")
        Span span,

        @Schema(description = "The gender these words state.")
        Gender gender) {

    /** The kinds of words that state a gender. */
    public enum Kind {
        PRONOUN,
        HONORIFIC,
        ROLE
    }
}
