package dev.saywho.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A speaker's gender as the article states it. */
@Schema(
        description = "FEMALE or MALE only where the article states it (a pronoun the engine resolved to the speaker, "
                + "an honorific, a gendered role noun), never from a first name alone; UNKNOWN where it says "
                + "nothing, uses a singular they, or contradicts itself, and for sources that are no person.")
public enum Gender {
    FEMALE,
    MALE,
    UNKNOWN
}
