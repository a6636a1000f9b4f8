package dev.saywho.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.saywho.ingest.testing.AttributionStubs;
import dev.saywho.ingest.testing.Fictional;
import dev.saywho.ingest.testing.InjectAttributionStubs;
import dev.saywho.ingest.testing.ScriptedQuote;
import dev.saywho.ingest.testing.WireMockAttributionService;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Every correction through the API: its effect, its entry in the log, its undo, the revision check (412, 428), and
 * that re-attribution keeps what people decided. Each test stores its own fictional article.
 */
@QuarkusTest
@WithTestResource(value = WireMockAttributionService.class, scope = TestResourceScope.GLOBAL)
class CorrectionApiTest {

    @InjectAttributionStubs
    AttributionStubs attribution;

    private String marker;
    private String mayor;
    private String clerk;
    private long articleId;

    private static final String BRIDGE = "We will rebuild the bridge by spring";
    private static final String FERRIES = "Ferries will need new moorings";

    @BeforeEach
    void storeArticle() {
        marker = Fictional.marker();
        mayor = "Ilse " + Fictional.surname();
        clerk = "Tomas " + Fictional.surname();
        attribution.attribute(
                marker,
                "1.0.0",
                ScriptedQuote.direct(BRIDGE, mayor).role("Mayor").affiliation("Port Tessaly"),
                ScriptedQuote.direct(FERRIES, mayor));
        articleId = postArticle(
                "\"" + BRIDGE + ",\" " + mayor + " said. \"" + FERRIES + ",\" the clerk " + clerk + " said. File "
                        + marker + ".",
                "herald-" + marker);
    }

