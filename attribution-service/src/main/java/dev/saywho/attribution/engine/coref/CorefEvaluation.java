package dev.saywho.attribution.engine.coref;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Antecedent accuracy by anaphor class, of the learned linker and of the rule baseline on the same anaphors and
 * candidates. An answer is right when the chosen antecedent is in the anaphor's gold chain, or when it chooses none and
 * the anaphor starts its chain (no earlier mention of its entity in the text). Mutable while counting.
 */
public final class CorefEvaluation {

    private final Map<AnaphorClass, int[]> counts = new EnumMap<>(AnaphorClass.class);

    private static final int TOTAL = 0;
    private static final int LEARNED = 1;
    private static final int RULE = 2;
    private static final int STARTS = 3;

    /** Counts one anaphor of class {@code c}. */
    public void add(AnaphorClass c, boolean learnedRight, boolean ruleRight, boolean startsChain) {
        int[] n = counts.computeIfAbsent(c, x -> new int[4]);
        n[TOTAL]++;
        n[LEARNED] += learnedRight ? 1 : 0;
        n[RULE] += ruleRight ? 1 : 0;
        n[STARTS] += startsChain ? 1 : 0;
    }

    private int sum(int what, AnaphorClass... classes) {
        int s = 0;
        for (AnaphorClass c : classes) {
            int[] n = counts.get(c);
            s += n == null ? 0 : n[what];
        }
        return s;
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    /** How many anaphors of these classes were counted. */
    public int total(AnaphorClass... classes) {
        return sum(TOTAL, classes);
    }

    /** The learned linker's accuracy over the anaphors of these classes. */
    public double accuracy(AnaphorClass... classes) {
        return ratio(sum(LEARNED, classes), sum(TOTAL, classes));
    }

    /** The rule baseline's accuracy over the anaphors of these classes. */
    public double ruleAccuracy(AnaphorClass... classes) {
        return ratio(sum(RULE, classes), sum(TOTAL, classes));
    }

    /** The third-person pronoun classes. */
    public static AnaphorClass[] pronouns() {
        return new AnaphorClass[] {AnaphorClass.HE_SHE, AnaphorClass.IT, AnaphorClass.THEY};
    }

    /** A table: one line per class, all pronouns, all anaphors. */
    public String report() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(
                Locale.ROOT, "%-12s %6s %12s %8s %8s%n", "anaphors", "n", "starts chain", "learned", "rule"));
        for (AnaphorClass c : AnaphorClass.values()) {
            line(b, c.name().toLowerCase(Locale.ROOT).replace('_', '/'), c);
        }
        line(b, "pronouns", pronouns());
        line(b, "all", AnaphorClass.values());
        return b.toString();
    }

    private void line(StringBuilder b, String label, AnaphorClass... classes) {
        b.append(String.format(
                Locale.ROOT,
                "%-12s %6d %12d %8.2f %8.2f%n",
                label,
                total(classes),
                sum(STARTS, classes),
                100 * accuracy(classes),
                100 * ruleAccuracy(classes)));
    }
}
