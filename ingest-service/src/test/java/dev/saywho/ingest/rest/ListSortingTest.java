package dev.saywho.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.saywho.ingest.testing.AttributionStubs;
import dev.saywho.ingest.testing.Fictional;
import dev.saywho.ingest.testing.InjectAttributionStubs;
import dev.saywho.ingest.testing.ListCorpus;
import dev.saywho.ingest.testing.WireMockAttributionService;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The sort, direction and filters of the article, speaker and organization lists, over a corpus of their own. */
@QuarkusTest
@WithTestResource(value = WireMockAttributionService.class, scope = TestResourceScope.GLOBAL)
class ListSortingTest {

    @InjectAttributionStubs
    AttributionStubs attribution;

    private ListCorpus corpus;

    @BeforeEach
    void storeCorpus() {
        corpus = ListCorpus.store(attribution);
    }

    private List<Long> articleIds(Map<String, Object> params) {
        return given().queryParams(params)
                .queryParam("source", corpus.source())
                .when()
                .get("/api/v1/articles")
                .then()
                .statusCode(200)
                .header("X-Total-Count", "3")
                .extract()
                .jsonPath()
                .getList("items.id", Long.class);
    }

    @Test
    void articlesAreNewestStoredFirstByDefault() {
        assertThat(articleIds(Map.of())).containsExactly(corpus.council(), corpus.ferry(), corpus.bridge());
        assertThat(articleIds(Map.of("sort", "created", "direction", "asc")))
                .containsExactly(corpus.bridge(), corpus.ferry(), corpus.council());
    }

    @Test
    void articlesSortByPublicationWithUndatedOnesLastEitherWay() {
        assertThat(articleIds(Map.of("sort", "published")))
                .containsExactly(corpus.ferry(), corpus.bridge(), corpus.council());
        assertThat(articleIds(Map.of("sort", "PUBLISHED", "direction", "ASC")))
                .containsExactly(corpus.bridge(), corpus.ferry(), corpus.council());
    }

    @Test
    void articlesSortByTitleIgnoringCase() {
        assertThat(articleIds(Map.of("sort", "title")))
                .containsExactly(corpus.ferry(), corpus.bridge(), corpus.council());
        assertThat(articleIds(Map.of("sort", "title", "direction", "desc")))
                .containsExactly(corpus.council(), corpus.bridge(), corpus.ferry());
    }

    @Test
    void articlesSortByQuotes() {
        assertThat(articleIds(Map.of("sort", "quotes")))
                .containsExactly(corpus.bridge(), corpus.ferry(), corpus.council());
        assertThat(articleIds(Map.of("sort", "quotes", "direction", "asc")))
                .containsExactly(corpus.council(), corpus.ferry(), corpus.bridge());
        given().queryParam("source", corpus.source())
                .queryParam("sort", "quotes")
                .when()
                .get("/api/v1/articles")
                .then()
                .body("items.quoteCount", equalTo(List.of(5, 3, 1)));
    }

    @Test
    void articlesSortBySourceIgnoringCaseAndPageTheSortedList() {
        String marker = Fictional.marker();
        attribution.attribute(marker, "1.0.0");
        // "0" sorts before the letters every other test's sources start with
        long b = ListCorpus.post("0" + marker + "-b", "Tide tables", "2026-03-01", "Tide tables, file " + marker + ".");
        long a = ListCorpus.post("0" + marker + "-A", "Moorings", "2026-03-01", "Moorings, file " + marker + ".");
        long c = ListCorpus.post("0" + marker + "-c", "Buoys", "2026-03-01", "Buoys, file " + marker + ".");
        List<Long> listed = given().queryParam("sort", "source")
                .queryParam("size", 200)
                .when()
                .get("/api/v1/articles")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id", Long.class);
        assertThat(ListCorpus.orderIn(listed, a, b, c)).containsExactly(a, b, c);

        Response second = given().queryParam("source", corpus.source())
                .queryParam("sort", "title")
                .queryParam("size", 2)
                .queryParam("page", 1)
                .when()
                .get("/api/v1/articles");
        assertThat(second.then().statusCode(200).extract().jsonPath().getList("items.id", Long.class))
                .containsExactly(corpus.council());
        // the links keep the sort
        assertThat(second.header("Link")).contains("sort=title", "rel=\"prev\"");
    }

    private List<String> speakerNames(Map<String, Object> params) {
        return given().queryParams(params)
                .queryParam("prefix", corpus.family())
                .when()
                .get("/api/v1/speakers")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.name", String.class);
    }

