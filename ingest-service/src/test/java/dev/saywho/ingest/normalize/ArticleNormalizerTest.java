package dev.saywho.ingest.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class ArticleNormalizerTest {

    private static final String WIRE_COPY = """
            Port Tessaly Reopens Its Harbour After Storm

            Mayor Ilse Varga of Port Tessaly reopened the harbour on Sunday, three weeks after a storm
            wrecked most of its piers.

            PORT TESSALY, March 3 (Tessaly Wire) — Mayor Ilse Varga of Port Tessaly reopened the harbour on \
            Sunday, three weeks after a storm wrecked most of its piers.

            “We have rebuilt every pier the sea took from us,” Varga told reporters at the quay.

            Read: Storm Damage in Port Tessaly Tops Estimates

            The Seoul-based shipbuilder Hanvo Marine supplied the new pontoons, the council said.

            Sign up for the Tessaly Wire harbour newsletter.

            “The breakwater will hold for fifty years,” said engineer Tomas Brel.

            Follow us on Twitter for more harbour news.

            Subscribe to the Tessaly Wire.

            Click here for photos.

            Read more: Vardo Plans Its Own Harbour

            –With assistance from Ona Petrak.

            Reporting by Aldo Feyn; Editing by Mara Quint

            Additional reporting by Petra Lindqvar

            Writing by Ona Petrak

            More stories like this are available on wire.example

            Copyright 2024 The Tessaly Wire. All rights reserved.

            ©2024 Tessaly Wire L.P.
            """;

    private final ArticleNormalizer normalizer = new ArticleNormalizer();

    @Test
    void stripsEveryWireBoilerplateFormAndRecordsIt() {
        NormalizedArticle article = normalizer.normalize(new RawArticle(null, WIRE_COPY, null, null));

        assertThat(article.text()).isEqualTo("""
                Port Tessaly Reopens Its Harbour After Storm

                Mayor Ilse Varga of Port Tessaly reopened the harbour on Sunday, three weeks after a storm wrecked \
                most of its piers.

                “We have rebuilt every pier the sea took from us,” Varga told reporters at the quay.

                The Seoul-based shipbuilder Hanvo Marine supplied the new pontoons, the council said.

                “The breakwater will hold for fifty years,” said engineer Tomas Brel.""");
        assertThat(article.removed())
                .containsExactly(
                        new RemovedText(RemovalKind.AGENCY_TAG, "PORT TESSALY, March 3 (Tessaly Wire) —"),
                        new RemovedText(
                                RemovalKind.DUPLICATE_PARAGRAPH,
                                "Mayor Ilse Varga of Port Tessaly reopened the "
                                        + "harbour on Sunday, three weeks after a storm wrecked most of its piers."),
                        new RemovedText(RemovalKind.PROMOTION, "Read: Storm Damage in Port Tessaly Tops Estimates"),
                        new RemovedText(RemovalKind.PROMOTION, "Sign up for the Tessaly Wire harbour newsletter."),
                        new RemovedText(RemovalKind.PROMOTION, "Follow us on Twitter for more harbour news."),
                        new RemovedText(RemovalKind.PROMOTION, "Subscribe to the Tessaly Wire."),
                        new RemovedText(RemovalKind.PROMOTION, "Click here for photos."),
                        new RemovedText(RemovalKind.PROMOTION, "Read more: Vardo Plans Its Own Harbour"),
                        new RemovedText(RemovalKind.CREDIT, "–With assistance from Ona Petrak."),
                        new RemovedText(RemovalKind.CREDIT, "Reporting by Aldo Feyn; Editing by Mara Quint"),
                        new RemovedText(RemovalKind.CREDIT, "Additional reporting by Petra Lindqvar"),
                        new RemovedText(RemovalKind.CREDIT, "Writing by Ona Petrak"),
                        new RemovedText(RemovalKind.PROMOTION, "More stories like this are available on wire.example"),
                        new RemovedText(RemovalKind.COPYRIGHT, "Copyright 2024 The Tessaly Wire. All rights reserved."),
                        new RemovedText(RemovalKind.COPYRIGHT, "©2024 Tessaly Wire L.P."));
    }

    @Test
    void duplicatedLedeKeepsTheFirstOccurrenceEvenWhenItCarriesTheTag() {
        String text = """
                (Tessaly Wire) — The Vardo council approved the bridge on Tuesday by seven votes.

                The Vardo council approved the bridge on Tuesday by seven votes.

                The vote followed a year of debate.""";
        NormalizedArticle article = normalizer.normalize(new RawArticle(null, text, null, null));

        assertThat(article.text())
                .isEqualTo("The Vardo council approved the bridge on Tuesday by seven votes.\n\n"
                        + "The vote followed a year of debate.");
        assertThat(article.removed())
                .containsExactly(
                        new RemovedText(RemovalKind.AGENCY_TAG, "(Tessaly Wire) —"),
                        new RemovedText(
                                RemovalKind.DUPLICATE_PARAGRAPH,
                                "The Vardo council approved the bridge on Tuesday by seven votes."));
    }

    @Test
    void duplicatesAreComparedAfterHygieneAndWhitespaceFolding() {
        String text = "The Vardo council approved the bridge on Tuesday by seven votes.\n\n"
                + "The  Vardo\u00a0council approved the\nbridge on Tues\u00adday by seven\u200b votes.";
        NormalizedArticle article = normalizer.normalize(new RawArticle(null, text, null, null));

        assertThat(article.text()).isEqualTo("The Vardo council approved the bridge on Tuesday by seven votes.");
        assertThat(article.removed()).extracting(RemovedText::kind).containsExactly(RemovalKind.DUPLICATE_PARAGRAPH);
    }

    @Test
    void shortRepeatedParagraphsAreKept() {
        String text = "“Will the bridge be built?”\n\n“Yes.”\n\n“On time?”\n\n“Yes.”";
        assertThat(normalizer.normalize(new RawArticle(null, text, null, null)).text())
                .isEqualTo("“Will the bridge be built?”\n\n“Yes.”\n\n“On time?”\n\n“Yes.”");
    }

    @Test
    void textIsParagraphsSeparatedByOneBlankLineWithoutOuterWhitespace() {
        String text = "\ufeff\r\n  \r\nOne line\r\nwrapped.\r\n\r\n\r\n\r\n\tTwo.  \r\n\r\n";
        NormalizedArticle article = normalizer.normalize(new RawArticle(null, text, null, null));

        assertThat(article.text()).isEqualTo("One line wrapped.\n\nTwo.");
        assertThat(article.removed()).isEmpty();
        assertThat(article.metadata()).isEqualTo(new ArticleMetadata(null, null, null, null, null));
    }

    @Test
    void plainTextTakesTitleFromCaller() {
        NormalizedArticle article = normalizer.normalize(
                new RawArticle("Vardo\u00a0Bridge", "The bridge opened.", null, "https://courier.example/b"));
        assertThat(article.metadata().title()).isEqualTo("Vardo Bridge");
    }

    @Test
    void emptyTextGivesEmptyArticle() {
        assertThat(normalizer.normalize(new RawArticle(null, "", null, null)).text())
                .isEmpty();
    }

    @Test
    void rawArticleNeedsExactlyOneOfTextAndHtml() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RawArticle("t", null, null, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new RawArticle("t", "text", "<p>html</p>", null));
    }

    @Test
    void removedListIsImmutable() {
        NormalizedArticle article = normalizer.normalize(new RawArticle(null, "©2024 Tessaly Wire", null, null));
        assertThat(article.removed()).isUnmodifiable();
    }

    @Test
    void oneInstanceServesConcurrentCallers() throws Exception {
        String html = HtmlNormalizationTest.resource("article-page.html");
        NormalizedArticle expectedText = normalizer.normalize(new RawArticle(null, WIRE_COPY, null, null));
        NormalizedArticle expectedHtml = normalizer.normalize(new RawArticle(null, null, html, null));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = IntStream.range(0, 200)
                    .mapToObj(i -> pool.submit(() -> i % 2 == 0
                            ? normalizer
                                    .normalize(new RawArticle(null, WIRE_COPY, null, null))
                                    .equals(expectedText)
                            : normalizer
                                    .normalize(new RawArticle(null, null, html, null))
                                    .equals(expectedHtml)))
                    .toList();
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
