package dev.saywho.attribution.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.saywho.attribution.engine.ScorerPredictions;
import dev.saywho.common.Quote;
import dev.saywho.common.QuoteSpeaker;
import dev.saywho.common.QuoteType;
import dev.saywho.common.Span;
import dev.saywho.common.SpeakerKind;

/** The Java copies of the scorer's rules and the PRED writer agree with score.py on small, hand-checked cases. */
class ScorerRulesTest {

    @Test
    void speakerRuleMatchesTheScorerSelfTest() {
        assertThat(ScorerRules.speakerMatch("Warren", List.of("Massachusetts Sen. Elizabeth Warren")))
                .isTrue();
        assertThat(ScorerRules.speakerMatch("elizabeth warren", List.of("Sen. Elizabeth Warren")))
                .isTrue();
        assertThat(ScorerRules.speakerMatch("Donald Trump", List.of("Hillary Clinton")))
                .isFalse();
        assertThat(ScorerRules.speakerMatch("Jane Doe", List.of("she", "Jane Doe")))
                .isTrue();
        assertThat(ScorerRules.speakerMatch("", List.of("Warren"))).isFalse();
        assertThat(ScorerRules.speakerMatch("Trump", List.of("Donald Trump Jr.")))
                .isFalse();
        assertThat(ScorerRules.speakerMatch("Trump's", List.of("Mr. Trump"))).isTrue();
        assertThat(ScorerRules.normTokens("the president")).containsExactly("president");
        assertThat(ScorerRules.normTokens("Ms. Zoë O\u2019Neill")).containsExactly("zoe", "o", "neill");
    }

    @Test
    void spansAreTrimmedOfQuotesPunctuationAndSpace() {
        int[] text = "\u201cWe will win,\u201d she said.".codePoints().toArray();
        BitSet withMarks = ScorerRules.spanSet(text, List.of(new int[] {0, 14}));
        BitSet bare = ScorerRules.spanSet(text, List.of(new int[] {1, 12}));
        assertThat(withMarks).isEqualTo(bare);
        assertThat(ScorerRules.overlap(withMarks, bare)).isEqualTo(1.0);
        assertThat(ScorerRules.match(List.of(withMarks), List.of(new BitSet(), bare), 0.5))
                .containsExactly(1);
    }

    @Test
    void predictionsUseCodePointOffsets() {
        String text = "\ud83d\ude00 \u201cWe \ud83d\ude80 win,\u201d Ilse Varga said.";
        int start = text.indexOf("We");
        int end = text.indexOf('\u201d');
        int speakerStart = text.indexOf("Ilse");
        Span content = Span.of(text, start, end);
        Span mention = Span.of(text, speakerStart, speakerStart + "Ilse Varga".length());
        int cueStart = text.indexOf("said");
        Quote quote = new Quote(
                content.text(),
                start,
                end,
                QuoteType.DIRECT,
                List.of(content),
                Span.of(text, cueStart, cueStart + 4),
                new QuoteSpeaker("Ilse Varga", SpeakerKind.PERSON, mention, null, null),
                0.9,
                "TRAILING_CUE",
                "trailing-cue");

        ObjectMapper mapper = new ObjectMapper();
        JsonNode q = ScorerPredictions.line(mapper, "a", text, List.of(quote))
                .path("quotes")
                .get(0);

        String[] codePoints = text.codePoints().mapToObj(Character::toString).toArray(String[]::new);
        assertThat(String.join(
                        "",
                        List.of(codePoints)
                                .subList(q.get("start").asInt(), q.get("end").asInt())))
                .isEqualTo("We \ud83d\ude80 win,");
        assertThat(q.get("start").asInt()).isEqualTo(start - 1);
        assertThat(q.get("end").asInt()).isEqualTo(end - 2);
        assertThat(q.get("speakerStart").asInt()).isEqualTo(speakerStart - 2);
        assertThat(q.get("fragments").get(0).get(1).asInt()).isEqualTo(end - 2);
        assertThat(q.get("speaker").asText()).isEqualTo("Ilse Varga");
        assertThat(q.get("cueStart").asInt()).isEqualTo(cueStart - 2);
        assertThat(q.get("cueEnd").asInt()).isEqualTo(cueStart + 2);
        assertThat(q.get("type").asText()).isEqualTo("direct");
        assertThat(q.get("features").get(0).asText()).isEqualTo("bias");
        assertThat(q.get("features").toString()).contains("cue=said", "speaker=name");
    }
}
