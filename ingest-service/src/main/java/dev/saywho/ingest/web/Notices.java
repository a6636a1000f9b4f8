package dev.saywho.ingest.web;

/** The messages a page shows after an action redirected back to it. */
final class Notices {

    private Notices() {}

    /**
     * What became of an article pasted on the Analyze page, from the {@code submitted} parameter of the redirect: a
     * text already stored is not stored twice, and the page says that this is the earlier one; null for none.
     */
    static String submission(String outcome) {
        return "duplicate".equals(outcome)
                ? "This article was already stored: this is the earlier copy, with its quotations. Nothing new was"
                        + " stored."
                : null;
    }

    /** What became of a re-attribution, from the {@code reattribution} parameter of the redirect; null for none. */
    static String reattribution(String outcome) {
        if (outcome == null) {
            return null;
        }
        return switch (outcome) {
            case "done" -> "Attributed again: the quotations below are the engine’s new answer.";
            case "unavailable" ->
                "The attribution service is unavailable: the quotations below are unchanged. Try again later.";
            case "refused" ->
                "The attribution service could not attribute this article: the quotations below are unchanged.";
            case "busy" ->
                "This article is being attributed right now: the quotations below are unchanged. Reload in a moment.";
            case "key-refused" -> "An API key is required to attribute again, and the one given was missing or wrong.";
            default -> null;
        };
    }
}
