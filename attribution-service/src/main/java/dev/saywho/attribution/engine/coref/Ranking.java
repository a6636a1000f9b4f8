package dev.saywho.attribution.engine.coref;

import java.util.List;
import java.util.OptionalInt;

/**
 * The linker's answer for one anaphor: a probability-like score (a softmax over the model's scores) for each candidate
 * antecedent, in the order given, and for "no antecedent"; they sum to one.
 */
public record Ranking(int anaphor, List<Integer> candidates, List<Double> scores, double none) {

    public Ranking {
        candidates = List.copyOf(candidates);
        scores = List.copyOf(scores);
        if (candidates.size() != scores.size()) {
            throw new IllegalArgumentException(candidates.size() + " candidates but " + scores.size() + " scores");
        }
    }

    /** The best candidate's mention index, or empty when "no antecedent" scores highest (a tie goes to "no antecedent", then to the candidate listed first). */
    public OptionalInt best() {
        int best = -1;
        double top = none;
        for (int i = 0; i < scores.size(); i++) {
            if (scores.get(i) > top) {
                top = scores.get(i);
                best = i;
            }
        }
        return best < 0 ? OptionalInt.empty() : OptionalInt.of(candidates.get(best));
    }

    /** The score of mention {@code mention} as antecedent, or 0 when it was no candidate. */
    public double scoreOf(int mention) {
        int i = candidates.indexOf(mention);
        return i < 0 ? 0 : scores.get(i);
    }
}
