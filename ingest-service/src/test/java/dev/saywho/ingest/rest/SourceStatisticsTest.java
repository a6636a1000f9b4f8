package dev.saywho.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

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

/**
 * GET /api/v1/statistics/sources over a source seeded with known speakers (issue 24): exact counts by gender, kind and
 * role class, the shares, the figures over time in JSON and CSV; and the article page's summary line and card.
 */
@QuarkusTest
@WithTestResource(value = WireMockAttributionService.class, scope = TestResourceScope.GLOBAL)
class SourceStatisticsTest {

    @InjectAttributionStubs
    AttributionStubs attribution;

    private String source;
    private long firstArticle;

    /** Two articles, in March and April: two women (one quoted twice), a man, a person of unstated gender, others. */
    @BeforeEach
    void seed() {
        source = "sources-" + Fictional.marker();
        String march = Fictional.marker();
        String april = Fictional.marker();
        String varga = "Ilse " + Fictional.surname();
        String brel = "Tomas " + Fictional.surname();
        attribution.attribute(
                march,
                "1.11.0",
                ScriptedQuote.direct("The bridge will open", varga).profile("PERSON", "FEMALE", "she", "OFFICIAL"),
                ScriptedQuote.direct("The budget holds", varga).profile("PERSON", "FEMALE", "she", "OFFICIAL"),
                ScriptedQuote.direct("The steel is late", brel).profile("PERSON", "MALE", "Mr", "EXPERT"),
                ScriptedQuote.direct("Talks have stalled", "a senior diplomat")
                        .kind("ANONYMOUS")
                        .profile("ANONYMOUS", "UNKNOWN", null, null));
        firstArticle = post(
                "\"The bridge will open,\" " + varga
                        + " said, and she added: \"The budget holds.\" \"The steel is late,\"" + " Mr " + brel
                        + " said. \"Talks have stalled,\" a senior diplomat said. File " + march + ".",
                "2026-03-02");
        String aldane = "Petra " + Fictional.surname();
        String kell = "Sam " + Fictional.surname();
        attribution.attribute(
                april,
                "1.11.0",
                ScriptedQuote.direct("Fares rise in May", aldane).profile("PERSON", "FEMALE", "Mrs", "BUSINESS"),
                ScriptedQuote.direct("I cross twice a day", kell).profile("PERSON", "UNKNOWN", null, "CITIZEN"),
                ScriptedQuote.direct("Members were not consulted", "Tessaly Chamber")
                        .kind("ORGANIZATION")
                        .profile("ORGANISATION", "UNKNOWN", null, null));
        post(
                "\"Fares rise in May,\" Mrs " + aldane + " said. \"I cross twice a day,\" " + kell + " said. "
                        + "\"Members were not consulted,\" the Tessaly Chamber said. File " + april + ".",
                "2026-04-15");
    }

