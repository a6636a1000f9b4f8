package dev.saywho.attribution.engine.syntax;

/**
 * One word of a parsed sentence, tied to the engine's text: {@code [start, end)} are offsets into the submitted text,
 * {@code token} the engine token it comes from (a contraction's two words share one token).
 *
 * @param head index of the head word in the sentence's word list, or -1 for the root word
 */
public record SyntacticWord(
        int start,
        int end,
        String form,
        int token,
        String upos,
        String xpos,
        String lemma,
        int head,
        String relation) {}
