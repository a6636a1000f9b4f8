package dev.saywho.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Merge a speaker into another: every quote follows, and the merged name stays as an alias. */
@Schema(description = "The speaker to merge into: every quotation follows, and the merged name stays as its alias.")
public record SpeakerMerge(
        @Schema(description = "Id of the speaker that remains.", required = true)
        Long into) {}
