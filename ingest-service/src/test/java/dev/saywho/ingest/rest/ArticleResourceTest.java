package dev.saywho.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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

@QuarkusTest
@WithTestResource(value = WireMockAttributionService.class, scope = TestResourceScope.GLOBAL)
class ArticleResourceTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @InjectAttributionStubs
    AttributionStubs attribution;

    private static Map<String, Object> article(String marker, String text) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Port Tessaly bridge " + marker);
        body.put("text", text);
        body.put("source", "herald-" + marker);
        body.put("publishedAt", "2026-03-04");
        return body;
    }

    private static String bridgeText(String marker, String surname) {
        return "\"We will rebuild the bridge by spring,\" Mayor Ilse " + surname
                + " of Port Tessaly said on Tuesday.\n\n" + "The council discussed file " + marker + " for an hour.";
    }

    @Test
    void submitStoresAttributesAndAnswersCreatedWithLocation() {
        String marker = Fictional.marker();
        String surname = Fictional.surname();
        attribution.attribute(
                marker,
                "1.4.2",
                ScriptedQuote.direct("We will rebuild the bridge by spring", "Ilse " + surname)
                        .role("Mayor")
                        .affiliation("Port Tessaly"));
        Map<String, Object> body = article(marker, bridgeText(marker, surname));
        body.put("externalId", "herald-" + marker);

        JsonPath created = given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/articles")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/articles/"))
                .body("status", equalTo("ATTRIBUTED"))
                .body("engineVersion", equalTo("1.4.2"))
                .body("metadata.source", equalTo("herald-" + marker))
                .body("metadata.externalId", equalTo("herald-" + marker))
                .body("metadata.publishedAt", notNullValue())
                .body("original.text", equalTo(body.get("text")))
                .extract()
                .jsonPath();

        String text = created.getString("text");
        int start = created.getInt("quotes[0].start");
        int end = created.getInt("quotes[0].end");
        assertThat(text.substring(start, end)).isEqualTo("We will rebuild the bridge by spring");
        assertThat(created.getString("quotes[0].speaker.name")).isEqualTo("Ilse " + surname);
        assertThat(created.getString("quotes[0].speaker.role")).isEqualTo("Mayor");
        assertThat(created.getString("quotes[0].speaker.affiliation")).isEqualTo("Port Tessaly");
        int mentionStart = created.getInt("quotes[0].speaker.mention.start");
        int mentionEnd = created.getInt("quotes[0].speaker.mention.end");
        assertThat(text.substring(mentionStart, mentionEnd)).isEqualTo("Ilse " + surname);

        long id = created.getLong("id");
        given().when()
                .get("/api/v1/articles/" + id)
                .then()
                .statusCode(200)
                .body("id", equalTo((int) id))
                .body("quotes.size()", equalTo(1))
                .body("quotes[0].engineVersion", equalTo("1.4.2"));
        given().when()
                .get("/api/v1/articles/" + id + "/quotes")
                .then()
                .statusCode(200)
                .header("X-Total-Count", "1")
                .header("Link", containsString("rel=\"last\""))
                .body("total", equalTo(1))
                .body("items.size()", equalTo(1))
                .body("items[0].text", equalTo("We will rebuild the bridge by spring"))
                .body("items[0].articleId", equalTo((int) id));
        given().when()
                .get("/api/v1/articles/" + id + "/quotes?page=1&size=1")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items.size()", equalTo(0));
        given().when()
                .get("/api/v1/articles/" + id + "/quotes?size=0")
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON);
    }

    @Test
    void quoteWithoutSpeakerIsStoredWithoutOne() {
        String marker = Fictional.marker();
        attribution.attribute(marker, "1.0.0", ScriptedQuote.unattributed("The tide waits for no one"));
        given().contentType(ContentType.JSON)
                .body(article(
                        marker,
                        "A sign at the harbour of Port Tessaly read: \"The tide waits for no one.\" File " + marker
                                + "."))
                .when()
                .post("/api/v1/articles")
                .then()
                .statusCode(201)
                .body("quotes[0].text", equalTo("The tide waits for no one"))
                .body("quotes[0].speaker", equalTo(null));
    }

    @Test
    void sameExternalIdCanonicalUrlOrTextIsADuplicateAnsweredWith200() {
        String marker = Fictional.marker();
        attribution.attribute(marker, "1.0.0");
        Map<String, Object> first = article(marker, bridgeText(marker, Fictional.surname()));
        first.put("externalId", "ext-" + marker);
        first.put("url", "https://news.example.org/tessaly/" + marker);
        long id = given().contentType(ContentType.JSON)
                .body(first)
                .when()
                .post("/api/v1/articles")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        int attributionRequests = attribution.requestsFor(marker);

        Map<String, Object> sameExternalId = article(marker, "Different words about file " + marker + " entirely.");
        sameExternalId.put("externalId", "ext-" + marker);
        given().contentType(ContentType.JSON)
                .body(sameExternalId)
                .when()
                .post("/api/v1/articles")
                .then()
                .statusCode(200)
                .header("Location", equalTo(null))
                .body("id", equalTo((int) id));

        Map<String, Object> sameUrl = article(marker, "Yet another text on file " + marker + ".");
        sameUrl.put("url", "https://news.example.org/tessaly/" + marker);
        given().contentType(ContentType.JSON)
                .body(sameUrl)
                .when()
                .post("/api/v1/articles")
                .then()
                .statusCode(200)
                .body("id", equalTo((int) id));

        Map<String, Object> sameText = article(marker, "  " + first.get("text") + "  ");
        given().contentType(ContentType.JSON)
                .body(sameText)
                .when()
                .post("/api/v1/articles")
                .then()
                .statusCode(200)
                .body("id", equalTo((int) id));

        assertThat(attribution.requestsFor(marker))
                .as("duplicates are not attributed again")
                .isEqualTo(attributionRequests);
    }

    @Test
    void concurrentSubmissionsOfOneArticleStoreItOnce() throws Exception {
        String marker = Fictional.marker();
        attribution.attribute(marker, "1.0.0");
        Map<String, Object> body = article(marker, bridgeText(marker, Fictional.surname()));
        body.put("externalId", "race-" + marker);
        int submitters = 6;
        ExecutorService pool = Executors.newFixedThreadPool(submitters);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<io.restassured.response.Response>> responses = new ArrayList<>();
            for (int i = 0; i < submitters; i++) {
                responses.add(pool.submit(() -> {
                    start.await();
                    return given().contentType(ContentType.JSON)
                            .body(body)
                            .when()
                            .post("/api/v1/articles");
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            Set<Long> ids = new HashSet<>();
            for (Future<io.restassured.response.Response> response : responses) {
                statuses.add(response.get().statusCode());
                ids.add(response.get().jsonPath().getLong("id"));
            }
            assertThat(statuses).containsOnly(200, 201).containsOnlyOnce(201);
            assertThat(ids).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void articleOverTheSizeLimitIs413() {
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "a".repeat(2_000_001)))
                .when()
                .post("/api/v1/articles")
                .then()
                .statusCode(413)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(413));
    }

    @Test
    void htmlIsNormalizedAndBoilerplateReported() {
        String marker = Fictional.marker();
        String surname = Fictional.surname();
        attribution.attribute(
                marker, "1.0.0", ScriptedQuote.direct("The ferry runs again on Monday", "Oren " + surname));
        String html = "<html><head><title>Ferry back " + marker + "</title></head><body><nav>Home | News | Sport</nav>"
                + "<article><p>\"The ferry runs again on Monday,\" harbour master Oren " + surname + " said.</p>"
                + "<p>Repairs to the pier at Port Tessaly took three weeks, according to file " + marker
                + ".</p></article>"
                + "<footer>Copyright 2026 Tessaly Herald. All rights reserved.</footer></body></html>";
        Map<String, Object> body = new HashMap<>();
        body.put("html", html);
        body.put("source", "herald-" + marker);

        JsonPath created = given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/articles")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        assertThat(created.getString("text"))
                .contains("The ferry runs again on Monday")
                .doesNotContain("<p>");
        assertThat(created.getString("original.html")).isEqualTo(html);
        assertThat(created.getList("quotes")).hasSize(1);
    }

    @Test
    void listIsPaginatedWithTotalAndLinks() {
        String marker = Fictional.marker();
        attribution.attribute(marker, "1.0.0");
        for (int i = 0; i < 3; i++) {
            given().contentType(ContentType.JSON)
                    .body(article(marker, "Item " + i + " of file " + marker + " in Port Tessaly."))
                    .when()
                    .post("/api/v1/articles")
                    .then()
                    .statusCode(201);
        }
        given().queryParam("source", "herald-" + marker)
                .queryParam("size", 2)
                .queryParam("page", 0)
                .when()
                .get("/api/v1/articles")
                .then()
                .statusCode(200)
                .header("X-Total-Count", "3")
                .header("Link", containsString("rel=\"next\""))
                .header("Link", containsString("rel=\"last\""))
                .header("Link", not(containsString("rel=\"prev\"")))
                .body("total", equalTo(3))
                .body("totalPages", equalTo(2))
                .body("items.size()", equalTo(2));
        given().queryParam("source", "herald-" + marker)
                .queryParam("size", 2)
                .queryParam("page", 1)
                .when()
                .get("/api/v1/articles")
                .then()
                .statusCode(200)
                .header("Link", containsString("rel=\"prev\""))
                .header("Link", not(containsString("rel=\"next\"")))
                .body("items.size()", equalTo(1));
    }

    @Test
    void rerunReplacesQuotesAndRecordsTheNewEngineVersion() {
        String marker = Fictional.marker();
        String surname = Fictional.surname();
        attribution.attribute(
                marker, "1.0.0", ScriptedQuote.direct("We will rebuild the bridge by spring", "Ilse " + surname));
        long id = given().contentType(ContentType.JSON)
                .body(article(marker, bridgeText(marker, surname)))
                .when()
                .post("/api/v1/articles")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");

        attribution.attribute(
                marker,
                "2.0.0",
                ScriptedQuote.direct("We will rebuild the bridge by spring", "Ilse " + surname)
                        .role("Mayor"));
        given().when()
                .post("/api/v1/articles/" + id + "/attribution")
                .then()
                .statusCode(200)
                .body("engineVersion", equalTo("2.0.0"))
                .body("quotes.size()", equalTo(1))
                .body("quotes[0].engineVersion", equalTo("2.0.0"))
                .body("quotes[0].speaker.role", equalTo("Mayor"));

        attribution.fail(marker, 503);
        given().when()
                .post("/api/v1/articles/" + id + "/attribution")
                .then()
                .statusCode(503)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(503));
        given().when()
                .get("/api/v1/articles/" + id)
                .then()
                .statusCode(200)
                .body("engineVersion", equalTo("2.0.0"))
                .body("quotes.size()", equalTo(1));
    }

    @Test
    void unknownArticleIs404Problem() {
        given().when()
                .get("/api/v1/articles/987654321")
                .then()
                .statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(404))
                .body("instance", equalTo("/api/v1/articles/987654321"));
        given().when()
                .get("/api/v1/articles/987654321/quotes")
                .then()
                .statusCode(404)
                .contentType(PROBLEM_JSON);
        given().when()
                .post("/api/v1/articles/987654321/attribution")
                .then()
                .statusCode(404)
                .contentType(PROBLEM_JSON);
    }

    @Test
    void emptyBodyIs400() {
        given().contentType(ContentType.JSON)
                .body("")
                .when()
                .post("/api/v1/articles")
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(400))
                .body("violations.field", hasItem("body"));
    }

    @Test
    void missingTextIs400() {
        given().contentType(ContentType.JSON)
                .body(Map.of("title", "No body at all"))
                .when()
                .post("/api/v1/articles")
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("violations.field", hasItem("text"));
    }

    @Test
    void bothTextAndHtmlIs400() {
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "Some words.", "html", "<p>Some words.</p>"))
                .when()
                .post("/api/v1/articles")
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("violations.field", hasItem("html"));
    }

    @Test
    void invalidJsonIs400WithoutInternals() {
        String body = given().contentType(ContentType.JSON)
                .body("{\"text\": \"unterminated")
                .when()
                .post("/api/v1/articles")
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("title", equalTo("Malformed JSON"))
                .extract()
                .asString();
        assertThat(body)
                .doesNotContain("Exception")
                .doesNotContain("com.fasterxml")
                .doesNotContain("at ");
    }

    @Test
    void wrongJsonShapeIs400() {
        given().contentType(ContentType.JSON)
                .body("[1, 2, 3]")
                .when()
                .post("/api/v1/articles")
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON);
        given().contentType(ContentType.JSON)
                .body("{\"text\": {\"nested\": true}}")
                .when()
                .post("/api/v1/articles")
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("https://saywho.dev/problems/invalid-request"))
                .body("violations.field", hasItem("text"));
    }

    @Test
    void invalidFieldsAre400WithEveryViolation() {
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "text",
                        "Words from Port Tessaly.",
                        "publishedAt",
                        "last Tuesday",
                        "url",
                        "ftp://example.org/x"))
                .when()
                .post("/api/v1/articles")
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("violations.field", hasItem("publishedAt"))
                .body("violations.field", hasItem("url"));
    }

    @Test
    void nulCharactersAre400NotADatabaseError() {
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "Port Tessaly\u0000 council", "source", "her\u0000ald"))
                .when()
                .post("/api/v1/articles")
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("violations.field", hasItem("text"))
                .body("violations.field", hasItem("source"));
    }

    @Test
    void wrongContentTypeIs415() {
        given().contentType(ContentType.TEXT)
                .body("just text")
                .when()
                .post("/api/v1/articles")
                .then()
                .statusCode(415)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(415));
    }

    @Test
    void invalidPageSizeIs400() {
        given().queryParam("size", 500)
                .when()
                .get("/api/v1/articles")
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("violations.field", hasItem("size"));
    }

    @Test
    void locationHeaderPointsAtTheArticle() {
        String marker = Fictional.marker();
        attribution.attribute(marker, "1.0.0");
        // A client-chosen Host never makes it into the answer: links are relative (or under the configured public URL).
        String location = given().header("Host", "evil.example")
                .contentType(ContentType.JSON)
                .body(article(marker, "File " + marker + " was read aloud."))
                .when()
                .post("/api/v1/articles")
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        assertThat(location).matches("/api/v1/articles/\\d+");
        given().when().get(location).then().statusCode(200).body("original.text", containsString(marker));
        String links = given().header("Host", "evil.example")
                .when()
                .get("/api/v1/articles?size=1")
                .then()
                .statusCode(200)
                .extract()
                .header("Link");
        assertThat(links).contains("</api/v1/articles?").doesNotContain("evil.example");
    }

    @Test
    void aCanonicalUrlThatIsNotAWebAddressIsNotStored() {
        String marker = Fictional.marker();
        attribution.attribute(marker, "1.0.0");
        String html = "<html><head><link rel=\"canonical\" href=\"javascript:alert(1)\"></head><body><article><p>The "
                + "ferry to Marrow Bay ran late again on Tuesday, file " + marker + ".</p></article></body></html>";
        given().contentType(ContentType.JSON)
                .body(Map.of("html", html))
                .when()
                .post("/api/v1/articles")
                .then()
                .statusCode(201)
                .body("metadata.canonicalUrl", equalTo(null))
                .body("submittedBy", startsWith("address:"));
    }

    @Test
    void aChunkedBodyOverTheLimitIs413() {
        // 13 MB without Content-Length: over the 2,000,000-character limit's byte bound however it is sent.
        byte[] chunk = new byte[1 << 20];
        java.util.Arrays.fill(chunk, (byte) 'a');
        List<java.io.InputStream> parts = new ArrayList<>();
        parts.add(new java.io.ByteArrayInputStream("{\"text\": \"".getBytes(StandardCharsets.UTF_8)));
        for (int i = 0; i < 13; i++) {
            parts.add(new java.io.ByteArrayInputStream(chunk));
        }
        java.io.InputStream body = new java.io.SequenceInputStream(java.util.Collections.enumeration(parts));
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/articles")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413));
    }

    @Test
    void aPageBeyondAnyOffsetIs400NotAnOverflow() {
        given().when()
                .get("/api/v1/articles?page=2147483647&size=200")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().when()
                .get("/api/v1/quotes?page=2147483647&size=200")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        given().when()
                .get("/api/v1/articles")
                .then()
                .statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", containsString("default-src 'self'"));
        given().when().get("/api/v1/articles/0").then().statusCode(404).header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void aCrossSiteWriteFromABrowserIsRefused() {
        given().header("Origin", "https://evil.example")
                .header("Sec-Fetch-Site", "cross-site")
                .when()
                .post("/api/v1/articles/1/attribution")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().header("Origin", "https://evil.example")
                .contentType(ContentType.JSON)
                .body(Map.of("text", "x"))
                .when()
                .post("/api/v1/articles")
                .then()
                .statusCode(403);
        // A form or text/plain post, the only kinds a page can send across sites without asking, is no article at all.
        given().header("Origin", "https://evil.example")
                .contentType("text/plain")
                .body("x")
                .when()
                .post("/api/v1/articles")
                .then()
                .statusCode(415);
    }
}
