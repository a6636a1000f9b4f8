package dev.saywho.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A speaker's new name or kind; a field left out stays as it is. */
@Schema(description = "A speaker's new name and/or kind; a field left out stays as it is.")
public record SpeakerCorrection(
        @Schema(description = "New name.", nullable = true, maxLength = 512)
        String name,

        @Schema(description = "New kind.", nullable = true) SpeakerKind kind) {}