    private long post(String text, String publishedAt) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("text", text, "source", source, "publishedAt", publishedAt))
                .post("/api/v1/articles")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    @Test
    void theFiguresCountWhoIsQuoted() {
        JsonPath figures = given().queryParam("source", source)
                .get("/api/v1/statistics/sources")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(figures.getLong("quotes")).isEqualTo(7);
        assertThat(figures.getMap("quotesByKind"))
                .containsEntry("PERSON", 5)
                .containsEntry("ANONYMOUS", 1)
                .containsEntry("ORGANISATION", 1);
        assertThat(figures.getMap("quotesByGender"))
                .containsEntry("FEMALE", 3)
                .containsEntry("MALE", 1)
                .containsEntry("UNKNOWN", 1);
        assertThat(figures.getMap("peopleByGender"))
                .containsEntry("FEMALE", 2)
                .containsEntry("MALE", 1)
                .containsEntry("UNKNOWN", 1);
        assertThat(figures.getMap("quotesByRoleClass"))
                .containsEntry("OFFICIAL", 2)
                .containsEntry("EXPERT", 1)
                .containsEntry("BUSINESS", 1)
                .containsEntry("CITIZEN", 1);
        assertThat(figures.getDouble("womenShare")).isEqualTo(0.75);
        assertThat(figures.getDouble("anonymousShare")).isEqualTo(0.143);
        assertThat(figures.getString("interval")).isEqualTo("month");
        assertThat(figures.getList("overTime.start")).containsExactly("2026-03-01", "2026-04-01");
        assertThat(figures.getList("overTime.women", Integer.class)).containsExactly(2, 1);
        assertThat(figures.getList("overTime.men", Integer.class)).containsExactly(1, 0);
        assertThat(figures.getList("overTime.anonymous", Integer.class)).containsExactly(1, 0);

        String csv = given().queryParam("source", source)
                .queryParam("interval", "week")
                .accept("text/csv")
                .get("/api/v1/statistics/sources")
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"))
                .extract()
                .asString();
        assertThat(csv.lines())
                .containsExactly(
                        "period_start,quotes,women,men,anonymous,women_share",
                        "2026-03-02,4,2,1,1,0.667",
                        "2026-04-13,3,1,0,0,1.000");
    }

    @Test
    void valuesFromOutsideAreBounded() {
        given().queryParam("interval", "year")
                .get("/api/v1/statistics/sources")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("interval"));
        given().queryParam("format", "xml")
                .get("/api/v1/statistics/sources")
                .then()
                .statusCode(400);
        given().queryParam("from", "2026-13-45")
                .get("/api/v1/statistics/sources")
                .then()
                .statusCode(400);
        given().queryParam("reviewed", "yes")
                .get("/api/v1/statistics/sources")
                .then()
                .statusCode(400);
        given().queryParam("source", "s".repeat(501))
                .get("/api/v1/statistics/sources")
                .then()
                .statusCode(400);
    }

    @Test
    void theQuoteSearchKeepsToWhoSpeaks() {
        assertThat(given().queryParam("source", source)
                        .queryParam("gender", "female")
                        .queryParam("sourceKind", "PERSON")
                        .get("/api/v1/quotes")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("items.text"))
                .containsExactlyInAnyOrder("The bridge will open", "The budget holds", "Fares rise in May");
        given().queryParam("source", source)
                .queryParam("roleClass", "EXPERT")
                .get("/api/v1/quotes")
                .then()
                .body("items.text", org.hamcrest.Matchers.contains("The steel is late"));
        given().queryParam("gender", "woman")
                .get("/api/v1/quotes")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("gender"))
                .body("violations[0].message", containsString("FEMALE"));
        given().queryParam("source", source)
                .queryParam("sourceKind", "ANONYMOUS")
                .get("/quotes")
                .then()
                .statusCode(200)
                .body(containsString("Talks have stalled"))
                .body(containsString("Only speakers of kind of source: anonymous"));
    }

    @Test
    void theDashboardShowsWhomTheArticlesQuote() {
        String page = given().queryParam("source", source)
                .get("/")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(page)
                .contains("Sources: whom the articles quote")
                .contains("75 %")
                .contains("gender=FEMALE")
                .contains("<polyline class=\"share\"")
                .contains("Women's share by outlet");
    }

    /** A source whose people state no gender has no women's share: the page says so instead of failing. */
    @Test
    void theDashboardShowsASourceWithoutStatedGenders() {
        String quiet = "quiet-" + Fictional.marker();
        String marker = Fictional.marker();
        String kell = "Sam " + Fictional.surname();
        attribution.attribute(
                marker,
                "1.11.0",
                ScriptedQuote.direct("The pier is shut", kell).profile("PERSON", "UNKNOWN", null, null));
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "\"The pier is shut,\" " + kell + " said. File " + marker + ".", "source", quiet))
                .post("/api/v1/articles")
                .then()
                .statusCode(201);
        given().queryParam("source", quiet)
                .get("/api/v1/statistics/sources")
                .then()
                .statusCode(200)
                .body("womenShare", org.hamcrest.Matchers.nullValue())
                .body("anonymousShare", equalTo(0.0f));
        String page = given().queryParam("source", quiet)
                .get("/")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(page)
                .contains("Women's share of people quoted</dt><dd>–")
                .contains("<dd><a")
                .contains(">0 %</a>");
    }

    @Test
    void theArticlePageSaysWhoItQuotes() {
        String page = given().get("/articles/" + firstArticle)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(page)
                .contains("2 people quoted: 1 woman, 1 man; 1 anonymous source.")
                .contains("Gender as stated:</span> a woman: “she” (paragraph 1)")
                .contains("a man: “Mr” (paragraph 1)");
        long speaker = given().queryParam("source", source)
                .queryParam("q", "bridge")
                .get("/api/v1/quotes")
                .jsonPath()
                .getLong("items[0].speaker.id");
        given().get("/api/v1/speakers/" + speaker).then().body("genderStated.FEMALE", equalTo(1));
        given().get("/speakers/" + speaker)
                .then()
                .body(containsString("Gender as their articles state it: a woman (in 1 article)."));
    }
}
