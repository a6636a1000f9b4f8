package dev.saywho.ingest.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

import dev.saywho.ingest.http.FormKeyCheck;
import dev.saywho.ingest.service.CorrectionRefusedException;
import dev.saywho.ingest.service.InvalidInputException;

/**
 * What became of a correction made from a page, as the code its redirect carries ({@code ?done=saved}) and the notice
 * the page then shows. Codes, not messages, travel in the URL, so that nobody can make a page say what it did not.
 */
enum CorrectionOutcome {
    SAVED("Saved: the quotation is corrected, and the engine will not overwrite it."),
    REVIEWED("Marked as reviewed: it stays as it is when the article is attributed again."),
    REJECTED("Marked “not a quotation”: it is gone from every list. Undo it in the history below."),
    ADDED("Quotation added."),
    DELETED("Article deleted. It can be restored until the retention window ends."),
    RESTORED("Article restored with its quotations."),
    UNDONE("Undone."),
    RENAMED("Speaker saved."),
    MERGED("Merged: every quotation follows, and the merged name stays as an alias."),
    SPLIT("The quotations were moved to that speaker."),
    STALE("Someone changed this meanwhile, so your change was not saved: this is how it is now. Make your change again "
            + "if it is still needed."),
    CONFLICT("Not saved: it contradicts what is stored now (an overlapping quotation, a name another speaker has, or a "
            + "later change to undo first). The history below says what changed."),
    INVALID("Not saved: check the fields (a name needs letters; texts are at most 512 characters on one line; a span "
            + "must lie inside the text and hold words)."),
    GONE("That article was deleted."),
    NOT_FOUND("Not saved: it no longer exists."),
    KEY_REFUSED("An API key is required for corrections, and the one given was missing or wrong.");

    private final String notice;

    CorrectionOutcome(String notice) {
        this.notice = notice;
    }

    String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    String notice() {
        return notice;
    }

    /** The notice for a redirect's code; null for none or an unknown one. */
    static String noticeOf(String code) {
        return Arrays.stream(values())
                .filter(o -> o.code().equals(code))
                .findFirst()
                .map(CorrectionOutcome::notice)
                .orElse(null);
    }

    /** Runs a correction if the form's API key is accepted (when keys are required), and says what became of it. */
    static CorrectionOutcome attempt(
            FormKeyCheck keyCheck, String apiKey, Supplier<?> correction, CorrectionOutcome success) {
        return keyCheck.accepts(apiKey) ? attempt(correction, success) : KEY_REFUSED;
    }

    /** Runs a correction, and says what became of it. */
    static CorrectionOutcome attempt(Supplier<?> correction, CorrectionOutcome success) {
        try {
            var unused = correction.get();
            return success;
        } catch (InvalidInputException e) {
            return INVALID;
        } catch (CorrectionRefusedException e) {
            return switch (e.reason()) {
                case STALE -> STALE;
                case CONFLICT -> CONFLICT;
                case GONE -> GONE;
                case NOT_FOUND -> NOT_FOUND;
            };
        }
    }
}
