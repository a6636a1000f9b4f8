package dev.saywho.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a quotation is reported. */
@Schema(
        description = "DIRECT: verbatim words in quotation marks; INDIRECT: reported speech without quotation marks; "
                + "MIXED: reported speech that contains a quoted fragment.")
public enum QuoteType {
    DIRECT,
    INDIRECT,
    MIXED
}
