package dev.saywho.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.saywho.ingest.testing.AttributionStubs;
import dev.saywho.ingest.testing.InjectAttributionStubs;
import dev.saywho.ingest.testing.ScriptedQuote;
import dev.saywho.ingest.testing.WireMockAttributionService;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * GET /api/v1/corrections/export writes the corpus format of ./saywho train. The line for one reviewed article must
 * equal, byte for byte but its id, the fixture that the trainer's reader is tested on (attribution-service's
 * AttributionCorpusTest reads the same file), so the two cannot drift apart.
 */
@QuarkusTest
@WithTestResource(value = WireMockAttributionService.class, scope = TestResourceScope.GLOBAL)
class TrainingExportTest {

    /** Shared with attribution-service's AttributionCorpusTest. */
    static final Path FIXTURE = Path.of("../attribution-service/src/test/resources/corpus/saywho-export.jsonl");

    private static final String MARKER = "training-export-fixture";
    private static final String DAWN = "The ferry sails at dawn";
    private static final String TEXT = "🚢 \"" + DAWN + ",\" Captain Odile Marrow said on Tuesday. Harbour staff said "
            + "the pier was unsafe. Story " + MARKER + ".";

    @InjectAttributionStubs
    AttributionStubs attribution;

    @Test
    void aReviewedArticleIsExportedAsTheTrainerReadsIt() throws IOException {
        attribution.attribute(MARKER, "1.0.0", ScriptedQuote.direct(DAWN, "Odile Marrow"));
        JsonPath article = given().contentType(ContentType.JSON)
                .body(Map.of("text", TEXT, "source", "tessaly-herald", "publishedAt", "2026-05-04"))
                .post("/api/v1/articles")
                .then()
                .extract()
                .jsonPath();
        long articleId = article.getLong("id");
        long quoteId = article.getLong("quotes[0].id");
        String tag = given().get("/api/v1/quotes/" + quoteId).header("ETag");
        given().header("If-Match", tag)
                .post("/api/v1/quotes/" + quoteId + "/review")
                .then()
                .statusCode(200);
        String text = article.getString("text");
        int start = text.indexOf("the pier was unsafe");
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "start",
                        start,
                        "end",
                        start + "the pier was unsafe".length(),
                        "speaker",
                        "Harbour staff",
                        "speakerKind",
                        "GROUP"))
                .post("/api/v1/articles/" + articleId + "/quotes")
                .then()
                .statusCode(201);

        String body = given().accept("application/x-ndjson")
                .get("/api/v1/corrections/export")
                .then()
                .statusCode(200)
                .contentType("application/x-ndjson")
                .extract()
                .asString();
        List<String> lines = Arrays.stream(body.split("\n"))
                .filter(line -> line.contains("\"id\":\"saywho:article-" + articleId + "\""))
                .toList();
        assertThat(lines).hasSize(1);
        String exported = lines.get(0).replace("saywho:article-" + articleId, "saywho:article-1");
        assertThat(exported)
                .as("the export must equal %s (regenerate it from this test's output when the format changes)", FIXTURE)
                .isEqualTo(Files.readString(FIXTURE, StandardCharsets.UTF_8).strip());

        // offsets are code points: after the ship (one code point, two Java chars) every offset is one less
        JsonPath line = new JsonPath(exported);
        int cpStart = line.getInt("quotes[1].start");
        assertThat(new StringBuilder().appendCodePoint(0).toString().length()).isEqualTo(1);
        String exportedText = line.getString("text");
        int from = exportedText.offsetByCodePoints(0, cpStart);
        int to = exportedText.offsetByCodePoints(0, line.getInt("quotes[1].end"));
        assertThat(exportedText.substring(from, to)).isEqualTo("the pier was unsafe");
        assertThat(line.getString("quotes[1].review")).isEqualTo("ADDED");
        assertThat(line.getString("quotes[0].review")).isEqualTo("REVIEWED");
    }
}
