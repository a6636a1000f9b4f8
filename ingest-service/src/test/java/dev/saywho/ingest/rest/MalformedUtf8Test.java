package dev.saywho.ingest.rest;

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

import dev.saywho.ingest.testing.Fictional;
import dev.saywho.ingest.testing.WireMockAttributionService;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * JSON is UTF-8 (RFC 8259): bytes that are not (an overlong form such as C0 AF for "/", an encoded surrogate, a
 * truncated sequence, a byte UTF-8 never uses) are refused, never decoded leniently or replaced.
 */
@QuarkusTest
@WithTestResource(value = WireMockAttributionService.class, scope = TestResourceScope.GLOBAL)
class MalformedUtf8Test {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"c0af", "e080af", "eda080", "e282", "ff", "f88880808f"})
    void anArticleBodyThatIsNotUtf8IsMalformedJson(String badHex) {
        byte[] body = json("{\"text\":\"Port Tessaly ", badHex, " file " + Fictional.marker() + ".\"}");

        given().contentType("application/json")
                .body(body)
                .when()
                .post("/api/v1/articles")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://saywho.dev/problems/malformed-json"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"c0af", "e080af", "eda080", "e282", "ff", "f88880808f"})
    void aBatchLineThatIsNotUtf8IsRejectedAndTheOthersGoOn(String badHex) throws Exception {
        String marker = Fictional.marker();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(json("{\"text\":\"First story of file " + marker + ".\"}\n"));
        body.writeBytes(json("{\"text\":\"Second story ", badHex, " of file " + marker + ".\"}\n"));
        body.writeBytes(json("{\"text\":\"Third story of file " + marker + ".\"}\n"));

        List<String> results = given().contentType("application/x-ndjson")
                .body(body.toByteArray())
                .when()
                .post("/api/v1/articles:batch")
                .then()
                .statusCode(200)
                .extract()
                .asString()
                .lines()
                .toList();

        assertThat(results).hasSize(3);
        JsonNode bad = JSON.readTree(results.get(1));
        assertThat(bad.path("status").asText()).isEqualTo("rejected");
        assertThat(bad.path("problem").path("type").asText()).isEqualTo("https://saywho.dev/problems/malformed-json");
        assertThat(JSON.readTree(results.get(0)).path("status").asText()).isEqualTo("created");
        assertThat(JSON.readTree(results.get(2)).path("status").asText()).isEqualTo("created");
    }

    /** The parts as UTF-8, with the middle part given in hex (raw bytes). */
    private static byte[] json(String before, String hex, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(HexFormat.of().parseHex(hex));
        out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
