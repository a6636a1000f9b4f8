package dev.saywho.attribution.engine.model;

import java.util.List;

import dev.saywho.common.QuoteType;

/** A quotation found in the text: content pieces, type, the frame that reported it (null for a cue-less quote). */
public record Candidate(List<int[]> pieces, QuoteType type, Frame frame, int paragraph) {

    public Candidate {
        pieces = List.copyOf(pieces);
    }

    public int start() {
        return pieces.get(0)[0];
    }

    public int end() {
        return pieces.get(pieces.size() - 1)[1];
    }
}
