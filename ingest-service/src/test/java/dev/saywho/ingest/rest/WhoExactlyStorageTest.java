package dev.saywho.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

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
 * Issue 20 in ingest: where the article gives a speaker's role and affiliation is stored and served; evidence that
 * does not point into the stored text is dropped at the edge; an unnamed source is its own kind and never one of the
 * dashboard's most quoted; a pronoun the engine could not resolve is never a stored speaker.
 */
@QuarkusTest
@WithTestResource(value = WireMockAttributionService.class, scope = TestResourceScope.GLOBAL)
class WhoExactlyStorageTest {

    @InjectAttributionStubs
    AttributionStubs attribution;

    private long post(String source, String text) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("text", text, "source", source))
                .when()
                .post("/api/v1/articles")
                .then()
                .statusCode(201)
                .body("status", equalTo("ATTRIBUTED"))
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private static JsonPath quotesOf(long article) {
        return given().when()
                .get("/api/v1/articles/" + article + "/quotes")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void roleAndAffiliationEvidenceIsStoredAndServed() {
        String marker = Fictional.marker();
        String director = "Ilka " + Fictional.surname();
        String text = "The Dunmere Museum reopened. \"We kept every boat,\" said the museum's director, " + director
                + ". File " + marker + ".";
        attribution.attribute(
                marker,
                "1.4.0",
                ScriptedQuote.direct("We kept every boat", director)
                        .role("director")
                        .affiliation("Dunmere Museum")
                        .roleFrom("director")
                        .affiliationFrom("the museum's"));
        long article = post("museum-" + marker, text);

        JsonPath quotes = quotesOf(article);
        assertThat(quotes.getString("items[0].speaker.roleEvidence.text")).isEqualTo("director");
        assertThat(quotes.getString("items[0].speaker.affiliationEvidence.text"))
                .isEqualTo("the museum's");
        int start = quotes.getInt("items[0].speaker.affiliationEvidence.start");
        assertThat(text.substring(start, start + "the museum's".length())).isEqualTo("the museum's");

        String page = given().when()
                .get("/articles/" + article)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(page).contains("(from “the museum&#39;s”)").contains("Source:</span> person");
    }

    @Test
    void evidenceOutsideTheTextIsDroppedNotStored() {
        String marker = Fictional.marker();
        String speaker = "Ola " + Fictional.surname();
        attribution.attribute(
                marker,
                "1.4.0",
                ScriptedQuote.direct("The quay is safe", speaker)
                        .role("harbour master")
                        .roleFrom("@999999")
                        .affiliationFrom("@5000000"));
        long article = post("quay-" + marker, "\"The quay is safe,\" " + speaker + " said. File " + marker + ".");

        JsonPath quotes = quotesOf(article);
        assertThat(quotes.getString("items[0].speaker.role")).isEqualTo("harbour master");
        assertThat(quotes.getString("items[0].speaker.roleEvidence")).isNull();
        assertThat(quotes.getString("items[0].speaker.affiliationEvidence")).isNull();
    }

    @Test
    void anUnnamedSourceIsItsOwnKindAndNotAmongTheMostQuoted() {
        String marker = Fictional.marker();
        String source = "harbour-" + marker;
        String mayor = "Ilse " + Fictional.surname();
        attribution.attribute(
                marker,
                "1.4.0",
                ScriptedQuote.direct("The pier will close", "senior harbour official " + marker)
                        .kind("ANONYMOUS"),
                ScriptedQuote.direct("The pier will reopen", mayor));
        long article = post(
                source,
                "\"The pier will close,\" said a senior harbour official " + marker + ". \"The pier will reopen,\" "
                        + mayor + " said.");

        assertThat(quotesOf(article).getString("items[0].speaker.kind")).isEqualTo("ANONYMOUS");
        String dashboard = given().queryParam("source", source)
                .when()
                .get("/")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(dashboard).contains(mayor).doesNotContain("senior harbour official " + marker);
    }

    @Test
    void anUnresolvedPronounIsNeverAStoredSpeaker() {
        String marker = Fictional.marker();
        attribution.attribute(marker, "1.4.0", ScriptedQuote.direct("We will sail at dawn", "he"));
        long article = post("ferry-" + marker, "\"We will sail at dawn,\" he said. File " + marker + ".");

        JsonPath quotes = quotesOf(article);
        assertThat(quotes.getString("items[0].text")).isEqualTo("We will sail at dawn");
        assertThat(quotes.getString("items[0].speaker")).isNull();
    }
}
