package dev.saywho.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a person decided about a stored quotation; a quote the engine found and nobody looked at has none. */
@Schema(
        description = "REVIEWED: a person accepted the quotation as the engine found it; CORRECTED: a person changed "
                + "it (speaker, role, affiliation, kind or boundaries); ADDED: a person found it where the engine "
                + "did not. Such quotations survive re-attribution.")
public enum ReviewState {
    REVIEWED,
    CORRECTED,
    ADDED
}
