package dev.saywho.attribution.engine.entities;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Exact-span precision, recall and F1 per type and micro-averaged (CoNLL's conlleval counting: an entity is right
 * when its first word, last word and type are all right). Only the {@code scored} types count: on a test set that
 * does not annotate a type (UNER English-EWT annotates no {@code OTH}), predictions of that type are left out rather
 * than counted wrong.
 */
public final class SpanEvaluation {

    private final Set<EntityType> scored;
    private final Map<EntityType, long[]> counts = new EnumMap<>(EntityType.class);
    private long sentences;

    /** An empty evaluation of {@code scored} types; add sentences with {@link #add}. */
    public SpanEvaluation(Set<EntityType> scored) {
        this.scored = Collections.unmodifiableSet(EnumSet.copyOf(scored));
        for (EntityType t : scored) {
            counts.put(t, new long[3]);
        }
    }

    /** Counts one sentence: its gold entities against the predicted ones. */
    public void add(List<EntitySpan> gold, List<EntitySpan> predicted) {
        sentences++;
        Set<EntitySpan> g = new HashSet<>();
        for (EntitySpan s : gold) {
            if (scored.contains(s.type())) {
                g.add(s);
                counts.get(s.type())[1]++;
            }
        }
        for (EntitySpan s : predicted) {
            if (scored.contains(s.type())) {
                counts.get(s.type())[2]++;
                if (g.contains(s)) {
                    counts.get(s.type())[0]++;
                }
            }
        }
    }

    public Set<EntityType> scored() {
        return scored;
    }

    public long sentences() {
        return sentences;
    }

    public long gold(EntityType t) {
        return counts.get(t)[1];
    }

    public double precision(EntityType t) {
        long[] c = counts.get(t);
        return ratio(c[0], c[2]);
    }

    public double recall(EntityType t) {
        long[] c = counts.get(t);
        return ratio(c[0], c[1]);
    }

    public double f1(EntityType t) {
        return f1(precision(t), recall(t));
    }

    private long sum(int k) {
        long s = 0;
        for (long[] c : counts.values()) {
            s += c[k];
        }
        return s;
    }

    public long goldTotal() {
        return sum(1);
    }

    public double microPrecision() {
        return ratio(sum(0), sum(2));
    }

    public double microRecall() {
        return ratio(sum(0), sum(1));
    }

    public double microF1() {
        return f1(microPrecision(), microRecall());
    }

    private static double ratio(long a, long b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** A table of precision, recall and F1 per type and micro-averaged, with gold counts. */
    public String report() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "  %-13s %6s %6s %6s %6s%n", "type", "gold", "P", "R", "F1"));
        for (EntityType t : scored) {
            b.append(String.format(
                    Locale.ROOT,
                    "  %-13s %6d %6.2f %6.2f %6.2f%n",
                    t,
                    gold(t),
                    100 * precision(t),
                    100 * recall(t),
                    100 * f1(t)));
        }
        b.append(String.format(
                Locale.ROOT,
                "  %-13s %6d %6.2f %6.2f %6.2f%n",
                "micro",
                goldTotal(),
                100 * microPrecision(),
                100 * microRecall(),
                100 * microF1()));
        return b.toString();
    }
}
