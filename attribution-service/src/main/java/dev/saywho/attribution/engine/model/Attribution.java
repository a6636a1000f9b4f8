package dev.saywho.attribution.engine.model;

import dev.saywho.attribution.engine.Rule;
import dev.saywho.attribution.engine.Sieve;

/** A sieve's decision: the candidate, the mention it rests on, the rule that decided and its confidence. */
public record Attribution(Candidate candidate, Mention mention, Rule rule, double confidence) {

    /** The decision's coarse family, or null when no rule named a speaker. */
    public Sieve sieve() {
        return rule == null ? null : rule.sieve();
    }
}
