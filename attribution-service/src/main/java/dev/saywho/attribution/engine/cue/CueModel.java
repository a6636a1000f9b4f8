package dev.saywho.attribution.engine.cue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Set;

import dev.saywho.attribution.engine.learn.ComponentContract;
import dev.saywho.attribution.engine.learn.FeatureSink;
import dev.saywho.attribution.engine.learn.LinearModel;
import dev.saywho.attribution.engine.learn.ModelArchive;
import dev.saywho.attribution.engine.learn.ModelManifest;

/**
 * A trained cue-and-content model: hashed linear weights over the generators its manifest names, and a logistic
 * calibration of their margin ({@code p = 1 / (1 + exp(-(a * margin + b)))}, fitted on cross-validated margins), so
 * {@link #probability} is the chance that the candidate's word is a cue whose content is the candidate's subtree.
 * Immutable and thread-safe.
 */
public final class CueModel {

    public static final String COMPONENT = "cue";
    /** The model file format this code reads and writes. */
    public static final int FORMAT = 1;
    /** Where the shipped model lives on the classpath. */
    public static final String RESOURCE = "/cue/model.bin.gz";

    public static final Set<String> NEEDS = Set.of("words", "upos", "lemmas", "dependencies", "quotation-marks");
    public static final Set<String> ADDS = Set.of("cues", "contents");

    static final String CALIBRATION_A = "calibration.a";
    static final String CALIBRATION_B = "calibration.b";
    static final String THRESHOLD = "decision.threshold";
    static final String GATE_FEATURES = "gate.features";
    static final String GATE_BITS = "gate.bits";
    static final String GATE_THRESHOLD = "gate.threshold";

    private static final ModelArchive ARCHIVE =
            new ModelArchive(0x53574355 /* "SWCU" */, "cue model", "not a Saywho cue model file");

    private final ModelManifest manifest;
    private final CueFeatureSet features;
    private final LinearModel weights;
    private final CueGate gate;
    private final double a;
    private final double b;
    private final double threshold;
    private final ComponentContract contract = new ComponentContract(COMPONENT, NEEDS, ADDS);

    CueModel(ModelManifest manifest, CueFeatureSet features, LinearModel weights, LinearModel gate) {
        this.manifest = manifest;
        this.features = features;
        this.weights = weights;
        this.gate = new CueGate(gate, number(manifest, GATE_THRESHOLD));
        this.a = number(manifest, CALIBRATION_A);
        this.b = number(manifest, CALIBRATION_B);
        this.threshold = number(manifest, THRESHOLD);
    }

    /** Refuses a calibration that would invert the margin and a threshold that is no probability. */
    private void checkCalibration() {
        if (!(a > 0)) {
            throw new IllegalArgumentException("the model's calibration slope " + CALIBRATION_A + "=" + a
                    + " is not positive: a higher margin must mean a likelier cue");
        }
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException(
                    "the model's " + THRESHOLD + "=" + threshold + " is not a probability strictly between 0 and 1");
        }
    }

    private static double number(ModelManifest m, String key) {
        try {
            double v = Double.parseDouble(m.require(key));
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException(key + " is not finite");
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad " + key + " '" + m.get(key) + "'", e);
        }
    }

    private static final class Shipped {
        static final CueModel MODEL = ARCHIVE.load(RESOURCE, CueModel::read);
    }

    /** The model shipped on the classpath, loaded on first use and then shared. */
    public static CueModel shipped() {
        return Shipped.MODEL;
    }

    /** Loads a model from a directory holding {@code model.bin.gz}, or from that file itself. */
    public static CueModel load(Path path) throws IOException {
        return ModelArchive.load(path, CueModel::read);
    }

    /**
     * Reads a model file; refuses, with an {@link IOException} that says why, a file that is not a cue model, a
     * newer format, a descriptor that does not match its hash or names generators this code does not generate the
     * same way, a calibration out of range, damaged weights.
     */
    static CueModel read(InputStream raw) throws IOException {
        DataInputStream in = ARCHIVE.open(raw);
        ModelManifest manifest;
        CueFeatureSet features;
        int bits;
        int gateBits;
        try {
            manifest = ModelArchive.readManifest(in);
            manifest.requireComponent(COMPONENT);
            int format = manifest.format();
            if (format != FORMAT) {
                throw new IllegalArgumentException("the model's format version " + format
                        + " is not the one this code reads (" + FORMAT + "): use the matching Saywho or retrain");
            }
            features = CueFeatureSet.fromDescriptor(manifest.verifiedFeatures());
            bits = manifest.weightsBits();
            if (!CueGate.DESCRIPTOR.equals(manifest.require(GATE_FEATURES))) {
                throw new IllegalArgumentException("the model's gate was trained with " + manifest.get(GATE_FEATURES)
                        + " but this code generates " + CueGate.DESCRIPTOR + ": retrain the model");
            }
            gateBits = Integer.parseInt(manifest.require(GATE_BITS));
        } catch (IllegalArgumentException e) {
            throw ARCHIVE.refused(e);
        }
        LinearModel weights = ARCHIVE.readMoreWeights(in, 2, bits);
        LinearModel gate = ARCHIVE.readWeights(in, 2, gateBits);
        try {
            CueModel model = new CueModel(manifest, features, weights, gate);
            model.checkCalibration();
            return model;
        } catch (IllegalArgumentException e) {
            throw ARCHIVE.refused(e);
        }
    }

    void write(OutputStream raw) throws IOException {
        ARCHIVE.write(raw, manifest, out -> {
            weights.write(out);
            gate.weights().write(out);
        });
    }

    /** Writes the model into {@code dir} as {@code model.bin.gz}. */
    public void save(Path dir) throws IOException {
        ModelArchive.save(dir, this::write);
    }

    public ModelManifest manifest() {
        return manifest;
    }

    public ComponentContract contract() {
        return contract;
    }

    /**
     * The name the engine reports for this model, {@code cue/<corpus>@<date>}: at most 35 characters of letters,
     * digits, dots and dashes whatever the manifest says, so it fits wherever an engine version is stored.
     */
    public String label() {
        return COMPONENT + "/" + tidy(manifest.get(CueTrainer.CORPUS), 20) + "@"
                + tidy(manifest.get(ModelManifest.TRAINING_DATE), 10);
    }

    private static String tidy(String value, int max) {
        String v = value == null ? "unknown" : value.replaceAll("[^A-Za-z0-9.-]", "-");
        return v.length() > max ? v.substring(0, max) : v;
    }

    /** The probability at or above which the engine takes a candidate. */
    public double threshold() {
        return threshold;
    }

    /** The uncalibrated margin of candidate {@code c} (positive: more likely a cue and its content than not). */
    double margin(CueInput in, CueCandidate c, FeatureSink sink, float[] scores) {
        features.features(in, c, sink);
        weights.score(sink.features(), sink.size(), scores);
        return scores[1] - scores[0];
    }

    /** The calibrated probability that candidate {@code c} is a cue and its content. */
    public double probability(CueInput in, CueCandidate c, FeatureSink sink) {
        return logistic(a, b, margin(in, c, sink, new float[2]));
    }

    /** The calibrated probability of an uncalibrated margin. */
    double calibrated(double margin) {
        return logistic(a, b, margin);
    }

    static double logistic(double a, double b, double margin) {
        return 1.0 / (1.0 + Math.exp(-(a * margin + b)));
    }

    /** The sentence gate: which sentences are worth parsing for this model. */
    public CueGate gate() {
        return gate;
    }

    CueFeatureSet features() {
        return features;
    }

    LinearModel weights() {
        return weights;
    }
}
