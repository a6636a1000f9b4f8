package dev.saywho.ingest.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.saywho.ingest.testing.AttributionStubs;
import dev.saywho.ingest.testing.Fictional;
import dev.saywho.ingest.testing.InjectAttributionStubs;
import dev.saywho.ingest.testing.ListCorpus;
import dev.saywho.ingest.testing.WireMockAttributionService;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The article, speaker and organisation lists: their rows in order, sort links, filters and pagination. */
@QuarkusTest
@WithTestResource(value = WireMockAttributionService.class, scope = TestResourceScope.GLOBAL)
class ListPagesTest {

    @InjectAttributionStubs
    AttributionStubs attribution;

    private ListCorpus corpus;

    @BeforeEach
    void storeCorpus() {
        corpus = ListCorpus.store(attribution);
    }

    private static Document page(String path) {
        return Jsoup.parse(given().when()
                .get(path)
                .then()
                .statusCode(200)
                .contentType(startsWith("text/html"))
                .extract()
                .asString());
    }

    /** The text of each row's heading cell (its first link), top to bottom. */
    private static List<String> rows(Document page, String table) {
        return page.select("table#" + table + " tbody th[scope=row]").stream()
                .map(Element::text)
                .toList();
    }

    @Test
    void articlesListTheSourceInTheChosenOrderWithTheirFigures() {
        Document published = page("/articles?source=" + corpus.source() + "&sort=published");
        assertThat(rows(published, "article-list"))
                .containsExactly("ahead of the ferry strike", "Bridge works begin", "Council budget set");
        Element first = published.selectFirst("table#article-list tbody tr");
        assertThat(first.selectFirst("th a").attr("href")).isEqualTo("/articles/" + corpus.ferry());
        assertThat(first.text()).contains(corpus.source(), "2026-03-10", "3", "Attributed");
        assertThat(published.selectFirst("h2#list-title").text()).isEqualTo("3 articles");

        // the sorted column says so, and its link reverses the order; the others sort in their own direction
        Element sorted = published.selectFirst("th[aria-sort]");
        assertThat(sorted.text()).startsWith("Published");
        assertThat(sorted.attr("aria-sort")).isEqualTo("descending");
        assertThat(sorted.selectFirst("a").attr("href"))
                .isEqualTo("/articles?source=" + corpus.source() + "&sort=published&direction=asc");
        assertThat(published.select("thead a").eachText()).contains("Title", "Source", "Quotes");

        assertThat(rows(page("/articles?source=" + corpus.source() + "&sort=quotes&direction=asc"), "article-list"))
                .containsExactly("Council budget set", "ahead of the ferry strike", "Bridge works begin");
        assertThat(rows(page("/articles?source=" + corpus.source() + "&sort=title"), "article-list"))
                .containsExactly("ahead of the ferry strike", "Bridge works begin", "Council budget set");
        assertThat(rows(page("/articles?source=" + corpus.source() + "&status=PENDING"), "article-list"))
                .isEmpty();
    }

    @Test
    void theFilterFormKeepsTheSortAndThePagerKeepsBoth() {
        Document page = page("/articles?source=" + corpus.source() + "&sort=title&direction=desc");
        Element form = page.selectFirst("form.filters");
        assertThat(form.selectFirst("select#source option[selected]").val()).isEqualTo(corpus.source());
        assertThat(form.selectFirst("input[name=sort]").val()).isEqualTo("title");
        assertThat(form.selectFirst("input[name=direction]").val()).isEqualTo("desc");
        // no pager on a single page
        assertThat(page.select("nav.pager")).isEmpty();
    }

