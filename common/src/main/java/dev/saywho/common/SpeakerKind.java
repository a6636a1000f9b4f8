package dev.saywho.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What sort of source a speaker is. */
@Schema(
        description =
                "PERSON (a named or described individual), ORGANIZATION (an agency, company, ministry, newspaper), "
                        + "GROUP (an unnamed plurality such as 'officials'), UNKNOWN.")
public enum SpeakerKind {
    PERSON,
    ORGANIZATION,
    GROUP,
    UNKNOWN
}
