package dev.saywho.attribution.engine.model;

import java.util.List;

import dev.saywho.attribution.engine.Sieve;

/**
 * A reporting frame found around a cue: the cue span, the speaker mention it names (null when the frame has no
 * subject of its own, e.g. a participle), the reported content pieces, the pattern (as the sieve that may use it)
 * and, for appositives, the token range of the apposition after the subject.
 */
public record Frame(Sieve pattern, int cueStart, int cueEnd, Mention subject, List<int[]> content, int sentence,
        int appositionFirst, int appositionEnd) {

    public Frame {
        content = List.copyOf(content);
    }

    public int contentStart() {
        return content.get(0)[0];
    }

    public int contentEnd() {
        return content.get(content.size() - 1)[1];
    }
}
