package dev.saywho.attribution.engine.confidence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.saywho.attribution.engine.learn.ModelArchive;
import dev.saywho.common.Quote;

/**
 * A fitted quote-confidence model: a weight per {@link QuoteFeatures} name, and {@link #probability} the logistic of
 * their sum over a quote's features (a name the model does not know weighs nothing). The weights come from a file
 * of tab-separated lines: {@code key value} lines (its format, the feature version, the corpus it was fitted on)
 * and {@code weight name value} lines. A file in another format or of another feature version, or with a weight that
 * is not a finite number of at most {@value #MAX_WEIGHT} in magnitude, is refused. Immutable and thread-safe.
 */
public final class ConfidenceModel {

    /** The file format this code reads. */
    public static final String FORMAT = "saywho-confidence/1";
    /** Where the shipped model lives on the classpath. */
    public static final String RESOURCE = "/confidence/model.tsv";

    static final int MAX_WEIGHTS = 20_000;
    static final double MAX_WEIGHT = 50;
    static final int MAX_LINE = 400;

    private final Map<String, Double> weights;
    private final Map<String, String> manifest;
    private final double bias;

    private ConfidenceModel(Map<String, Double> weights, Map<String, String> manifest) {
        this.weights = weights;
        this.manifest = manifest;
        this.bias = weights.get(QuoteFeatures.BIAS);
    }

    private static final class Shipped {
        static final ConfidenceModel MODEL = ModelArchive.loadResource(
                RESOURCE, "confidence model", raw -> read(new InputStreamReader(raw, StandardCharsets.UTF_8)));
    }

    /** The model shipped with the engine, fitted on its cross-validated predictions over PolNeAR dev. */
    public static ConfidenceModel shipped() {
        return Shipped.MODEL;
    }

    /** Reads a model file; an {@link IOException} says what is wrong with it and on which line. */
    public static ConfidenceModel read(Reader source) throws IOException {
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
        if (!FORMAT.equals(manifest.get("format"))) {
            throw new IOException(
                    "not a confidence model of format " + FORMAT + " (format: " + manifest.get("format") + ")");
        }
        if (!QuoteFeatures.VERSION.equals(manifest.get("features"))) {
            throw new IOException("the model was fitted on features " + manifest.get("features")
                    + ", this engine computes " + QuoteFeatures.VERSION + ": refit it (./saywho train-confidence)");
        }
        if (!weights.containsKey(QuoteFeatures.BIAS)) {
            throw new IOException("the model has no '" + QuoteFeatures.BIAS + "' weight");
        }
        return new ConfidenceModel(Map.copyOf(weights), Collections.unmodifiableMap(manifest));
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

    /** The probability that a quote with these features has its span and its speaker right. */
    public double probability(List<String> features) {
        double z = bias;
        for (String f : features) {
            if (!f.equals(QuoteFeatures.BIAS)) {
                z += weights.getOrDefault(f, 0.0);
            }
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** The probability for {@code quote}, rounded to three decimals as the API reports it. */
    public double probability(Quote quote) {
        return Math.round(probability(QuoteFeatures.of(quote)) * 1000) / 1000.0;
    }

    /** The file's key-value lines (format, features, corpus, its size and hash, date). */
    public Map<String, String> manifest() {
        return manifest;
    }

    /** How many weights the model has, the bias included. */
    public int size() {
        return weights.size();
    }
}
