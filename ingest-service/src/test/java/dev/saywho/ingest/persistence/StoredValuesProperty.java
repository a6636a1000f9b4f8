package dev.saywho.ingest.persistence;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import org.jsoup.nodes.Entities;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.saywho.common.ArticleSubmission;
import dev.saywho.common.ArticleView;
import dev.saywho.ingest.normalize.ArticleMetadata;
import dev.saywho.ingest.normalize.ArticleNormalizer;
import dev.saywho.ingest.normalize.NormalizedArticle;
import dev.saywho.ingest.normalize.RawArticle;
import dev.saywho.ingest.testing.AttributionStubs;
import dev.saywho.ingest.testing.Fictional;
import dev.saywho.ingest.testing.InjectAttributionStubs;
import io.restassured.http.ContentType;

/**
 * Property: every value the API or the HTML extractor accepts is stored and read back unchanged. Random submissions
 * (text from every plane of Unicode, fields up to their widths, dates over the whole accepted range with any offset
 * and nanoseconds) are posted, read back, and compared with what was sent and with what the normalizer made of it.
 * Runs on the test database (PostgreSQL in CI) and, in a subclass, on H2.
 */
abstract class StoredValuesProperty {

    /** Fixed, so a failure is reproduced by the same run; the case number is in every message. */
    private static final long SEED = 19_2026L;

    private static final int TEXT_CASES = 30;
    private static final int HTML_CASES = 20;

    private final ArticleNormalizer normalizer = new ArticleNormalizer();

    @InjectAttributionStubs
    AttributionStubs attribution;

    /** The service's own JSON reader (java.time included). */
    abstract ObjectMapper json();

    @Test
    void everyAcceptedSubmissionReadsBackAsSent() {
        Random random = new Random(SEED);
        String marker = Fictional.marker();
        attribution.attribute(marker, "1.3.1");
        for (int i = 0; i < TEXT_CASES; i++) {
            ArticleSubmission sent = new ArticleSubmission(
                    text(random, 1 + random.nextInt(random.nextBoolean() ? 60 : ColumnWidths.TITLE)),
                    "Port Tessaly council notes " + marker + " " + i + ": " + text(random, 1 + random.nextInt(4000)),
                    null,
                    "https://news.example.org/" + marker.toLowerCase(java.util.Locale.ROOT) + "/" + i + "/"
                            + asciiWord(random, 1 + random.nextInt(200)),
                    "src-" + text(random, 1 + random.nextInt(ColumnWidths.SOURCE - 4)),
                    dateInRange(random).toString(),
                    marker + "-" + i + "-" + text(random, random.nextInt(ColumnWidths.EXTERNAL_ID - 40)));
            ArticleView stored = postAndReadBack(sent, "case " + i);

            assertThat(stored.original())
                    .as("case %d: the submission as received", i)
                    .isEqualTo(sent);
            NormalizedArticle expected =
                    normalizer.normalize(new RawArticle(sent.title(), sent.text(), null, sent.url()));
            assertThat(stored.text()).as("case %d: text", i).isEqualTo(expected.text());
            // A title sent is kept as sent (the normalizer's title serves only when none is).
            String title = sent.title().isBlank() ? expected.metadata().title() : sent.title();
            assertThat(stored.metadata().title()).as("case %d: title", i).isEqualTo(title);
            assertThat(stored.metadata().source()).as("case %d: source", i).isEqualTo(sent.source());
            assertThat(stored.metadata().externalId())
                    .as("case %d: external id", i)
                    .isEqualTo(sent.externalId());
            assertThat(stored.metadata().canonicalUrl()).as("case %d: url", i).isEqualTo(sent.url());
            assertSameInstant(stored.metadata().publishedAt(), OffsetDateTime.parse(sent.publishedAt()), i);
        }
    }

    @Test
    void everyValueTheHtmlExtractorFindsReadsBackAsFound() {
        Random random = new Random(SEED + 1);
        String marker = Fictional.marker();
        attribution.attribute(marker, "1.3.1");
        for (int i = 0; i < HTML_CASES; i++) {
            String canonical = "https://news.example.org/" + marker.toLowerCase(java.util.Locale.ROOT) + "/page-" + i;
            String html = "<html><head><title>" + escaped(text(random, 1 + random.nextInt(300))) + "</title>"
                    + "<meta property=\"og:title\" content=\"" + escaped(text(random, 1 + random.nextInt(500))) + "\">"
                    + "<meta name=\"author\" content=\"" + escaped(text(random, 1 + random.nextInt(200))) + "\">"
                    + "<meta property=\"og:site_name\" content=\"" + escaped(text(random, 1 + random.nextInt(200)))
                    + "\"><meta property=\"article:published_time\" content=\"" + dateInRange(random) + "\">"
                    + "<link rel=\"canonical\" href=\"" + canonical + "\"></head><body><article><p>Harbour notes "
                    + marker + " " + i + ": " + escaped(text(random, 1 + random.nextInt(3000))) + "</p><p>"
                    + escaped(text(random, 1 + random.nextInt(3000))) + "</p></article></body></html>";
            ArticleSubmission sent = new ArticleSubmission(null, null, html, null, null, null, null);
            ArticleView stored = postAndReadBack(sent, "html case " + i);

            NormalizedArticle expected = normalizer.normalize(new RawArticle(null, null, html, null));
            ArticleMetadata found = expected.metadata();
            assertThat(stored.original())
                    .as("html case %d: the submission as received", i)
                    .isEqualTo(sent);
            assertThat(stored.text()).as("html case %d: text", i).isEqualTo(expected.text());
            assertThat(stored.metadata().title()).as("html case %d: title", i).isEqualTo(found.title());
            assertThat(stored.metadata().byline()).as("html case %d: byline", i).isEqualTo(found.byline());
            assertThat(stored.metadata().siteName()).as("html case %d: site", i).isEqualTo(found.siteName());
            assertThat(stored.metadata().canonicalUrl())
                    .as("html case %d: url", i)
                    .isEqualTo(canonical);
            assertSameInstant(stored.metadata().publishedAt(), found.publishedAt(), i);
            assertThat(stored.removed())
                    .as("html case %d: removals", i)
                    .hasSize(expected.removed().size());
        }
    }

