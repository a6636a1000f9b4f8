package dev.saywho.attribution.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.saywho.common.testing.SharedData;

/** Reads a gold-format JSONL corpus (shared/eval/README.md): one {@code {"id", "text", "quotes", ...}} per line. */
public final class GoldCorpus {

    /** The development split (PolNeAR dev), when present. */
    public static final Path DEV = SharedData.resolve("eval/dev.jsonl");
    /** The shared scorer. */
    public static final Path SCORER = SharedData.resolve("eval/score.py");

    /** One gold article: its id, text and the whole JSON line. */
    public record Article(String id, String text, JsonNode json) {}

    private GoldCorpus() {}

    public static List<Article> read(Path path, ObjectMapper mapper) {
        List<Article> articles = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode json = mapper.readTree(line);
                articles.add(
                        new Article(json.path("id").asText(), json.path("text").asText(), json));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return articles;
    }
}
