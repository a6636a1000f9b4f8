package dev.saywho.attribution.engine;

import java.util.List;

/** Attribution sieves, in the default order from high precision to high recall; recorded on every decision. */
public enum Sieve {
    /** "…," Moon said. — the speaker right after the quote. */
    TRAILING_CUE,
    /** "…," said the spokesman. — inverted speaker after the verb. */
    INVERTED_CUE,
    /** Moon said: "…" / Moon said that … — the speaker before the cue, the content after it. */
    LEADING_CUE,
    /** according to Moon, … */
    ACCORDING_TO,
    /** Moon: "…" (headlines, transcripts). */
    COLON_CUE,
    /** …, adding that … — a participial cue continuing the subject of the clause before it. */
    PARTICIPLE_CUE,
    /** Moon praised the plan as “bold.” — a quoted fragment inside a clause: the sentence subject, any verb. */
    SENTENCE_SUBJECT,
    /** A cue-less quote next to an attributed quote of the same paragraph. */
    ADJACENT_QUOTE,
    /** A paragraph that is only a quote continues the speaker of the previous paragraph's quote. */
    CONVERSATION_CONTINUATION,
    /** A cue-less quote in a paragraph where exactly one speaker is quoted. */
    PARAGRAPH_SINGLE_SPEAKER;

    /** Whether the sieve takes its speaker from a cue's frame (the others decide cue-less quotes). */
    public boolean cueSieve() {
        return switch (this) {
            case ADJACENT_QUOTE, CONVERSATION_CONTINUATION, PARAGRAPH_SINGLE_SPEAKER -> false;
            default -> true;
        };
    }

    /** The default order. */
    public static List<Sieve> defaultOrder() {
        return List.of(values());
    }
}
