package dev.saywho.attribution.engine;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.saywho.attribution.engine.confidence.ConfidenceModel;
import dev.saywho.attribution.engine.content.ContentModel;
import dev.saywho.attribution.engine.cue.AttributionCorpus;
import dev.saywho.attribution.engine.cue.CueEvaluation;
import dev.saywho.attribution.engine.cue.CueModel;
import dev.saywho.attribution.engine.cue.CueTrainer;
import dev.saywho.attribution.engine.learn.CommandLine;
import dev.saywho.attribution.engine.learn.ModelManifest;
import dev.saywho.attribution.engine.lexicon.Lexicons;
import dev.saywho.attribution.engine.model.Document;
import dev.saywho.attribution.engine.source.SourceModel;

/**
 * Trains and cross-validates the learned cue model on a corpus in the format of {@code shared/eval/README.md}:
 *
 * <pre>
 * CueCommand train CORPUS OUT_DIR [--seed N] [--epochs N] [--name NAME] [--date YYYY-MM-DD] [--licence TEXT]
 * CueCommand cross-validate CORPUS PREDICTIONS [--folds N] [--seed N] [--epochs N] [--source-models DIR]
 *     [--content-models DIR]
 * CueCommand predict CORPUS PREDICTIONS [--model shipped|none|PATH]
 * </pre>
 *
 * {@code cross-validate} splits the articles by {@code sha256(id) mod N}, trains one model without each fold, runs the
 * whole engine with it over that fold, writes every article's predictions in the scorer's format, and prints the
 * model's own figures over the out-of-fold candidates: precision, recall, F1, the expected calibration error and a
 * reliability table. {@code predict} runs the engine with one model (or the rules alone) over every article.
 */
public final class CueCommand {

    private static final String USAGE = "usage: CueCommand train CORPUS OUT_DIR [--seed N] [--epochs N] [--name NAME]"
            + " [--date YYYY-MM-DD] [--licence TEXT] [--threshold P] [--gate-recall R]\n"
            + "       CueCommand cross-validate CORPUS PREDICTIONS [--folds N] [--seed N] [--epochs N]"
            + " [--threshold P] [--gate-recall R] [--source-models DIR] [--content-models DIR]\n"
            + "       (--threshold 0, the default, lets the trainer choose it: the best F1 of its out-of-fold"
            + " candidates)\n"
            + "       CueCommand predict CORPUS PREDICTIONS [--model shipped|none|PATH]";

    private CueCommand() {}

    public static void main(String[] args) throws IOException {
        CommandLine cl = CommandLine.parse(
                args,
                USAGE,
                3,
                3,
                Set.of(
                        "--seed",
                        "--epochs",
                        "--name",
                        "--date",
                        "--licence",
                        "--folds",
                        "--threshold",
                        "--gate-recall",
                        "--model",
                        "--source-models",
                        "--content-models"),
                Set.of());
        String command = cl.positional().get(0);
        Path corpus = cl.path(1);
        Path out = cl.path(2);
        CueTrainer.Settings d = CueTrainer.Settings.DEFAULT;
        CueTrainer.Settings settings = new CueTrainer.Settings(
                cl.option("--seed", d.seed()),
                cl.option("--epochs", d.epochs()),
                d.bits(),
                d.prune(),
                d.calibrationFolds(),
                cl.option("--threshold", (float) d.threshold()),
                d.features(),
                cl.option("--gate-recall", (float) d.gateRecall()));
        long began = System.nanoTime();
        List<AttributionCorpus.Article> articles = AttributionCorpus.read(corpus);
        AttributionEngine reader = AttributionEngine.create(EngineOptions.defaults(), null);
        System.out.printf(Locale.ROOT, "%s: %d articles%n", corpus, articles.size());
        switch (command) {
            case "train" -> {
                List<CueTrainer.Example> examples = new ArrayList<>();
                List<CueTrainer.Example> gate = new ArrayList<>();
                Lexicons lex = Lexicons.standard();
                for (int i = 0; i < articles.size(); i++) {
                    CueTrainer.ArticleExamples e =
                            examples(reader, articles.get(i), i, lex, settings, settings.calibrationFolds());
                    examples.addAll(e.candidates());
                    gate.addAll(e.gate());
                }
                Map<String, String> provenance = new LinkedHashMap<>();
                provenance.put(
                        CueTrainer.CORPUS,
                        cl.option("--name", corpus.getFileName().toString()));
                provenance.put(
                        ModelManifest.TRAINING_DATA + corpus.getFileName(),
                        "sha256:" + ModelManifest.sha256(Files.readAllBytes(corpus)));
                provenance.put(ModelManifest.TRAINING_DATE, cl.option("--date", "none"));
                provenance.put(ModelManifest.LICENCE, cl.option("--licence", "the corpus's terms; see NOTICE"));
                CueModel model = CueTrainer.train(examples, gate, settings, provenance);
                model.save(out);
                System.out.printf(
                        Locale.ROOT,
                        "trained on %d candidates in %.1f s: %s%n",
                        examples.size(),
                        (System.nanoTime() - began) / 1e9,
                        out);
            }
            case "cross-validate" ->
                crossValidate(
                        reader,
                        articles,
                        settings,
                        cl.option("--folds", 5),
                        cl.option("--source-models", ""),
                        cl.option("--content-models", ""),
                        out);
            case "predict" -> predict(articles, cl.option("--model", "shipped"), out);
            default -> throw new IllegalArgumentException("unknown command '" + command + "'\n" + USAGE);
        }
    }

