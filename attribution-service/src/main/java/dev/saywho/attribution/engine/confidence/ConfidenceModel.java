package dev.saywho.attribution.engine.confidence;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import dev.saywho.attribution.engine.learn.ModelArchive;
import dev.saywho.attribution.engine.learn.NamedWeights;
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

    static final int MAX_WEIGHTS = NamedWeights.MAX_WEIGHTS;
    static final double MAX_WEIGHT = NamedWeights.MAX_WEIGHT;
    static final int MAX_LINE = NamedWeights.MAX_LINE;

    private final NamedWeights weights;
    private final double bias;

    private ConfidenceModel(NamedWeights weights) {
        this.weights = weights;
        this.bias = weights.weight(QuoteFeatures.BIAS);
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
        NamedWeights weights = NamedWeights.read(
                source, FORMAT, QuoteFeatures.VERSION, "confidence model", "refit it (./saywho train-confidence)");
        if (!weights.has(QuoteFeatures.BIAS)) {
            throw new IOException("the model has no '" + QuoteFeatures.BIAS + "' weight");
        }
        return new ConfidenceModel(weights);
    }

    /** The probability that a quote with these features has its span and its speaker right. */
    public double probability(List<String> features) {
        double z = bias;
        for (String f : features) {
            if (!f.equals(QuoteFeatures.BIAS)) {
                z += weights.weight(f);
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
        return weights.manifest();
    }

    /** How many weights the model has, the bias included. */
    public int size() {
        return weights.size();
    }
}
