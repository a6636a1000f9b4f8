package dev.saywho.attribution.engine.coref;

/** What a mention is made of: a name ({@code Ilse Varga}), a description ({@code the harbour authority}), a pronoun. */
public enum MentionKind {
    NAME,
    NOMINAL,
    PRONOUN
}