    @Test
    void listsArePagedWithLinksThatKeepFiltersAndSort() {
        String marker = Fictional.marker();
        String source = "pager-" + marker;
        attribution.attribute(marker, "1.0.0");
        for (int i = 1; i <= ArticleListPage.PAGE_SIZE + 1; i++) {
            String title = String.format(java.util.Locale.ROOT, "Notice %02d", i);
            ListCorpus.post(source, title, "2026-03-01", title + " of the harbour office, file " + marker + ".");
        }
        Document first = page("/articles?source=" + source + "&sort=title");
        assertThat(rows(first, "article-list"))
                .hasSize(ArticleListPage.PAGE_SIZE)
                .startsWith("Notice 01");
        Element pager = first.selectFirst("nav.pager");
        assertThat(pager.text()).contains("Page 1 of 2");
        assertThat(pager.select("a[rel=prev]")).isEmpty();
        String next = pager.selectFirst("a[rel=next]").attr("href");
        assertThat(next).isEqualTo("/articles?source=" + source + "&sort=title&direction=asc&page=1");

        Document second = page(next);
        assertThat(rows(second, "article-list")).containsExactly("Notice 51");
        assertThat(second.selectFirst("nav.pager").text()).contains("Page 2 of 2");
        assertThat(second.selectFirst("nav.pager a[rel=prev]").attr("href"))
                .isEqualTo("/articles?source=" + source + "&sort=title&direction=asc");
    }

    @Test
    void speakersListNamesKindsAndCountsAndLinkToTheirPages() {
        Document byQuotes = page("/speakers?prefix=" + corpus.family() + "&kind=PERSON&sort=quotes");
        assertThat(rows(byQuotes, "speaker-list")).containsExactly(corpus.corr(), corpus.ansel(), corpus.brio());
        Element ansel = byQuotes.select("table#speaker-list tbody tr").get(1);
        assertThat(ansel.selectFirst("th a").attr("href")).startsWith("/speakers/");
        assertThat(ansel.select("td").eachText()).containsExactly("person", "3", "3");
        assertThat(byQuotes.selectFirst("select#kind option[selected]").val()).isEqualTo("PERSON");

        assertThat(rows(page("/speakers?prefix=" + corpus.family() + "&sort=name&direction=desc"), "speaker-list"))
                .containsExactly(corpus.board(), corpus.corr(), corpus.brio(), corpus.ansel());
        assertThat(rows(page("/speakers?prefix=" + corpus.family() + "&kind=PERSON&sort=articles"), "speaker-list"))
                .containsExactly(corpus.ansel(), corpus.corr(), corpus.brio());
        String anselPage = ansel.selectFirst("th a").attr("href");
        given().when().get(anselPage).then().statusCode(200);
    }

    @Test
    void organisationsLinkToTheirQuotesAndToTheirOwnSpeakerPage() {
        String query = "/organisations?q=" + corpus.family().toLowerCase(java.util.Locale.ROOT);
        Document byQuotes = page(query);
        assertThat(rows(byQuotes, "organisation-list")).containsExactly(corpus.board(), corpus.guild());
        Element board = byQuotes.selectFirst("table#organisation-list tbody tr");
        String search = board.selectFirst("th a").attr("href");
        assertThat(search).isEqualTo("/quotes?organization=" + corpus.family() + "+Harbour+Board");
        assertThat(board.select("td").eachText()).containsExactly("3", "1 · speaker page", "2");
        assertThat(board.selectFirst("td a").attr("href")).startsWith("/speakers/");
        // the search it leads to finds the organisation's quotes, its own and its people's
        // as a browser sends it: the href is encoded already
        assertThat(Jsoup.parse(given().urlEncodingEnabled(false)
                                .when()
                                .get(search)
                                .asString())
                        .select("li.quote-item blockquote")
                        .eachText())
                .containsExactlyInAnyOrder(
                        "The bridge opens in spring", "Ferries will keep running", "Timetables stay as they are");

        assertThat(rows(page(query + "&sort=name"), "organisation-list"))
                .containsExactly(corpus.guild(), corpus.board());
    }

    @Test
    void aBadSortIsA400() {
        given().when().get("/speakers?sort=shoe-size").then().statusCode(400);
        given().when().get("/articles?direction=up").then().statusCode(400);
        given().when().get("/organisations?sort=x").then().statusCode(400);
    }

    @Test
    void theNavigationAndTheDashboardLeadToTheLists() {
        Document dashboard = page("/");
        assertThat(dashboard.select("header nav a").eachAttr("href"))
                .contains("/articles", "/speakers", "/organisations");
        assertThat(dashboard.select("main a").eachAttr("href"))
                .contains("/speakers?sort=quotes", "/organisations", "/articles");
    }
}
