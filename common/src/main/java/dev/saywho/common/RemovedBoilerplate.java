package dev.saywho.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A piece of the submission that normalization removed, and why. */
@Schema(description = "Text removed from the article before attribution (agency tags, datelines, credits, ...).")
public record RemovedBoilerplate(
        @Schema(
                description = "Why it was removed: AGENCY_TAG, DATELINE, COPYRIGHT, PROMOTION, CREDIT, "
                        + "DUPLICATE_PARAGRAPH or HTML_BOILERPLATE.",
                examples = "DATELINE")
        String kind,

        @Schema(description = "The removed text.", examples = "PORT TESSALY (Herald) -")
        String text) {}
