package dev.saywho.attribution.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.saywho.web.Utf16;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class AttributionResourceTest {

    private static final String TEXT = "\"We will reopen the bridge by spring,\" Mayor Ilse Varga said on Tuesday.";

    @Test
    void attributesADirectQuoteWithOffsetsIntoTheSubmittedText() {
        JsonPath json = given().contentType(ContentType.JSON)
                .body(Map.of("id", "t-1", "text", TEXT))
                .when()
                .post("/api/v1/attributions")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("id", equalTo("t-1"))
                .body("engineVersion", notNullValue())
                .body("quotes", hasSize(1))
                .extract()
                .jsonPath();

        int start = json.getInt("quotes[0].start");
        int end = json.getInt("quotes[0].end");
        assertThat(json.getString("quotes[0].text"))
                .isEqualTo(TEXT.substring(start, end))
                .isEqualTo("We will reopen the bridge by spring,");
        assertThat(json.getString("quotes[0].type")).isEqualTo("DIRECT");
        assertThat(json.getString("quotes[0].speaker.name")).isEqualTo("Ilse Varga");
        int mentionStart = json.getInt("quotes[0].speaker.mention.start");
        int mentionEnd = json.getInt("quotes[0].speaker.mention.end");
        assertThat(json.getString("quotes[0].speaker.mention.text"))
                .isEqualTo(TEXT.substring(mentionStart, mentionEnd));
        assertThat(json.getString("quotes[0].sieve")).isNotBlank();
        assertThat(json.getDouble("quotes[0].confidence")).isBetween(0.0, 1.0);
        assertThat(json.getList("speakers.name")).contains("Ilse Varga");
    }

    @Test
    void textWithoutQuotationsGivesNoQuotes() {
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "The ferry leaves at noon."))
                .when()
                .post("/api/v1/attributions")
                .then()
                .statusCode(200)
                .body("quotes", hasSize(0));
    }

    @Test
    void emptyBodyIsAProblem() {
        given().contentType(ContentType.JSON)
                .when()
                .post("/api/v1/attributions")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://saywho.dev/problems/malformed-json"))
                .body("status", equalTo(400))
                .body("title", equalTo("Malformed JSON"))
                .body("detail", containsString("text"))
                .body("instance", equalTo("/api/v1/attributions"));
    }

    @Test
    void missingTextIsAProblemNamingTheField() {
        given().contentType(ContentType.JSON)
                .body(Map.of("id", "no-text"))
                .when()
                .post("/api/v1/attributions")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://saywho.dev/problems/invalid-request"))
                .body("title", equalTo("Invalid request"))
                .body("violations.field", hasItem("text"));
    }

    @Test
    void aLoneSurrogateIsAProblemNamingTheField() {
        // Raw JSON: the escape is what a client sends; no answer's offsets could fit such a text once re-encoded.
        given().contentType(ContentType.JSON)
                .body("{\"id\":\"surrogate\",\"text\":\"\\u201cWe sail,\\u201d said Ilse Varga. \\ud800\"}")
                .when()
                .post("/api/v1/attributions")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("text"))
                .body("violations[0].message", equalTo(Utf16.UNPAIRED_SURROGATE));
    }

    @Test
    void aStatusTheApiDoesNotDefineIsAnAboutBlankProblem() {
        given().when()
                .get("/api/v1/attributions")
                .then()
                .statusCode(405)
                .contentType("application/problem+json")
                .body("type", equalTo("about:blank"))
                .body("title", equalTo("Method Not Allowed"));
        given().when()
                .get("/api/v1/no-such-thing")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://saywho.dev/problems/not-found"));
    }

    @Test
    void invalidJsonIsAProblemWithoutInternals() {
        String body = given().contentType(ContentType.JSON)
                .body("{\"text\": \"unterminated")
                .when()
                .post("/api/v1/attributions")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .extract()
                .asString();
        assertThat(body).doesNotContain("com.fasterxml", "Exception", "\tat ");
    }

    @Test
    void wrongMediaTypeIsAProblem() {
        given().contentType(ContentType.XML)
                .body("<text>hello</text>")
                .when()
                .post("/api/v1/attributions")
                .then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("status", equalTo(415));
    }

    @Test
    void textOverTheLimitIsAProblem() {
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "a".repeat(100_001)))
                .when()
                .post("/api/v1/attributions")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("detail", containsString("100000"));
    }

    @Test
    void unknownPathIsAProblem() {
        given().when().get("/api/v1/nothing-here").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void batchAnswersOneLinePerInputLineInOrderAndIsolatesBadLines() {
        String body = "{\"id\": \"a\", \"text\": " + quoteJson(TEXT) + "}\n"
                + "not json at all\n"
                + "\n"
                + "{\"id\": \"c\"}\n"
                + "{\"id\": \"d\", \"text\": \"No quotes here.\"}\n";

        String answer = given().urlEncodingEnabled(false)
                .contentType("application/x-ndjson")
                .body(body.getBytes(StandardCharsets.UTF_8))
                .when()
                .post("/api/v1/attributions:batch")
                .then()
                .statusCode(200)
                .contentType("application/x-ndjson")
                .extract()
                .asString();

        List<JsonPath> lines = answer.lines().map(JsonPath::from).toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0).getInt("line")).isEqualTo(1);
        assertThat(lines.get(0).getString("id")).isEqualTo("a");
        assertThat(lines.get(0).getList("quotes")).hasSize(1);
        assertThat(lines.get(1).getInt("line")).isEqualTo(2);
        assertThat(lines.get(1).getInt("problem.status")).isEqualTo(400);
        assertThat(lines.get(2).getInt("line")).isEqualTo(4);
        assertThat(lines.get(2).getString("id")).isEqualTo("c");
        assertThat(lines.get(2).getInt("problem.status")).isEqualTo(400);
        assertThat(lines.get(3).getString("id")).isEqualTo("d");
        assertThat(lines.get(3).getList("quotes")).isEmpty();
    }

    @Test
    void batchIsReachedWithAPercentEncodedColon() {
        String answer = given().urlEncodingEnabled(false)
                .contentType("application/x-ndjson")
                .body("{\"id\":\"a\",\"text\":\"\\\"Rates will hold,\\\" said Governor Pell Andrade.\"}\n"
                        .getBytes(StandardCharsets.UTF_8))
                .when()
                .post("/api/v1/attributions%3Abatch")
                .then()
                .statusCode(200)
                .contentType("application/x-ndjson")
                .extract()
                .asString();
        assertThat(JsonPath.from(answer.lines().findFirst().orElseThrow()).getString("id"))
                .isEqualTo("a");
    }

    @Test
    void batchRejectsJsonMediaType() {
        given().contentType(ContentType.JSON)
                .body("{}")
                .when()
                .post("/api/v1/attributions:batch")
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"text\":{\"a\":1}}",
                "{\"text\":[\"a\"]}",
                "[]",
                "\"hi\"",
                "{\"text\": 12345}",
                "{\"text\": true}",
                "{\"text\": 1.5}",
                "null",
                "{\"id\": {\"x\": 1}, \"text\": \"a\"}"
            })
    void bodiesOfTheWrongShapeAreProblemsNotCoercedText(String body) {
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/attributions")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("detail", notNullValue());
    }

    @Test
    void deeplyNestedJsonIsAProblemNotAStackOverflow() {
        given().contentType(ContentType.JSON)
                .body("[".repeat(100_000))
                .when()
                .post("/api/v1/attributions")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body("{\"text\": \"a\", \"x\": " + "[".repeat(100_000))
                .when()
                .post("/api/v1/attributions")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void aChunkedBodyOverTheLimitIs413() {
        // No Content-Length: the body is bounded as it is read (test limit: 100,000 characters, about 664 KB of JSON).
        byte[] filler = "a".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
        java.io.InputStream body = new java.io.SequenceInputStream(
                new java.io.ByteArrayInputStream("{\"text\": \"".getBytes(StandardCharsets.US_ASCII)),
                new java.io.ByteArrayInputStream(filler));
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/attributions")
                .then()
                .statusCode(413)
                .contentType("application/problem+json");
    }

    @Test
    void batchRejectsPlainText() {
        given().contentType(ContentType.TEXT)
                .body("{\"text\": \"a\"}\n")
                .when()
                .post("/api/v1/attributions:batch")
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void aCrossSitePostFromABrowserIsRefused() {
        given().header("Origin", "https://evil.example")
                .contentType(ContentType.JSON)
                .body(Map.of("text", "a"))
                .when()
                .post("/api/v1/attributions")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void answersCarryTheSecurityHeaders() {
        for (String path : new String[] {"/", "/app.js", "/api/v1/nothing-here"}) {
            given().when()
                    .get(path)
                    .then()
                    .header("X-Content-Type-Options", "nosniff")
                    .header("X-Frame-Options", "DENY")
                    .header("Content-Security-Policy", containsString("default-src 'self'"));
        }
        assertThat(given().when().get("/").then().statusCode(200).extract().asString())
                .as("the page has no inline script, which the policy forbids")
                .doesNotContain("<script>");
    }

    private static String quoteJson(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
