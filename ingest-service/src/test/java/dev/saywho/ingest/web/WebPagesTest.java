package dev.saywho.ingest.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MediaType;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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
import io.restassured.response.Response;

/** The web pages over a small corpus of their own: status, content, escaping, security headers and forms. */
@QuarkusTest
@WithTestResource(value = WireMockAttributionService.class, scope = TestResourceScope.GLOBAL)
class WebPagesTest {

    private static final String HOSTILE_TITLE = "<script>alert('title')</script> Bridge & \"harbour\"";

    @InjectAttributionStubs
    AttributionStubs attribution;

    private String marker;
    private String source;
    private String mayor;
    private String council;
    private long articleId;

    /** One article with a hostile title: two quotes of the mayor (with role and affiliation), one of a council. */
    @BeforeEach
    void storeArticle() {
        marker = Fictional.marker();
        source = "herald-" + marker;
        mayor = "Ilse " + Fictional.surname();
        council = Fictional.surname() + " Harbour Council";
        attribution.attribute(
                marker,
                "1.0.0",
                ScriptedQuote.direct("We will rebuild the bridge by spring", mayor)
                        .role("Mayor")
                        .affiliation("Port Tessaly"),
                ScriptedQuote.direct("<img src=x onerror=alert(1)> is not a plan", council)
                        .kind("ORGANIZATION"),
                ScriptedQuote.direct("Ferries will run until then", mayor)
                        .role("Mayor")
                        .affiliation("Port Tessaly"));
        String text = "\"We will rebuild the bridge by spring,\" " + mayor + " said. File " + marker + ".\n\n"
                + "\"<img src=x onerror=alert(1)> is not a plan,\" the " + council + " said.\n\n"
                + "\"Ferries will run until then,\" " + mayor + " said.";
        articleId = given().contentType(ContentType.JSON)
                .body(Map.of("title", HOSTILE_TITLE, "text", text, "source", source, "publishedAt", "2026-03-04"))
                .when()
                .post("/api/v1/articles")
                .then()
                .statusCode(201)
                .body("status", equalTo("ATTRIBUTED"))
                .extract()
                .jsonPath()
                .getLong("id");
    }

    @Test
    void everyPageIsHtmlWithAPolicyThatForbidsInlineScript() {
        for (String path : new String[] {
            "/",
            "/articles/" + articleId,
            "/quotes",
            "/analyze",
            "/speakers/" + speakerId(mayor),
            "/articles",
            "/speakers",
            "/organisations",
            "/review",
            "/articles/" + articleId + "?quote=" + firstQuoteOf(articleId)
        }) {
            Response page = given().when().get(path);
            page.then().statusCode(200).contentType(startsWith("text/html"));
            String policy = page.header("Content-Security-Policy");
            assertThat(policy)
                    .as(path)
                    .contains("default-src 'self'")
                    .doesNotContain("unsafe-inline")
                    .doesNotContain("unsafe-eval");
            assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(page.asString())
                    .as(path)
                    .doesNotContainPattern("<script>|<script [^>]*>[^<]+</script>| on[a-z]+=\"");
        }
    }

    @Test
    void articlePageHighlightsEveryQuoteAndEscapesTheArticlesText() {
        String html = given().when()
                .get("/articles/" + articleId)
                .then()
                .statusCode(200)
                .extract()
                .asString();

        assertThat(html)
                .doesNotContain("<script>alert")
                .doesNotContain("<img src=x")
                .contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; Bridge &amp; &quot;harbour&quot;")
                .contains("&lt;img src=x onerror=alert(1)&gt; is not a plan");
        assertThat(html.split("<mark class=\"quote ", -1)).hasSize(4);
        // One colour per speaker, in order of appearance: the mayor's two quotes share theirs.
        assertThat(html).contains("<mark class=\"quote sp-1\"", "<mark class=\"quote sp-2\"");
        assertThat(html.split("data-speaker=\"" + mayor + "\"", -1)).hasSize(3);
        assertThat(html)
                .contains(
                        "The speaker is named right after the quotation",
                        "Mayor",
                        "Port Tessaly",
                        "direct quotation",
                        "high (90%)",
                        "href=\"/speakers/" + speakerId(mayor) + "\"",
                        "Attribute again");
        assertThat(html).doesNotContain("TRAILING_CUE");
    }

