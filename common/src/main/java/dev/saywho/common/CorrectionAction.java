package dev.saywho.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The kinds of change the audit log records. */
@Schema(description = "The kind of a recorded change.")
public enum CorrectionAction {
    QUOTE_REVIEWED,
    QUOTE_CORRECTED,
    QUOTE_REJECTED,
    QUOTE_ADDED,
    SPEAKER_CORRECTED,
    SPEAKER_MERGED,
    SPEAKER_SPLIT,
    ARTICLE_DELETED,
    ARTICLE_RESTORED,
    UNDO
}