    /**
     * The training examples of article {@code a} (number {@code index} of its corpus): its text read by {@code reader}
     * (an engine without a cue model), the rules run to find the sentences the gate will be asked about.
     */
    public static CueTrainer.ArticleExamples examples(
            AttributionEngine reader,
            AttributionCorpus.Article a,
            int index,
            Lexicons lex,
            CueTrainer.Settings settings,
            int folds) {
        Document doc = reader.read(a.text());
        java.util.BitSet gated = reader.gatedSentences(doc);
        return CueTrainer.examples(a, index, doc, gated, lex, settings.features(), folds);
    }

    private static void crossValidate(
            AttributionEngine reader,
            List<AttributionCorpus.Article> articles,
            CueTrainer.Settings settings,
            int folds,
            String sourceModels,
            String contentModels,
            Path predictions)
            throws IOException {
        if (folds < 2 || folds > 20) {
            throw new IllegalArgumentException("--folds is 2 to 20");
        }
        Lexicons lex = Lexicons.standard();
        List<CueTrainer.ArticleExamples> byArticle = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            byArticle.add(examples(reader, articles.get(i), i, lex, settings, folds));
        }
        ObjectMapper mapper = new ObjectMapper();
        CueEvaluation evaluation = new CueEvaluation(settings.threshold());
        Path parent = predictions.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (BufferedWriter w = Files.newBufferedWriter(predictions, StandardCharsets.UTF_8)) {
            for (int fold = 0; fold < folds; fold++) {
                List<CueTrainer.Example> train = new ArrayList<>();
                List<CueTrainer.Example> gate = new ArrayList<>();
                for (int i = 0; i < articles.size(); i++) {
                    if (articles.get(i).fold(folds) != fold) {
                        train.addAll(byArticle.get(i).candidates());
                        gate.addAll(byArticle.get(i).gate());
                    }
                }
                CueModel model = CueTrainer.train(train, gate, settings, Map.of(CueTrainer.CORPUS, "fold-" + fold));
                // the fold's own source model, fitted without the fold (source.py --folds-out), or the rules' choices
                SourceModel sources = sourceModels.isEmpty()
                        ? null
                        : SourceModel.load(Path.of(sourceModels, "fold-" + fold + ".tsv"));
                // likewise the fold's content model (content.py --folds-out), or the rules' ends
                ContentModel contents = contentModels.isEmpty()
                        ? null
                        : ContentModel.load(Path.of(contentModels, "fold-" + fold + ".tsv"));
                AttributionEngine engine = AttributionEngine.create(
                        EngineOptions.defaults(), model, ConfidenceModel.shipped(), sources, contents);
                for (int i = 0; i < articles.size(); i++) {
                    AttributionCorpus.Article a = articles.get(i);
                    if (a.fold(folds) != fold) {
                        continue;
                    }
                    for (CueTrainer.Example e : byArticle.get(i).candidates()) {
                        evaluation.add(CueTrainer.probability(model, e), e.positive(), model.threshold());
                    }
                    AttributionEngine.Explained explained = engine.explain(a.text());
                    w.write(mapper.writeValueAsString(ScorerPredictions.line(
                            mapper,
                            a.id(),
                            a.text(),
                            explained.result().quotes(),
                            explained.sources(),
                            explained.contents())));
                    w.write('\n');
                }
                System.out.printf(Locale.ROOT, "fold %d of %d done%n", fold + 1, folds);
            }
        }
        System.out.print("out of fold: " + evaluation.report());
        System.out.println("predictions: " + predictions);
    }

    private static void predict(List<AttributionCorpus.Article> articles, String model, Path predictions)
            throws IOException {
        CueModel cueModel = switch (model) {
            case "shipped" -> CueModel.shipped();
            case "none" -> null;
            default -> CueModel.load(Path.of(model));
        };
        AttributionEngine engine = AttributionEngine.create(EngineOptions.defaults(), cueModel);
        ObjectMapper mapper = new ObjectMapper();
        Path parent = predictions.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        long began = System.nanoTime();
        try (BufferedWriter w = Files.newBufferedWriter(predictions, StandardCharsets.UTF_8)) {
            for (AttributionCorpus.Article a : articles) {
                w.write(mapper.writeValueAsString(ScorerPredictions.line(
                        mapper, a.id(), a.text(), engine.attribute(a.text()).quotes())));
                w.write('\n');
            }
        }
        System.out.printf(
                Locale.ROOT,
                "engine %s: %d articles in %.1f s; predictions: %s%n",
                engine.version(),
                articles.size(),
                (System.nanoTime() - began) / 1e9,
                predictions);
    }
}
