package dev.saywho.ingest.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;

import dev.saywho.common.testing.SharedData;

/** Runs the normalizer over the shared seed article when the checkout has it; skipped otherwise. */
class SeedArticleTest {

    @Test
    void dropsWireBoilerplateAndKeepsQuoteParagraphs() throws IOException {
        String raw = Files.readString(SharedData.require("seed/north-korea-missiles.txt"));

        NormalizedArticle article = new ArticleNormalizer().normalize(new RawArticle(null, raw, null, null));

        String lede = "North Korean leader Kim Jong Un called for the increased production of missiles";
        assertThat(article.text().split(lede, -1)).hasSize(2);
        assertThat(article.text())
                .doesNotContain("(Bloomberg)", "Read:", "More stories like this", "©", "With assistance from");
        assertThat(article.text())
                .startsWith("North Korea Spotlights Missiles Ahead of US Summit With Allies\n\n" + lede);
        assertThat(article.removed())
                .contains(
                        new RemovedText(RemovalKind.AGENCY_TAG, "(Bloomberg) —"),
                        new RemovedText(RemovalKind.COPYRIGHT, "©2023 Bloomberg L.P."),
                        new RemovedText(RemovalKind.CREDIT, "–With assistance from Shinhye Kang."),
                        new RemovedText(
                                RemovalKind.PROMOTION, "More stories like this are available on bloomberg.com"));
        assertThat(article.removed())
                .anyMatch(r ->
                        r.kind() == RemovalKind.DUPLICATE_PARAGRAPH && r.text().startsWith(lede));
        assertThat(article.removed())
                .anyMatch(r -> r.kind() == RemovalKind.PROMOTION && r.text().startsWith("Read: "));

        for (String paragraph : raw.split("\n\n", -1)) {
            if (paragraph.startsWith("“")) {
                assertThat(article.text()).contains(paragraph.strip());
            }
        }
    }
}
