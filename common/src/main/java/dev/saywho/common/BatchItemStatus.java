package dev.saywho.common;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Outcome of one line of a batch. */
@Schema(description = "created: a new article; duplicate: an article with the same external id, canonical URL or "
        + "text already exists (its id is given); rejected: the line is invalid (see problem).")
public enum BatchItemStatus {
    @JsonProperty("created") CREATED,
    @JsonProperty("duplicate") DUPLICATE,
    @JsonProperty("rejected") REJECTED
}
