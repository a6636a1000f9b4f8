package dev.saywho.attribution.engine.coref;

/** The grammatical gender a mention is known to have, as far as he/she agreement goes. */
public enum Gender {
    MALE,
    FEMALE,
    UNKNOWN
}
