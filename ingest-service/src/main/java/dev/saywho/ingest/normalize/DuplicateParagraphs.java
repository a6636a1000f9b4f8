package dev.saywho.ingest.normalize;

import java.util.HashSet;
import java.util.Set;

/**
 * Remembers the paragraphs of one article to spot repeats, such as a lede sent twice with and without its agency tag.
 * One instance per article; not thread-safe by design.
 */
final class DuplicateParagraphs {

    /** Short repeats ("No.", "Yes.") are legitimate in interviews, so only paragraphs this long count. */
    static final int MIN_LENGTH = 40;

    private final Set<String> seen = new HashSet<>();

    /** True when an equal paragraph was seen before; paragraphs come from {@link Paragraphs}, so already folded. */
    boolean isRepeat(String paragraph) {
        return paragraph.length() >= MIN_LENGTH && !seen.add(paragraph);
    }
}
