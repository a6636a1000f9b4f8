package dev.saywho.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether a stored article has been attributed yet. */
@Schema(
        description = "PENDING: stored, attribution not done yet (the attribution service was unavailable; it is "
                + "retried in the background). ATTRIBUTED: quotes and speakers stored. FAILED: attribution was refused "
                + "for this article or failed too often; see lastError, and re-queue it with POST "
                + "/api/v1/articles/{id}/requeue.")
public enum AttributionStatus {
    PENDING,
    ATTRIBUTED,
    FAILED
}
