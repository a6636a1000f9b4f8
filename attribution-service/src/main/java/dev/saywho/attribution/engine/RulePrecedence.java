package dev.saywho.attribution.engine;

import java.util.Map;

/** Which cue rules are on and which wins when two claim the same text: a lower rank wins. */
public final class RulePrecedence {

    private final Map<String, Integer> rank;

    RulePrecedence(Map<String, Integer> rank) {
        this.rank = Map.copyOf(rank);
    }

    /** Whether the rule is switched on. */
    public boolean enabled(Rule rule) {
        return rank.containsKey(rule.name());
    }

    /** The rule's rank (0 wins over 1); switched-off rules rank last. */
    public int rank(Rule rule) {
        return rank.getOrDefault(rule.name(), Integer.MAX_VALUE);
    }
}
