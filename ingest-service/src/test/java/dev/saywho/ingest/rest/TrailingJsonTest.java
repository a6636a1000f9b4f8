package dev.saywho.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.saywho.ingest.testing.Fictional;
import dev.saywho.ingest.testing.WireMockAttributionService;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** A body, or a batch line, is one JSON value: anything after it is an error, never silently dropped. */
@QuarkusTest
@WithTestResource(value = WireMockAttributionService.class, scope = TestResourceScope.GLOBAL)
class TrailingJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {" {\"text\":\"Second story.\"}", "{}", " [1]", " 7", " \"more\"", " x"})
    void aBatchLineWithContentAfterItsObjectIsRejected(String trailing) throws Exception {
        String marker = Fictional.marker();
        String body = "{\"text\":\"First story of file " + marker + ".\"}\n"
                + "{\"text\":\"Another story of file " + marker + ".\"}" + trailing + "\n"
                + "{\"text\":\"Last story of file " + marker + ".\"}  \n";

        List<String> results = given().contentType("application/x-ndjson")
                .body(body.getBytes(StandardCharsets.UTF_8))
                .when()
                .post("/api/v1/articles:batch")
                .then()
                .statusCode(200)
                .extract()
                .asString()
                .lines()
                .toList();

        assertThat(results).hasSize(3);
        JsonNode second = JSON.readTree(results.get(1));
        assertThat(second.path("status").asText()).isEqualTo("rejected");
        assertThat(second.path("problem").path("type").asText())
                .isEqualTo("https://saywho.dev/problems/malformed-json");
        assertThat(JSON.readTree(results.get(0)).path("status").asText()).isEqualTo("created");
        assertThat(JSON.readTree(results.get(2)).path("status").asText())
                .as("trailing blanks are fine")
                .isEqualTo("created");
    }

    @ParameterizedTest
    @ValueSource(strings = {" {\"text\":\"Second story.\"}", " 7", " x"})
    void anArticleBodyWithContentAfterItsObjectIsMalformed(String trailing) {
        given().contentType("application/json")
                .body("{\"text\":\"A story of file " + Fictional.marker() + ".\"}" + trailing)
                .when()
                .post("/api/v1/articles")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://saywho.dev/problems/malformed-json"));
    }
}
