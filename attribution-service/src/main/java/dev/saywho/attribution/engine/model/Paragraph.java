package dev.saywho.attribution.engine.model;

/** A paragraph (a run of non-blank lines): character span and its sentence range [firstSentence, endSentence). */
public record Paragraph(int index, int start, int end, int firstSentence, int endSentence) {}
