package dev.saywho.attribution.engine.cue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import dev.saywho.attribution.engine.learn.FeatureSink;
import dev.saywho.attribution.engine.learn.LinearModel;
import dev.saywho.attribution.engine.learn.ModelManifest;
import dev.saywho.attribution.engine.learn.PerceptronTrainer;
import dev.saywho.attribution.engine.lexicon.Lexicons;
import dev.saywho.attribution.engine.model.Document;
import dev.saywho.attribution.engine.model.Sentence;

/**
 * Trains a {@link CueModel}: an averaged perceptron over every candidate of every sentence (a candidate is right when
 * its word lies in an annotated cue and its subtree matches that attribution's content, character Jaccard at least
 * {@value #MATCH}), then a logistic calibration of the margin fitted on out-of-fold margins (each fold's margins come
 * from a model trained without that fold), then the final weights on everything. Deterministic for a seed: the same
 * corpus, settings and seed write the same bytes.
 */
public final class CueTrainer {

    /** Manifest key: the corpus the model was trained on, as its user named it. */
    public static final String CORPUS = "training.corpus";
    /** How much of an annotated content a candidate's subtree must cover (character Jaccard) to be right. */
    public static final double MATCH = 0.5;

    private CueTrainer() {}

    /** Training settings; the defaults are those of the shipped model. */
    public record Settings(
            long seed,
            int epochs,
            int bits,
            float prune,
            int calibrationFolds,
            double threshold,
            String features,
            double gateRecall) {

        /**
         * The threshold that asks the trainer to choose: the probability at which the model's out-of-fold
         * candidates reach their best F1 (a calibrated model's best threshold lies near half that F1, well under 0.5
         * for a task as hard as finding indirect quotes).
         */
        public static final double CHOOSE_THRESHOLD = 0;

        public static final Settings DEFAULT =
                new Settings(1, 8, 20, 0.01f, 5, CHOOSE_THRESHOLD, CueFeatureSet.STANDARD, 0.4);

        /** Bits of the gate's weights. */
        static final int GATE_BITS = 18;

        /** How much more a missed cue word counts than a needless parse when the gate learns. */
        static final float GATE_RIGHT_WEIGHT = 30f;

        public Settings {
            if (epochs < 1 || epochs > 100 || bits < 10 || bits > 26 || calibrationFolds < 2 || calibrationFolds > 20) {
                throw new IllegalArgumentException("epochs 1-100, bits 10-26 and 2-20 calibration folds");
            }
            if (threshold != CHOOSE_THRESHOLD && !(threshold > 0 && threshold < 1)) {
                throw new IllegalArgumentException(
                        "the threshold is a probability strictly between 0 and 1, or 0 for the trainer to choose it");
            }
            if (!(gateRecall > 0 && gateRecall <= 1)) {
                throw new IllegalArgumentException("the gate's recall is a share above 0 and at most 1");
            }
        }
    }

    /** One candidate's features, whether it is right, and the fold of its article. */
    public static final class Example {
        private final long[] features;
        private final boolean positive;
        private final int fold;
        private final long word;

        Example(long[] features, boolean positive, int fold, long word) {
            this.features = features;
            this.positive = positive;
            this.fold = fold;
            this.word = word;
        }

        /** Which word of which article the example is about: a candidate's cue word, the gate's word. */
        long word() {
            return word;
        }

        Example relabelled(boolean right) {
            return new Example(features, right, fold, word);
        }

        long[] features() {
            return features;
        }

        public boolean positive() {
            return positive;
        }

        public int fold() {
            return fold;
        }
    }

    /** An article's examples: its candidates for the model, its words for the gate. */
    public record ArticleExamples(List<Example> candidates, List<Example> gate) {}

