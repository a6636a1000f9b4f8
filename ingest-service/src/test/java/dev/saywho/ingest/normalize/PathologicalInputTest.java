package dev.saywho.ingest.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.function.Supplier;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** One-megabyte garbage must not hang the normalizer; the timeout is only a hang guard, not a benchmark. */
class PathologicalInputTest {

    private static final int MEGABYTE = 1 << 20;
    private static final Duration HANG_GUARD = Duration.ofSeconds(10);

    @SuppressWarnings("ImmutableEnumChecker") // the suppliers are stateless lambdas
    enum Garbage {
        LESS_THAN_SIGNS(() -> "<".repeat(MEGABYTE)),
        STRAIGHT_QUOTES(() -> "\"".repeat(MEGABYTE)),
        CURLY_QUOTES(() -> "“”".repeat(MEGABYTE / 2)),
        NEWLINES(() -> "\n".repeat(MEGABYTE)),
        CARRIAGE_RETURNS(() -> "\r".repeat(MEGABYTE)),
        SPACES(() -> " \u00a0".repeat(MEGABYTE / 2)),
        MOJIBAKE_LEADS(() -> "Ã".repeat(MEGABYTE)),
        MOJIBAKE_SEQUENCES(() -> "â€™Ã©".repeat(MEGABYTE / 5)),
        ONE_LONG_LINE(() -> "Mayor Varga said ".repeat(MEGABYTE / 17)),
        ALMOST_A_TAG(() -> "PORT TESSALY, ".repeat(MEGABYTE / 14)),
        ALMOST_AN_AGENCY(() -> "(" + "Reuters ".repeat(MEGABYTE / 8)),
        HYPHENATED_LINES(() -> "a-\n".repeat(MEGABYTE / 3)),
        SHORT_LINES(() -> "Read: x\n\n".repeat(MEGABYTE / 9)),
        REPEATED_PARAGRAPHS(
                () -> "The harbour of Port Tessaly reopened on Sunday after the storm.\n\n".repeat(MEGABYTE / 64));

        private final Supplier<String> text;

        Garbage(Supplier<String> text) {
            this.text = text;
        }
    }

    @SuppressWarnings("ImmutableEnumChecker") // the suppliers are stateless lambdas
    enum HtmlGarbage {
        LESS_THAN_SIGNS(() -> "<".repeat(MEGABYTE)),
        UNCLOSED_TAGS(() -> "<a".repeat(MEGABYTE / 2)),
        NESTED_DIVS(() -> "<div class=\"x\">".repeat(MEGABYTE / 15)),
        NESTED_ARTICLES(() -> "<article>x".repeat(MEGABYTE / 10)),
        PARAGRAPHS(() -> "<p>Varga said so.".repeat(MEGABYTE / 17)),
        QUOTES_IN_ATTRIBUTES(() -> "<p class=\"" + "\"".repeat(MEGABYTE)),
        DEEP_JSON_LD(() -> "<script type=\"application/ld+json\">" + "[".repeat(MEGABYTE / 2) + "</script>"),
        BRS(() -> "<br>".repeat(MEGABYTE / 4));

        private final Supplier<String> html;

        HtmlGarbage(Supplier<String> html) {
            this.html = html;
        }
    }

    private final ArticleNormalizer normalizer = new ArticleNormalizer();

    @ParameterizedTest
    @EnumSource(Garbage.class)
    void textGarbageFinishes(Garbage garbage) {
        String text = garbage.text.get();
        NormalizedArticle article = assertTimeoutPreemptively(
                HANG_GUARD, () -> normalizer.normalize(new RawArticle(null, text, null, null)));
        assertThat(article.text()).doesNotStartWith(" ").doesNotEndWith(" ").doesNotContain("\n\n\n");
    }

    @ParameterizedTest
    @EnumSource(HtmlGarbage.class)
    void htmlGarbageFinishes(HtmlGarbage garbage) {
        String html = garbage.html.get();
        NormalizedArticle article = assertTimeoutPreemptively(
                HANG_GUARD, () -> normalizer.normalize(new RawArticle(null, null, html, null)));
        assertThat(article.text()).doesNotStartWith(" ").doesNotEndWith(" ").doesNotContain("\n\n\n");
    }
}
