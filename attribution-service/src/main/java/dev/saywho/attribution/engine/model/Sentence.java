package dev.saywho.attribution.engine.model;

/** A sentence: character span and its token range [firstToken, endToken). */
public record Sentence(int index, int start, int end, int firstToken, int endToken, int paragraph) {

    public int tokenCount() {
        return endToken - firstToken;
    }
}
