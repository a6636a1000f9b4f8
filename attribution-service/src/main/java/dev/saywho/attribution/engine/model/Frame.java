package dev.saywho.attribution.engine.model;

import java.util.List;

import dev.saywho.attribution.engine.Rule;
import dev.saywho.attribution.engine.Sieve;

/**
 * A reporting frame found around a cue: the cue span, the speaker mention it names (null when the frame has no
 * subject of its own, e.g. a participle), the reported content pieces, the rule that found it
 * and, for appositives, the token range of the apposition after the subject.
 */
public record Frame(
        Rule rule,
        int cueStart,
        int cueEnd,
        Mention subject,
        List<int[]> content,
        int sentence,
        int appositionFirst,
        int appositionEnd) {

    public Frame {
        content = List.copyOf(content);
    }

    /** The same frame with another speaker mention (a repair of the surface reading). */
    public Frame withSubject(Mention speaker) {
        return new Frame(rule, cueStart, cueEnd, speaker, content, sentence, appositionFirst, appositionEnd);
    }

    /** The same frame reporting other content pieces (a quote that continues it). */
    public Frame withContent(List<int[]> pieces) {
        return new Frame(rule, cueStart, cueEnd, subject, pieces, sentence, appositionFirst, appositionEnd);
    }

    /** The rule's sieve: the coarse family that attributes the frame's speaker. */
    public Sieve pattern() {
        return rule.sieve();
    }

    public int contentStart() {
        return content.get(0)[0];
    }

    public int contentEnd() {
        return content.get(content.size() - 1)[1];
    }
}
