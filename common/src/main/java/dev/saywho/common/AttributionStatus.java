package dev.saywho.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether a stored article has been attributed yet. */
@Schema(description = "PENDING: stored, attribution not done yet (the attribution service was unavailable; it is "
        + "retried in the background). ATTRIBUTED: quotes and speakers stored.")
public enum AttributionStatus {
    PENDING,
    ATTRIBUTED
}
