package dev.saywho.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.saywho.common.Gender;
import dev.saywho.common.RoleClass;
import dev.saywho.common.SourceKind;
import dev.saywho.common.SourceStatistics;
import dev.saywho.ingest.service.SourceStatisticsService;
import dev.saywho.ingest.service.SourceStatisticsService.Interval;
import dev.saywho.ingest.testing.AttributionStubs;
import dev.saywho.ingest.testing.Fictional;
import dev.saywho.ingest.testing.InjectAttributionStubs;
import dev.saywho.ingest.testing.ScriptedQuote;
import dev.saywho.ingest.testing.WireMockAttributionService;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The source figures over time and by outlet come from the counts each article keeps of its quotes (migration V11):
 * after every change to an article's quotes (a new speaker, its undo, an added quote, one marked "not a quotation", the
 * article deleted and restored, a re-attribution) the articles' counts, and the figures read from them, equal a count
 * of the quote rows themselves; and the dashboard's figures are the API's but for the people by gender.
 */
@QuarkusTest
@WithTestResource(value = WireMockAttributionService.class, scope = TestResourceScope.GLOBAL)
class SourceCountsTest {

    private static final String BRIDGE = "The bridge will open";
    private static final String STEEL = "The steel is late";
    private static final String TALKS = "Talks have stalled";
    private static final String FARES = "Fares rise in May";

    @InjectAttributionStubs
    AttributionStubs attribution;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    SourceStatisticsService sources;

    private String source;
    private String march;
    private String varga;
    private String brel;
    private long first;
    private long second;

    /** Two articles a week apart: a woman, a man and an anonymous source in the first, a woman in the second. */
    @BeforeEach
    void seed() {
        source = "counts-" + Fictional.marker();
        march = Fictional.marker();
        String later = Fictional.marker();
        varga = "Ilse " + Fictional.surname();
        brel = "Tomas " + Fictional.surname();
        String aldane = "Petra " + Fictional.surname();
        attribution.attribute(
                march,
                "1.11.0",
                ScriptedQuote.direct(BRIDGE, varga).profile("PERSON", "FEMALE", "she", "OFFICIAL"),
                ScriptedQuote.direct(STEEL, brel).profile("PERSON", "MALE", "Mr", "EXPERT"),
                ScriptedQuote.direct(TALKS, "a senior diplomat")
                        .kind("ANONYMOUS")
                        .profile("ANONYMOUS", "UNKNOWN", null, null));
        first = post(
                "\"" + BRIDGE + ",\" " + varga + " said. \"" + STEEL + ",\" Mr " + brel + " said. \"" + TALKS
                        + ",\" a senior diplomat said. File " + march + ".",
                "2026-03-02");
        attribution.attribute(
                later, "1.11.0", ScriptedQuote.direct(FARES, aldane).profile("PERSON", "FEMALE", "Mrs", "BUSINESS"));
        second = post("\"" + FARES + ",\" Mrs " + aldane + " said. File " + later + ".", "2026-03-09");
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
    void theCountsFollowEveryChangeToTheQuotes() throws SQLException {
        assertFigures(List.of("2026-03-02 3 1 1 1", "2026-03-09 1 1 0 0"), "2 1");

        // a new speaker, a woman: what the article stated of the man says nothing of her (gender unknown)
        long steel = quoteId(first, STEEL);
        Response corrected = given().contentType(ContentType.JSON)
                .header("If-Match", etag(steel))
                .body(Map.of("speaker", varga))
                .patch("/api/v1/quotes/" + steel);
        corrected.then().statusCode(200);
        assertFigures(List.of("2026-03-02 3 1 0 1", "2026-03-09 1 1 0 0"), "2 0");

        // undone: the man and his stated gender are back
        long correction = given().queryParam("quote", steel)
                .get("/api/v1/corrections")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("items[0].id");
        given().post("/api/v1/corrections/" + correction + "/undo").then().statusCode(200);
        assertFigures(List.of("2026-03-02 3 1 1 1", "2026-03-09 1 1 0 0"), "2 1");

        // a quotation the engine missed, from an anonymous source
        String text = given().get("/api/v1/articles/" + first).jsonPath().getString("text");
        int start = text.indexOf("File ");
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "start",
                        start,
                        "end",
                        start + ("File " + march).length(),
                        "speaker",
                        "a harbour official",
                        "speakerKind",
                        "ANONYMOUS"))
                .post("/api/v1/articles/" + first + "/quotes")
                .then()
                .statusCode(201);
        assertFigures(List.of("2026-03-02 4 1 1 2", "2026-03-09 1 1 0 0"), "2 1");

