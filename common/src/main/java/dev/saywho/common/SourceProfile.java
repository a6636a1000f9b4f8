package dev.saywho.common;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the article says about who a speaker is, for source-diversity figures. */
@Schema(
        description =
                "The speaker's gender as the article states it (with its evidence), kind of source and role class.")
public record SourceProfile(
        @Schema(description = "Gender as the article states it.")
        Gender gender,

        @Schema(description = "The words that state it; empty for UNKNOWN unless they contradict each other.")
        List<GenderEvidence> genderEvidence,

        @Schema(description = "Kind of source.") SourceKind sourceKind,

        @Schema(
                description = "Class of a person's role; null for other sources and where nothing is known.",
                nullable = true)
        RoleClass roleClass) {

    public SourceProfile {
        genderEvidence = genderEvidence == null ? List.of() : List.copyOf(genderEvidence);
        gender = gender == null ? Gender.UNKNOWN : gender;
        sourceKind = sourceKind == null ? SourceKind.UNKNOWN : sourceKind;
    }

    /** Nothing known. */
    public static SourceProfile unknown() {
        return new SourceProfile(Gender.UNKNOWN, List.of(), SourceKind.UNKNOWN, null);
    }
}