    private ArticleView postAndReadBack(ArticleSubmission sent, String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", sent.title());
        body.put("text", sent.text());
        body.put("html", sent.html());
        body.put("url", sent.url());
        body.put("source", sent.source());
        body.put("publishedAt", sent.publishedAt());
        body.put("externalId", sent.externalId());
        body.values().removeIf(java.util.Objects::isNull);
        long id = given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/articles")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        String json = given().when()
                .get("/api/v1/articles/" + id)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        try {
            return json().readValue(json, ArticleView.class);
        } catch (java.io.IOException e) {
            throw new AssertionError(name + ": the article does not read back as an ArticleView", e);
        }
    }

    private static void assertSameInstant(OffsetDateTime stored, OffsetDateTime sent, int i) {
        assertThat(stored).as("case %d: published at", i).isNotNull();
        // Both databases keep microseconds: the service keeps no finer, so the instant comes back whole.
        assertThat(stored.toInstant())
                .as("case %d: published at %s", i, sent)
                .isEqualTo(sent.toInstant().truncatedTo(ChronoUnit.MICROS));
    }

    /** A date the service accepts (1800-01-01 to ten years from now, by its UTC day), at any offset and nanosecond. */
    private static OffsetDateTime dateInRange(Random random) {
        long first = LocalDate.of(1800, 1, 1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        long last = LocalDate.now(ZoneOffset.UTC)
                        .plusYears(10)
                        .atStartOfDay(ZoneOffset.UTC)
                        .toEpochSecond()
                - 1;
        Instant instant = switch (random.nextInt(4)) {
            case 0 -> Instant.ofEpochSecond(first);
            case 1 -> Instant.ofEpochSecond(last, 999_999_999);
            default ->
                Instant.ofEpochSecond(
                        first + (long) (random.nextDouble() * (last - first)), random.nextInt(1_000_000_000));
        };
        int offsetSeconds = (random.nextInt(37) - 18) * 3600 + random.nextInt(4) * 15 * 60;
        return instant.atOffset(ZoneOffset.ofTotalSeconds(Math.min(offsetSeconds, 18 * 3600)));
    }

    /** Text from every plane: letters, marks, scripts, emoji, controls, invisible and private-use characters. */
    private static String text(Random random, int maxChars) {
        StringBuilder out = new StringBuilder();
        while (out.length() < maxChars) {
            int codePoint = switch (random.nextInt(12)) {
                case 0 -> 0x20 + random.nextInt(0x5F); // ASCII, quotes, backslash, % and _
                case 1 -> 0xA0 + random.nextInt(0x60); // Latin-1, NBSP
                case 2 -> 0x300 + random.nextInt(0x70); // combining marks
                case 3 -> 0x4E00 + random.nextInt(0x5000); // CJK
                case 4 -> 0x600 + random.nextInt(0x100); // Arabic
                case 5 -> 0x1F300 + random.nextInt(0x700); // emoji, two UTF-16 units
                case 6 -> 0x10000 + random.nextInt(0xFFFF); // other supplementary characters
                case 7 -> new int[] {'\t', '\n', '\r', 0x2028, 0x2029, 0x85, 0x7F}[random.nextInt(7)];
                case 8 -> new int[] {0x200B, 0x200D, 0xFEFF, 0x2060, 0x202E}[random.nextInt(5)];
                case 9 -> 0xE000 + random.nextInt(0x1900); // private use
                case 10 -> 0x1 + random.nextInt(0x1F); // control characters but NUL
                default -> 'a' + random.nextInt(26);
            };
            if (out.length() + Character.charCount(codePoint) > maxChars) {
                break;
            }
            out.appendCodePoint(codePoint);
        }
        return out.isEmpty() ? "x" : out.toString();
    }

    private static String asciiWord(Random random, int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append("abcdefghijklmnopqrstuvwxyz0123456789-".charAt(random.nextInt(37)));
        }
        return out.toString();
    }

    private static String escaped(String text) {
        return Entities.escape(text);
    }
}
