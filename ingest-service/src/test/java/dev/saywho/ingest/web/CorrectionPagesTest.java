package dev.saywho.ingest.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.saywho.ingest.service.DashboardService;
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

/** The correction forms of the pages: what each does, and what a stale or bad form gets (a notice, no change). */
@QuarkusTest
@WithTestResource(value = WireMockAttributionService.class, scope = TestResourceScope.GLOBAL)
class CorrectionPagesTest {

    @InjectAttributionStubs
    AttributionStubs attribution;

    private long articleId;
    private long quoteId;
    private String mayor;

    @BeforeEach
    void storeArticle() {
        String marker = Fictional.marker();
        mayor = "Ilse " + Fictional.surname();
        attribution.attribute(
                marker, "1.0.0", ScriptedQuote.direct("The tide is late", mayor).role("Mayor"));
        JsonPath article = given().contentType(ContentType.JSON)
                .body(Map.of("text", "\"The tide is late,\" " + mayor + " said. File " + marker + "."))
                .post("/api/v1/articles")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        articleId = article.getLong("id");
        quoteId = article.getLong("quotes[0].id");
    }

    private String postForm(String path, Map<String, Object> form) {
        return given().formParams(form)
                .redirects()
                .follow(false)
                .post(path)
                .then()
                .statusCode(303)
                .extract()
                .header("Location");
    }

    private JsonPath quote() {
        return given().get("/api/v1/quotes/" + quoteId).jsonPath();
    }

    @Test
    void theEditorFormChangesOnlyWhatDiffersAndAStaleOneChangesNothing() {
        String page = given().queryParam("quote", quoteId)
                .get("/articles/" + articleId)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(page).contains("id=\"editor\"", "name=\"revision\" value=\"0\"", "Accept as it is");
        Map<String, Object> form = Map.of(
                "revision",
                "0",
                "speaker",
                mayor,
                "speakerKind",
                "PERSON",
                "role",
                "Harbour master",
                "affiliation",
                "",
                "type",
                "DIRECT");
        assertThat(postForm("/articles/" + articleId + "/quotes/" + quoteId + "/correction", form))
                .contains("done=saved", "quote=" + quoteId);
        assertThat(quote().getString("speaker.role")).isEqualTo("Harbour master");
        assertThat(quote().getString("speaker.name")).isEqualTo(mayor);
        assertThat(quote().getString("review")).isEqualTo("CORRECTED");
        // the same form again, on the revision it was loaded with: someone else's change is not overwritten
        assertThat(postForm(
                        "/articles/" + articleId + "/quotes/" + quoteId + "/correction",
                        Map.of("revision", "0", "speaker", mayor, "role", "Pilot", "type", "DIRECT")))
                .contains("done=stale");
        assertThat(quote().getString("speaker.role")).isEqualTo("Harbour master");
        given().queryParam("done", "stale")
                .get("/articles/" + articleId)
                .then()
                .body(containsString("Someone changed this meanwhile"));
        long revision = quote().getLong("version");
        assertThat(postForm(
                        "/articles/" + articleId + "/quotes/" + quoteId + "/correction",
                        Map.of("revision", revision, "role", "r".repeat(600), "type", "DIRECT")))
                .contains("done=invalid");
        assertThat(postForm(
                        "/articles/" + articleId + "/quotes/" + quoteId + "/correction",
                        Map.of("revision", "not a number", "role", "Pilot")))
                .contains("done=invalid");
        assertThat(postForm(
                        "/articles/" + articleId + "/quotes/" + quoteId + "/correction",
                        Map.of("revision", revision, "type", "SHOUTED")))
                .contains("done=invalid");
    }

    @Test
    void aDeletedArticleShowsItsRestoreButtonWithA410() {
        assertThat(postForm("/articles/" + articleId + "/deletion", Map.of())).contains("done=deleted");
        given().accept(ContentType.HTML)
                .get("/articles/" + articleId)
                .then()
                .statusCode(410)
                .contentType(ContentType.HTML)
                .body(containsString("This article was deleted"))
                .body(containsString("/articles/" + articleId + "/restoration"));
        assertThat(postForm("/articles/" + articleId + "/restoration", Map.of()))
                .contains("done=restored");
        given().get("/articles/" + articleId).then().statusCode(200).body(containsString("The tide is late"));
    }

    @Test
    void theReviewQueueListsQuotationsAndAcceptsOne() {
        // the queue is shared with every other test's quotations: the page lists the first 20 of them
        String page = given().get("/review").then().statusCode(200).extract().asString();
        assertThat(page).contains("Review queue", "class=\"review-item\"", "/accept\"");
        assertThat(postForm("/review/" + quoteId + "/accept", Map.of("revision", "0", "page", "0", "focus", "3")))
                .contains("/review?page=0&focus=3&done=reviewed");
        assertThat(quote().getString("review")).isEqualTo("REVIEWED");
        assertThat(postForm("/review/" + quoteId + "/accept", Map.of("revision", "0", "page", "-5", "focus", "999")))
                .as("a page and position out of bounds are clamped")
                .contains("/review?page=0&focus=20&done=stale");
    }

    @Inject
    DashboardService dashboards;

    @Test
    void theDashboardCanCountReviewedQuotationsOnly() {
        String source = "reviewed-" + Fictional.marker();
        String marker = Fictional.marker();
        attribution.attribute(
                marker, "1.0.0", ScriptedQuote.direct("One", mayor), ScriptedQuote.direct("Two", "Odile Marrow"));
        JsonPath article = given().contentType(ContentType.JSON)
                .body(Map.of(
                        "text",
                        "\"One,\" " + mayor + " said. \"Two,\" Odile Marrow said. File " + marker + ".",
                        "source",
                        source))
                .post("/api/v1/articles")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        long first = article.getLong("quotes[0].id");
        assertThat(postForm("/review/" + first + "/accept", Map.of("revision", "0")))
                .contains("done=reviewed");
        var all = dashboards.dashboard(source, null, null, false);
        var reviewed = dashboards.dashboard(source, null, null, true);
        assertThat(all.totals().quotes()).isEqualTo(2);
        assertThat(reviewed.totals().quotes()).isEqualTo(1);
        assertThat(reviewed.totals().articles()).isEqualTo(1);
        assertThat(reviewed.topSpeakers()).extracting(s -> s.name()).containsExactly(mayor);
        given().queryParam("source", source)
                .queryParam("reviewed", "only")
                .get("/")
                .then()
                .statusCode(200)
                .body(containsString("Counting only the quotations people reviewed"));
    }

    @Test
    void aMergedSpeakersPageIsThePageOfTheSpeakerThatRemains() {
        long speaker = quote().getLong("speaker.id");
        String other = "Odile " + Fictional.surname();
        String marker = Fictional.marker();
        attribution.attribute(marker, "1.0.0", ScriptedQuote.direct("The pier is closed", other));
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "\"The pier is closed,\" " + other + " said. File " + marker + "."))
                .post("/api/v1/articles")
                .then()
                .statusCode(201);
        long otherId = given().queryParam("speaker", other)
                .get("/api/v1/quotes")
                .jsonPath()
                .getLong("items[0].speaker.id");
        assertThat(postForm("/speakers/" + otherId + "/merge", Map.of("into", mayor)))
                .contains("/speakers/" + speaker + "?done=merged");
        given().redirects()
                .follow(false)
                .get("/speakers/" + otherId)
                .then()
                .statusCode(303)
                .header("Location", containsString("/speakers/" + speaker));
        assertThat(postForm("/speakers/" + speaker + "/merge", Map.of("into", "Nobody " + Fictional.surname())))
                .contains("done=not-found");
    }
}
