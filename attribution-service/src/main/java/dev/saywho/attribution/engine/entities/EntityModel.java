package dev.saywho.attribution.engine.entities;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import dev.saywho.attribution.engine.learn.ComponentContract;
import dev.saywho.attribution.engine.learn.FeatureSink;
import dev.saywho.attribution.engine.learn.LinearModel;
import dev.saywho.attribution.engine.learn.ModelManifest;

/**
 * The named-entity recogniser: a structured averaged perceptron over BIO labels (Viterbi decoding) that finds
 * {@link EntityType#PERSON}, {@link EntityType#ORGANIZATION}, {@link EntityType#PLACE} and {@link EntityType#OTHER}
 * names in a sentence given as words (and the tagger's UPOS tags, which the shipped model reads), with word lists
 * stored in the model (its {@link Gazetteer}). Trained on GUM's
 * Wikimedia documents and UNER English-EWT dev (the model is CC BY-SA 4.0, see NOTICE). Load once; immutable and
 * thread-safe.
 */
public final class EntityModel {

    /** The component's name, in its contract and its manifest. */
    public static final String COMPONENT = "entities";
    /** The newest model file format this code reads and the one it writes. */
    public static final int FORMAT = 1;
    /** Classpath location of the shipped model. */
    public static final String RESOURCE = "/entities/model.bin.gz";
    /** File name of a model in a directory. */
    public static final String FILE_NAME = "model.bin.gz";
    /** Needs: the words of a sentence, always; their UPOS tags, when the model's features read them. */
    public static final String WORDS = "words";

    public static final String UPOS = "upos";
    /** What the component adds to a sentence. */
    public static final String ENTITIES = "entities";

    private static final int MAGIC = 0x5357454E; // "SWEN"
    private static final int MAX_MANIFEST_BYTES = 1 << 20;

    private final ModelManifest manifest;
    private final FeatureSet features;
    private final LinearModel weights;
    private final Gazetteer gazetteer;
    private final ComponentContract contract;

    EntityModel(ModelManifest manifest, FeatureSet features, LinearModel weights, Gazetteer gazetteer) {
        this.manifest = manifest;
        this.features = features;
        this.weights = weights;
        this.gazetteer = gazetteer;
        Set<String> needs = new LinkedHashSet<>();
        needs.add(WORDS);
        needs.addAll(features.needs());
        this.contract = new ComponentContract(COMPONENT, needs, Set.of(ENTITIES));
    }

