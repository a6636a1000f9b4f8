package dev.saywho.attribution.engine.coref;

import dev.saywho.attribution.engine.entities.EntityType;

/**
 * A mention of something in a {@link CorefInput}: words {@code [start, end)} of sentence {@code sentence} (0-based),
 * its head word {@code head} inside them, what it is made of, its entity type when known (null: unknown) and a gender
 * when the caller knows one ({@link Gender#UNKNOWN} otherwise; the linker also reads the pronoun's form and the given
 * names lexicon).
 */
public record Mention(int sentence, int start, int end, int head, MentionKind kind, EntityType type, Gender gender) {

    public Mention {
        if (sentence < 0 || start < 0 || end <= start || head < start || head >= end) {
            throw new IllegalArgumentException("bad mention: sentence " + sentence + ", words [" + start + ", " + end
                    + "), head " + head + " (the head must lie inside the words)");
        }
        if (kind == null) {
            throw new IllegalArgumentException("a mention needs a kind");
        }
        if (gender == null) {
            gender = Gender.UNKNOWN;
        }
    }

    /** A mention of unknown type and gender. */
    public static Mention of(int sentence, int start, int end, int head, MentionKind kind) {
        return new Mention(sentence, start, end, head, kind, null, Gender.UNKNOWN);
    }

    /** Whether it comes before {@code other} in the text: an earlier sentence, or ending before the other starts. */
    public boolean precedes(Mention other) {
        return sentence < other.sentence || (sentence == other.sentence && end <= other.start);
    }
}
