package dev.saywho.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Outcome of one line of a batch. */
@Schema(
        description = "created: a new article; duplicate: an article with the same external id, canonical URL or "
                + "text already exists (its id is given); rejected: the line is invalid (see problem).")
public enum BatchItemStatus {
    @JsonProperty("created")
    CREATED,
    @JsonProperty("duplicate")
    DUPLICATE,
    @JsonProperty("rejected")
    REJECTED
}
