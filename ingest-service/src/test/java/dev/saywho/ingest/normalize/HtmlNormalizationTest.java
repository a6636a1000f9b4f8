package dev.saywho.ingest.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

class HtmlNormalizationTest {

    private final ArticleNormalizer normalizer = new ArticleNormalizer();

    @Test
    void articleTagBodyKeepsParagraphBreaksAndDropsChrome() {
        NormalizedArticle article = normalize("article-page.html", "https://herald.example/news/harbour");

        assertThat(article.text()).isEqualTo("""
                Port Tessaly Harbour Reopens After Storm

                Mayor Ilse Varga of Port Tessaly reopened the harbour on Sunday, three weeks after the storm.

                “We have rebuilt every pier that the sea took from us,” Varga told reporters at the quay.

                Fishing crews said the new breakwater would protect the boats.

                The first trawlers sailed on Monday.

                “The breakwater will hold,” said engineer Tomas Brel.

                First item of a real list

                Second item of a real list""");
        assertThat(article.removed()).extracting(RemovedText::kind).containsOnly(RemovalKind.HTML_BOILERPLATE);
        assertThat(article.removed())
                .extracting(RemovedText::text)
                .containsExactly(
                        "Tessaly Herald",
                        "World Sport",
                        "Share on Facebook Share by email",
                        "The rebuilt north pier on Sunday.",
                        "Advertisement",
                        "Related Storm Damage Tallied",
                        "Great news for the town!",
                        "Sign up for the Herald morning briefing.",
                        "Contact the newsroom");
        assertThat(article.removed())
                .noneMatch(r -> r.text().contains("analytics") || r.text().contains("color"));
    }

    @Test
    void metadataFromOpenGraphAndLinkTags() {
        ArticleMetadata metadata = normalize("article-page.html", "https://herald.example/news/harbour")
                .metadata();

        assertThat(metadata.title()).isEqualTo("Port Tessaly Harbour Reopens After Storm");
        assertThat(metadata.byline()).isEqualTo("Ilse Varga");
        assertThat(metadata.publishedAt()).isEqualTo(OffsetDateTime.parse("2024-03-03T09:15:00+01:00"));
        assertThat(metadata.canonicalUrl()).isEqualTo("https://herald.example/news/harbour-reopens");
        assertThat(metadata.siteName()).isEqualTo("Tessaly Herald");
    }

    @Test
    void relativeCanonicalStaysRelativeWithoutBaseUrl() {
        assertThat(normalize("article-page.html", null).metadata().canonicalUrl())
                .isEqualTo("/news/harbour-reopens");
    }

    @Test
    void callerTitleWinsOverPageTitle() {
        NormalizedArticle article = normalizer.normalize(
                new RawArticle("  Harbour\u00a0Reopens ", null, resource("article-page.html"), null));
        assertThat(article.metadata().title()).isEqualTo("Harbour Reopens");
    }

    @Test
    void itempropArticleBodyAndJsonLdMetadata() {
        NormalizedArticle article = normalize("itemprop-page.html", null);

        assertThat(article.text()).isEqualTo("""
                The Vardo council approved the bridge on Tuesday by seven votes to two.

                “It is the best day for Vardo in a decade,” said councillor Ona Petrak.""");
        assertThat(article.removed()).containsExactly(new RemovedText(RemovalKind.HTML_BOILERPLATE, "Tweet this"));
        assertThat(article.metadata())
                .isEqualTo(new ArticleMetadata(
                        "Vardo Council Approves Bridge",
                        "Mara Quint, Tomas Brel",
                        OffsetDateTime.parse("2024-05-07T18:30:00Z"),
                        "https://courier.example/bridge-vote",
                        "Vardo Courier"));
    }

    @Test
    void mainElementWhenThereIsNoArticle() {
        NormalizedArticle article = normalize("main-page.html", null);

        assertThat(article.text()).isEqualTo("""
                Lake Orvin falls to record low

                The water level of Lake Orvin fell to a record low this week, the Orvin water board said.

                “We ask every household to save water,” said board chair Petra Lindqvar.""");
        assertThat(article.removed())
                .containsExactly(new RemovedText(RemovalKind.HTML_BOILERPLATE, "Home · Regions · Weather"));
        assertThat(article.metadata().title()).isEqualTo("Lake Orvin Levels");
    }

    @Test
    void densestParagraphBlockWhenThereIsNoContainer() {
        NormalizedArticle article = normalize("densest-page.html", null);

        assertThat(article.text()).isEqualTo("""
                Trains returned to the Kestrel Valley line on Monday after a year of repairs.

                “Passengers can finally leave their cars at home,” said transport minister Aldo Feyn.

                The line carries about four thousand passengers a day, the operator said.""");
        assertThat(article.removed())
                .containsExactly(new RemovedText(
                        RemovalKind.HTML_BOILERPLATE,
                        "This is a comment from a reader that is rather long but still a comment."));
    }

    @Test
    void wireBoilerplateInsideHtmlIsStrippedToo() {
        String html = """
                <html><body><article>
                <p>VARDO, May 7 (Reuters) - The Vardo council approved the bridge on Tuesday.</p>
                <p>(Reporting by Mara Quint; Editing by Tomas Brel)</p>
                </article></body></html>""";
        NormalizedArticle article = normalizer.normalize(new RawArticle(null, null, html, null));

        assertThat(article.text()).isEqualTo("The Vardo council approved the bridge on Tuesday.");
        assertThat(article.removed())
                .containsExactly(
                        new RemovedText(RemovalKind.AGENCY_TAG, "VARDO, May 7 (Reuters) -"),
                        new RemovedText(RemovalKind.CREDIT, "(Reporting by Mara Quint; Editing by Tomas Brel)"));
    }

