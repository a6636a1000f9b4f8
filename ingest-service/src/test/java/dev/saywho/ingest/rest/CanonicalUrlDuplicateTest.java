package dev.saywho.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.saywho.ingest.testing.Fictional;
import dev.saywho.ingest.testing.WireMockAttributionService;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Spellings of one address are one canonical URL, so they find the stored article as a duplicate. */
@QuarkusTest
@WithTestResource(value = WireMockAttributionService.class, scope = TestResourceScope.GLOBAL)
class CanonicalUrlDuplicateTest {

    @Test
    void eightSpellingsOfOneUrlAreOneArticle() {
        String marker = Fictional.marker();
        String path = "/port-tessaly/" + marker + "/bridge";
        List<String> spellings = List.of(
                "https://news.example.org" + path,
                "HTTPS://News.Example.ORG" + path,
                "https://news.example.org:443" + path,
                "https://news.example.org" + path + "/",
                "https://news.example.org" + path + "#comments",
                "https://news.example.org" + path + "?utm_source=feed&utm_medium=rss&utm_campaign=spring",
                "https://news.example.org" + path + "?fbclid=IwAR0abc&gclid=Cj0K&mc_cid=1a2b&mc_eid=3c4d",
                "https://news.example.org" + path.replace("/bridge", "/%62ridge"));

        long first = submit(spellings.get(0), 0, 201);
        for (int i = 1; i < spellings.size(); i++) {
            assertThat(submit(spellings.get(i), i, 200)).as(spellings.get(i)).isEqualTo(first);
        }
        String stored =
                given().get("/api/v1/articles/" + first).then().extract().path("metadata.canonicalUrl");
        assertThat(stored).isEqualTo("https://news.example.org" + path);

        // Another page of the same site, and the same page with a query that selects something, are other articles.
        assertThat(submit("https://news.example.org" + path + "?page=2", 8, 201))
                .isNotEqualTo(first);
    }

    private static long submit(String url, int variant, int status) {
        Number id = given().contentType(ContentType.JSON)
                .body(Map.of(
                        "url", url, "text", "The bridge story, telling " + variant + ", " + Fictional.marker() + "."))
                .when()
                .post("/api/v1/articles")
                .then()
                .statusCode(status)
                .extract()
                .path("id");
        return id.longValue();
    }
}
