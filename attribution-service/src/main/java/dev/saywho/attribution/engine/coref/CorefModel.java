package dev.saywho.attribution.engine.coref;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import dev.saywho.attribution.engine.learn.ComponentContract;
import dev.saywho.attribution.engine.learn.FeatureSink;
import dev.saywho.attribution.engine.learn.LinearModel;
import dev.saywho.attribution.engine.learn.ModelArchive;
import dev.saywho.attribution.engine.learn.ModelManifest;

/**
 * The coreference linker: a learned antecedent ranker (a mention-ranking averaged perceptron, Denis and Baldridge
 * 2008, Wiseman et al. 2015 without the network) that scores each earlier mention of a text as the antecedent of a
 * third-person pronoun or a definite description, against "no antecedent". Trained on the coreference chains of GUM's
 * Wikimedia documents (the model is CC BY-SA 4.0, see NOTICE). Reads words, tags, lemmas, a dependency tree and the
 * mentions a caller found; knows nothing of the engine's document. Load once; immutable and thread-safe.
 */
public final class CorefModel {

    /** The component's name, in its contract and its manifest. */
    public static final String COMPONENT = "coref";
    /** The newest model file format this code reads and the one it writes. */
    public static final int FORMAT = 1;
    /** Classpath location of the shipped model. */
    public static final String RESOURCE = "/coref/model.bin.gz";
    /** File name of a model in a directory. */
    public static final String FILE_NAME = ModelArchive.FILE_NAME;
    /** What the component needs of a text and adds to it. */
    public static final Set<String> NEEDS = Set.of("words", "upos", "lemmas", "dependencies", "mentions");

    public static final Set<String> ADDS = Set.of("antecedents");
    /** How many sentences back a pronoun's candidates reach (0: its own sentence only). */
    public static final int PRONOUN_WINDOW = 3;
    /** How many sentences back a description's candidates reach. */
    public static final int NOMINAL_WINDOW = 10;
    /** At most this many candidates, the nearest, for any anaphor: keeps a call linear in the text. */
    public static final int MAX_CANDIDATES = 120;

    private static final ModelArchive ARCHIVE =
            new ModelArchive(0x5357434F /* "SWCO" */, "coreference model", "not a Saywho coreference model file");

    private final ModelManifest manifest;
    private final CorefFeatureSet features;
    private final LinearModel weights;
    private final CorefLexicon lexicon;
    private final ComponentContract contract = new ComponentContract(COMPONENT, NEEDS, ADDS);

    CorefModel(ModelManifest manifest, CorefFeatureSet features, LinearModel weights) {
        this.manifest = manifest;
        this.features = features;
        this.weights = weights;
        this.lexicon = CorefLexicon.standard();
    }

    private static final class Shipped {
        static final CorefModel MODEL = load();
    }

    /** The model shipped on the classpath, loaded on first use and then shared (it is immutable). */
    public static CorefModel shipped() {
        return Shipped.MODEL;
    }

    /** Loads the model shipped on the classpath. */
    public static CorefModel load() {
        return ARCHIVE.load(RESOURCE, CorefModel::read);
    }

    /** Loads a model from a directory holding {@value #FILE_NAME}, or from that file itself. */
    public static CorefModel load(Path path) throws IOException {
        return ModelArchive.load(path, CorefModel::read);
    }

    /**
     * Reads a model file. Refuses, with an {@link IOException} that says why: something that is not a Saywho model, a
     * model of another component, a format newer than {@link #FORMAT}, a feature descriptor that does not match its
     * hash or names generators this code does not generate the same way, weights that do not fit, a damaged file.
     */
    static CorefModel read(InputStream raw) throws IOException {
        DataInputStream in = ARCHIVE.open(raw);
        ModelManifest manifest;
        CorefFeatureSet features;
        int bits;
        try {
            manifest = ModelArchive.readManifest(in);
            features = check(manifest);
            bits = manifest.weightsBits();
        } catch (IllegalArgumentException e) {
            throw ARCHIVE.refused(e);
        }
        LinearModel weights = ARCHIVE.readWeights(in, 1, bits);
        return new CorefModel(manifest, features, weights);
    }

