package dev.saywho.attribution.engine.entities;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
import dev.saywho.attribution.engine.syntax.SyntaxModel;

/**
 * Trains the entity recogniser, deterministically for a seed (the same seed and data write the same bytes), on GUM's
 * Wikimedia train and dev files and UNER English-EWT dev, then scores it on the two test sets (UNER English-EWT test,
 * GUM Wikimedia test, never trained on) and writes the scores into the model's manifest. With {@code --holdout} it
 * instead trains on GUM train and half of UNER dev's documents and scores every epoch on GUM dev and the other half:
 * how the number of epochs and the features were chosen. Usage:
 * {@code EntityTrainer <ud-dir> <out-dir> [--seed N] [--epochs N] [--bits N] [--prune X] [--date YYYY-MM-DD]
 * [--features DESCRIPTOR] [--holdout]}.
 */
public final class EntityTrainer {

    /** The syntax model whose tagger gives the UPOS tags, on the classpath. */
    private static final String TAGGER = SyntaxModel.RESOURCE;

    private EntityTrainer() {}

    /** Training settings; the defaults are those of the shipped model. */
    record Settings(long seed, int epochs, int bits, float prune, String date, String features) {
        static final Settings DEFAULT = new Settings(
                1,
                6,
                22,
                0.05f,
                "none",
                FeatureSet.standard(Gazetteer.fromLexicons()).descriptor());
    }

    /** A training sentence with everything the epochs reread: its tokens, gold labels and word features. */
    private static final class Example {
        final Tokens tokens;
        final int[] gold;
        final long[][] features;

        Example(Tokens tokens, int[] gold, long[][] features) {
            this.tokens = tokens;
            this.gold = gold;
            this.features = features;
        }
    }

    public static void main(String[] args) throws IOException {
        CommandLine cl = CommandLine.parse(
                args,
                "usage: EntityTrainer <ud-dir> <out-dir> [--seed N] [--epochs N] [--bits N]"
                        + " [--prune X] [--date YYYY-MM-DD] [--features DESCRIPTOR] [--holdout]",
                2,
                2,
                Set.of("--seed", "--epochs", "--bits", "--prune", "--date", "--features"),
                Set.of("--holdout"));
        Path ud = cl.path(0);
        Path out = cl.path(1);
        Settings d = Settings.DEFAULT;
        Settings settings = new Settings(
                cl.option("--seed", d.seed()),
                cl.option("--epochs", d.epochs()),
                cl.option("--bits", d.bits()),
                cl.option("--prune", d.prune()),
                cl.option("--date", d.date()),
                cl.option("--features", d.features()));
        long start = System.nanoTime();
        SyntaxModel syntax = SyntaxModel.load();
        if (cl.flag("--holdout")) {
            holdout(ud, settings, syntax).save(out);
            return;
        }
        Map<String, String> data = new LinkedHashMap<>();
        List<LabeledSentence> train = new ArrayList<>();
        for (EntityData f : EntityData.TRAINING) {
            List<LabeledSentence> sentences = f.read(ud);
            train.addAll(sentences);
            data.put(f.file(), "sha256:" + ModelManifest.sha256(Files.readAllBytes(f.in(ud))));
            System.out.printf(
                    Locale.ROOT, "%s: %d sentences, %d entities%n", f.file(), sentences.size(), count(sentences));
        }
        Gazetteer gazetteer = Gazetteer.fromLexicons();
        for (String lexicon : Gazetteer.SOURCES.keySet()) {
            data.put("lexicons/" + lexicon, "sha256:" + ModelManifest.sha256(Gazetteer.bytesOf(lexicon)));
        }
        EntityModel model =
                train(train, settings, syntax::tag, baseManifest(settings, data, gazetteer), gazetteer, null);
        for (EntityData test : EntityData.TESTS) {
            if (!test.presentIn(ud)) {
                System.out.println(test.file() + " is absent: no score in the manifest");
                continue;
            }
            SpanEvaluation e = EntityEvaluator.evaluate(model, test.read(ud), syntax::tag, test.annotatedTypes());
            System.out.println(test.label() + ":\n" + e.report());
            model = withScores(model, test.label(), e);
        }
        model.save(out);
        Path file = out.resolve(EntityModel.FILE_NAME);
        System.out.printf(
                Locale.ROOT,
                "trained, evaluated and saved in %.1f s: %s (%d bytes)%n",
                (System.nanoTime() - start) / 1e9,
                file,
                Files.size(file));
    }

