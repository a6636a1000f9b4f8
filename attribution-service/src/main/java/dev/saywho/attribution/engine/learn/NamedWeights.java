package dev.saywho.attribution.engine.learn;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A model file of weights by feature name, written by the fitting tools under {@code tools/eval}: tab-separated
 * {@code key value} lines (its format, the feature version, the corpus it was fitted on) and {@code weight name value}
 * lines, {@code #} comments. Small models whose features are readable names (the quote-confidence and source models)
 * share it. The reader refuses a file of another format or feature version, a line over {@value #MAX_LINE}
 * characters, more than {@value #MAX_WEIGHTS} weights, a weight that is not a finite number of at most
 * {@value #MAX_WEIGHT} in magnitude, and a weight or key given twice, naming the line. Immutable.
 */
public final class NamedWeights {

    public static final int MAX_WEIGHTS = 20_000;
    public static final double MAX_WEIGHT = 50;
    public static final int MAX_LINE = 400;

    private final Map<String, Double> weights;
    private final Map<String, String> manifest;

    private NamedWeights(Map<String, Double> weights, Map<String, String> manifest) {
        this.weights = weights;
        this.manifest = manifest;
    }

    /**
     * Reads a file of format {@code format} fitted on features {@code features}; {@code what} names the model in
     * messages and {@code refit} says how to make a model that fits this engine.
     */
    public static NamedWeights read(Reader source, String format, String features, String what, String refit)
            throws IOException {
        Map<String, Double> weights = new HashMap<>();
        Map<String, String> manifest = new LinkedHashMap<>();
        BufferedReader in = new BufferedReader(source);
        int number = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            number++;
            if (line.length() > MAX_LINE) {
                throw new IOException("line " + number + " is longer than " + MAX_LINE + " characters");
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols[0].equals("weight")) {
                if (cols.length != 3) {
                    throw new IOException("line " + number + ": a weight line is 'weight<TAB>name<TAB>value'");
                }
                double w = number(cols[2], number);
                if (weights.size() >= MAX_WEIGHTS) {
                    throw new IOException("more than " + MAX_WEIGHTS + " weights");
                }
                if (weights.put(cols[1], w) != null) {
                    throw new IOException("line " + number + ": the weight of '" + cols[1] + "' is given twice");
                }
            } else if (cols.length == 2) {
                if (manifest.put(cols[0], cols[1]) != null) {
                    throw new IOException("line " + number + ": '" + cols[0] + "' is given twice");
                }
            } else {
                throw new IOException("line " + number + ": expected 'key<TAB>value' or a weight line");
            }
        }
        if (!format.equals(manifest.get("format"))) {
            throw new IOException(
                    "not a " + what + " of format " + format + " (format: " + manifest.get("format") + ")");
        }
        if (!features.equals(manifest.get("features"))) {
            throw new IOException("the model was fitted on features " + manifest.get("features")
                    + ", this engine computes " + features + ": " + refit);
        }
        return new NamedWeights(Map.copyOf(weights), Collections.unmodifiableMap(manifest));
    }

    private static double number(String s, int line) throws IOException {
        double w;
        try {
            w = Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new IOException("line " + line + ": '" + s + "' is not a number", e);
        }
        if (!Double.isFinite(w) || Math.abs(w) > MAX_WEIGHT) {
            throw new IOException(
                    "line " + line + ": a weight must be finite and at most " + MAX_WEIGHT + " in magnitude");
        }
        return w;
    }

    /** The weight of {@code feature}; a name the model does not know weighs nothing. */
    public double weight(String feature) {
        return weights.getOrDefault(feature, 0.0);
    }

    public boolean has(String feature) {
        return weights.containsKey(feature);
    }

    /** The sum of the weights of {@code features}. */
    public double sum(Iterable<String> features) {
        double z = 0;
        for (String f : features) {
            z += weight(f);
        }
        return z;
    }

    /**
     * The index of the best-scoring of {@code candidates} (the sum of the weights of its features), -1 when there are
     * none: what the rankers over candidates (source, content) take. The rules' own choice ({@code current}) wins a
     * tie, then the earlier candidate.
     */
    public <T> int best(
            java.util.List<T> candidates,
            java.util.function.Function<T, ? extends Iterable<String>> features,
            java.util.function.Predicate<T> current) {
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < candidates.size(); i++) {
            T c = candidates.get(i);
            double z = sum(features.apply(c));
            if (z > bestScore || (z == bestScore && current.test(c))) {
                best = i;
                bestScore = z;
            }
        }
        return best;
    }

    /** The file's key-value lines (format, features, corpus, its size and hash, date). */
    public Map<String, String> manifest() {
        return manifest;
    }

    /** How many weights there are. */
    public int size() {
        return weights.size();
    }
}