    /** Checks what a manifest says the model is against what this code is; returns the model's feature generators. */
    private static CorefFeatureSet check(ModelManifest m) {
        m.requireComponent(COMPONENT);
        int format = m.format();
        if (format > FORMAT || format < 1) {
            throw new IllegalArgumentException("the model's format version " + format + " is not the one this code"
                    + " reads (" + FORMAT + "): use the matching Saywho or retrain the model");
        }
        return CorefFeatureSet.fromDescriptor(m.verifiedFeatures());
    }

    void write(OutputStream raw) throws IOException {
        ARCHIVE.write(raw, manifest, weights::write);
    }

    void save(Path dir) throws IOException {
        ModelArchive.save(dir, this::write);
    }

    /** What the model is and where it comes from. */
    public ModelManifest manifest() {
        return manifest;
    }

    /** The component's name, what it needs and what it adds. */
    public ComponentContract contract() {
        return contract;
    }

    /** The class of anaphor mention {@code mention} is (he/she, it, they, a definite description), or null for none. */
    public AnaphorClass anaphorClass(CorefInput in, int mention) {
        return context(in).anaphorClass[checked(in, mention)];
    }

    /**
     * The candidate antecedents of mention {@code anaphor}, nearest first: the mentions that end before it starts, at
     * most {@link #PRONOUN_WINDOW} sentences back for a pronoun and {@link #NOMINAL_WINDOW} for anything else, at most
     * {@link #MAX_CANDIDATES}.
     */
    public List<Integer> candidates(CorefInput in, int anaphor) {
        return candidates(context(in), checked(in, anaphor));
    }

    /**
     * Scores each of {@code candidates} (mention indices, any earlier mentions) as the antecedent of mention {@code
     * anaphor}, and "no antecedent". No side effects.
     */
    public Ranking rank(CorefInput in, int anaphor, List<Integer> candidates) {
        CorefContext c = context(in);
        checked(in, anaphor);
        for (int k : candidates) {
            checked(in, k);
        }
        return rank(c, anaphor, candidates, new FeatureSink());
    }

    /**
     * The antecedent of every anaphor of the text: for each mention, the index of the mention it takes up, or -1 (not
     * an anaphor, or no antecedent). Mentions are linked one by one in text order; following the antecedents links
     * each mention to one entity.
     */
    public int[] antecedents(CorefInput in) {
        CorefContext c = context(in);
        FeatureSink sink = new FeatureSink();
        int[] out = new int[c.n];
        Arrays.fill(out, -1);
        for (int m = 0; m < c.n; m++) {
            if (c.anaphorClass[m] != null) {
                out[m] = rank(c, m, candidates(c, m), sink).best().orElse(-1);
            }
        }
        return out;
    }

    private CorefContext context(CorefInput in) {
        return new CorefContext(in, lexicon);
    }

    private static int checked(CorefInput in, int mention) {
        if (mention < 0 || mention >= in.mentions().size()) {
            throw new IllegalArgumentException(
                    "no mention " + mention + " (the input has " + in.mentions().size() + ")");
        }
        return mention;
    }

    static List<Integer> candidates(CorefContext c, int anaphor) {
        int window = c.mention(anaphor).kind() == MentionKind.PRONOUN ? PRONOUN_WINDOW : NOMINAL_WINDOW;
        return c.candidates(anaphor, window, MAX_CANDIDATES);
    }

    Ranking rank(CorefContext c, int anaphor, List<Integer> candidates, FeatureSink sink) {
        Candidates cs = new Candidates(c, anaphor, candidates);
        long[][] options = features.options(cs, sink);
        double[] scores = new double[options.length];
        float[] acc = new float[1];
        double max = Double.NEGATIVE_INFINITY;
        for (int o = 0; o < options.length; o++) {
            weights.score(options[o], options[o].length, acc);
            scores[o] = acc[0];
            max = Math.max(max, scores[o]);
        }
        double sum = 0;
        for (int o = 0; o < scores.length; o++) {
            scores[o] = Math.exp(scores[o] - max);
            sum += scores[o];
        }
        List<Double> probabilities = new ArrayList<>(candidates.size());
        for (int o = 1; o < scores.length; o++) {
            probabilities.add(scores[o] / sum);
        }
        return new Ranking(anaphor, candidates, probabilities, scores[0] / sum);
    }

    CorefFeatureSet features() {
        return features;
    }

    LinearModel weights() {
        return weights;
    }
}
