package dev.saywho.attribution.engine.cue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.saywho.attribution.engine.AttributionEngine;
import dev.saywho.attribution.engine.EngineOptions;
import dev.saywho.attribution.engine.learn.ModelManifest;
import dev.saywho.attribution.engine.lexicon.Lexicons;

/**
 * The trainer on a corpus written for it ({@code cue/tiny-corpus.jsonl}: six short articles, fictional people and
 * places, twelve annotated attributions with cues no two of which share a lemma): the model learns it, a second run
 * writes the same bytes, and the model file reads back to the same scores.
 */
class CueTrainerTest {

    static final CueTrainer.Settings TINY = new CueTrainer.Settings(3, 12, 16, 0f, 2, 0.5, CueFeatureSet.STANDARD, 0.9);

    private static List<AttributionCorpus.Article> corpus;
    private static List<CueTrainer.Example> examples;
    private static List<CueTrainer.Example> gate;

    @BeforeAll
    static void read() throws IOException, URISyntaxException {
        corpus = AttributionCorpus.read(tinyCorpus());
        examples = new ArrayList<>();
        gate = new ArrayList<>();
        AttributionEngine reader = AttributionEngine.create(EngineOptions.defaults(), null);
        for (int i = 0; i < corpus.size(); i++) {
            CueTrainer.ArticleExamples e = dev.saywho.attribution.engine.CueCommand.examples(
                    reader, corpus.get(i), i, Lexicons.standard(), TINY, 5);
            examples.addAll(e.candidates());
            gate.addAll(e.gate());
        }
    }

    static Path tinyCorpus() throws URISyntaxException {
        return Path.of(
                CueTrainerTest.class.getResource("/cue/tiny-corpus.jsonl").toURI());
    }

    static CueModel train(long seed) {
        CueTrainer.Settings s = new CueTrainer.Settings(
                seed,
                TINY.epochs(),
                TINY.bits(),
                TINY.prune(),
                TINY.calibrationFolds(),
                TINY.threshold(),
                TINY.features(),
                TINY.gateRecall());
        return CueTrainer.train(
                examples, gate, s, Map.of(CueTrainer.CORPUS, "tiny", ModelManifest.TRAINING_DATE, "none"));
    }

    static byte[] bytes(CueModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(out);
        return out.toByteArray();
    }

    @Test
    void everyAnnotatedAttributionIsACandidateOfTheTree() {
        assertThat(corpus).hasSize(6);
        assertThat(corpus.stream().mapToInt(a -> a.attributions().size()).sum()).isEqualTo(12);
        long right = examples.stream().filter(CueTrainer.Example::positive).count();
        assertThat(right).as("one right candidate per attribution").isEqualTo(12);
        assertThat(examples.size()).as("and more wrong ones").isGreaterThan(24);
        assertThat(gate)
                .as("the gate sees the words of sentences the rules leave alone")
                .isNotEmpty();
    }

    @Test
    void theModelLearnsItsCorpus() {
        CueModel model = train(3);
        for (CueTrainer.Example e : examples) {
            double p = CueTrainer.probability(model, e);
            assertThat(p).isBetween(0.0, 1.0);
            float[] scores = new float[2];
            model.weights().score(e.features(), e.features().length, scores);
            if (e.positive()) {
                assertThat(scores[1] - scores[0])
                        .as("a right candidate scores above zero")
                        .isGreaterThan(0f);
            } else {
                assertThat(scores[1] - scores[0])
                        .as("a wrong candidate scores below zero")
                        .isLessThan(0f);
            }
        }
    }

    @Test
    void theSameSeedWritesTheSameBytesAndTheFileReadsBack() throws IOException {
        byte[] first = bytes(train(3));
        assertThat(bytes(train(3))).isEqualTo(first);
        CueModel back = CueModel.read(new ByteArrayInputStream(first));
        CueModel model = train(3);
        assertThat(back.manifest()).isEqualTo(model.manifest());
        for (CueTrainer.Example e : examples) {
            assertThat(CueTrainer.probability(back, e)).isEqualTo(CueTrainer.probability(model, e));
        }
    }

    @Test
    void theCommandTrainsAModelThatLoadsFromItsDirectory(@TempDir Path dir) throws Exception {
        dev.saywho.attribution.engine.CueCommand.main(new String[] {
            "train", tinyCorpus().toString(), dir.toString(), "--epochs", "4", "--name", "tiny", "--date", "2026-01-02"
        });
        CueModel model = CueModel.load(dir);
        assertThat(model.manifest().get(CueTrainer.CORPUS)).isEqualTo("tiny");
        assertThat(model.manifest().get(ModelManifest.TRAINING_DATA + "tiny-corpus.jsonl"))
                .isEqualTo("sha256:" + ModelManifest.sha256(Files.readAllBytes(tinyCorpus())));
        assertThat(model.label()).isEqualTo("cue/tiny@2026-01-02");
    }

