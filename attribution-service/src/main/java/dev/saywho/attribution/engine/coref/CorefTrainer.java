package dev.saywho.attribution.engine.coref;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import dev.saywho.attribution.engine.learn.CommandLine;
import dev.saywho.attribution.engine.learn.FeatureSink;
import dev.saywho.attribution.engine.learn.LinearModel;
import dev.saywho.attribution.engine.learn.ModelManifest;
import dev.saywho.attribution.engine.learn.PerceptronTrainer;
import dev.saywho.attribution.engine.lexicon.Lexicons;

/**
 * Trains the coreference linker, deterministically for a seed (the same seed and data write the same bytes): a
 * mention-ranking averaged perceptron with latent antecedents (each update goes towards the best-scoring mention of
 * the anaphor's gold chain among its candidates, or towards "no antecedent" when there is none) on GUM's Wikimedia
 * train documents; after each epoch the averaged model is scored on GUM dev, and the best epoch is kept (an epoch that
 * does not improve on the best for {@code --patience} epochs stops training). GUM test is never read. Usage:
 * {@code CorefTrainer <ud-dir> <out-dir> [--seed N] [--epochs MAX] [--patience N] [--bits N] [--prune X]
 * [--date YYYY-MM-DD] [--features DESCRIPTOR]}.
 */
public final class CorefTrainer {

    static final String GUM_TRAIN = "en_gum-wikimedia-train.conllu";
    static final String GUM_DEV = "en_gum-wikimedia-dev.conllu";

    private CorefTrainer() {}

    /** Training settings; the defaults are those of the shipped model. */
    record Settings(long seed, int epochs, int patience, int bits, float prune, String date, String features) {
        static final Settings DEFAULT = new Settings(1, 20, 4, 18, 0.05f, "none", CorefFeatureSet.STANDARD);
    }

    /** An anaphor with its options' features (none first) and which options are right. */
    private static final class Example {
        private final long[][] options;
        private final boolean[] gold;

        Example(long[][] options, boolean[] gold) {
            this.options = options;
            this.gold = gold;
        }

        long[][] options() {
            return options;
        }

        boolean[] gold() {
            return gold;
        }
    }

    public static void main(String[] args) throws IOException {
        CommandLine cl = CommandLine.parse(
                args,
                "usage: CorefTrainer <ud-dir> <out-dir> [--seed N] [--epochs MAX] [--patience N]"
                        + " [--bits N] [--prune X] [--date YYYY-MM-DD] [--features DESCRIPTOR]",
                2,
                2,
                Set.of("--seed", "--epochs", "--patience", "--bits", "--prune", "--date", "--features"),
                Set.of());
        Path ud = cl.path(0);
        Path out = cl.path(1);
        Settings d = Settings.DEFAULT;
        Settings settings = new Settings(
                cl.option("--seed", d.seed()),
                cl.option("--epochs", d.epochs()),
                cl.option("--patience", d.patience()),
                cl.option("--bits", d.bits()),
                cl.option("--prune", d.prune()),
                cl.option("--date", d.date()),
                cl.option("--features", d.features()));
        long start = System.nanoTime();
        List<CorefDocument> train = GumCoref.read(ud.resolve(GUM_TRAIN));
        List<CorefDocument> dev = GumCoref.read(ud.resolve(GUM_DEV));
        Map<String, String> data = new LinkedHashMap<>();
        data.put(GUM_TRAIN, "sha256:" + ModelManifest.sha256(Files.readAllBytes(ud.resolve(GUM_TRAIN))));
        data.put(GUM_DEV, "sha256:" + ModelManifest.sha256(Files.readAllBytes(ud.resolve(GUM_DEV))));
        for (String lexicon : List.of(CorefLexicon.ANAPHORS, CorefLexicon.GENDERED, CorefLexicon.FIRST_NAMES)) {
            data.put("lexicons/" + lexicon, "sha256:" + ModelManifest.sha256(lexiconBytes(lexicon)));
        }
        System.out.printf(
                Locale.ROOT, "%s: %d documents; %s: %d documents%n", GUM_TRAIN, train.size(), GUM_DEV, dev.size());
        CorefModel model = train(train, dev, settings, baseManifest(settings, data));
        model.save(out);
        Path file = out.resolve(CorefModel.FILE_NAME);
        System.out.printf(
                Locale.ROOT,
                "trained and saved in %.1f s: %s (%d bytes)%n",
                (System.nanoTime() - start) / 1e9,
                file,
                Files.size(file));
    }

    private static byte[] lexiconBytes(String lexicon) throws IOException {
        try (var in = Lexicons.class.getResourceAsStream("/lexicons/" + lexicon)) {
            if (in == null) {
                throw new IOException("missing lexicon " + lexicon);
            }
            return in.readAllBytes();
        }
    }

    /** The manifest of a model before its epochs and scores: what it is and where it comes from. */
    static ModelManifest baseManifest(Settings settings, Map<String, String> data) {
        CorefFeatureSet features = CorefFeatureSet.fromDescriptor(settings.features());
        Map<String, String> m = new LinkedHashMap<>();
        m.put(ModelManifest.COMPONENT, CorefModel.COMPONENT);
        m.put(ModelManifest.FORMAT, Integer.toString(CorefModel.FORMAT));
        m.put(ModelManifest.LANGUAGE, "en");
        m.put(ModelManifest.FEATURES, features.descriptor());
        m.put(ModelManifest.FEATURES_SHA256, ModelManifest.sha256(features.descriptor()));
        m.put(
                ModelManifest.NEEDS,
                String.join(" ", CorefModel.NEEDS.stream().sorted().toList()));
        m.put(ModelManifest.WEIGHTS_BITS, Integer.toString(settings.bits()));
        m.put(
                "candidates",
                "pronoun " + CorefModel.PRONOUN_WINDOW + " sentences, other " + CorefModel.NOMINAL_WINDOW
                        + " sentences, at most " + CorefModel.MAX_CANDIDATES);
        data.forEach((file, hash) -> m.put(ModelManifest.TRAINING_DATA + file, hash));
        m.put(ModelManifest.TRAINING_SEED, Long.toString(settings.seed()));
        m.put("training.max-epochs", Integer.toString(settings.epochs()));
        m.put("training.patience", Integer.toString(settings.patience()));
        m.put("training.prune", Float.toString(settings.prune()));
        m.put(ModelManifest.TRAINING_DATE, settings.date());
        m.put(
                ModelManifest.LICENCE,
                "CC BY-SA 4.0: derived from UD English-GUM (Wikimedia documents, train and dev); see NOTICE");
        return new ModelManifest(m);
    }