    @Test
    void speakersFilterByNamePrefixAndKind() {
        assertThat(speakerNames(Map.of()))
                .containsExactly(corpus.ansel(), corpus.brio(), corpus.corr(), corpus.board());
        assertThat(speakerNames(Map.of("kind", "organization"))).containsExactly(corpus.board());
        // a prefix is the start of the name, not any part of it
        given().queryParam("prefix", "Ansel")
                .queryParam("q", corpus.family())
                .when()
                .get("/api/v1/speakers")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    @ParameterizedTest
    @CsvSource({
        "name,,ansel brio corr",
        "name,desc,corr brio ansel",
        "quotes,,corr ansel brio",
        "quotes,asc,brio ansel corr",
        // Corr and Brio are in one article each: the tie keeps their ids' order, Corr stored first
        "articles,,ansel corr brio",
        "articles,asc,corr brio ansel"
    })
    void speakersSortInTheDatabase(String sort, String direction, String expected) {
        Map<String, Object> params = direction == null
                ? Map.of("sort", sort, "kind", "PERSON")
                : Map.of("sort", sort, "direction", direction, "kind", "PERSON");
        List<String> names = List.of(expected.split(" ")).stream()
                .map(n -> corpus.family() + " " + Character.toUpperCase(n.charAt(0)) + n.substring(1))
                .toList();
        assertThat(speakerNames(params)).containsExactlyElementsOf(names);
    }

    private Response organizations(Map<String, Object> params) {
        return given().queryParams(params)
                .queryParam("q", corpus.family().toLowerCase(java.util.Locale.ROOT))
                .when()
                .get("/api/v1/organizations");
    }

    @Test
    void organizationsAddUpSpeakingAndAffiliationMostQuotedFirst() {
        long boardId = given().queryParam("prefix", corpus.board())
                .when()
                .get("/api/v1/speakers")
                .then()
                .extract()
                .jsonPath()
                .getLong("items[0].id");
        organizations(Map.of())
                .then()
                .statusCode(200)
                .header("X-Total-Count", "2")
                .header("Link", containsString("rel=\"first\""))
                .body("items.name", equalTo(List.of(corpus.board(), corpus.guild())))
                .body("items[0].quoteCount", equalTo(3))
                .body("items[0].ownQuoteCount", equalTo(1))
                .body("items[0].affiliationQuoteCount", equalTo(2))
                .body("items[0].speakerId", equalTo((int) boardId))
                .body("items[1].quoteCount", equalTo(1))
                .body("items[1].speakerId", equalTo(null));
    }

    @ParameterizedTest
    @CsvSource({"quotes,asc,guild board", "name,,guild board", "name,desc,board guild"})
    void organizationsSort(String sort, String direction, String expected) {
        Map<String, Object> params =
                direction == null ? Map.of("sort", sort) : Map.of("sort", sort, "direction", direction);
        List<String> names = List.of(expected.split(" ")).stream()
                .map(n -> n.equals("board") ? corpus.board() : corpus.guild())
                .toList();
        organizations(params).then().statusCode(200).body("items.name", equalTo(names));
    }

    @ParameterizedTest
    @CsvSource({
        "/api/v1/articles,sort,loudness,'must be one of created, published, title, source, quotes'",
        "/api/v1/articles,direction,sideways,'must be one of asc, desc'",
        "/api/v1/speakers,sort,created,'must be one of name, quotes, articles'",
        "/api/v1/speakers,direction,up,'must be one of asc, desc'",
        "/api/v1/speakers,kind,ROBOT,'must be one of PERSON, ORGANIZATION, GROUP, ANONYMOUS, UNKNOWN'",
        "/api/v1/organizations,sort,articles,'must be one of name, quotes'",
        "/api/v1/organizations,direction,0,'must be one of asc, desc'"
    })
    void aBadSortOrFilterIsA400NamingTheAllowedValues(String path, String param, String value, String message) {
        given().queryParam(param, value)
                .when()
                .get(path)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", equalTo(List.of(param)))
                .body("violations.message", equalTo(List.of(message)));
    }

    @Test
    void aBadSortAndABadDirectionAreReportedTogether() {
        given().queryParam("sort", "x")
                .queryParam("direction", "y")
                .when()
                .get("/api/v1/organizations")
                .then()
                .statusCode(400)
                .body("violations.field", equalTo(List.of("sort", "direction")));
    }

    @Test
    void pageSizeIsBoundedOnEveryList() {
        for (String path : new String[] {"/api/v1/articles", "/api/v1/speakers", "/api/v1/organizations"}) {
            given().queryParam("size", 201)
                    .when()
                    .get(path)
                    .then()
                    .statusCode(400)
                    .body("violations.field", hasItem("size"));
            given().queryParam("q", "x".repeat(501))
                    .queryParam("prefix", "x".repeat(501))
                    .queryParam("source", "x".repeat(501))
                    .when()
                    .get(path)
                    .then()
                    .statusCode(400);
        }
    }
}
