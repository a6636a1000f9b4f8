package dev.saywho.attribution.engine.entities;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.saywho.attribution.engine.learn.ComponentContract;
import dev.saywho.attribution.engine.learn.FeatureSink;
import dev.saywho.attribution.engine.learn.LinearModel;
import dev.saywho.attribution.engine.learn.ModelArchive;
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
    public static final String FILE_NAME = ModelArchive.FILE_NAME;
    /** Needs: the words of a sentence, always; their UPOS tags, when the model's features read them. */
    public static final String WORDS = "words";

    public static final String UPOS = "upos";
    /** What the component adds to a sentence. */
    public static final String ENTITIES = "entities";

    private static final ModelArchive ARCHIVE =
            new ModelArchive(0x5357454E /* "SWEN" */, "entity model", "not a Saywho model file");

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
        return ARCHIVE.load(RESOURCE, EntityModel::read);
    }

    /** Loads a model from a directory holding {@value #FILE_NAME}, or from that file itself. */
    public static EntityModel load(Path path) throws IOException {
        return ModelArchive.load(path, EntityModel::read);
    }

    /**
     * Reads a model file. Refuses, with an {@link IOException} that says why: something that is not a Saywho model,
     * a model of another component, a format newer than {@link #FORMAT}, a manifest whose feature descriptor does not
     * match its hash or names generators this code does not generate the same way, labels other than this code's,
     * weights that do not fit, and a damaged or truncated file.
     */
    static EntityModel read(InputStream raw) throws IOException {
        DataInputStream in = ARCHIVE.open(raw);
        ModelManifest manifest;
        FeatureSet features;
        int bits;
        Gazetteer gazetteer;
        try {
            manifest = ModelArchive.readManifest(in);
            checkComponentAndFormat(manifest);
            gazetteer = Gazetteer.read(in);
            features = check(manifest, gazetteer);
            bits = manifest.weightsBits();
        } catch (IllegalArgumentException e) {
            throw ARCHIVE.refused(e);
        }
        LinearModel weights = ARCHIVE.readWeights(in, BioLabels.COUNT, bits);
        return new EntityModel(manifest, features, weights, gazetteer);
    }

    /** Checks that the manifest is of this component and of a format this code reads, before reading further. */
    private static void checkComponentAndFormat(ModelManifest m) {
        m.requireComponent(COMPONENT);
        int format = m.format();
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
        return FeatureSet.fromDescriptor(m.verifiedFeatures(), gazetteer);
    }

    void write(OutputStream raw) throws IOException {
        ARCHIVE.write(raw, manifest, out -> {
            gazetteer.write(out);
            weights.write(out);
        });
    }

    void save(Path dir) throws IOException {
        ModelArchive.save(dir, this::write);
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
