package dev.saywho.attribution.engine;

/**
 * One attribution rule as the catalog ({@code /rules/rules.tsv}) describes it.
 *
 * @param name the provenance recorded on every quote the rule decides
 * @param sieve the coarse family the rule belongs to (null for {@code quotation-marks}, which names no speaker)
 * @param confidence the confidence of a speaker the rule names
 * @param description what the rule saw, in words for people who are not engineers
 */
public record Rule(String name, Sieve sieve, double confidence, String description) {

    /** Whether the rule is a cue rule (it finds a cue and its content) rather than a speaker-only rule. */
    public boolean cue() {
        return sieve != null && sieve.cueSieve();
    }
}
