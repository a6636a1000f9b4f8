package dev.saywho.attribution.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/**
 * JSON is UTF-8 (RFC 8259): bytes that are not (an overlong form such as C0 AF for "/", an encoded surrogate, a
 * truncated sequence, a byte UTF-8 never uses) are refused, never decoded leniently or replaced.
 */
@QuarkusTest
class MalformedUtf8Test {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"c0af", "e080af", "eda080", "e282", "ff", "f88880808f"})
    void aBodyThatIsNotUtf8IsMalformedJson(String badHex) {
        given().contentType("application/json")
                .body(json("{\"text\":\"The mayor said ", badHex, " nothing.\"}"))
                .when()
                .post("/api/v1/attributions")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://saywho.dev/problems/malformed-json"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"c0af", "e080af", "eda080", "e282", "ff", "f88880808f"})
    void aBatchLineThatIsNotUtf8GetsAProblemAndTheOthersGoOn(String badHex) throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(json("{\"id\":\"a\",\"text\":\"The mayor said nothing.\"}\n", "", ""));
        body.writeBytes(json("{\"id\":\"b\",\"text\":\"The mayor said ", badHex, " nothing.\"}\n"));
        body.writeBytes(json("{\"id\":\"c\",\"text\":\"The mayor said nothing.\"}\n", "", ""));

        List<String> results = given().contentType("application/x-ndjson")
                .body(body.toByteArray())
                .when()
                .post("/api/v1/attributions:batch")
                .then()
                .statusCode(200)
                .extract()
                .asString()
                .lines()
                .toList();

        assertThat(results).hasSize(3);
        JsonNode bad = JSON.readTree(results.get(1));
        assertThat(bad.path("problem").path("type").asText()).isEqualTo("https://saywho.dev/problems/malformed-json");
        assertThat(JSON.readTree(results.get(0)).path("id").asText()).isEqualTo("a");
        assertThat(JSON.readTree(results.get(0)).has("problem")).isFalse();
        assertThat(JSON.readTree(results.get(2)).path("id").asText()).isEqualTo("c");
        assertThat(JSON.readTree(results.get(2)).has("problem")).isFalse();
    }

    /** The parts as UTF-8, with the middle part given in hex (raw bytes). */
    private static byte[] json(String before, String hex, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(HexFormat.of().parseHex(hex));
        out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
