package dev.saywho.common;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One change made by a person, as the audit log records it. */
@Schema(description = "One recorded change: who made it, when, what it changed, and the state before and after.")
public record Correction(
        @Schema(description = "Id of the change.") long id,
        @Schema(description = "When it was made.") OffsetDateTime at,

        @Schema(
                description = "Who made it: the API key's fingerprint, or the client's address when the "
                        + "service runs without keys.",
                nullable = true)
        String by,

        @Schema(description = "What kind of change.") CorrectionAction action,

        @Schema(description = "The article it concerns.", nullable = true)
        Long articleId,

        @Schema(description = "The quotation it concerns.", nullable = true)
        Long quoteId,

        @Schema(description = "The speaker it concerns.", nullable = true)
        Long speakerId,

        @Schema(description = "The other speaker (merged into, split to).", nullable = true)
        Long otherSpeakerId,

        @Schema(description = "What changed, in words.") String summary,

        @Schema(description = "The state before (JSON), as far as the change touched it.", nullable = true)
        String before,

        @Schema(description = "The state after (JSON).", nullable = true)
        String after,

        @Schema(description = "The change this one undid.", nullable = true)
        Long undoOf,

        @Schema(description = "The change that undid this one.", nullable = true)
        Long undoneBy) {}
