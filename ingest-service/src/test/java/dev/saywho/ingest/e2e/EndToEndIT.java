package dev.saywho.ingest.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.saywho.common.testing.SharedData;

/**
 * Starts both packaged services as real processes (attribution, then ingest pointed at it), posts articles through
 * ingest and checks what comes back stored. Runs on the embedded database, or on PostgreSQL when
 * {@code SAYWHO_TEST_DB_URL} is set.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EndToEndIT {

    private static final Path SAMPLE = Path.of("../samples/port-tessaly-bridge.txt");

    private final ObjectMapper mapper = new ObjectMapper();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private SaywhoServices services;

    @BeforeAll
    void startServices() throws Exception {
        services = SaywhoServices.start(Path.of("target/e2e"));
    }

    @AfterAll
    void stopServices() throws Exception {
        if (services != null) {
            services.close();
        }
    }

    @Test
    void sampleArticleIsStoredWithItsAttributedQuotes() throws Exception {
        String text = Files.readString(SAMPLE);

        JsonNode article = post(text, "e2e-sample-" + System.nanoTime());

        assertThat(article.get("status").asText()).isEqualTo("ATTRIBUTED");
        String stored = article.get("text").asText();
        List<JsonNode> quotes = quotes(article);
        assertOffsetsMatch(stored, quotes);
        assertThat(quotes).extracting(q -> q.get("type").asText()).contains("DIRECT");
        JsonNode contract = quotes.stream()
                .filter(q -> q.get("text").asText().startsWith("We will not sign a contract"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the mayor's first quote is missing: " + quotes));
        assertThat(contract.get("speaker").get("name").asText()).isEqualTo("Ilse Varga");

        JsonNode fetched = get("/api/v1/articles/" + article.get("id").asLong());
        assertThat(fetched.get("quotes").size()).isEqualTo(quotes.size());
    }

    @Test
    void seedArticleKeepsEveryGoldDirectQuoteWithItsOffsets() throws Exception {
        Path seed = SharedData.require("seed/north-korea-missiles.txt");
        Path seedGold = SharedData.require("seed/north-korea-missiles.gold.jsonl");
        JsonNode gold =
                mapper.readTree(Files.readString(seedGold).lines().findFirst().orElseThrow());

        JsonNode article = post(Files.readString(seed), "e2e-seed-" + System.nanoTime());

        String stored = article.get("text").asText();
        List<JsonNode> quotes = quotes(article);
        assertOffsetsMatch(stored, quotes);
        for (JsonNode goldQuote : gold.get("quotes")) {
            if (!goldQuote.get("type").asText().equals("direct")) {
                continue;
            }
            String expected = trim(goldQuote.get("text").asText());
            assertThat(quotes)
                    .as("stored quotes of the seed article")
                    .anySatisfy(q -> assertThat(trim(q.get("text").asText())).isEqualTo(expected));
        }
    }

    private JsonNode post(String text, String externalId) throws IOException, InterruptedException {
        String body = mapper.writeValueAsString(Map.of("text", text, "source", "e2e", "externalId", externalId));
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(services.ingestUrl() + "/api/v1/articles"))
                        .header("Content-Type", "application/json")
                        .timeout(Duration.ofSeconds(60))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
        return mapper.readTree(response.body());
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(services.ingestUrl() + path))
                        .timeout(Duration.ofSeconds(30))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return mapper.readTree(response.body());
    }

    private static List<JsonNode> quotes(JsonNode article) {
        List<JsonNode> quotes = new ArrayList<>();
        article.get("quotes").forEach(quotes::add);
        return quotes;
    }

    private static void assertOffsetsMatch(String stored, List<JsonNode> quotes) {
        for (JsonNode quote : quotes) {
            int start = quote.get("start").asInt();
            int end = quote.get("end").asInt();
            assertThat(stored.substring(start, end)).isEqualTo(quote.get("text").asText());
        }
    }

    /** Trims quotation marks, punctuation and spaces from both ends, as the corpus scorer does. */
    private static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && !Character.isLetterOrDigit(s.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }
}
