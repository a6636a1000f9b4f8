package dev.saywho.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The result for one line of an NDJSON batch. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Result for one input line of a batch.")
public record BatchResult(
        @Schema(description = "Input line number, from 1.", examples = "3")
        long line,

        @Schema(
                description = "Article id (created or existing); absent when rejected.",
                examples = "42",
                nullable = true)
        Long id,

        @Schema(description = "Outcome.") BatchItemStatus status,

        @Schema(description = "Why the line was rejected.", nullable = true)
        Problem problem) {}
