package dev.saywho.attribution.engine.source;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.saywho.attribution.engine.learn.ModelArchive;
import dev.saywho.attribution.engine.learn.NamedWeights;

/**
 * The source model: a conditional log-linear ranker over a quote's {@link SourceCandidates}. Each candidate scores the
 * sum of its features' weights, and the quote's source is the best-scoring one; the rules' choice keeps a tie. The
 * weights come from a {@link NamedWeights} file of format {@value #FORMAT}, fitted by {@code tools/eval/source.py} on
 * the engine's cross-validated candidates and the annotated sources of a corpus. Immutable and thread-safe.
 */
public final class SourceModel {

    /** The file format this code reads. */
    public static final String FORMAT = "saywho-source/1";
    /** Where the shipped model lives on the classpath. */
    public static final String RESOURCE = "/source/model.tsv";

    private final NamedWeights weights;

    private SourceModel(NamedWeights weights) {
        this.weights = weights;
    }

    private static final class Shipped {
        static final SourceModel MODEL = ModelArchive.loadResource(
                RESOURCE, "source model", raw -> read(new InputStreamReader(raw, StandardCharsets.UTF_8)));
    }

    /** The model shipped with the engine, fitted on its cross-validated candidates over PolNeAR dev. */
    public static SourceModel shipped() {
        return Shipped.MODEL;
    }

    /** Reads a model file; an {@link IOException} says what is wrong with it and on which line. */
    public static SourceModel read(Reader source) throws IOException {
        return new SourceModel(NamedWeights.read(
                source, FORMAT, SourceCandidates.VERSION, "source model", "refit it (./saywho train-source)"));
    }

    /** Reads a model file from disk. */
    public static SourceModel load(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r);
        }
    }

    /** The score of one candidate: the sum of the weights of its features. */
    public double score(SourceCandidates.Candidate candidate) {
        return weights.sum(candidate.features());
    }

    /**
     * The index of the best candidate of {@code candidates}, or -1 when there are none; the rules' choice wins a tie,
     * then the earlier candidate.
     */
    public int choose(List<SourceCandidates.Candidate> candidates) {
        return weights.best(candidates, SourceCandidates.Candidate::features, SourceCandidates.Candidate::current);
    }

    /** The file's key-value lines (format, features, corpus, its size and hash, date). */
    public Map<String, String> manifest() {
        return weights.manifest();
    }

    /** How many weights the model has. */
    public int size() {
        return weights.size();
    }
}
