package dev.saywho.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
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
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Each test stores its own small corpus under a unique source and speaker names, then queries it. */
@QuarkusTest
@WithTestResource(value = WireMockAttributionService.class, scope = TestResourceScope.GLOBAL)
class QuoteAndSpeakerQueryTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @InjectAttributionStubs
    AttributionStubs attribution;

    private String source;
    private String mayor;
    private String council;

    /**
     * Three articles: the mayor quoted in two (one quote each), plus a council (organization) quote and a reported one.
     */
    @BeforeEach
    void storeCorpus() {
        String marker = Fictional.marker();
        source = "herald-" + marker;
        mayor = "Ilse " + Fictional.surname();
        council = Fictional.surname() + " Harbour Council";
        attribution.attribute(
                marker,
                "1.0.0",
                ScriptedQuote.direct("We will rebuild the bridge by spring", mayor)
                        .role("Mayor")
                        .affiliation("Port Tessaly"),
                ScriptedQuote.direct("Ferries, too, will need new moorings", mayor)
                        .role("Mayor")
                        .affiliation("Port Tessaly"),
                ScriptedQuote.direct("The harbour budget is exhausted", council).kind("ORGANIZATION"),
                ScriptedQuote.direct("repairs had been delayed by storms", mayor)
                        .type("INDIRECT")
                        .role("mayor")
                        .affiliation("Tessaly Ports Board"));
        post("\"We will rebuild the bridge by spring,\" " + mayor + " said. File " + marker + " one.", "2026-03-02");
        post(
                "\"Ferries, too, will need new moorings,\" " + mayor
                        + " said. \"The harbour budget is exhausted,\" the " + council + " said. File " + marker
                        + " two.",
                "2026-03-10");
        post(
                mayor + " said repairs had been delayed by storms. File " + marker + " three.",
                "2026-04-01T08:00:00+02:00");
    }

    private void post(String text, String publishedAt) {
        given().contentType(ContentType.JSON)
                .body(Map.of("text", text, "source", source, "publishedAt", publishedAt))
                .when()
                .post("/api/v1/articles")
                .then()
                .statusCode(201)
                .body("status", equalTo("ATTRIBUTED"));
    }

    private List<String> quoteTexts(Map<String, Object> params) {
        return given().queryParams(params)
                .queryParam("source", source)
                .queryParam("size", 200)
                .when()
                .get("/api/v1/quotes")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.text", String.class);
    }

    @Test
    void filtersBySpeakerNameIgnoringCase() {
        assertThat(quoteTexts(Map.of("speaker", mayor.toUpperCase(Locale.ROOT))))
                .containsExactlyInAnyOrder(
                        "We will rebuild the bridge by spring",
                        "Ferries, too, will need new moorings",
                        "repairs had been delayed by storms");
    }

    @Test
    void filtersByOrganizationInAffiliationOrOrganizationSpeaker() {
        assertThat(quoteTexts(Map.of("organization", "port tessaly")))
                .containsExactlyInAnyOrder(
                        "We will rebuild the bridge by spring", "Ferries, too, will need new moorings");
        assertThat(quoteTexts(Map.of("organization", council))).containsExactly("The harbour budget is exhausted");
    }

    @Test
    void filtersByFullTextQuery() {
        assertThat(quoteTexts(Map.of("q", "bridge"))).containsExactly("We will rebuild the bridge by spring");
        assertThat(quoteTexts(Map.of("q", "harbour budget"))).containsExactly("The harbour budget is exhausted");
        assertThat(quoteTexts(Map.of("q", "submarine"))).isEmpty();
    }

    @Test
    void filtersByTypeAndPublicationDates() {
        assertThat(quoteTexts(Map.of("type", "indirect"))).containsExactly("repairs had been delayed by storms");
        assertThat(quoteTexts(Map.of("from", "2026-03-05", "to", "2026-03-31")))
                .containsExactlyInAnyOrder("Ferries, too, will need new moorings", "The harbour budget is exhausted");
        assertThat(quoteTexts(Map.of("to", "2026-03-02"))).containsExactly("We will rebuild the bridge by spring");
        assertThat(quoteTexts(Map.of("from", "2026-04-01T06:00:00Z")))
                .containsExactly("repairs had been delayed by storms");
    }

    @Test
    void invalidFiltersAre400() {
        given().queryParam("type", "SHOUTED")
                .when()
                .get("/api/v1/quotes")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("type"));
        given().queryParam("from", "yesterday")
                .when()
                .get("/api/v1/quotes")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("from"));
        given().queryParam("size", 0)
                .when()
                .get("/api/v1/quotes")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("size"));
    }

    @Test
    void pagesCarryTotalAndRfc8288Links() {
        Response first = given().queryParam("source", source)
                .queryParam("size", 3)
                .queryParam("page", 0)
                .when()
                .get("/api/v1/quotes");
        first.then()
                .statusCode(200)
                .header("X-Total-Count", "4")
                .body("total", equalTo(4))
                .body("items.size()", equalTo(3));
        String links = first.header("Link");
        assertThat(links)
                .contains("rel=\"first\"", "rel=\"next\"", "rel=\"last\"")
                .doesNotContain("rel=\"prev\"");
        String next = Arrays.stream(links.split(",\\s*"))
                .filter(l -> l.contains("rel=\"next\""))
                .findFirst()
                .orElseThrow();
        String nextUrl = next.substring(next.indexOf('<') + 1, next.indexOf('>'));
        assertThat(nextUrl).contains("page=1").contains("size=3").contains("source=" + source);

        given().when()
                .get(nextUrl)
                .then()
                .statusCode(200)
                .body("page", equalTo(1))
                .body("items.size()", equalTo(1))
                .header("Link", containsString("rel=\"prev\""));
    }

    @Test
    void exportsEveryMatchingQuoteAsCsv() {
        String csv = given().accept("text/csv")
                .queryParam("source", source)
                .when()
                .get("/api/v1/quotes")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/csv"))
                .extract()
                .asString();
        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).isEqualTo(QuoteCsvWriterTest.HEADER);
        assertThat(lines).hasSize(5);
        assertThat(csv).contains("\"Ferries, too, will need new moorings\"");
        assertThat(csv).contains(mayor + ",PERSON,Mayor,Port Tessaly,DIRECT,We will rebuild the bridge by spring");
    }

    @Test
    void acceptQualitiesChooseTheFormatAndABrowserGetsJson() {
        given().accept("application/x-ndjson;q=0.5, text/csv")
                .queryParam("source", source)
                .when()
                .get("/api/v1/quotes")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/csv"));
        given().accept("text/html,application/xhtml+xml,*/*;q=0.8")
                .queryParam("source", source)
                .when()
                .get("/api/v1/quotes")
                .then()
                .statusCode(200)
                .contentType(startsWith("application/json"));
        given().queryParam("source", source)
                .queryParam("format", "csv")
                .when()
                .get("/api/v1/quotes")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", "attachment; filename=\"quotes.csv\"");
    }

    @Test
    void exportsAsNdjsonAcrossChunks() throws Exception {
        String ndjson = given().accept("application/x-ndjson")
                .queryParam("source", source)
                .when()
                .get("/api/v1/quotes")
                .then()
                .statusCode(200)
                .contentType(startsWith("application/x-ndjson"))
                .extract()
                .asString();
        List<String> lines = ndjson.lines().toList();
        assertThat(lines).hasSize(4);
        long previousId = 0;
        for (String line : lines) {
            JsonNode quote = JSON.readTree(line);
            assertThat(quote.get("source").asText()).isEqualTo(source);
            assertThat(quote.get("id").asLong()).isGreaterThan(previousId);
            previousId = quote.get("id").asLong();
        }
    }

    @Test
    void speakerIsOneAcrossArticlesWithCountsRolesAndAffiliations() {
        Response page =
                given().queryParam("q", mayor.toLowerCase(Locale.ROOT)).when().get("/api/v1/speakers");
        page.then()
                .statusCode(200)
                .header("X-Total-Count", "1")
                .body("items[0].name", equalTo(mayor))
                .body("items[0].kind", equalTo("PERSON"))
                .body("items[0].quoteCount", equalTo(3))
                .body("items[0].articleCount", equalTo(3))
                .body("items[0].roles", equalTo(List.of("Mayor", "mayor")))
                .body("items[0].affiliations", equalTo(List.of("Port Tessaly", "Tessaly Ports Board")));
        long id = page.jsonPath().getLong("items[0].id");

        given().when().get("/api/v1/speakers/" + id).then().statusCode(200).body("name", equalTo(mayor));
        given().queryParam("size", 2)
                .when()
                .get("/api/v1/speakers/" + id + "/quotes")
                .then()
                .statusCode(200)
                .header("X-Total-Count", "3")
                .header("Link", containsString("rel=\"next\""))
                .body("items.size()", equalTo(2))
                .body("items[0].speaker.id", equalTo((int) id));
    }

    @Test
    void speakersFilterByOrganization() {
        given().queryParam("organization", "Tessaly Ports Board")
                .queryParam("q", mayor)
                .when()
                .get("/api/v1/speakers")
                .then()
                .statusCode(200)
                .body("items.name", equalTo(List.of(mayor)));
        given().queryParam("organization", council)
                .when()
                .get("/api/v1/speakers")
                .then()
                .statusCode(200)
                .body("items.name", equalTo(List.of(council)))
                .body("items[0].kind", equalTo("ORGANIZATION"));
    }

    @Test
    void unknownSpeakerIs404() {
        given().when().get("/api/v1/speakers/987654321").then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/v1/speakers/987654321/quotes").then().statusCode(404);
    }
}
