package dev.saywho.attribution.engine.entities;

/**
 * The kinds of named entity the recogniser tells apart. {@link #OTHER} is a named thing of none of the three (an
 * event, a work, a product, a law); times, quantities, nationalities and languages are not entities at all.
 */
public enum EntityType {
    PERSON,
    ORGANIZATION,
    PLACE,
    OTHER
}