    @Test
    void missingArticleAndSpeakerPagesAre404ProblemsForApiClients() {
        given().when()
                .get("/articles/987654321")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", containsString("987654321"));
        given().when().get("/speakers/987654321").then().statusCode(404).contentType("application/problem+json");
        given().accept("application/json, text/html;q=0.5")
                .when()
                .get("/articles/987654321")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    /** A browser asks for HTML first: a missing page is a page with the site's header, still a 404. */
    @Test
    void aBrowserGetsAMissingPageAsAPageWithTheSitesHeader() {
        String browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
        for (String path : List.of("/articles/987654321", "/speakers/987654321", "/no-such-page")) {
            String html = given().accept(browser)
                    .when()
                    .get(path)
                    .then()
                    .statusCode(404)
                    .contentType(containsString("text/html"))
                    .extract()
                    .asString();
            assertThat(html).contains("class=\"site-header\"", "<h1>Not found</h1>", "href=\"/quotes\"");
            assertThat(html).as(path).doesNotContain("\"status\":");
        }
        assertThat(given().accept(browser).when().get("/articles/987654321").asString())
                .contains("No article with id 987654321.");
        // the API keeps problem+json whatever the client accepts
        given().accept(browser)
                .when()
                .get("/api/v1/articles/987654321")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void onlyHtmlBeforeJsonMeansABrowser() {
        assertThat(PageNotFound.prefersHtml(List.of(MediaType.TEXT_HTML_TYPE, MediaType.WILDCARD_TYPE)))
                .isTrue();
        assertThat(PageNotFound.prefersHtml(List.of(MediaType.WILDCARD_TYPE))).isFalse();
        assertThat(PageNotFound.prefersHtml(List.of(MediaType.APPLICATION_JSON_TYPE, MediaType.TEXT_HTML_TYPE)))
                .isFalse();
        assertThat(PageNotFound.prefersHtml(List.of(MediaType.valueOf("application/problem+json"))))
                .isFalse();
        assertThat(PageNotFound.prefersHtml(List.of())).isFalse();
    }

    @Test
    void dashboardFollowsTheSourceFilter() {
        String html = given().queryParam("source", source)
                .when()
                .get("/")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        assertThat(html)
                .contains(
                        "Most quoted speakers",
                        "href=\"/speakers/" + speakerId(mayor) + "\"",
                        mayor,
                        "Port Tessaly",
                        "Quotes per day by type",
                        "2026-03-04",
                        "/articles/" + articleId,
                        "<option value=\"" + source + "\" selected>");
        // Totals of this source only: one article, three quotes, two speakers.
        assertThat(html)
                .containsPattern("<dt>Articles</dt><dd>1</dd>")
                .containsPattern("<dt>Quotes</dt><dd>3</dd>")
                .containsPattern("<dt>Speakers quoted</dt><dd>2</dd>");
        String other = given().queryParam("source", "nobody-" + marker)
                .when()
                .get("/")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(other).doesNotContain(mayor).containsPattern("<dt>Quotes</dt><dd>0</dd>");
        // The publication dates bound it too, both days included.
        assertThat(given().queryParam("source", source)
                        .queryParam("from", "2026-03-04")
                        .queryParam("to", "2026-03-04")
                        .when()
                        .get("/")
                        .asString())
                .containsPattern("<dt>Quotes</dt><dd>3</dd>")
                .contains("2026-03-04");
        assertThat(given().queryParam("source", source)
                        .queryParam("from", "2026-03-05")
                        .when()
                        .get("/")
                        .asString())
                .containsPattern("<dt>Quotes</dt><dd>0</dd>")
                .doesNotContain(mayor)
                .contains("No dated quotes");
    }

    @Test
    void speakerPageCountsRolesAndLinksEachQuoteToItsPlace() {
        long speaker = speakerId(mayor);
        String html = given().when()
                .get("/speakers/" + speaker)
                .then()
                .statusCode(200)
                .extract()
                .asString();

        assertThat(html)
                .contains(
                        "<h1>" + mayor + "</h1>",
                        "quoted 2 times in 1 article",
                        "Mayor <span class=\"count\">2</span>",
                        "Port Tessaly</a> <span class=\"count\">2</span>",
                        "We will rebuild the bridge by spring");
        long quoteId = given().queryParam("speaker", mayor)
                .queryParam("q", "bridge")
                .when()
                .get("/api/v1/quotes")
                .then()
                .extract()
                .jsonPath()
                .getLong("items[0].id");
        assertThat(html).contains("href=\"/articles/" + articleId + "#q-" + quoteId + "\"");
        assertThat(given().when().get("/articles/" + articleId).asString()).contains("id=\"q-" + quoteId + "\"");
    }

    /** Quotation marks are drawn around direct quotations only: reported speech has none, a mixed one its own. */
    @Test
    void eachKindOfQuoteIsShownAsItIs() {
        String kindsMarker = Fictional.marker();
        String kindsSource = "kinds-" + kindsMarker;
        String speaker = "Edda " + Fictional.surname();
        attribution.attribute(
                kindsMarker,
                "1.0.0",
                ScriptedQuote.direct("The pier will hold", speaker),
                ScriptedQuote.direct("the ferries would keep running", speaker).type("INDIRECT"),
                ScriptedQuote.direct("the storm was \"a warning, not a verdict\"", speaker)
                        .type("MIXED"));
        String text = "\"The pier will hold,\" " + speaker + " said. File " + kindsMarker + ".\n\n"
                + speaker + " said the ferries would keep running.\n\n"
                + speaker + " said the storm was \"a warning, not a verdict\".";
        given().contentType(ContentType.JSON)
                .body(Map.of("title", "Pier", "text", text, "source", kindsSource))
                .when()
                .post("/api/v1/articles")
                .then()
                .statusCode(201);

        Document page = Jsoup.parse(given().queryParam("source", kindsSource)
                .when()
                .get("/quotes")
                .then()
                .statusCode(200)
                .extract()
                .asString());

        assertThat(page.select("li.quote-item blockquote"))
                .extracting(e -> e.className() + ": " + e.text())
                .containsExactlyInAnyOrder(
                        "direct: The pier will hold",
                        "indirect: the ferries would keep running",
                        "mixed: the storm was \"a warning, not a verdict\"");
        String css = given().when().get("/css/saywho.css").asString();
        assertThat(css).contains("blockquote.direct::before").doesNotContain("li.quote-item blockquote::before");
    }

    @Test
    void searchPageShowsTheFormAgainAndExportsWhatItShows() {
        String html = given().queryParam("source", source)
                .queryParam("speaker", mayor)
                .when()
                .get("/quotes")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        assertThat(html)
                .contains(
                        "value=\"" + mayor + "\"",
                        "2 quotes found",
                        "We will rebuild the bridge by spring",
                        "Ferries will run until then")
                .doesNotContain("is not a plan");
        String csvHref =
                "/api/v1/quotes?speaker=" + mayor.replace(" ", "+") + "&amp;source=" + source + "&amp;format=csv";
        assertThat(html).contains("href=\"" + csvHref + "\"");

        Response csv = given().urlEncodingEnabled(false).when().get(csvHref.replace("&amp;", "&"));
        csv.then()
                .statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("quotes.csv"));
        assertThat(csv.asString().lines()).hasSize(3);
        given().queryParam("source", source)
                .queryParam("format", "ndjson")
                .when()
                .get("/api/v1/quotes")
                .then()
                .statusCode(200)
                .header("Content-Disposition", containsString("quotes.ndjson"));
        given().queryParam("format", "xlsx")
                .when()
                .get("/api/v1/quotes")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void analyzeStoresThePastedArticleAndLandsOnItsPage() {
        String marker = Fictional.marker();
        String speaker = "Tomas " + Fictional.surname();
        attribution.attribute(marker, "1.0.0", ScriptedQuote.direct("Nobody wants another decade of ferries", speaker));

        String location = pasteFerries(marker, speaker);

        assertThat(location).matches(".*/articles/\\d+");
        given().when()
                .get(location)
                .then()
                .statusCode(200)
                .body(containsString("data-speaker=\"" + speaker + "\""))
                .body(containsString("Ferries " + marker))
                .body(not(containsString("already stored")));

        // the same text pasted again: the earlier copy, and the page says so
        String again = pasteFerries(marker, speaker);
        assertThat(again).isEqualTo(location + "?submitted=duplicate");
        assertThat(Jsoup.parse(given().when().get(again).asString())
                        .select("p.notice")
                        .text())
                .contains("This article was already stored");
    }

    /** Pastes the ferries article on the Analyze page; returns where it redirects. */
    private static String pasteFerries(String marker, String speaker) {
        return given().redirects()
                .follow(false)
                .header("Sec-Fetch-Site", "same-origin")
                .formParam("format", "text")
                .formParam("title", "Ferries " + marker)
                .formParam("source", "web-" + marker)
                .formParam(
                        "content",
                        "\"Nobody wants another decade of ferries,\" said " + speaker + ". Note " + marker + ".")
                .when()
                .post("/analyze")
                .then()
                .statusCode(303)
                .extract()
                .header("Location");
    }

    @Test
    void analyzeShowsTheProblemInThePage() {
        given().formParam("format", "html")
                .formParam("content", "<html><body><nav>Home | Sport</nav></body></html>")
                .when()
                .post("/analyze")
                .then()
                .statusCode(400)
                .contentType(startsWith("text/html"))
                .body(containsString("The article was not accepted."))
                .body(containsString("Article: no article text is left after removing boilerplate"))
                .body(containsString("&lt;nav&gt;Home | Sport&lt;/nav&gt;"));
    }

    @Test
    void crossSiteFormPostsAreRefused() {
        given().header("Sec-Fetch-Site", "cross-site")
                .formParam("format", "text")
                .formParam("content", "Any text.")
                .when()
                .post("/analyze")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().header("Origin", "https://elsewhere.example")
                .formParam("apiKey", "")
                .when()
                .post("/articles/" + articleId + "/reattribution")
                .then()
                .statusCode(403);
    }

    @Test
    void reattributionRedirectsBackWithWhatHappened() {
        given().redirects()
                .follow(false)
                .when()
                .post("/articles/" + articleId + "/reattribution")
                .then()
                .statusCode(303)
                .header("Location", containsString("/articles/" + articleId + "?reattribution=done"));
        given().queryParam("reattribution", "done")
                .when()
                .get("/articles/" + articleId)
                .then()
                .statusCode(200)
                .body(containsString("Attributed again"));
        attribution.fail(marker, 503);
        given().redirects()
                .follow(false)
                .when()
                .post("/articles/" + articleId + "/reattribution")
                .then()
                .statusCode(303)
                .header("Location", containsString("reattribution=unavailable"));
        given().when().get("/articles/" + articleId).then().body(not(containsString("reattribution=")));
    }

    @Test
    void aPendingArticleSaysSoAndAsksToBeRefreshed() {
        String pendingMarker = Fictional.marker();
        attribution.fail(pendingMarker, 503);
        long pending = given().contentType(ContentType.JSON)
                .body(Map.of("text", "The ferry was late, file " + pendingMarker + "."))
                .when()
                .post("/api/v1/articles")
                .then()
                .statusCode(201)
                .body("status", equalTo("PENDING"))
                .extract()
                .jsonPath()
                .getLong("id");

        String html = given().when()
                .get("/articles/" + pending)
                .then()
                .statusCode(200)
                .body(containsString("data-status=\"PENDING\""))
                .body(containsString("waiting for attribution"))
                .body(containsString("<script src=\"/js/saywho.js\" defer></script>"))
                .extract()
                .asString();

        // why it waits and until when: the attempt made, its error, the next one
        String notice = Jsoup.parse(html).selectFirst("#pending-notice").text();
        assertThat(notice).contains("Tried 1 time; the last attempt failed: ").contains("Next attempt: ");
        assertThat(notice).containsPattern("Next attempt: \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} UTC");
        given().when()
                .get("/api/v1/articles/" + pending)
                .then()
                .body("nextAttemptAt", not(equalTo(null)))
                .body("lastError", not(equalTo(null)));
    }

    @Test
    void everyFormFieldHasALabelAndEveryPageOneMainHeading() {
        for (String path : new String[] {
            "/",
            "/articles/" + articleId,
            "/quotes",
            "/analyze",
            "/speakers/" + speakerId(mayor),
            "/articles",
            "/speakers",
            "/organisations",
            "/review",
            "/articles/" + articleId + "?quote=" + firstQuoteOf(articleId)
        }) {
            Document page = Jsoup.parse(given().when().get(path).asString());
            assertThat(page.select("h1")).as(path).hasSize(1);
            assertThat(page.select("main#main")).as(path).hasSize(1);
            for (Element field : page.select("input:not([type=radio]):not([type=hidden]), select, textarea")) {
                // labelled by a label naming it, or by the label it sits in
                if (field.closest("label") == null) {
                    assertThat(page.select("label[for=" + field.id() + "]"))
                            .as(path + " label of " + field)
                            .hasSize(1);
                } else {
                    assertThat(field.closest("label").ownText().strip())
                            .as(path + " label of " + field)
                            .isNotEmpty();
                }
            }
            for (Element radio : page.select("input[type=radio]")) {
                assertThat(radio.parent().tagName())
                        .as(path + " label of " + radio)
                        .isEqualTo("label");
            }
        }
    }

    private static long firstQuoteOf(long article) {
        return given().get("/api/v1/articles/" + article).jsonPath().getLong("quotes[0].id");
    }

    private long speakerId(String name) {
        return given().queryParam("q", name)
                .when()
                .get("/api/v1/speakers")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("items[0].id");
    }
}