    private static long count(List<LabeledSentence> sentences) {
        return sentences.stream().mapToLong(s -> s.entities().size()).sum();
    }

    /** The manifest of a model before its scores: what it is and where it comes from. */
    static ModelManifest baseManifest(Settings settings, Map<String, String> data, Gazetteer gazetteer)
            throws IOException {
        FeatureSet features = FeatureSet.fromDescriptor(settings.features(), gazetteer);
        Map<String, String> m = new LinkedHashMap<>();
        m.put(ModelManifest.COMPONENT, EntityModel.COMPONENT);
        m.put(ModelManifest.FORMAT, Integer.toString(EntityModel.FORMAT));
        m.put(ModelManifest.LANGUAGE, "en");
        m.put(ModelManifest.LABELS, String.join(" ", BioLabels.all()));
        m.put(ModelManifest.FEATURES, features.descriptor());
        m.put(ModelManifest.FEATURES_SHA256, ModelManifest.sha256(features.descriptor()));
        m.put(ModelManifest.NEEDS, String.join(" ", neededBy(features)));
        m.put(ModelManifest.WEIGHTS_BITS, Integer.toString(settings.bits()));
        m.put(ModelManifest.GAZETTEER_ENTRIES, Integer.toString(gazetteer.size()));
        m.put(ModelManifest.GAZETTEER_SHA256, gazetteer.sha256());
        data.forEach((file, hash) -> m.put(ModelManifest.TRAINING_DATA + file, hash));
        if (features.needs().contains(EntityModel.UPOS)) {
            m.put("training.tagger", "syntax" + TAGGER.substring(TAGGER.lastIndexOf('/')) + " sha256:" + taggerHash());
        }
        m.put(ModelManifest.TRAINING_SEED, Long.toString(settings.seed()));
        m.put(ModelManifest.TRAINING_EPOCHS, Integer.toString(settings.epochs()));
        m.put("training.prune", Float.toString(settings.prune()));
        m.put(ModelManifest.TRAINING_DATE, settings.date());
        m.put(
                ModelManifest.LICENCE,
                "CC BY-SA 4.0: derived from UD English-GUM (Wikimedia documents) and UNER English-EWT; see NOTICE");
        return new ModelManifest(m);
    }

    private static List<String> neededBy(FeatureSet features) {
        List<String> needs = new ArrayList<>();
        needs.add(EntityModel.WORDS);
        needs.addAll(features.needs());
        return needs;
    }

    private static String taggerHash() throws IOException {
        try (InputStream in = EntityTrainer.class.getResourceAsStream(TAGGER)) {
            if (in == null) {
                throw new IOException("no syntax model on the classpath at " + TAGGER);
            }
            return ModelManifest.sha256(in.readAllBytes());
        }
    }

    static EntityModel withScores(EntityModel model, String testSet, SpanEvaluation e) {
        ModelManifest m = model.manifest();
        for (EntityType t : e.scored()) {
            m = m.with(ModelManifest.SCORE + testSet + "." + t.name().toLowerCase(Locale.ROOT), f1(e.f1(t)));
        }
        m = m.with(ModelManifest.SCORE + testSet + ".micro", f1(e.microF1()));
        return new EntityModel(m, model.features(), model.weights(), model.gazetteer());
    }

    private static String f1(double f) {
        return String.format(Locale.ROOT, "%.4f", f);
    }

    /** Tags a sentence's words with UPOS. */
    @FunctionalInterface
    interface Tagging {
        List<String> tag(List<String> words);
    }

    /** Called after each epoch with the averaged model so far (the holdout run scores it). */
    @FunctionalInterface
    interface EpochListener {
        void epoch(int epoch, EntityModel model);
    }

