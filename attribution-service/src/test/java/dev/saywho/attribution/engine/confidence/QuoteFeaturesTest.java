package dev.saywho.attribution.engine.confidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.saywho.common.Quote;
import dev.saywho.common.QuoteSpeaker;
import dev.saywho.common.QuoteType;
import dev.saywho.common.Span;
import dev.saywho.common.SpeakerKind;

/** The names of a quote's features, on quotes written for them. */
class QuoteFeaturesTest {

    private static final String TEXT = "The ferry will run on Sunday, Mara Velt said. She added that it was late.";

    private static Quote quote(int start, int end, QuoteType type, String rule, Span cue, QuoteSpeaker speaker) {
        return new Quote(
                TEXT.substring(start, end),
                start,
                end,
                type,
                List.of(Span.of(TEXT, start, end)),
                cue,
                speaker,
                0.5,
                null,
                rule);
    }

    private static QuoteSpeaker speaker(String name, int from, int to, String role) {
        return new QuoteSpeaker(name, SpeakerKind.PERSON, Span.of(TEXT, from, to), role, null, null, null);
    }

    @Test
    void aTrailingCueWithANamedSpeaker() {
        Quote q = quote(
                0, 28, QuoteType.INDIRECT, "trailing-cue", Span.of(TEXT, 40, 44), speaker("Mara Velt", 30, 39, null));
        assertThat(QuoteFeatures.of(q))
                .containsExactly(
                        "bias",
                        "rule=trailing-cue",
                        "type=indirect",
                        "speaker=name",
                        "rule=trailing-cue&speaker=name",
                        "rule=trailing-cue&type=indirect",
                        "length=<40",
                        "fragments=1",
                        "cue=said",
                        "kind=PERSON",
                        "distance=after:0-5",
                        "name-words=2",
                        "role=false",
                        "affiliation=false");
    }

    @Test
    void aPronounBeforeItsQuoteAndARole() {
        int she = TEXT.indexOf("She");
        int that = TEXT.indexOf("that it");
        Quote q = quote(
                that + 5,
                TEXT.length() - 1,
                QuoteType.INDIRECT,
                "leading-cue",
                Span.of(TEXT, she + 4, she + 9),
                speaker("Mara Velt", she, she + 3, "captain"));
        List<String> f = QuoteFeatures.of(q);
        assertThat(f)
                .contains(
                        "speaker=pronoun",
                        "rule=leading-cue&speaker=pronoun",
                        "cue=added",
                        "distance=before:6-30",
                        "role=true");
    }

    @Test
    void aQuoteWithoutSpeakerOrCue() {
        Quote q = quote(0, 28, QuoteType.DIRECT, null, null, null);
        assertThat(QuoteFeatures.of(q))
                .containsExactly(
                        "bias",
                        "rule=none",
                        "type=direct",
                        "speaker=none",
                        "rule=none&speaker=none",
                        "rule=none&type=direct",
                        "length=<40",
                        "fragments=1",
                        "cue=none");
    }

    private static String form(String mention, String name) {
        QuoteSpeaker s = new QuoteSpeaker(
                name, SpeakerKind.PERSON, new Span(mention, 50, 50 + mention.length()), null, null, null, null);
        return QuoteFeatures.speakerForm(
                new Quote("The plan works", 0, 14, QuoteType.INDIRECT, List.of(), null, s, 0.5, null, "x"));
    }

    @Test
    void aNameIsCapitalisedAfterItsDeterminerAndADescriptionIsNot() {
        assertThat(form("a harbour official", "harbour official")).isEqualTo("description");
        assertThat(form("The dockers", "dockers")).isEqualTo("description");
        assertThat(form("Its chairwoman", "chairwoman")).isEqualTo("description");
        assertThat(form("the Port Authority", "Port Authority")).isEqualTo("name");
        assertThat(form("Mara Velt", "Mara Velt")).isEqualTo("name");
        assertThat(form("They", "Alder Dockers Union")).isEqualTo("pronoun");
        assertThat(form("her", "Mara Velt")).isEqualTo("pronoun");
    }

    @Test
    void bucketsAtTheirEdges() {
        assertThat(QuoteFeatures.lengthBucket(39)).isEqualTo("<40");
        assertThat(QuoteFeatures.lengthBucket(40)).isEqualTo("<100");
        assertThat(QuoteFeatures.lengthBucket(399)).isEqualTo("<400");
        assertThat(QuoteFeatures.lengthBucket(400)).isEqualTo(">=400");
        Quote q = quote(0, 10, QuoteType.DIRECT, "r", null, null);
        assertThat(QuoteFeatures.distance(q, new Span("x", 15, 16))).isEqualTo("after:0-5");
        assertThat(QuoteFeatures.distance(q, new Span("x", 16, 17))).isEqualTo("after:6-30");
        assertThat(QuoteFeatures.distance(q, new Span("x", 2, 4))).isEqualTo("inside");
        assertThat(QuoteFeatures.distance(q, new Span("x", 411, 412))).isEqualTo("after:>300");
    }

    @Test
    void aCueWordIsBounded() {
        String longWord = "x".repeat(100);
        assertThat(QuoteFeatures.cueWord(new Span(longWord + " more", 0, 105))).hasSize(QuoteFeatures.MAX_CUE_CHARS);
        assertThat(QuoteFeatures.cueWord(new Span("  ", 0, 2))).isEqualTo("none");
        assertThat(QuoteFeatures.cueWord(new Span("According to", 0, 12))).isEqualTo("according");
    }
}
