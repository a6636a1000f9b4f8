package dev.saywho.attribution.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/** A body, or a batch line, is one JSON value: anything after it is an error, never silently dropped. */
@QuarkusTest
class TrailingJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {" {\"text\":\"b\"}", "{}", " [1]", " 7", " \"more\"", " x"})
    void aBatchLineWithContentAfterItsObjectGetsAProblem(String trailing) throws Exception {
        String body = "{\"id\":\"a\",\"text\":\"The mayor said nothing.\"}\n"
                + "{\"id\":\"b\",\"text\":\"The mayor said nothing.\"}" + trailing + "\n"
                + "{\"id\":\"c\",\"text\":\"The mayor said nothing.\"}  \n";

        List<String> results = given().contentType("application/x-ndjson")
                .body(body.getBytes(StandardCharsets.UTF_8))
                .when()
                .post("/api/v1/attributions:batch")
                .then()
                .statusCode(200)
                .extract()
                .asString()
                .lines()
                .toList();

        assertThat(results).hasSize(3);
        assertThat(JSON.readTree(results.get(1)).path("problem").path("type").asText())
                .isEqualTo("https://saywho.dev/problems/malformed-json");
        JsonNode last = JSON.readTree(results.get(2));
        assertThat(last.has("problem")).as("trailing blanks are fine").isFalse();
        assertThat(last.path("id").asText()).isEqualTo("c");
    }

    @ParameterizedTest
    @ValueSource(strings = {" {\"text\":\"b\"}", " 7", " x"})
    void aBodyWithContentAfterItsObjectIsMalformed(String trailing) {
        given().contentType("application/json")
                .body("{\"text\":\"The mayor said nothing.\"}" + trailing)
                .when()
                .post("/api/v1/attributions")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://saywho.dev/problems/malformed-json"));
    }
}