    @Test
    void titleFallsBackToHeadingThenTitleElementWithoutSiteSuffix() {
        String withHeading = "<html><head><title>Page</title></head><body><h1> Ferry  Strike Ends </h1>"
                + "<p>The ferry strike in Port Tessaly ended on Friday.</p></body></html>";
        String withSuffix = "<html><head><title>Ferry Strike Ends | Tessaly Herald</title>"
                + "<meta property=\"og:site_name\" content=\"Tessaly Herald\"></head>"
                + "<body><p>The ferry strike in Port Tessaly ended on Friday.</p></body></html>";

        assertThat(normalizer
                        .normalize(new RawArticle(null, null, withHeading, null))
                        .metadata()
                        .title())
                .isEqualTo("Ferry Strike Ends");
        assertThat(normalizer
                        .normalize(new RawArticle(null, null, withSuffix, null))
                        .metadata()
                        .title())
                .isEqualTo("Ferry Strike Ends");
    }

    @Test
    void bylineFromRelAuthorOrBylineClassWithoutByPrefix() {
        String relAuthor = "<html><body><article><a rel=\"author\" href=\"/ona\">Ona Petrak</a>"
                + "<p>The ferry strike ended.</p></article></body></html>";
        String bylineClass = "<html><body><article><div class=\"byline\">By Aldo Feyn</div>"
                + "<p>The ferry strike ended.</p></article></body></html>";

        assertThat(normalizer
                        .normalize(new RawArticle(null, null, relAuthor, null))
                        .metadata()
                        .byline())
                .isEqualTo("Ona Petrak");
        NormalizedArticle article = normalizer.normalize(new RawArticle(null, null, bylineClass, null));
        assertThat(article.metadata().byline()).isEqualTo("Aldo Feyn");
        assertThat(article.text()).isEqualTo("The ferry strike ended.");
    }

    @Test
    void brokenJsonLdIsIgnored() {
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": "
                + "</script><meta property=\"og:title\" content=\"Ferry Strike Ends\"></head>"
                + "<body><p>The ferry strike ended.</p></body></html>";
        NormalizedArticle article = normalizer.normalize(new RawArticle(null, null, html, null));
        assertThat(article.metadata().title()).isEqualTo("Ferry Strike Ends");
        assertThat(article.text()).isEqualTo("The ferry strike ended.");
    }

    @Test
    void mojibakeAndEntitiesInHtmlAreCleaned() {
        String html = "<html><body><article><p>Vargaâ€™s harbour&nbsp;plan, &ldquo;done&rdquo;.</p></article>"
                + "</body></html>";
        assertThat(normalizer.normalize(new RawArticle(null, null, html, null)).text())
                .isEqualTo("Varga’s harbour plan, “done”.");
    }

    @Test
    void classNamesAreMatchedByWholeToken() {
        String html = "<html><body><article class=\"commentary\"><div class=\"header-image shadow lead\">"
                + "<p>Opinion: the harbour was worth it.</p></div><div class=\"adSlot\">Buy boats</div>"
                + "</article></body></html>";
        NormalizedArticle article = normalizer.normalize(new RawArticle(null, null, html, null));
        assertThat(article.text()).isEqualTo("Opinion: the harbour was worth it.");
        assertThat(article.removed()).extracting(RemovedText::text).containsExactly("Buy boats");
    }

    @Test
    void longestArticleWinsOverStoryCards() {
        String html = """
                <html><body>
                <aside><article><h3>Storm Damage Tallied</h3><p>Short card.</p></article></aside>
                <article><p>The Vardo council approved the bridge on Tuesday by seven votes to two.</p>
                <p>“It is the best day for Vardo in a decade,” said councillor Ona Petrak.</p></article>
                <section class="more-stories"><article><p>Another short card.</p></article></section>
                </body></html>""";
        NormalizedArticle article = normalizer.normalize(new RawArticle(null, null, html, null));

        assertThat(article.text()).isEqualTo("""
                The Vardo council approved the bridge on Tuesday by seven votes to two.

                “It is the best day for Vardo in a decade,” said councillor Ona Petrak.""");
        assertThat(article.removed()).extracting(RemovedText::text).containsExactly("Storm Damage Tallied Short card.");
    }

    @Test
    void jsonLdAuthorAsPlainStringAndArticleType() {
        String html = "<html><head><script type=\"application/ld+json\">[{\"@type\": \"Article\", "
                + "\"author\": \"Petra Lindqvar\", \"datePublished\": \"2024-06-01\"}]</script></head>"
                + "<body><p>The lake rose again.</p></body></html>";
        ArticleMetadata metadata =
                normalizer.normalize(new RawArticle(null, null, html, null)).metadata();
        assertThat(metadata.byline()).isEqualTo("Petra Lindqvar");
        assertThat(metadata.publishedAt()).isEqualTo(OffsetDateTime.parse("2024-06-01T00:00:00Z"));
    }

    private NormalizedArticle normalize(String page, String url) {
        return normalizer.normalize(new RawArticle(null, null, resource(page), url));
    }

    static String resource(String name) {
        try (InputStream in = HtmlNormalizationTest.class.getResourceAsStream("/normalize/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
