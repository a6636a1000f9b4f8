package dev.saywho.attribution.engine.content;

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
 * The content model: a conditional log-linear ranker over the candidate ends of a frame's content
 * ({@link ContentCandidates}). Each candidate scores the sum of its features' weights and the content ends at the
 * best-scoring one; the rules' end keeps a tie. The weights come from a {@link NamedWeights} file of format
 * {@value #FORMAT}, fitted by {@code tools/eval/content.py} on the engine's cross-validated candidates and the
 * annotated contents of a corpus. Immutable and thread-safe.
 */
public final class ContentModel {

    /** The file format this code reads. */
    public static final String FORMAT = "saywho-content/1";
    /** Where the shipped model lives on the classpath. */
    public static final String RESOURCE = "/content/model.tsv";

    private final NamedWeights weights;

    private ContentModel(NamedWeights weights) {
        this.weights = weights;
    }

    private static final class Shipped {
        static final ContentModel MODEL = ModelArchive.loadResource(
                RESOURCE, "content model", raw -> read(new InputStreamReader(raw, StandardCharsets.UTF_8)));
    }

    /** The model shipped with the engine, fitted on its cross-validated candidates over PolNeAR dev. */
    public static ContentModel shipped() {
        return Shipped.MODEL;
    }

    /** Reads a model file; an {@link IOException} says what is wrong with it and on which line. */
    public static ContentModel read(Reader source) throws IOException {
        return new ContentModel(NamedWeights.read(
                source, FORMAT, ContentCandidates.VERSION, "content model", "refit it (./saywho train-content)"));
    }

    /** Reads a model file from disk. */
    public static ContentModel load(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r);
        }
    }

    /**
     * The index of the best candidate of {@code candidates}, or -1 when there are none; the rules' choice wins a tie,
     * then the earlier candidate.
     */
    public int choose(List<ContentCandidates.Candidate> candidates) {
        return weights.best(candidates, ContentCandidates.Candidate::features, ContentCandidates.Candidate::current);
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
