package dev.saywho.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.saywho.ingest.testing.AttributionStubs;
import dev.saywho.ingest.testing.Fictional;
import dev.saywho.ingest.testing.InjectAttributionStubs;
import dev.saywho.ingest.testing.ScriptedQuote;
import dev.saywho.ingest.testing.WireMockAttributionService;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = WireMockAttributionService.class, scope = TestResourceScope.GLOBAL)
class BatchIngestTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @InjectAttributionStubs
    AttributionStubs attribution;

    private static String line(String text, String source) throws Exception {
        return JSON.writeValueAsString(java.util.Map.of("text", text, "source", source));
    }

    @Test
    void everyLineGetsItsOwnResultAndBadLinesDoNotFailTheOthers() throws Exception {
        String marker = Fictional.marker();
        String source = "wire-" + marker;
        String surname = Fictional.surname();
        attribution.attribute(
                marker, "1.0.0", ScriptedQuote.direct("The ferry runs again on Monday", "Oren " + surname));
        String first = line(
                "\"The ferry runs again on Monday,\" harbour master Oren " + surname + " said. File " + marker + " a.",
                source);
        String body = String.join(
                        "\n",
                        first,
                        "{\"text\": \"broken",
                        line("Second story about file " + marker + " b.", source),
                        "",
                        "{\"title\": \"no body\"}",
                        first,
                        line("Third story about file " + marker + " c.", source) + "\r")
                + "\n";

        String response = given().urlEncodingEnabled(false)
                .contentType("application/x-ndjson")
                .body(body.getBytes(StandardCharsets.UTF_8))
                .when()
                .post("/api/v1/articles:batch")
                .then()
                .statusCode(200)
                .contentType(startsWith("application/x-ndjson"))
                .extract()
                .asString();

        List<JsonNode> results = response.lines()
                .map(l -> {
                    try {
                        return JSON.readTree(l);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
        assertThat(results).extracting(r -> r.get("line").asLong()).containsExactly(1L, 2L, 3L, 5L, 6L, 7L);
        assertThat(results)
                .extracting(r -> r.get("status").asText())
                .containsExactly("created", "rejected", "created", "rejected", "duplicate", "created");
        assertThat(results.get(1).get("problem").get("status").asInt()).isEqualTo(400);
        assertThat(results.get(3)
                        .get("problem")
                        .get("violations")
                        .get(0)
                        .get("field")
                        .asText())
                .isEqualTo("text");
        assertThat(results.get(4).get("id").asLong())
                .isEqualTo(results.get(0).get("id").asLong());

        // The response ends after this batch's attributions: the first article is attributed already.
        given().when()
                .get("/api/v1/articles/" + results.get(0).get("id").asLong())
                .then()
                .statusCode(200)
                .body("status", equalTo("ATTRIBUTED"))
                .body("quotes[0].speaker.name", equalTo("Oren " + surname));
        given().queryParam("source", source)
                .when()
                .get("/api/v1/articles")
                .then()
                .statusCode(200)
                .body("total", equalTo(3));
    }

    @Test
    void batchNeedsNdjson() {
        given().contentType("application/json")
                .body("{}")
                .when()
                .post("/api/v1/articles:batch")
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
    }
}
