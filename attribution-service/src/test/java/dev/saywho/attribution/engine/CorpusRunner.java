package dev.saywho.attribution.engine;

import java.io.BufferedReader;
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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.saywho.common.Quote;
import dev.saywho.common.Span;

/**
 * Development tool: runs the engine over a JSONL corpus ({"id", "text"} per line) and writes predictions in the
 * scorer's format (code-point offsets). Usage: {@code CorpusRunner IN.jsonl OUT.jsonl}.
 */
public final class CorpusRunner {

    private CorpusRunner() {}

    public static void main(String[] args) throws IOException {
        ObjectMapper json = new ObjectMapper();
        AttributionEngine engine = AttributionEngine.create(EngineOptions.defaults());
        // -Dsaywho.warmup=N: attribute the whole corpus N times first, so the time reported is the warm engine's
        int warmup = Integer.getInteger("saywho.warmup", 0);
        for (int round = 0; round < warmup; round++) {
            for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    engine.attribute(json.readTree(line).get("text").asText());
                }
            }
        }
        long nanos = 0;
        int articles = 0;
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8);
                BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = json.readTree(line);
                String text = node.get("text").asText();
                long t0 = System.nanoTime();
                EngineResult result = engine.attribute(text);
                nanos += System.nanoTime() - t0;
                articles++;
                List<Map<String, Object>> quotes = new ArrayList<>();
                for (Quote q : result.quotes()) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("start", cp(text, q.start()));
                    m.put("end", cp(text, q.end()));
                    m.put("text", q.text());
                    m.put("type", q.type().name().toLowerCase(Locale.ROOT));
                    m.put("sieve", q.sieve());
                    m.put("rule", q.rule());
                    if (q.speaker() != null) {
                        m.put("speaker", q.speaker().name());
                        m.put("speakerStart", cp(text, q.speaker().mention().start()));
                        m.put("speakerEnd", cp(text, q.speaker().mention().end()));
                        m.put("role", q.speaker().role());
                        m.put("affiliation", q.speaker().affiliation());
                    } else {
                        m.put("speaker", null);
                    }
                    List<int[]> frags = new ArrayList<>();
                    for (Span f : q.fragments()) {
                        frags.add(new int[] {cp(text, f.start()), cp(text, f.end())});
                    }
                    m.put("fragments", frags);
                    quotes.add(m);
                }
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", node.path("id").asText());
                row.put("quotes", quotes);
                out.write(json.writeValueAsString(row));
                out.newLine();
            }
        }
        System.err.printf("%d articles, %.2f ms/article%n", articles, nanos / 1e6 / Math.max(1, articles));
    }

    private static int cp(String text, int index) {
        return text.codePointCount(0, index);
    }
}