    /**
     * Trains on {@code train}; after each epoch scores the averaged model on {@code dev} (all anaphors) and keeps the
     * best; with no dev documents, trains all {@code epochs}. The manifest gets the chosen epoch and its dev scores.
     */
    static CorefModel train(
            List<CorefDocument> train, List<CorefDocument> dev, Settings settings, ModelManifest manifest) {
        CorefFeatureSet features = CorefFeatureSet.fromDescriptor(manifest.require(ModelManifest.FEATURES));
        List<Example> examples = examples(train, features);
        PerceptronTrainer trainer = new PerceptronTrainer(1, settings.bits());
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            order.add(i);
        }
        Random random = new Random(settings.seed());
        float[] acc = new float[1];
        CorefModel best = null;
        double bestScore = -1;
        int bestEpoch = 0;
        for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
            Collections.shuffle(order, random);
            int errors = 0;
            for (int index : order) {
                Example ex = examples.get(index);
                int predicted = -1;
                int gold = -1;
                float top = Float.NEGATIVE_INFINITY;
                float goldTop = Float.NEGATIVE_INFINITY;
                for (int o = 0; o < ex.options().length; o++) {
                    trainer.score(ex.options()[o], ex.options()[o].length, acc);
                    if (acc[0] > top) {
                        top = acc[0];
                        predicted = o;
                    }
                    if (ex.gold()[o] && acc[0] > goldTop) {
                        goldTop = acc[0];
                        gold = o;
                    }
                }
                if (!ex.gold()[predicted]) {
                    errors++;
                    long[] g = ex.options()[gold];
                    long[] p = ex.options()[predicted];
                    trainer.add(g, g.length, 0, 1f);
                    trainer.add(p, p.length, 0, -1f);
                }
                trainer.tick();
            }
            LinearModel weights = trainer.toModel(settings.prune());
            CorefModel model = new CorefModel(manifest, features, weights);
            if (dev.isEmpty()) {
                best = model;
                bestEpoch = epoch;
                continue;
            }
            CorefEvaluation e = CorefEvaluator.evaluate(model, dev);
            double score = e.accuracy(AnaphorClass.values());
            System.out.printf(
                    Locale.ROOT,
                    "epoch %2d  training errors %5d/%d  GUM dev accuracy %.2f (pronouns %.2f, nominals %.2f)%n",
                    epoch,
                    errors,
                    examples.size(),
                    100 * score,
                    100 * e.accuracy(CorefEvaluation.pronouns()),
                    100 * e.accuracy(AnaphorClass.NOMINAL));
            if (score > bestScore) {
                bestScore = score;
                best = model;
                bestEpoch = epoch;
            } else if (epoch - bestEpoch >= settings.patience()) {
                break;
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("no epoch trained (epochs " + settings.epochs() + ")");
        }
        ModelManifest m = best.manifest().with(ModelManifest.TRAINING_EPOCHS, Integer.toString(bestEpoch));
        if (!dev.isEmpty()) {
            CorefEvaluation e = CorefEvaluator.evaluate(best, dev);
            System.out.println("kept epoch " + bestEpoch + "; GUM dev:\n" + e.report());
            for (AnaphorClass c : AnaphorClass.values()) {
                m = m.with(scoreKey(c.name()), percent(e.accuracy(c)));
            }
            m = m.with(scoreKey("pronouns"), percent(e.accuracy(CorefEvaluation.pronouns())));
            m = m.with(scoreKey("all"), percent(e.accuracy(AnaphorClass.values())));
            m = m.with(scoreKey("all.rule-baseline"), percent(e.ruleAccuracy(AnaphorClass.values())));
        }
        return new CorefModel(m, best.features(), best.weights());
    }

    private static String scoreKey(String what) {
        return ModelManifest.SCORE + "gum-wikimedia-dev.accuracy."
                + what.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String percent(double v) {
        return String.format(Locale.ROOT, "%.2f", 100 * v);
    }

    /** Every anaphor of the documents with its candidates' features and which are in its chain. */
    private static List<Example> examples(List<CorefDocument> documents, CorefFeatureSet features) {
        List<Example> out = new ArrayList<>();
        FeatureSink sink = new FeatureSink();
        for (CorefDocument d : documents) {
            CorefContext c = new CorefContext(d.input(), CorefLexicon.standard());
            for (int m = 0; m < c.n; m++) {
                if (c.anaphorClass[m] == null) {
                    continue;
                }
                List<Integer> candidates = CorefModel.candidates(c, m);
                Candidates cs = new Candidates(c, m, candidates);
                boolean[] gold = new boolean[candidates.size() + 1];
                boolean any = false;
                for (int k = 0; k < candidates.size(); k++) {
                    gold[k + 1] = d.sameChain(m, candidates.get(k));
                    any |= gold[k + 1];
                }
                gold[0] = !any;
                out.add(new Example(features.options(cs, sink), gold));
            }
        }
        return out;
    }
}
