package dev.saywho.ingest.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;

/**
 * Three articles of one source for the sortable lists, with speakers and organisations whose names start with one
 * fictional family name of their own, so a list filtered by it holds this corpus only.
 *
 * <ul>
 *   <li>{@code bridge}: "Bridge works begin", published 2026-03-02, 5 quotes (Ansel 1, Corr 4);
 *   <li>{@code ferry}: "ahead of the ferry strike" (lower case), published 2026-03-10, 3 quotes (Ansel 1, Brio 1, the
 *       Harbour Board 1);
 *   <li>{@code council}: "Council budget set", undated, 1 quote (Ansel).
 * </ul>
 *
 * Speakers: Ansel 3 quotes in 3 articles, Corr 4 in 1, Brio 1 in 1 (Corr stored before Brio), all persons; the
 * Harbour Board an organisation. Organisations: the Harbour Board speaks once and is Ansel's affiliation twice (3
 * quotes); the Ferry Guild is Brio's affiliation once.
 */
public record ListCorpus(
        String source,
        String family,
        String ansel,
        String brio,
        String corr,
        String board,
        String guild,
        long bridge,
        long ferry,
        long council) {

    public static ListCorpus store(AttributionStubs attribution) {
        String marker = Fictional.marker();
        String source = "herald-" + marker;
        String family = Fictional.surname();
        String ansel = family + " Ansel";
        String brio = family + " Brio";
        String corr = family + " Corr";
        String board = family + " Harbour Board";
        String guild = family + " Ferry Guild";
        attribution.attribute(
                marker,
                "1.0.0",
                ScriptedQuote.direct("The bridge opens in spring", ansel).affiliation(board),
                ScriptedQuote.direct("Cables arrive next week", corr),
                ScriptedQuote.direct("Pylons are already in place", corr),
                ScriptedQuote.direct("The deck is half done", corr),
                ScriptedQuote.direct("Paint comes last", corr),
                ScriptedQuote.direct("Ferries will keep running", ansel).affiliation(board),
                ScriptedQuote.direct("Crews want a new rota", brio).affiliation(guild),
                ScriptedQuote.direct("Timetables stay as they are", board).kind("ORGANIZATION"),
                ScriptedQuote.direct("The budget is balanced", ansel));
        long bridge = post(
                source,
                "Bridge works begin",
                "2026-03-02",
                said("The bridge opens in spring", ansel) + said("Cables arrive next week", corr)
                        + said("Pylons are already in place", corr) + said("The deck is half done", corr)
                        + said("Paint comes last", corr) + "File " + marker + " one.");
        long ferry = post(
                source,
                "ahead of the ferry strike",
                "2026-03-10",
                said("Ferries will keep running", ansel) + said("Crews want a new rota", brio)
                        + said("Timetables stay as they are", "the " + board) + "File " + marker + " two.");
        long council = post(
                source,
                "Council budget set",
                null,
                said("The budget is balanced", ansel) + "File " + marker + " three.");
        return new ListCorpus(source, family, ansel, brio, corr, board, guild, bridge, ferry, council);
    }

    private static String said(String quote, String speaker) {
        return "\"" + quote + ",\" " + speaker + " said.\n\n";
    }

    /** Stores an article (with no quotes unless a stub scripts them) and returns its id. */
    public static long post(String source, String title, String publishedAt, String text) {
        Map<String, Object> body = new HashMap<>(Map.of("title", title, "text", text, "source", source));
        if (publishedAt != null) {
            body.put("publishedAt", publishedAt);
        }
        return given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/articles")
                .then()
                .statusCode(201)
                .body("status", equalTo("ATTRIBUTED"))
                .extract()
                .jsonPath()
                .getLong("id");
    }

    /** The ids of {@code ids} in the order {@code listed} has them, those not listed left out. */
    public static List<Long> orderIn(List<Long> listed, Long... ids) {
        List<Long> wanted = List.of(ids);
        return listed.stream().filter(wanted::contains).toList();
    }
}
