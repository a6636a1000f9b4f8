package dev.saywho.ingest.rest;

import jakarta.ws.rs.core.EntityTag;

/**
 * Revisions as HTTP sees them: a quote's or a speaker's revision is its entity tag, and a correction names the one it
 * was made on in If-Match, so that a change made on a stale copy is refused (412) instead of silently undoing someone
 * else's.
 */
public final class Revisions {

    /** Longest If-Match value read; a revision is a number. */
    private static final int MAX_IF_MATCH = 64;

    private Revisions() {}

    /** The entity tag of a revision. */
    static EntityTag tag(long revision) {
        return new EntityTag(Long.toString(revision));
    }

    /**
     * The revision an If-Match header names ({@code "3"}, {@code W/"3"} or {@code 3}).
     *
     * @throws RevisionRequiredException when there is none, or it names no revision
     */
    static long required(String ifMatch, String what) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new RevisionRequiredException("Send the revision of the " + what + " you corrected as If-Match (its "
                    + "ETag, from GET), so that a change made meanwhile by someone else is not overwritten.");
        }
        String value = ifMatch.strip();
        if (value.length() > MAX_IF_MATCH) {
            throw new RevisionRequiredException("If-Match is too long: it is one revision, such as \"3\".");
        }
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        try {
            long revision = Long.parseLong(value);
            if (revision >= 0) {
                return revision;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new RevisionRequiredException(
                "If-Match must name one revision of the " + what + ", such as \"3\" (its ETag, from GET).");
    }

    /** A correction without a usable If-Match (428). */
    public static final class RevisionRequiredException extends RuntimeException {
        RevisionRequiredException(String message) {
            super(message);
        }
    }
}
