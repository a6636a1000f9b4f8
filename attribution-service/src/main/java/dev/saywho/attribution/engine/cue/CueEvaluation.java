package dev.saywho.attribution.engine.cue;

import java.util.Locale;

/**
 * The cue model's own figures over scored candidates: precision, recall and F1 of the candidates it takes at a
 * threshold, and how well its probability is calibrated (expected calibration error over ten equal-width bins, and the
 * reliability table behind it). Not thread-safe.
 */
public final class CueEvaluation {

    private static final int BINS = 10;

    private final double threshold;
    private final long[] n = new long[BINS];
    private final double[] sumProbability = new double[BINS];
    private final long[] right = new long[BINS];
    private long truePositives;
    private long falsePositives;
    private long falseNegatives;
    private long total;
    private double lowestThreshold = Double.POSITIVE_INFINITY;
    private double highestThreshold = Double.NEGATIVE_INFINITY;

    public CueEvaluation(double threshold) {
        this.threshold = threshold;
    }

    /** One candidate: the model's probability, and whether it is an annotated cue and its content. */
    public void add(double probability, boolean isRight) {
        add(probability, isRight, threshold);
    }

    /**
     * One candidate scored by a model with threshold {@code modelThreshold} (cross-validation: each fold's model has
     * the threshold its trainer chose).
     */
    public void add(double probability, boolean isRight, double modelThreshold) {
        lowestThreshold = Math.min(lowestThreshold, modelThreshold);
        highestThreshold = Math.max(highestThreshold, modelThreshold);
        boolean taken = probability >= modelThreshold;
        truePositives += taken && isRight ? 1 : 0;
        falsePositives += taken && !isRight ? 1 : 0;
        falseNegatives += !taken && isRight ? 1 : 0;
        int b = Math.min(BINS - 1, Math.max(0, (int) (probability * BINS)));
        n[b]++;
        sumProbability[b] += probability;
        right[b] += isRight ? 1 : 0;
        total++;
    }

    public double precision() {
        return truePositives / (double) Math.max(1, truePositives + falsePositives);
    }

    public double recall() {
        return truePositives / (double) Math.max(1, truePositives + falseNegatives);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** The expected calibration error: each bin's gap between mean probability and observed rate, by its share. */
    public double expectedCalibrationError() {
        double ece = 0;
        for (int b = 0; b < BINS; b++) {
            if (n[b] > 0) {
                ece += n[b] / (double) total * Math.abs(sumProbability[b] / n[b] - right[b] / (double) n[b]);
            }
        }
        return ece;
    }

    /** The figures and the reliability table, in Markdown. */
    public String report() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(
                Locale.ROOT,
                "cue+content candidates: %d, right %d; at p >= %s: P %.3f R %.3f F1 %.3f%n",
                total,
                truePositives + falseNegatives,
                total == 0 || lowestThreshold == highestThreshold
                        ? String.format(Locale.ROOT, "%.3f", total == 0 ? threshold : lowestThreshold)
                        : String.format(Locale.ROOT, "%.3f-%.3f (each model's own)", lowestThreshold, highestThreshold),
                precision(),
                recall(),
                f1()));
        b.append("| probability | candidates | mean predicted | observed right |\n|---|---:|---:|---:|\n");
        for (int i = 0; i < BINS; i++) {
            b.append(String.format(
                    Locale.ROOT,
                    "| %.1f-%.1f | %d | %.3f | %.3f |%n",
                    i / (double) BINS,
                    (i + 1) / (double) BINS,
                    n[i],
                    n[i] == 0 ? 0 : sumProbability[i] / n[i],
                    n[i] == 0 ? 0 : right[i] / (double) n[i]));
        }
        b.append(String.format(
                Locale.ROOT, "expected calibration error (%d bins): %.4f%n", BINS, expectedCalibrationError()));
        return b.toString();
    }
}
