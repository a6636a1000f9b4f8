package dev.saywho.attribution.corpus;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.saywho.attribution.engine.AttributionEngine;
import dev.saywho.attribution.engine.EngineOptions;
import dev.saywho.attribution.engine.EngineResult;
import dev.saywho.attribution.engine.ScorerPredictions;
import dev.saywho.common.testing.SharedData;

/**
 * Runs the engine over the PolNeAR dev split (shared/eval/dev.jsonl next to the repository, when present), scores
 * it with the shared scorer and fails when a score drops below its floor in eval-floors.properties.
 */
class DevCorpusRegressionTest {

    private static final Path PRED = Path.of("target", "eval", "dev-pred.jsonl");
    private static final String FLOORS = "/eval-floors.properties";

    /** A floor: which scorer run, where in its JSON, and the floor's key in eval-floors.properties. */
    private record Metric(String key, boolean directMixed, String bucket, String pointer) {}

    private static final List<Metric> METRICS = List.of(
            new Metric("directMixed.detection.f1", true, "all", "/detection/f1"),
            new Metric("directMixed.detectionExact.f1", true, "all", "/detectionExact/f1"),
            new Metric("directMixed.speakerAccuracy", true, "all", "/speakerAccuracy"),
            new Metric("mixed.detection.f1", true, "type:mixed", "/detection/f1"),
            new Metric("all.detection.f1", false, "all", "/detection/f1"),
            new Metric("all.endToEnd.f1", false, "all", "/endToEnd/f1"),
            new Metric("indirect.detection.precision", false, "type:indirect", "/detection/precision"),
            new Metric("indirect.detection.f1", false, "type:indirect", "/detection/f1"));

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void devCorpusScoresStayAboveTheFloors() throws Exception {
        SharedData.require("eval/dev.jsonl");
        SharedData.require("eval/score.py");
        assumeTrue(python3Available(), "python3 is not on the PATH");

        List<GoldCorpus.Article> articles = GoldCorpus.read(GoldCorpus.DEV, mapper);
        AttributionEngine engine = AttributionEngine.create(EngineOptions.defaults());
        Files.createDirectories(PRED.getParent());
        long began = System.nanoTime();
        List<String> ruleFailures = new ArrayList<>();
        try (BufferedWriter out = Files.newBufferedWriter(PRED, StandardCharsets.UTF_8)) {
            for (GoldCorpus.Article article : articles) {
                EngineResult result = engine.attribute(article.text());
                result.failures()
                        .forEach(f -> ruleFailures.add(
                                article.id() + ": " + f.rule() + " at " + f.offset() + ": " + f.error()));
                out.write(mapper.writeValueAsString(
                        ScorerPredictions.line(mapper, article.id(), article.text(), result.quotes())));
                out.write('\n');
            }
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        assertTrue(ruleFailures.isEmpty(), () -> "rules failed on real articles: " + ruleFailures);

        JsonNode all = score();
        JsonNode directMixed = score("--types", "direct,mixed");
        assertEquals(articles.size(), all.path("articles").asInt(), "articles scored");

        Properties floors = floors();
        System.out.printf(
                "dev corpus: %d articles in %.1f s, engine %s; predictions in %s%n",
                articles.size(), seconds, engine.version(), PRED);
        List<Executable> checks = new ArrayList<>();
        for (Metric metric : METRICS) {
            JsonNode value = (metric.directMixed() ? directMixed : all)
                    .path(metric.bucket())
                    .at(metric.pointer());
            double measured = value.isNumber() ? value.asDouble() : 0.0;
            String floorText = floors.getProperty(metric.key());
            assertTrue(floorText != null, "no floor for " + metric.key() + " in " + FLOORS);
            double floor = Double.parseDouble(floorText.strip());
            System.out.printf("  %-30s measured %.4f  floor %.4f%n", metric.key(), measured, floor);
            checks.add(() -> assertTrue(
                    measured >= floor,
                    () -> String.format("%s fell to %.4f, below its floor %.4f", metric.key(), measured, floor)));
        }
        // the confidence each quote carries is a probability: its calibration error over these quotes stays under the
        // ceiling (the bound; tools/eval/calibration.py computes it as the README's tables do)
        double ece = calibrationError();
        double ceiling = Double.parseDouble(
                floors.getProperty("confidence.calibrationError.max", "0").strip());
        System.out.printf("  %-30s measured %.4f  ceiling %.4f%n", "confidence.calibrationError", ece, ceiling);
        checks.add(() -> assertTrue(
                ece <= ceiling,
                () -> String.format("the confidences' calibration error rose to %.4f, over %.4f", ece, ceiling)));
        assertAll("dev corpus floors (" + FLOORS + ")", checks);
    }

    /** The expected calibration error (ten bins) of the predictions' confidences, as tools/eval/calibration.py says. */
    private static double calibrationError() throws IOException, InterruptedException {
        Path tool = Path.of("..", "tools", "eval", "calibration.py");
        assertTrue(Files.isRegularFile(tool), "no " + tool);
        List<String> command = List.of(
                "python3",
                tool.toString(),
                GoldCorpus.DEV.toString(),
                PRED.toString(),
                "--scorer",
                GoldCorpus.SCORER.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(10, TimeUnit.MINUTES), "calibration.py did not finish");
        assertEquals(0, process.exitValue(), () -> "calibration.py failed:\n" + output);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                        "as predicted: expected calibration error ([0-9.]+)")
                .matcher(output);
        assertTrue(m.find(), () -> "no calibration error in:\n" + output);
        return Double.parseDouble(m.group(1));
    }

    private JsonNode score(String... options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(
                List.of("python3", GoldCorpus.SCORER.toString(), GoldCorpus.DEV.toString(), PRED.toString(), "--json"));
        command.addAll(List.of(options));
        Path output = Files.createTempFile(PRED.getParent(), "score-", ".json");
        try {
            Process process = new ProcessBuilder(command)
                    .redirectOutput(output.toFile())
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("the scorer did not finish: " + command);
            }
            assertEquals(0, process.exitValue(), () -> "scorer failed: " + command);
            return mapper.readTree(output.toFile());
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static Properties floors() {
        Properties floors = new Properties();
        try (InputStream in = DevCorpusRegressionTest.class.getResourceAsStream(FLOORS)) {
            assertTrue(in != null, "missing " + FLOORS);
            floors.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return floors;
    }

    static boolean python3Available() {
        try {
            Process process = new ProcessBuilder("python3", "--version")
                    .redirectErrorStream(true)
                    .start();
            process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