    @Test
    void plattsCalibrationFitsTheRateOfRightAnswers() {
        // margins whose true rate of right answers is the logistic of the margin itself
        int n = 20_000;
        double[] margins = new double[n];
        boolean[] right = new boolean[n];
        java.util.Random random = new java.util.Random(5);
        for (int i = 0; i < n; i++) {
            margins[i] = random.nextGaussian() * 3;
            right[i] = random.nextDouble() < 1 / (1 + Math.exp(-margins[i]));
        }
        double[] ab = CueTrainer.platt(margins, right);
        assertThat(ab[0]).isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.1));
        assertThat(ab[1]).isCloseTo(0.0, org.assertj.core.data.Offset.offset(0.1));
    }

    @Test
    void plattsCalibrationDoesNotRunOffOnLargeMargins() {
        // the same law on margins a hundred times larger (a feature set that scores in the hundreds): a full Newton
        // step from the start overshoots there, and without the line search the slope ran off to infinity, leaving
        // every probability at 0 or 1
        int n = 20_000;
        double[] margins = new double[n];
        boolean[] right = new boolean[n];
        java.util.Random random = new java.util.Random(5);
        for (int i = 0; i < n; i++) {
            double m = random.nextGaussian() * 3;
            margins[i] = m * 100;
            right[i] = random.nextDouble() < 1 / (1 + Math.exp(-m));
        }
        double[] ab = CueTrainer.platt(margins, right);
        assertThat(ab[0]).isCloseTo(0.01, org.assertj.core.data.Offset.offset(0.001));
        assertThat(CueModel.logistic(ab[0], ab[1], 100)).isBetween(0.65, 0.80);
    }

    @Test
    void contentMatchesByCharacterJaccard() {
        assertThat(CueTrainer.jaccard(List.of(new int[] {10, 20}), 10, 20)).isEqualTo(1.0);
        assertThat(CueTrainer.jaccard(List.of(new int[] {10, 20}), 15, 25))
                .isCloseTo(5 / 15.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(CueTrainer.jaccard(List.of(new int[] {0, 4}, new int[] {8, 12}), 0, 12))
                .isCloseTo(8 / 12.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(CueTrainer.jaccard(List.of(new int[] {0, 4}), 6, 9)).isZero();
    }

    @Test
    void foldsFollowTheHashOfTheArticleId() {
        AttributionCorpus.Article a = corpus.get(0);
        int fold = a.fold(5);
        assertThat(fold).isBetween(0, 4);
        assertThat(new AttributionCorpus.Article(a.id(), "other text", List.of()).fold(5))
                .isEqualTo(fold);
    }

    @Test
    void theChosenThresholdIsWhereTheCandidatesF1IsBest() {
        double[] p = {0.9, 0.8, 0.6, 0.4123, 0.2, 0.1};
        boolean[] right = {true, false, true, true, false, false};
        // taking the first 1, 2, 3, 4, 5 candidates: F1 0.50, 0.40, 0.67, 0.86, 0.75; rounded down to 3 decimals
        assertThat(CueTrainer.bestF1Threshold(p, right)).isEqualTo(0.412);
        // candidates of one probability are taken together: the tie's F1 (2 of 3 right) beats the first alone
        assertThat(CueTrainer.bestF1Threshold(new double[] {0.7, 0.3, 0.3}, new boolean[] {false, true, true}))
                .isEqualTo(0.3);
        // an extreme is kept inside the bounds
        assertThat(CueTrainer.bestF1Threshold(new double[] {0.99, 0.01}, new boolean[] {true, false}))
                .isEqualTo(CueTrainer.MAX_CHOSEN_THRESHOLD);
        assertThat(CueTrainer.bestF1Threshold(new double[] {0.02, 0.01}, new boolean[] {true, true}))
                .isEqualTo(CueTrainer.MIN_CHOSEN_THRESHOLD);
    }

    @Test
    void aModelWhoseTrainerChoseItsThresholdSaysSo() throws IOException {
        CueTrainer.Settings s = new CueTrainer.Settings(
                3,
                TINY.epochs(),
                TINY.bits(),
                TINY.prune(),
                TINY.calibrationFolds(),
                CueTrainer.Settings.CHOOSE_THRESHOLD,
                TINY.features(),
                TINY.gateRecall());
        Map<String, String> provenance = Map.of(CueTrainer.CORPUS, "tiny", ModelManifest.TRAINING_DATE, "none");
        CueModel chosen = CueTrainer.train(examples, gate, s, provenance);
        assertThat(chosen.threshold()).isBetween(CueTrainer.MIN_CHOSEN_THRESHOLD, CueTrainer.MAX_CHOSEN_THRESHOLD);
        assertThat(chosen.manifest().get("decision.threshold-from")).isEqualTo("best out-of-fold F1");
        assertThat(bytes(CueTrainer.train(examples, gate, s, provenance))).isEqualTo(bytes(chosen));
        assertThat(train(3).manifest().get("decision.threshold-from")).isEqualTo("the trainer's settings");
    }

    @Test
    void settingsOutOfRangeAreRefused() {
        assertThatThrownBy(() -> new CueTrainer.Settings(1, 0, 16, 0f, 5, 0.5, CueFeatureSet.STANDARD, 0.6))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CueTrainer.Settings(1, 5, 16, 0f, 5, 1.0, CueFeatureSet.STANDARD, 0.6))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("threshold");
        assertThatThrownBy(() -> new CueTrainer.Settings(1, 5, 16, 0f, 5, -0.1, CueFeatureSet.STANDARD, 0.6))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("threshold");
        assertThatThrownBy(() -> new CueTrainer.Settings(1, 5, 16, 0f, 5, 0.5, CueFeatureSet.STANDARD, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gate");
    }
}
