package dev.saywho.ingest.service;

import java.util.Locale;
import java.util.Set;

/**
 * Names that name nobody: a pronoun the engine could not resolve ("he", "they", "who") is a mention, not a speaker,
 * so it never becomes a stored speaker, a speaker page or a line on the dashboard (issue 20).
 */
final class SpeakerNames {

    private static final Set<String> PRONOUNS = Set.of(
            "i",
            "me",
            "we",
            "us",
            "you",
            "he",
            "him",
            "she",
            "her",
            "it",
            "they",
            "them",
            "who",
            "whom",
            "which",
            "that",
            "this",
            "one",
            "someone",
            "somebody",
            "everyone",
            "everybody",
            "anyone",
            "nobody");

    private SpeakerNames() {}

    /** True when {@code name}, trimmed and case folded, is a bare pronoun. */
    static boolean namesNobody(String name) {
        return name == null || name.isBlank() || PRONOUNS.contains(name.strip().toLowerCase(Locale.ROOT));
    }
}
