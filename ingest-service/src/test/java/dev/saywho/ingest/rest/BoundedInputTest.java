package dev.saywho.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.saywho.common.testing.RawHttp;
import dev.saywho.ingest.persistence.QuoteRepository;
import dev.saywho.ingest.testing.AttributionStubs;
import dev.saywho.ingest.testing.Fictional;
import dev.saywho.ingest.testing.InjectAttributionStubs;
import dev.saywho.ingest.testing.ScriptedQuote;
import dev.saywho.ingest.testing.WireMockAttributionService;
import dev.saywho.web.Utf16;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/**
 * Every value from outside is bounded where it enters (issue 19): dates, text, form bodies, search words; and an
 * article is attributed by one attempt at a time. Each test failed on the code before its fix.
 */
@QuarkusTest
@WithTestResource(value = WireMockAttributionService.class, scope = TestResourceScope.GLOBAL)
class BoundedInputTest {

    @InjectAttributionStubs
    AttributionStubs attribution;

    @Inject
    QuoteRepository quotes;

    private static String article(String marker, String surname) {
        return "\u201cThe ferry sails at dawn,\u201d harbour master Ysolde " + surname + " said in Port Tessaly. File "
                + marker + ".";
    }

    private static String latestAccepted() {
        return LocalDate.now(ZoneOffset.UTC).plusYears(10).toString();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "+999999999-12-31",
                "-004713-01-01",
                "0001-01-01T00:00:00Z",
                "1799-12-31T23:59:59Z",
                "1800-01-01T00:00:00+01:00",
                "+294275-01-01T00:00:00Z"
            })
    void aPublicationDateOutsideTheRangeIsRefusedNamingTheField(String publishedAt) {
        given().contentType(ContentType.JSON)
                .body(Map.of("text", article(Fictional.marker(), Fictional.surname()), "publishedAt", publishedAt))
                .when()
                .post("/api/v1/articles")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("publishedAt"))
                .body("violations[0].message", startsWith("must be between 1800-01-01 and "));
    }

    @Test
    void theDayAfterTheLatestAcceptedIsRefusedAndTheLatestIsKept() {
        String dayAfter =
                LocalDate.now(ZoneOffset.UTC).plusYears(10).plusDays(2).toString();
        given().contentType(ContentType.JSON)
                .body(Map.of("text", article(Fictional.marker(), Fictional.surname()), "publishedAt", dayAfter))
                .when()
                .post("/api/v1/articles")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("publishedAt"));

        String marker = Fictional.marker();
        attribution.attribute(marker, "1.3.1");
        given().contentType(ContentType.JSON)
                .body(Map.of("text", article(marker, Fictional.surname()), "publishedAt", latestAccepted()))
                .when()
                .post("/api/v1/articles")
                .then()
                .statusCode(201)
                .body("metadata.publishedAt", startsWith(latestAccepted()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+294275-01-01T00:00:00Z", "1650-03-01T09:00:00Z"})
    void aPageDateOutsideTheRangeIsDroppedWithANote(String declared) {
        String marker = Fictional.marker();
        attribution.attribute(marker, "1.3.1");
        String html = "<html><head><meta property=\"article:published_time\" content=\"" + declared + "\">"
                + "<title>Ferry</title></head><body><article><p>" + article(marker, Fictional.surname())
                + "</p></article></body></html>";
        given().contentType(ContentType.JSON)
                .body(Map.of("html", html))
                .when()
                .post("/api/v1/articles")
                .then()
                .statusCode(201)
                .body("metadata.publishedAt", nullValue())
                .body("removed.kind", hasItem("OUT_OF_RANGE_DATE"));
    }

    @Test
    void theDashboardAnswersOverTheWholeRangeOfDates() {
        for (String publishedAt : List.of("1800-01-01", latestAccepted())) {
            String marker = Fictional.marker();
            String surname = Fictional.surname();
            attribution.attribute(
                    marker, "1.3.1", ScriptedQuote.direct("The ferry sails at dawn,", "Ysolde " + surname));
            given().contentType(ContentType.JSON)
                    .body(Map.of("text", article(marker, surname), "publishedAt", publishedAt))
                    .when()
                    .post("/api/v1/articles")
                    .then()
                    .statusCode(201);
        }
        given().when().get("/").then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-004713-01-01", "+999999999-12-31", "+10000-01-01"})
    void aQueryDateOutsideTheCalendarIsA400(String date) {
        given().queryParam("from", date)
                .when()
                .get("/api/v1/quotes")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("from"));
        given().queryParam("to", date).when().get("/").then().statusCode(400);
    }

    @Test
    void anUnpairedSurrogateIsRefusedNamingTheField() {
        String marker = Fictional.marker();
        // Raw JSON: the escape is what a client sends; Java would not let a test build such a string as UTF-8.
        String body = "{\"title\":\"Ferry \\ud800\",\"text\":\"" + article(marker, Fictional.surname()) + " \\udc00\"}";
        given().contentType(ContentType.JSON)
                .body(body.getBytes(StandardCharsets.UTF_8))
                .when()
                .post("/api/v1/articles")
                .then()
                .statusCode(400)
                .body("violations.field", equalTo(List.of("text", "title")))
                .body("violations[0].message", equalTo(Utf16.UNPAIRED_SURROGATE));
        assertThat(attribution.requestsFor(marker)).isZero();
    }

    @Test
    void aFormBodyIsBoundedBeforeItIsRead() throws IOException {
        // Declares a gigabyte and sends a few bytes: the answer comes at once and the server closes the connection
        // (the answer is read to its end), without reading or waiting for the rest.
        RawHttp.Answer declared = RawHttp.send(
                RestAssured.port,
                String.join(
                        "\r\n",
                        "POST /analyze HTTP/1.1",
                        "Host: localhost",
                        "Content-Type: application/x-www-form-urlencoded",
                        "Content-Length: 1000000000",
                        "",
                        "content=x"));
        assertThat(declared.status()).isEqualTo(413);
        assertThat(declared.headers()).containsEntry("content-type", "application/problem+json");

        RawHttp.Answer chunked = RawHttp.send(
                RestAssured.port,
                String.join(
                        "\r\n",
                        "POST /articles/1/reattribution HTTP/1.1",
                        "Host: localhost",
                        "Content-Type: application/x-www-form-urlencoded",
                        "Transfer-Encoding: chunked",
                        "",
                        "5",
                        "apiKe",
                        ""));
        assertThat(chunked.status()).isEqualTo(411);
        assertThat(chunked.headers()).containsEntry("content-type", "application/problem+json");
    }

    @Test
    void concurrentReattributionsLeaveOneSetOfQuotes() throws Exception {
        String marker = Fictional.marker();
        String surname = Fictional.surname();
        ScriptedQuote quote = ScriptedQuote.direct("The ferry sails at dawn,", "Ysolde " + surname);
        attribution.attribute(marker, "1.3.1", quote);
        long id = given().contentType(ContentType.JSON)
                .body(Map.of("text", article(marker, surname)))
                .when()
                .post("/api/v1/articles")
                .then()
                .statusCode(201)
                .body("status", equalTo("ATTRIBUTED"))
                .extract()
                .jsonPath()
                .getLong("id");
        attribution.attributeAfter(1500, marker, "1.3.1", quote);

        ExecutorService clients = Executors.newFixedThreadPool(6);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                Callable<Integer> reattribute = () -> given().when()
                        .post("/api/v1/articles/" + id + "/attribution")
                        .then()
                        .extract()
                        .statusCode();
                answers.add(clients.submit(reattribute));
            }
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
        } finally {
            clients.shutdownNow();
        }

        assertThat(statuses).contains(200).containsOnly(200, 409);
        long rows = QuarkusTransaction.requiringNew().call(() -> quotes.count("article.id", id));
        assertThat(rows).as("quote rows of the article").isEqualTo(1);
        given().when()
                .post("/api/v1/articles/" + id + "/attribution")
                .then()
                .statusCode(200)
                .body("quotes.size()", equalTo(1));
    }

    @Test
    void aTextSearchIsBoundedInWordsAndLength() {
        String words33 = String.join(" ", java.util.Collections.nCopies(33, "ferry"));
        given().queryParam("q", words33)
                .when()
                .get("/api/v1/quotes")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("q"))
                .body("violations[0].message", equalTo("must have at most 32 words"));
        given().queryParam("q", String.join(" ", java.util.Collections.nCopies(32, "ferry")))
                .when()
                .get("/api/v1/quotes")
                .then()
                .statusCode(200);
        given().queryParam("speaker", "v".repeat(501))
                .when()
                .get("/api/v1/quotes")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("speaker"));
        given().queryParam("q", "v".repeat(501))
                .when()
                .get("/api/v1/speakers")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("q"));
    }

    @Test
    void theFormsRedirectRelativelyWhateverTheHostSays() {
        String marker = Fictional.marker();
        attribution.attribute(marker, "1.3.1");
        String location = given().redirects()
                .follow(false)
                .header("Host", "evil.example")
                .contentType(ContentType.URLENC)
                .formParam("format", "text")
                .formParam("content", article(marker, Fictional.surname()))
                .when()
                .post("/analyze")
                .then()
                .statusCode(303)
                .extract()
                .header("Location");
        assertThat(location).matches("/articles/\\d+");

        given().redirects()
                .follow(false)
                .header("Host", "evil.example")
                .contentType(ContentType.URLENC)
                .formParam("apiKey", "")
                .when()
                .post(location + "/reattribution")
                .then()
                .statusCode(303)
                .header("Location", startsWith(location + "?reattribution="));
    }
}