    /** Loads the model shipped on the classpath. */
    public static EntityModel load() {
        InputStream in = EntityModel.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("no entity model on the classpath at " + RESOURCE);
        }
        try (in) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the entity model " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** Loads a model from a directory holding {@value #FILE_NAME}, or from that file itself. */
    public static EntityModel load(Path path) throws IOException {
        Path file = Files.isDirectory(path) ? path.resolve(FILE_NAME) : path;
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    /**
     * Reads a model file. Refuses, with an {@link IOException} that says why: something that is not a Saywho model,
     * a model of another component, a format newer than {@link #FORMAT}, a manifest whose feature descriptor does not
     * match its hash or names generators this code does not generate the same way, labels other than this code's,
     * weights that do not fit, and a damaged or truncated file.
     */
    static EntityModel read(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16));
        if (in.readInt() != MAGIC) {
            throw new IOException("not a Saywho model file");
        }
        int length = in.readInt();
        if (length < 0 || length > MAX_MANIFEST_BYTES) {
            throw new IOException("bad manifest length " + length);
        }
        byte[] text = new byte[length];
        in.readFully(text);
        ModelManifest manifest;
        FeatureSet features;
        int bits;
        Gazetteer gazetteer;
        try {
            manifest = ModelManifest.parse(new String(text, StandardCharsets.UTF_8));
            checkComponentAndFormat(manifest);
            gazetteer = Gazetteer.read(in);
            features = check(manifest, gazetteer);
            bits = Integer.parseInt(manifest.require(ModelManifest.WEIGHTS_BITS));
        } catch (IllegalArgumentException e) {
            throw new IOException("refused entity model: " + e.getMessage(), e);
        }
        LinearModel weights = LinearModel.read(in);
        if (weights.classes() != BioLabels.COUNT || weights.bits() != bits) {
            throw new IOException("refused entity model: the weights have " + weights.classes() + " classes and "
                    + weights.bits() + " bits, the manifest says " + BioLabels.COUNT + " and " + bits);
        }
        if (in.read() != -1) {
            throw new IOException("refused entity model: bytes after the weights");
        }
        return new EntityModel(manifest, features, weights, gazetteer);
    }

    /** Checks that the manifest is of this component and of a format this code reads, before reading further. */
    private static void checkComponentAndFormat(ModelManifest m) {
        String component = m.require(ModelManifest.COMPONENT);
        if (!component.equals(COMPONENT)) {
            throw new IllegalArgumentException(
                    "this is a model of component '" + component + "', not '" + COMPONENT + "'");
        }
        int format;
        try {
            format = Integer.parseInt(m.require(ModelManifest.FORMAT));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad format version '" + m.get(ModelManifest.FORMAT) + "'", e);
        }
        if (format > FORMAT) {
            throw new IllegalArgumentException("the model's format version " + format
                    + " is newer than this code reads (" + FORMAT + "): use a newer Saywho or retrain the model");
        }
        if (format < 1) {
            throw new IllegalArgumentException("bad format version " + format);
        }
    }

    /** Checks what a manifest says the model is against what this code is; returns the model's feature generators. */
    private static FeatureSet check(ModelManifest m, Gazetteer gazetteer) {
        if (!gazetteer.sha256().equals(m.require(ModelManifest.GAZETTEER_SHA256))) {
            throw new IllegalArgumentException("the stored gazetteer does not match the manifest's hash");
        }
        String labels = String.join(" ", BioLabels.all());
        if (!m.require(ModelManifest.LABELS).equals(labels)) {
            throw new IllegalArgumentException(
                    "the model's labels (" + m.get(ModelManifest.LABELS) + ") are not this code's (" + labels + ")");
        }
        String descriptor = m.require(ModelManifest.FEATURES);
        if (!ModelManifest.sha256(descriptor).equals(m.require(ModelManifest.FEATURES_SHA256))) {
            throw new IllegalArgumentException("the feature descriptor does not match its hash (a damaged or edited"
                    + " manifest): " + descriptor);
        }
        return FeatureSet.fromDescriptor(descriptor, gazetteer);
    }

    void write(OutputStream raw) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(raw, 1 << 16);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(gz, 1 << 16));
        out.writeInt(MAGIC);
        byte[] text = manifest.text().getBytes(StandardCharsets.UTF_8);
        out.writeInt(text.length);
        out.write(text);
        gazetteer.write(out);
        weights.write(out);
        out.flush();
        gz.finish();
    }

    void save(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (OutputStream out = Files.newOutputStream(dir.resolve(FILE_NAME))) {
            write(out);
        }
    }

    /** What the model is and where it comes from. */
    public ModelManifest manifest() {
        return manifest;
    }

    /** The component's name, what it needs ({@value #WORDS}, and {@value #UPOS} when its features read tags). */
    public ComponentContract contract() {
        return contract;
    }

    /** Whether the model reads UPOS tags (then {@link #recognize} needs them). */
    public boolean needsTags() {
        return contract.needs().contains(UPOS);
    }

    /**
     * The named entities of one sentence given as words (UD words, as the treebanks and the engine's {@code UdWords}
     * cut them) and their UPOS tags (null when the model does not read them), in order and never overlapping. No side
     * effects; linear in the number and length of the words.
     */
    public List<EntitySpan> recognize(List<String> words, List<String> upos) {
        if (words == null || words.isEmpty()) {
            return List.of();
        }
        if (upos == null && needsTags()) {
            throw new IllegalArgumentException("this entity model reads UPOS tags: pass the tagger's tags");
        }
        Tokens tokens = new Tokens(words, upos);
        int[] labels =
                new SequenceDecoder(features).decode(tokens, features.words(tokens, new FeatureSink()), weights::score);
        return List.copyOf(BioLabels.decode(labels));
    }

    /** {@link #recognize} for each sentence of a batch; the same answers as one sentence at a time. */
    public List<List<EntitySpan>> recognizeAll(List<List<String>> sentences, List<List<String>> upos) {
        if (upos != null && upos.size() != sentences.size()) {
            throw new IllegalArgumentException(sentences.size() + " sentences but " + upos.size() + " tag lists");
        }
        List<List<EntitySpan>> out = new ArrayList<>(sentences.size());
        for (int s = 0; s < sentences.size(); s++) {
            out.add(recognize(sentences.get(s), upos == null ? null : upos.get(s)));
        }
        return out;
    }

    FeatureSet features() {
        return features;
    }

    LinearModel weights() {
        return weights;
    }

    Gazetteer gazetteer() {
        return gazetteer;
    }
}