    /**
     * Trains a model on the sentences: structured averaged perceptron (Collins 2002), Viterbi decoding over BIO labels
     * with the standard features, {@code epochs} passes in an order shuffled by the seed.
     */
    static EntityModel train(
            List<LabeledSentence> sentences,
            Settings settings,
            Tagging tagging,
            ModelManifest manifest,
            Gazetteer gazetteer,
            EpochListener listener) {
        FeatureSet features = FeatureSet.fromDescriptor(manifest.require(ModelManifest.FEATURES), gazetteer);
        boolean tags = features.needs().contains(EntityModel.UPOS);
        FeatureSink sink = new FeatureSink();
        List<Example> examples = new ArrayList<>(sentences.size());
        for (LabeledSentence s : sentences) {
            Tokens tokens = new Tokens(s.words(), tags ? tagging.tag(s.words()) : null);
            examples.add(new Example(
                    tokens, BioLabels.encode(s.words().size(), s.entities()), features.words(tokens, sink)));
        }
        PerceptronTrainer trainer = new PerceptronTrainer(BioLabels.COUNT, settings.bits());
        SequenceDecoder decoder = new SequenceDecoder(features);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            order.add(i);
        }
        Random random = new Random(settings.seed());
        for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
            Collections.shuffle(order, random);
            for (int index : order) {
                Example ex = examples.get(index);
                int[] predicted = decoder.decode(ex.tokens, ex.features, trainer::score);
                if (!Arrays.equals(predicted, ex.gold)) {
                    update(trainer, features, sink, ex, predicted);
                }
                trainer.tick();
            }
            if (listener != null) {
                listener.epoch(
                        epoch, new EntityModel(manifest, features, trainer.toModel(settings.prune()), gazetteer));
            }
        }
        LinearModel weights = trainer.toModel(settings.prune());
        return new EntityModel(manifest, features, weights, gazetteer);
    }

    /** The structured perceptron's update: towards the gold labels, away from the predicted ones, where they differ. */
    private static void update(
            PerceptronTrainer trainer, FeatureSet features, FeatureSink sink, Example ex, int[] predicted) {
        int[] gold = ex.gold;
        for (int i = 0; i < gold.length; i++) {
            long[] f = ex.features[i];
            if (gold[i] != predicted[i]) {
                trainer.add(f, f.length, gold[i], 1f);
                trainer.add(f, f.length, predicted[i], -1f);
            }
            if (!features.hasTransitions()) {
                continue;
            }
            int goldBefore = i == 0 ? BioLabels.START : gold[i - 1];
            int predictedBefore = i == 0 ? BioLabels.START : predicted[i - 1];
            if (goldBefore != predictedBefore || gold[i] != predicted[i]) {
                features.transition(ex.tokens, i, goldBefore, sink);
                trainer.add(sink.features(), sink.size(), gold[i], 1f);
                features.transition(ex.tokens, i, predictedBefore, sink);
                trainer.add(sink.features(), sink.size(), predicted[i], -1f);
            }
        }
    }

    /** The choices run: GUM train and UNER dev's even documents to train, GUM dev and UNER dev's odd ones to score. */
    private static EntityModel holdout(Path ud, Settings settings, SyntaxModel syntax) throws IOException {
        List<LabeledSentence> train = new ArrayList<>(EntityData.GUM_TRAIN.read(ud));
        List<LabeledSentence> unerHeld = new ArrayList<>();
        String document = null;
        int documents = -1;
        for (LabeledSentence s : EntityData.UNER_DEV.read(ud)) {
            if (!s.document().equals(document)) {
                document = s.document();
                documents++;
            }
            (documents % 2 == 0 ? train : unerHeld).add(s);
        }
        List<LabeledSentence> gumHeld = EntityData.GUM_DEV.read(ud);
        System.out.printf(
                Locale.ROOT,
                "holdout: %d training sentences; scoring on %d GUM dev and %d UNER dev sentences%n",
                train.size(),
                gumHeld.size(),
                unerHeld.size());
        Gazetteer gazetteer = Gazetteer.fromLexicons();
        return train(
                train,
                settings,
                syntax::tag,
                baseManifest(settings, Map.of(), gazetteer),
                gazetteer,
                (epoch, model) -> {
                    SpanEvaluation gum =
                            EntityEvaluator.evaluate(model, gumHeld, syntax::tag, EntityData.GUM_DEV.annotatedTypes());
                    SpanEvaluation uner = EntityEvaluator.evaluate(
                            model, unerHeld, syntax::tag, EntityData.UNER_DEV.annotatedTypes());
                    System.out.printf(
                            Locale.ROOT,
                            "epoch %2d  GUM dev micro F1 %.2f (PER %.2f ORG %.2f PLACE %.2f OTHER %.2f)"
                                    + "  UNER dev half micro F1 %.2f (PER %.2f ORG %.2f LOC %.2f)%n",
                            epoch,
                            100 * gum.microF1(),
                            100 * gum.f1(EntityType.PERSON),
                            100 * gum.f1(EntityType.ORGANIZATION),
                            100 * gum.f1(EntityType.PLACE),
                            100 * gum.f1(EntityType.OTHER),
                            100 * uner.microF1(),
                            100 * uner.f1(EntityType.PERSON),
                            100 * uner.f1(EntityType.ORGANIZATION),
                            100 * uner.f1(EntityType.PLACE));
                });
    }
}