    private static long postArticle(String text, String source) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("text", text, "source", source))
                .post("/api/v1/articles")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private JsonPath article() {
        return given().get("/api/v1/articles/" + articleId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private long quoteId(String text) {
        List<Map<String, Object>> quotes = article().getList("quotes");
        return quotes.stream()
                .filter(q -> q.get("text").equals(text))
                .map(q -> ((Number) q.get("id")).longValue())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no quote " + text));
    }

    private Response getQuote(long id) {
        return given().get("/api/v1/quotes/" + id);
    }

    private String etag(long quoteId) {
        return getQuote(quoteId).then().statusCode(200).extract().header("ETag");
    }

    private Response patch(long quoteId, String ifMatch, Map<String, Object> body) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.patch("/api/v1/quotes/" + quoteId);
    }

    private JsonPath log(String filter, long id) {
        return given().queryParam(filter, id)
                .get("/api/v1/corrections")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private void reattribute() {
        given().post("/api/v1/articles/" + articleId + "/attribution").then().statusCode(200);
    }

    @Test
    void aCorrectedRoleLeavesNoStaleRoleClassAndUndoBringsItBack() {
        String marked = Fictional.marker();
        String warden = "Maren " + Fictional.surname();
        String said = "The harbour wall will hold";
        attribution.attribute(
                marked,
                "1.12.0",
                ScriptedQuote.direct(said, warden)
                        .role("harbour warden")
                        .profile("PERSON", "UNKNOWN", null, "OFFICIAL"));
        long article = postArticle("\"" + said + ",\" " + warden + " said. File " + marked + ".", "gazette");
        long quote = given().get("/api/v1/articles/" + article)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("quotes[0].id");
        getQuote(quote).then().body("speaker.profile.roleClass", equalTo("OFFICIAL"));

        patch(quote, etag(quote), Map.of("role", "café owner"))
                .then()
                .statusCode(200)
                .body("speaker.role", equalTo("café owner"))
                .body("speaker.profile.roleClass", nullValue());
        given().queryParam("roleClass", "OFFICIAL")
                .queryParam("speaker", warden)
                .get("/api/v1/quotes")
                .then()
                .body("items", org.hamcrest.Matchers.empty());

        long entry = log("quote", quote).getLong("items[0].id");
        given().post("/api/v1/corrections/" + entry + "/undo").then().statusCode(200);
        getQuote(quote).then().body("speaker.profile.roleClass", equalTo("OFFICIAL"));
    }

    @Test
    void correctingTheSpeakerIsLoggedAndUndone() {
        long ferries = quoteId(FERRIES);
        String tag = etag(ferries);
        Response corrected = patch(ferries, tag, Map.of("speaker", clerk, "role", "clerk"));
        corrected
                .then()
                .statusCode(200)
                .body("speaker.name", equalTo(clerk))
                .body("speaker.role", equalTo("clerk"))
                .body("review", equalTo("CORRECTED"));
        assertThat(corrected.header("ETag")).isNotEqualTo(tag);
        given().queryParam("speaker", clerk).get("/api/v1/quotes").then().body("items.text", hasItem(FERRIES));

        JsonPath entries = log("quote", ferries);
        assertThat(entries.getString("items[0].action")).isEqualTo("QUOTE_CORRECTED");
        assertThat(entries.getString("items[0].summary"))
                .contains("speaker " + clerk)
                .contains("role clerk");
        assertThat(entries.getString("items[0].before")).contains(mayor);
        assertThat(entries.getString("items[0].after")).contains(clerk);
        assertThat(entries.getString("items[0].by")).startsWith("address:");
        long entry = entries.getLong("items[0].id");

        given().post("/api/v1/corrections/" + entry + "/undo")
                .then()
                .statusCode(200)
                .body("action", equalTo("UNDO"))
                .body("undoOf", equalTo((int) entry));
        getQuote(ferries).then().body("speaker.name", equalTo(mayor)).body("review", nullValue());
        assertThat(log("quote", ferries).getLong("items[1].undoneBy")).isPositive();
        given().post("/api/v1/corrections/" + entry + "/undo").then().statusCode(409);
    }

    @Test
    void aStaleOrMissingRevisionIsRefused() {
        long bridge = quoteId(BRIDGE);
        String tag = etag(bridge);
        patch(bridge, tag, Map.of("role", "Deputy mayor")).then().statusCode(200);
        // a second editor working on the page loaded before the first change
        patch(bridge, tag, Map.of("role", "Harbour master"))
                .then()
                .statusCode(412)
                .contentType("application/problem+json")
                .body("detail", containsString("revision"));
        getQuote(bridge).then().body("speaker.role", equalTo("Deputy mayor"));
        patch(bridge, null, Map.of("role", "x")).then().statusCode(428);
        patch(bridge, "\"not-a-revision\"", Map.of("role", "x")).then().statusCode(428);
        patch(bridge, "\"" + "9".repeat(70) + "\"", Map.of("role", "x")).then().statusCode(428);
        given().post("/api/v1/quotes/" + bridge + "/review").then().statusCode(428);
    }

    @Test
    void valuesFromOutsideAreBounded() {
        long bridge = quoteId(BRIDGE);
        String tag = etag(bridge);
        patch(bridge, tag, Map.of("role", "r".repeat(513))).then().statusCode(400);
        patch(bridge, tag, Map.of("affiliation", "line\nbreak")).then().statusCode(400);
        patch(bridge, tag, Map.of("start", 5)).then().statusCode(400);
        patch(bridge, tag, Map.of("start", -1, "end", 4)).then().statusCode(400);
        patch(bridge, tag, Map.of("start", 0, "end", 100_000)).then().statusCode(400);
        patch(bridge, tag, Map.of()).then().statusCode(400).body("detail", containsString("changes nothing"));
        patch(bridge, tag, Map.of("speakerId", 1, "speaker", "Two Ways")).then().statusCode(400);
        patch(bridge, tag, Map.of("type", "SHOUTED")).then().statusCode(400);
        patch(999_999_999L, "\"0\"", Map.of("role", "x")).then().statusCode(404);
        List<Long> many = new ArrayList<>(Collections.nCopies(1_001, bridge));
        given().contentType(ContentType.JSON)
                .body(Map.of("quotes", many, "name", clerk))
                .post("/api/v1/speakers/" + speakerOf(bridge) + "/split")
                .then()
                .statusCode(400);
    }

    private long speakerOf(long quoteId) {
        return getQuote(quoteId).then().extract().jsonPath().getLong("speaker.id");
    }

    @Test
    void notAQuotationLeavesEveryListAndStaysOutAfterReattribution() {
        long bridge = quoteId(BRIDGE);
        Response rejected = given().header("If-Match", etag(bridge)).delete("/api/v1/quotes/" + bridge);
        rejected.then().statusCode(200).body("action", equalTo("QUOTE_REJECTED"));
        assertThat(article().getList("quotes.text")).containsExactly(FERRIES);
        getQuote(bridge).then().statusCode(404);
        given().queryParam("source", "herald-" + marker)
                .get("/api/v1/quotes")
                .then()
                .body("items.text", not(hasItem(BRIDGE)));

        reattribute();
        assertThat(article().getList("quotes.text")).containsExactly(FERRIES);

        given().post("/api/v1/corrections/" + rejected.jsonPath().getLong("id") + "/undo")
                .then()
                .statusCode(200);
        assertThat(article().getList("quotes.text")).containsExactly(BRIDGE, FERRIES);
        getQuote(bridge).then().statusCode(200).body("text", equalTo(BRIDGE));
    }

    @Test
    void reattributionKeepsCorrectionsAndSaysWhereTheEngineDisagrees() {
        long ferries = quoteId(FERRIES);
        patch(ferries, etag(ferries), Map.of("speaker", clerk)).then().statusCode(200);
        long bridge = quoteId(BRIDGE);
        given().header("If-Match", etag(bridge))
                .post("/api/v1/quotes/" + bridge + "/review")
                .then()
                .statusCode(200)
                .body("review", equalTo("REVIEWED"));

        // a new engine that still gives the ferries to the mayor, and finds the bridge quote as before
        attribution.attribute(
                marker,
                "2.0.0",
                ScriptedQuote.direct(BRIDGE, mayor).role("Mayor").affiliation("Port Tessaly"),
                ScriptedQuote.direct(FERRIES, mayor));
        reattribute();

        JsonPath after = article();
        assertThat(after.getList("quotes.text")).containsExactly(BRIDGE, FERRIES);
        assertThat(after.getString("quotes[1].speaker.name")).isEqualTo(clerk);
        assertThat(after.getString("quotes[1].review")).isEqualTo("CORRECTED");
        assertThat(after.getString("quotes[1].engineNote")).contains("2.0.0").contains("speaker " + mayor);
        assertThat(after.getString("quotes[0].review")).isEqualTo("REVIEWED");
        assertThat(after.getString("quotes[0].engineNote")).isNull();
        assertThat(after.getLong("quotes[1].id")).isEqualTo(ferries);
    }

    @Test
    void anAddedQuoteIsStoredAndSurvivesReattribution() {
        String text = article().getString("text");
        int start = text.indexOf("File ");
        int end = start + ("File " + marker).length();
        // a selection's spaces at either end are left out
        Response added = given().contentType(ContentType.JSON)
                .body(Map.of("start", start - 1, "end", end, "speaker", clerk, "role", "clerk"))
                .post("/api/v1/articles/" + articleId + "/quotes");
        added.then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/quotes/"))
                .body("review", equalTo("ADDED"))
                .body("start", equalTo(start))
                .body("text", equalTo("File " + marker))
                .body("type", equalTo("INDIRECT"))
                .body("speaker.name", equalTo(clerk));
        given().contentType(ContentType.JSON)
                .body(Map.of("start", start + 1, "end", end))
                .post("/api/v1/articles/" + articleId + "/quotes")
                .then()
                .statusCode(409);
        given().contentType(ContentType.JSON)
                .body(Map.of("start", end, "end", end))
                .post("/api/v1/articles/" + articleId + "/quotes")
                .then()
                .statusCode(400);
        reattribute();
        assertThat(article().getList("quotes.text")).containsExactly(BRIDGE, FERRIES, "File " + marker);
        given().queryParam("source", "herald-" + marker)
                .get("/api/v1/articles")
                .then()
                .body("items[0].quoteCount", equalTo(3));
    }

    @Test
    void speakersAreRenamedMergedAndSplit() {
        long bridge = quoteId(BRIDGE);
        long ferries = quoteId(FERRIES);
        long mayorId = speakerOf(bridge);
        // the clerk becomes a speaker of their own by a correction
        patch(ferries, etag(ferries), Map.of("speaker", clerk)).then().statusCode(200);
        long clerkId = speakerOf(ferries);

        String speakerTag = given().get("/api/v1/speakers/" + clerkId)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        given().contentType(ContentType.JSON)
                .header("If-Match", speakerTag)
                .body(Map.of("name", clerk + " Jr"))
                .patch("/api/v1/speakers/" + clerkId)
                .then()
                .statusCode(200)
                .body("name", equalTo(clerk + " Jr"));
        given().contentType(ContentType.JSON)
                .header("If-Match", speakerTag)
                .body(Map.of("name", clerk))
                .patch("/api/v1/speakers/" + clerkId)
                .then()
                .statusCode(412);
        String current =
                given().get("/api/v1/speakers/" + clerkId).then().extract().header("ETag");
        given().contentType(ContentType.JSON)
                .header("If-Match", current)
                .body(Map.of("name", mayor))
                .patch("/api/v1/speakers/" + clerkId)
                .then()
                .statusCode(409)
                .body("detail", containsString("merge"));

        // merge the clerk into the mayor: the quote follows, the clerk's name finds the mayor
        Response merged = given().contentType(ContentType.JSON)
                .body(Map.of("into", mayorId))
                .post("/api/v1/speakers/" + clerkId + "/merge");
        merged.then().statusCode(200).body("id", equalTo((int) mayorId));
        assertThat(speakerOf(ferries)).isEqualTo(mayorId);
        given().queryParam("speaker", clerk + " Jr")
                .get("/api/v1/quotes")
                .then()
                .body("items.text", hasItem(FERRIES));
        given().redirects()
                .follow(false)
                .get("/api/v1/speakers/" + clerkId)
                .then()
                .statusCode(301)
                .header("Location", containsString("/api/v1/speakers/" + mayorId));
        given().queryParam("name", clerk + " Jr")
                .get("/api/v1/speakers")
                .then()
                .body("items.id", hasItem((int) mayorId))
                .body("items.id", not(hasItem((int) clerkId)));

        // split it off again, to a speaker of a new name, then undo the split and the merge
        Response split = given().contentType(ContentType.JSON)
                .body(Map.of("quotes", List.of(ferries), "name", "Clerk " + clerk))
                .post("/api/v1/speakers/" + mayorId + "/split");
        split.then().statusCode(200).body("name", equalTo("Clerk " + clerk));
        assertThat(speakerOf(ferries)).isNotEqualTo(mayorId);
        given().post("/api/v1/corrections/" + split.jsonPath().getLong("correctionId") + "/undo")
                .then()
                .statusCode(200);
        assertThat(speakerOf(ferries)).isEqualTo(mayorId);
        given().post("/api/v1/corrections/" + merged.jsonPath().getLong("correctionId") + "/undo")
                .then()
                .statusCode(200);
        assertThat(speakerOf(ferries)).isEqualTo(clerkId);
        assertThat(speakerOf(bridge)).isEqualTo(mayorId);
        assertThat(log("speaker", clerkId).getList("items.action"))
                .contains("SPEAKER_MERGED", "SPEAKER_CORRECTED", "UNDO");
    }

    @Test
    void aDeletedArticleIsGoneUntilRestored() {
        Response deleted = given().delete("/api/v1/articles/" + articleId);
        deleted.then().statusCode(200).body("action", equalTo("ARTICLE_DELETED"));
        given().get("/api/v1/articles/" + articleId)
                .then()
                .statusCode(410)
                .contentType("application/problem+json")
                .body("detail", containsString("restore"));
        given().queryParam("source", "herald-" + marker)
                .get("/api/v1/quotes")
                .then()
                .body("total", equalTo(0));
        given().queryParam("source", "herald-" + marker)
                .get("/api/v1/articles")
                .then()
                .body("total", equalTo(0));
        given().delete("/api/v1/articles/" + articleId).then().statusCode(410);

        given().post("/api/v1/corrections/" + deleted.jsonPath().getLong("id") + "/undo")
                .then()
                .statusCode(200);
        assertThat(article().getList("quotes.text")).containsExactly(BRIDGE, FERRIES);
        given().post("/api/v1/articles/" + articleId + "/restore").then().statusCode(409);
        given().delete("/api/v1/articles/999999999").then().statusCode(404);
    }

    @Test
    void theReviewQueuePutsQuotesWithoutSpeakerFirstAndDropsReviewedOnes() {
        String other = Fictional.marker();
        attribution.attribute(other, "1.0.0", ScriptedQuote.direct(BRIDGE, mayor), ScriptedQuote.unattributed(FERRIES));
        long otherId = given().contentType(ContentType.JSON)
                .body(Map.of("text", "\"" + BRIDGE + ",\" " + mayor + " said. \"" + FERRIES + "\" File " + other))
                .post("/api/v1/articles")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        List<Map<String, Object>> quotes = given().get("/api/v1/articles/" + otherId)
                .then()
                .extract()
                .jsonPath()
                .getList("quotes");
        long attributed = ((Number) quotes.get(0).get("id")).longValue();
        long unattributed = ((Number) quotes.get(1).get("id")).longValue();
        List<Long> queued = queue();
        assertThat(queued).contains(attributed, unattributed);
        assertThat(queued.indexOf(unattributed)).isLessThan(queued.indexOf(attributed));
        given().header("If-Match", etag(attributed))
                .post("/api/v1/quotes/" + attributed + "/review")
                .then()
                .statusCode(200);
        assertThat(queue()).doesNotContain(attributed).contains(unattributed);
    }

    /** The whole queue, page by page. */
    private List<Long> queue() {
        List<Long> all = new ArrayList<>();
        for (int page = 0; page < 100; page++) {
            JsonPath answer = given().queryParam("size", 200)
                    .queryParam("page", page)
                    .get("/api/v1/review-queue")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            all.addAll(answer.getList("items.id", Long.class));
            if (page + 1 >= answer.getInt("totalPages")) {
                break;
            }
        }
        return all;
    }
}
