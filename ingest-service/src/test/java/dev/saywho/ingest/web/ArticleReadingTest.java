package dev.saywho.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.saywho.common.ArticleView;
import dev.saywho.common.AttributionStatus;
import dev.saywho.common.PublicationMetadata;
import dev.saywho.common.QuoteType;
import dev.saywho.common.Span;
import dev.saywho.common.SpeakerKind;
import dev.saywho.common.StoredQuote;
import dev.saywho.common.StoredSpeakerRef;
import dev.saywho.ingest.web.ArticleReading.Segment;

class ArticleReadingTest {

    private static final String TEXT = "“We will wait,” Varga said.\n\n“The bridge,” Brel said, “is late.”\n\n"
            + "“It runs on.\n\nAnd on,” said Varga.";

    @Test
    void paragraphsAreCutIntoTextAndQuotationPiecesThatRebuildTheText() {
        ArticleReading reading = ArticleReading.of(article(
                quote(1, "We will wait,", speaker(7, "Ilse Varga")),
                quoteOf(2, List.of(span("The bridge,"), span("is late.")), speaker(8, "Tomas Brel")),
                quote(3, "It runs on.\n\nAnd on,", speaker(7, "Ilse Varga"))));

        assertThat(reading.paragraphs()).hasSize(4);
        String rebuilt = String.join(
                "\n\n",
                reading.paragraphs().stream()
                        .map(p -> String.join(
                                "", p.segments().stream().map(Segment::text).toList()))
                        .toList());
        assertThat(rebuilt).isEqualTo(TEXT);
        List<Segment> second = reading.paragraphs().get(1).segments();
        assertThat(second)
                .extracting(Segment::text)
                .containsExactly("“", "The bridge,", "” Brel said, “", "is late.", "”");
        // An interrupted quotation: one anchor, on its first piece; every piece its own card.
        assertThat(second.get(1).id()).isEqualTo("q-2");
        assertThat(second.get(3).id()).isEqualTo("q-2-1");
        assertThat(second.get(3).cardId()).isNotEqualTo(second.get(1).cardId());
        assertThat(second.get(1).quote().text()).isEqualTo("The bridge, … is late.");
        // A quotation running over two paragraphs is cut at the break and keeps unique ids.
        assertThat(reading.paragraphs().get(2).segments().get(1).id()).isEqualTo("q-3");
        assertThat(reading.paragraphs().get(3).segments().get(0).id()).isEqualTo("q-3-1");
    }

    @Test
    void oneColourPerSpeakerInOrderOfAppearanceAndTheUnattributedLast() {
        ArticleReading reading = ArticleReading.of(article(
                quote(1, "We will wait,", null),
                quoteOf(2, List.of(span("The bridge,"), span("is late.")), speaker(8, "Tomas Brel")),
                quote(3, "It runs on.", speaker(7, "Ilse Varga"))));

        assertThat(reading.speakers())
                .extracting(ArticleReading.SpeakerEntry::name)
                .containsExactly("Tomas Brel", "Ilse Varga", "No speaker found");
        assertThat(reading.speakers())
                .extracting(ArticleReading.SpeakerEntry::colour)
                .containsExactly(1, 2, 0);
        assertThat(reading.quotes().get(2).rule()).contains("right after the quotation");
    }

    @Test
    void overlappingAndOutOfRangeOffsetsAreClippedNotFatal() {
        StoredQuote overlapping = new StoredQuote(
                4,
                1,
                "wait,” Varga",
                TEXT.indexOf("wait"),
                TEXT.indexOf("Varga") + 5,
                QuoteType.MIXED,
                List.of(),
                null,
                null,
                0.4,
                null,
                null,
                "1.0.0",
                null,
                null,
                null,
                null);
        StoredQuote beyond = new StoredQuote(
                5,
                1,
                "x",
                TEXT.length() - 3,
                TEXT.length() + 40,
                QuoteType.DIRECT,
                List.of(),
                null,
                null,
                0.4,
                "SOME_NEW_RULE",
                null,
                "1.0.0",
                null,
                null,
                null,
                null);
        ArticleReading reading = ArticleReading.of(article(quote(1, "We will wait,", null), overlapping, beyond));

        List<Segment> first = reading.paragraphs().get(0).segments();
        assertThat(first).extracting(Segment::text).containsExactly("“", "We will wait,", "” Varga", " said.");
        assertThat(reading.quotes().get(2).rule()).isEqualTo("Decided by the engine’s rule “some new rule”.");
        assertThat(reading.paragraphs().get(reading.paragraphs().size() - 1).segments())
                .last()
                .extracting(Segment::text)
                .isEqualTo("ga.");
    }

    private static ArticleView article(StoredQuote... quotes) {
        return new ArticleView(
                1,
                AttributionStatus.ATTRIBUTED,
                "1.0.0",
                TEXT,
                new PublicationMetadata("Bridge", null, null, null, null, "herald", null),
                List.of(),
                null,
                List.of(quotes),
                OffsetDateTime.now(ZoneOffset.UTC),
                OffsetDateTime.now(ZoneOffset.UTC),
                1,
                null,
                null,
                0,
                null);
    }

    private static StoredQuote quote(long id, String text, StoredSpeakerRef speaker) {
        int start = TEXT.indexOf(text);
        return new StoredQuote(
                id,
                1,
                text,
                start,
                start + text.length(),
                QuoteType.DIRECT,
                List.of(),
                null,
                speaker,
                0.9,
                speaker == null ? null : "TRAILING_CUE",
                speaker == null ? "quotation-marks" : "trailing-cue",
                "1.0.0",
                null,
                null,
                null,
                null);
    }

    private static StoredQuote quoteOf(long id, List<Span> fragments, StoredSpeakerRef speaker) {
        Span first = fragments.get(0);
        Span last = fragments.get(fragments.size() - 1);
        return new StoredQuote(
                id,
                1,
                TEXT.substring(first.start(), last.end()),
                first.start(),
                last.end(),
                QuoteType.DIRECT,
                fragments,
                null,
                speaker,
                0.9,
                "INVERTED_CUE",
                "inverted-cue",
                "1.0.0",
                null,
                null,
                null,
                null);
    }

    private static Span span(String text) {
        int start = TEXT.indexOf(text);
        return new Span(text, start, start + text.length());
    }

    private static StoredSpeakerRef speaker(long id, String name) {
        return new StoredSpeakerRef(id, name, SpeakerKind.PERSON, null, null, null);
    }
}