        // the woman's quote is not a quotation
        long bridge = quoteId(first, BRIDGE);
        given().header("If-Match", etag(bridge))
                .delete("/api/v1/quotes/" + bridge)
                .then()
                .statusCode(200);
        assertFigures(List.of("2026-03-02 3 0 1 2", "2026-03-09 1 1 0 0"), "1 1");

        // the second article deleted, then restored
        given().delete("/api/v1/articles/" + second).then().statusCode(200);
        assertFigures(List.of("2026-03-02 3 0 1 2"), "0 1");
        given().post("/api/v1/articles/" + second + "/restore").then().statusCode(200);
        assertFigures(List.of("2026-03-02 3 0 1 2", "2026-03-09 1 1 0 0"), "1 1");

        // a new engine says the steel quote is hers: the added quote stays, the rejected span stays empty
        attribution.attribute(
                march,
                "1.12.0",
                ScriptedQuote.direct(BRIDGE, varga).profile("PERSON", "FEMALE", "she", "OFFICIAL"),
                ScriptedQuote.direct(STEEL, varga).profile("PERSON", "FEMALE", "she", "OFFICIAL"),
                ScriptedQuote.direct(TALKS, "a senior diplomat")
                        .kind("ANONYMOUS")
                        .profile("ANONYMOUS", "UNKNOWN", null, null));
        given().post("/api/v1/articles/" + first + "/attribution").then().statusCode(200);
        assertFigures(List.of("2026-03-02 3 1 0 2", "2026-03-09 1 1 0 0"), "2 0");
    }

    /**
     * The figures per day ("day quotes women men anonymous") and the outlet's "women men", as expected; and the
     * articles' counts, the figures over time and the outlet's figures each equal to a count of the quote rows.
     */
    private void assertFigures(List<String> days, String outlet) throws SQLException {
        assertThat(stored()).isEqualTo(recounted());
        SourceStatistics figures = sources.figures(source, null, null, false, Interval.DAY);
        assertThat(List.of(figures.quotesByKind(), figures.quotesByGender(), figures.quotesByRoleClass()))
                .isEqualTo(profilesFromQuotes());
        List<String> overTime = figures.overTime().stream()
                .map(p -> p.start() + " " + p.quotes() + " " + p.women() + " " + p.men() + " " + p.anonymous())
                .toList();
        assertThat(overTime).isEqualTo(days).isEqualTo(perDayFromQuotes());
        List<String> outlets = sources.womenShareBySource(source, null, null, false, 10).stream()
                .map(o -> o.source() + " " + o.women() + " " + o.men())
                .toList();
        assertThat(outlets).containsExactly(source + " " + outlet).isEqualTo(outletFromQuotes());
        // the dashboard's figures are the same, but for the people by gender it does not show
        SourceStatistics shown = sources.dashboardFigures(source, null, null, false, Interval.DAY);
        assertThat(shown)
                .usingRecursiveComparison()
                .ignoringFields("peopleByGender")
                .isEqualTo(figures);
        assertThat(shown.peopleByGender()).isEmpty();
    }

    /** Each count an article keeps of its quotes with a source profile, and the quotes it counts. */
    private static final Map<String, String> COUNTS = counts();

    private static Map<String, String> counts() {
        Map<String, String> counts = new LinkedHashMap<>();
        counts.put("profiled_quotes", "q.source_kind is not null");
        for (String kind : List.of("PERSON", "ORGANISATION", "ANONYMOUS", "DOCUMENT")) {
            counts.put(kind.toLowerCase(Locale.ROOT) + "_quotes", "q.source_kind = '" + kind + "'");
        }
        counts.put("unknown_source_quotes", "q.source_kind = 'UNKNOWN'");
        counts.put("women_quotes", "q.source_kind = 'PERSON' and q.gender = 'FEMALE'");
        counts.put("men_quotes", "q.source_kind = 'PERSON' and q.gender = 'MALE'");
        for (String role : List.of("OFFICIAL", "EXPERT", "BUSINESS", "SPOKESPERSON", "ADVOCATE", "CITIZEN")) {
            counts.put(
                    role.toLowerCase(Locale.ROOT) + "_quotes",
                    "q.source_kind = 'PERSON' and q.role_class = '" + role + "'");
        }
        counts.put("other_role_quotes", "q.source_kind = 'PERSON' and q.role_class = 'OTHER'");
        return counts;
    }

    /** The counts the live articles of the source keep. */
    private Map<Long, List<Long>> stored() throws SQLException {
        return byArticle("select a.id, "
                + String.join(", ", COUNTS.keySet().stream().map(c -> "a." + c).toList())
                + " from article a where a.source = ? and a.deleted_at is null");
    }

    /** The same counted from the quote rows. */
    private Map<Long, List<Long>> recounted() throws SQLException {
        return byArticle("select a.id, "
                + String.join(
                        ", ",
                        COUNTS.values().stream()
                                .map(c -> WHEN + c + " then 1 else 0 end)")
                                .toList())
                + " from article a left join quote q on q.article_id = a.id where a.source = ? and a.deleted_at is "
                + "null group by a.id");
    }

    private List<String> perDayFromQuotes() throws SQLException {
        List<String> days = new ArrayList<>();
        for (List<Object> row : query("select cast(a.published_at as date), count(*), "
                + WHEN + "q.source_kind = 'PERSON' and q.gender = 'FEMALE' then 1 else 0 end), "
                + WHEN + "q.source_kind = 'PERSON' and q.gender = 'MALE' then 1 else 0 end), "
                + WHEN + "q.source_kind = 'ANONYMOUS' then 1 else 0 end) from quote q join article a on a.id = "
                + "q.article_id where a.source = ? and a.deleted_at is null and q.source_kind is not null group by "
                + "cast(a.published_at as date) order by 1")) {
            days.add(row.get(0) + " " + row.get(1) + " " + row.get(2) + " " + row.get(3) + " " + row.get(4));
        }
        return days;
    }

    /** Quotes by kind, of people by gender and by role class, counted from the quote rows. */
    private List<Map<?, Long>> profilesFromQuotes() throws SQLException {
        Map<SourceKind, Long> kinds = new EnumMap<>(SourceKind.class);
        Map<Gender, Long> genders = new EnumMap<>(Gender.class);
        Map<RoleClass, Long> roles = new EnumMap<>(RoleClass.class);
        for (List<Object> row : query("select q.source_kind, q.gender, q.role_class from quote q join article a on "
                + "a.id = q.article_id where a.source = ? and a.deleted_at is null and q.source_kind is not null")) {
            SourceKind kind = SourceKind.valueOf((String) row.get(0));
            kinds.merge(kind, 1L, Long::sum);
            if (kind == SourceKind.PERSON) {
                genders.merge(row.get(1) == null ? Gender.UNKNOWN : Gender.valueOf((String) row.get(1)), 1L, Long::sum);
                if (row.get(2) != null) {
                    roles.merge(RoleClass.valueOf((String) row.get(2)), 1L, Long::sum);
                }
            }
        }
        return List.of(kinds, genders, roles);
    }

    private List<String> outletFromQuotes() throws SQLException {
        List<String> outlets = new ArrayList<>();
        for (List<Object> row : query("select a.source, " + WHEN + "q.gender = 'FEMALE' then 1 else 0 end), "
                + WHEN + "q.gender = 'MALE' then 1 else 0 end) from quote q join article a on a.id = q.article_id "
                + "where a.source = ? and a.deleted_at is null and q.source_kind = 'PERSON' group by a.source")) {
            outlets.add(row.get(0) + " " + row.get(1) + " " + row.get(2));
        }
        return outlets;
    }

    private static final String WHEN = "sum(case when ";

    private Map<Long, List<Long>> byArticle(String sql) throws SQLException {
        Map<Long, List<Long>> counts = new TreeMap<>();
        for (List<Object> row : query(sql)) {
            counts.put(
                    ((Number) row.get(0)).longValue(),
                    row.subList(1, row.size()).stream()
                            .map(v -> ((Number) v).longValue())
                            .toList());
        }
        return counts;
    }

    /** The rows of a query over this test's source ({@code ?}), numbers as longs. */
    private List<List<Object>> query(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, source);
            try (ResultSet rows = statement.executeQuery()) {
                List<List<Object>> out = new ArrayList<>();
                int columns = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int i = 1; i <= columns; i++) {
                        Object value = rows.getObject(i);
                        row.add(value instanceof Number n ? (Object) n.longValue() : value);
                    }
                    out.add(row);
                }
                return out;
            }
        }
    }

    private long quoteId(long articleId, String text) {
        List<Map<String, Object>> quotes =
                given().get("/api/v1/articles/" + articleId).jsonPath().getList("quotes");
        return quotes.stream()
                .filter(q -> q.get("text").equals(text))
                .map(q -> ((Number) q.get("id")).longValue())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no quote " + text));
    }

    private String etag(long quoteId) {
        return given().get("/api/v1/quotes/" + quoteId)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }
}