    /**
     * The examples of one article, read from its parsed document: every candidate of every sentence, and every word
     * outside quotation marks of the {@code gated} sentences, those the gate will be asked about (labelled when the
     * model is trained: right when the model takes a candidate of that cue word).
     */
    public static ArticleExamples examples(
            AttributionCorpus.Article article,
            int articleIndex,
            Document doc,
            java.util.BitSet gated,
            Lexicons lexicons,
            String descriptor,
            int folds) {
        CueFeatureSet features = CueFeatureSet.fromDescriptor(descriptor);
        FeatureSink sink = new FeatureSink();
        int fold = article.fold(folds);
        List<Example> out = new ArrayList<>();
        List<Example> gate = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            CueInput in = CueInput.of(doc, s, lexicons);
            for (CueCandidate c : CueCandidate.of(in.tree())) {
                features.features(in, c, sink);
                out.add(new Example(
                        sink.toArray(),
                        right(article, in, c),
                        fold,
                        ((long) articleIndex << 32) | in.word(c.predicate()).token()));
            }
            for (int k = s.firstToken(); gated.get(s.index()) && k < s.endToken(); k++) {
                if (CueGate.candidate(doc, k)) {
                    CueGate.features(doc, s, k, sink);
                    gate.add(new Example(sink.toArray(), false, fold, ((long) articleIndex << 32) | k));
                }
            }
        }
        return new ArticleExamples(out, gate);
    }

    /** Whether some annotated attribution has its cue on the candidate's word and its content on the subtree. */
    static boolean right(AttributionCorpus.Article article, CueInput in, CueCandidate c) {
        int ps = in.word(c.predicate()).start();
        int pe = in.word(c.predicate()).end();
        int from = c.contentStart(in.tree());
        int to = c.contentEnd(in.tree());
        for (AttributionCorpus.Attribution a : article.attributions()) {
            boolean onCue = false;
            for (int[] r : a.cue()) {
                onCue |= r[0] < pe && ps < r[1];
            }
            if (onCue && jaccard(a.content(), from, to) >= MATCH) {
                return true;
            }
        }
        return false;
    }

    /** Character Jaccard of a set of ranges and one range. */
    static double jaccard(List<int[]> ranges, int from, int to) {
        long inter = 0;
        long gold = 0;
        for (int[] r : ranges) {
            gold += r[1] - r[0];
            inter += Math.max(0, Math.min(r[1], to) - Math.max(r[0], from));
        }
        long union = gold + (to - from) - inter;
        return union <= 0 ? 0 : inter / (double) union;
    }

    /**
     * Averaged-perceptron weights ({@code 2^bits} of them) over {@code examples}, visited in a seeded order each epoch;
     * a mistake on a right example counts {@code rightWeight} times (the gate's right words are one in a few hundred,
     * and an unweighted perceptron learns to say no; the model's own weight is 1).
     */
    static LinearModel fit(List<Example> examples, Settings settings, int bits, float rightWeight) {
        PerceptronTrainer trainer = new PerceptronTrainer(2, bits);
        List<Example> order = new ArrayList<>(examples);
        Random random = new Random(settings.seed());
        float[] scores = new float[2];
        for (int epoch = 0; epoch < settings.epochs(); epoch++) {
            java.util.Collections.shuffle(order, random);
            for (Example e : order) {
                trainer.score(e.features(), e.features().length, scores);
                int predicted = scores[1] > scores[0] ? 1 : 0;
                int gold = e.positive() ? 1 : 0;
                if (predicted != gold) {
                    float w = e.positive() ? rightWeight : 1f;
                    trainer.add(e.features(), e.features().length, gold, w);
                    trainer.add(e.features(), e.features().length, predicted, -w);
                }
                trainer.tick();
            }
        }
        return trainer.toModel(settings.prune());
    }

    /** Out-of-fold margins: each example scored by weights ({@link #fit}) trained without its fold. */
    static double[] outOfFoldMargins(List<Example> examples, Settings settings, int bits, float rightWeight) {
        double[] margins = new double[examples.size()];
        float[] scores = new float[2];
        for (int fold = 0; fold < settings.calibrationFolds(); fold++) {
            List<Example> train = new ArrayList<>();
            for (Example e : examples) {
                if (e.fold() % settings.calibrationFolds() != fold) {
                    train.add(e);
                }
            }
            if (train.size() == examples.size()) {
                continue; // no example in this fold (a cross-validation's training part lacks the test fold)
            }
            LinearModel m = fit(train, settings, bits, rightWeight);
            for (int i = 0; i < examples.size(); i++) {
                Example e = examples.get(i);
                if (e.fold() % settings.calibrationFolds() == fold) {
                    m.score(e.features(), e.features().length, scores);
                    margins[i] = scores[1] - scores[0];
                }
            }
        }
        return margins;
    }

    /**
     * Platt's calibration: {@code a} and {@code b} of {@code p = 1 / (1 + exp(-(a m + b)))} maximising the likelihood
     * of the labels (with Platt's smoothed targets), by Newton's method with a backtracking line search (Lin, Lin and
     * Weng 2007): a full Newton step from the start can overshoot and run off to an infinite slope when the margins
     * are large, which leaves every probability at 0 or 1.
     */
    public static double[] platt(double[] margins, boolean[] positive) {
        int pos = 0;
        for (boolean p : positive) {
            pos += p ? 1 : 0;
        }
        int neg = positive.length - pos;
        double hi = (pos + 1.0) / (pos + 2.0);
        double lo = 1.0 / (neg + 2.0);
        double a = 0.1;
        double b = 0;
        double loss = plattLoss(margins, positive, hi, lo, a, b);
        for (int iter = 0; iter < 100; iter++) {
            double ga = 0;
            double gb = 0;
            double haa = 1e-9;
            double hab = 0;
            double hbb = 1e-9;
            for (int i = 0; i < margins.length; i++) {
                double p = CueModel.logistic(a, b, margins[i]);
                double t = positive[i] ? hi : lo;
                double d = p - t;
                double w = Math.max(p * (1 - p), 1e-12);
                ga += d * margins[i];
                gb += d;
                haa += w * margins[i] * margins[i];
                hab += w * margins[i];
                hbb += w;
            }
            double det = haa * hbb - hab * hab;
            if (det <= 0) {
                break;
            }
            double da = (hbb * ga - hab * gb) / det;
            double db = (haa * gb - hab * ga) / det;
            double step = 1;
            double next = plattLoss(margins, positive, hi, lo, a - da, b - db);
            while (next > loss && step > 1e-6) {
                step /= 2;
                next = plattLoss(margins, positive, hi, lo, a - step * da, b - step * db);
            }
            if (next > loss) {
                break;
            }
            a -= step * da;
            b -= step * db;
            loss = next;
            if (Math.abs(step * da) < 1e-9 && Math.abs(step * db) < 1e-9) {
                break;
            }
        }
        return new double[] {a, b};
    }

    /** The negative log-likelihood of Platt's smoothed targets, computed without overflow for any margin. */
    private static double plattLoss(double[] margins, boolean[] positive, double hi, double lo, double a, double b) {
        double loss = 0;
        for (int i = 0; i < margins.length; i++) {
            double z = a * margins[i] + b;
            double t = positive[i] ? hi : lo;
            // -[t log p + (1 - t) log(1 - p)] with p = 1 / (1 + e^-z) is (1 - t) z + log(1 + e^-z)
            double softplus = z >= 0 ? Math.log1p(Math.exp(-z)) : -z + Math.log1p(Math.exp(z));
            loss += (1 - t) * z + softplus;
        }
        return loss;
    }

    /**
     * Trains a model on {@code examples}. {@code provenance} (corpus name, data hashes, date, licence) goes into the
     * manifest as given, after what the trainer itself records.
     */
    public static CueModel train(
            List<Example> examples, List<Example> gateExamples, Settings settings, Map<String, String> provenance) {
        double[] margins = outOfFoldMargins(examples, settings, settings.bits(), 1f);
        boolean[] labels = new boolean[examples.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = examples.get(i).positive();
        }
        double[] ab = platt(margins, labels);
        double[] probabilities = new double[margins.length];
        for (int i = 0; i < margins.length; i++) {
            probabilities[i] = CueModel.logistic(ab[0], ab[1], margins[i]);
        }
        double threshold = settings.threshold() == Settings.CHOOSE_THRESHOLD
                ? bestF1Threshold(probabilities, labels)
                : settings.threshold();
        // the gate learns where the model, trained without that fold, takes a candidate: the words worth a parse
        java.util.Set<Long> taken = new java.util.HashSet<>();
        for (int i = 0; i < margins.length; i++) {
            if (probabilities[i] >= threshold) {
                taken.add(examples.get(i).word());
            }
        }
        List<Example> gateLabelled = new ArrayList<>(gateExamples.size());
        for (Example e : gateExamples) {
            gateLabelled.add(e.relabelled(taken.contains(e.word())));
        }
        double gateThreshold = gateThreshold(gateLabelled, settings);

        LinearModel gate = fit(gateLabelled, settings, Settings.GATE_BITS, Settings.GATE_RIGHT_WEIGHT);
        LinearModel weights = fit(examples, settings, settings.bits(), 1f);
        CueFeatureSet features = CueFeatureSet.fromDescriptor(settings.features());
        Map<String, String> m = new LinkedHashMap<>();
        m.put(ModelManifest.COMPONENT, CueModel.COMPONENT);
        m.put(ModelManifest.FORMAT, Integer.toString(CueModel.FORMAT));
        m.put(ModelManifest.LANGUAGE, "en");
        m.put(ModelManifest.LABELS, "no-cue cue");
        m.put(ModelManifest.FEATURES, features.descriptor());
        m.put(ModelManifest.FEATURES_SHA256, ModelManifest.sha256(features.descriptor()));
        m.put(ModelManifest.NEEDS, String.join(" ", new java.util.TreeSet<>(CueModel.NEEDS)));
        m.put(ModelManifest.WEIGHTS_BITS, Integer.toString(settings.bits()));
        m.put("candidates", "relations " + String.join(" ", new java.util.TreeSet<>(CueCandidate.RELATIONS)));
        m.put(CueModel.CALIBRATION_A, String.format(Locale.ROOT, "%.6f", ab[0]));
        m.put(CueModel.CALIBRATION_B, String.format(Locale.ROOT, "%.6f", ab[1]));
        m.put(CueModel.THRESHOLD, String.format(Locale.ROOT, "%.3f", threshold));
        m.put(
                "decision.threshold-from",
                settings.threshold() == Settings.CHOOSE_THRESHOLD ? "best out-of-fold F1" : "the trainer's settings");
        m.put(CueModel.GATE_FEATURES, CueGate.DESCRIPTOR);
        m.put(CueModel.GATE_BITS, Integer.toString(Settings.GATE_BITS));
        m.put(CueModel.GATE_THRESHOLD, String.format(Locale.ROOT, "%.4f", gateThreshold));
        m.put("gate.recall", String.format(Locale.ROOT, "%.3f", settings.gateRecall()));
        m.put("training.examples", Integer.toString(examples.size()));
        m.put("training.gate-examples", Integer.toString(gateExamples.size()));
        m.put(ModelManifest.TRAINING_SEED, Long.toString(settings.seed()));
        m.put(ModelManifest.TRAINING_EPOCHS, Integer.toString(settings.epochs()));
        m.put("training.prune", Float.toString(settings.prune()));
        m.put("training.calibration-folds", Integer.toString(settings.calibrationFolds()));
        m.putAll(provenance);
        return new CueModel(new ModelManifest(m), features, weights, gate);
    }

    /** The lowest and highest threshold the trainer chooses: a tiny corpus's best F1 can sit at an extreme. */
    static final double MIN_CHOSEN_THRESHOLD = 0.05;

    static final double MAX_CHOSEN_THRESHOLD = 0.95;

    /**
     * The probability threshold at which candidates with these (out-of-fold) probabilities and labels reach their best
     * F1, rounded down to the three decimals the manifest writes (so every candidate it counted is still taken) and
     * kept between {@value #MIN_CHOSEN_THRESHOLD} and {@value #MAX_CHOSEN_THRESHOLD}; a tie goes to the higher
     * threshold, the fewer parses.
     */
    static double bestF1Threshold(double[] probabilities, boolean[] positive) {
        Integer[] order = new Integer[probabilities.length];
        int positives = 0;
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
            positives += positive[i] ? 1 : 0;
        }
        java.util.Arrays.sort(order, (x, y) -> Double.compare(probabilities[y], probabilities[x]));
        double best = -1;
        double at = MAX_CHOSEN_THRESHOLD;
        int truePositives = 0;
        for (int k = 0; k < order.length; k++) {
            truePositives += positive[order[k]] ? 1 : 0;
            double p = probabilities[order[k]];
            if (k + 1 < order.length && probabilities[order[k + 1]] == p) {
                continue; // a threshold takes every candidate of the same probability or none
            }
            double f1 = 2.0 * truePositives / (k + 1 + positives);
            if (f1 > best) {
                best = f1;
                at = p;
            }
        }
        double rounded = Math.floor(at * 1000) / 1000;
        return Math.max(MIN_CHOSEN_THRESHOLD, Math.min(MAX_CHOSEN_THRESHOLD, rounded));
    }

    /**
     * The gate's margin threshold: the highest margin at which the gate, trained without each fold, still opens for
     * {@code gateRecall} of that fold's cue words (rounded to four decimals as the manifest writes it).
     */
    static double gateThreshold(List<Example> gateExamples, Settings settings) {
        double[] margins = outOfFoldMargins(gateExamples, settings, Settings.GATE_BITS, Settings.GATE_RIGHT_WEIGHT);
        List<Double> positives = new ArrayList<>();
        for (int i = 0; i < margins.length; i++) {
            if (gateExamples.get(i).positive()) {
                positives.add(margins[i]);
            }
        }
        if (positives.isEmpty()) {
            return 0;
        }
        java.util.Collections.sort(positives);
        int keep = (int) Math.ceil(settings.gateRecall() * positives.size());
        double at = positives.get(Math.max(0, positives.size() - keep));
        return Math.floor((at - 1e-4) * 1e4) / 1e4;
    }

    /** The probability a model gives an example already turned into features. */
    public static double probability(CueModel model, Example e) {
        float[] scores = new float[2];
        model.weights().score(e.features(), e.features().length, scores);
        return model.calibrated(scores[1] - scores[0]);
    }
}
