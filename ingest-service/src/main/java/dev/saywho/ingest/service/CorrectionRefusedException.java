package dev.saywho.ingest.service;

/** A correction that cannot be made as asked, and why, so that the API and the pages can each say so in their terms. */
public class CorrectionRefusedException extends RuntimeException {

    /** Why a correction was refused. */
    public enum Reason {
        /** No such quote, speaker, article or change. */
        NOT_FOUND,
        /** The article was deleted (and may be restorable). */
        GONE,
        /** The change was made on a revision that is no longer current. */
        STALE,
        /** The change contradicts the current state (an overlap, a name taken, nothing to undo). */
        CONFLICT
    }

    private final Reason reason;

    public CorrectionRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    static CorrectionRefusedException notFound(String message) {
        return new CorrectionRefusedException(Reason.NOT_FOUND, message);
    }

    static CorrectionRefusedException conflict(String message) {
        return new CorrectionRefusedException(Reason.CONFLICT, message);
    }

    static CorrectionRefusedException stale(String what, long expected, long current) {
        return new CorrectionRefusedException(
                Reason.STALE,
                what + " has changed since revision " + expected + " (it is now at revision " + current
                        + "): reload it, check the other change, and make yours again.");
    }
}
