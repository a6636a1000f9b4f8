package dev.saywho.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class ContractJsonTest {

    private static final String TEXT = "\"The bridge opens in May,\" Mayor Ilse Varga said.";
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void responseSerializesWithTheContractFieldNames() throws Exception {
        Span mention = Span.of(TEXT, 33, 43);
        Quote quote = new Quote(
                TEXT.substring(1, 25),
                1,
                25,
                QuoteType.DIRECT,
                List.of(Span.of(TEXT, 1, 25)),
                Span.of(TEXT, 44, 48),
                new QuoteSpeaker("Ilse Varga", SpeakerKind.PERSON, mention, "Mayor", null),
                0.93,
                "TRAILING_CUE",
                "trailing-cue");
        AttributionResponse response = new AttributionResponse(
                "a-1",
                "1.0.0",
                List.of(quote),
                List.of(new Speaker("Ilse Varga", SpeakerKind.PERSON, "Mayor", null, List.of(mention))));

        JsonNode json = mapper.readTree(mapper.writeValueAsString(response));

        JsonNode q = json.get("quotes").get(0);
        assertThat(q.get("text").asText()).isEqualTo("The bridge opens in May,");
        assertThat(q.get("start").asInt()).isEqualTo(1);
        assertThat(q.get("end").asInt()).isEqualTo(25);
        assertThat(q.get("type").asText()).isEqualTo("DIRECT");
        assertThat(q.get("cue").get("text").asText()).isEqualTo("said");
        assertThat(q.get("speaker").get("name").asText()).isEqualTo("Ilse Varga");
        assertThat(q.get("speaker").get("kind").asText()).isEqualTo("PERSON");
        assertThat(q.get("speaker").get("mention").get("text").asText()).isEqualTo("Ilse Varga");
        assertThat(q.get("confidence").asDouble()).isEqualTo(0.93);
        assertThat(q.get("sieve").asText()).isEqualTo("TRAILING_CUE");
        assertThat(q.get("rule").asText()).isEqualTo("trailing-cue");
        assertThat(json.get("speakers").get(0).get("mentions")).hasSize(1);
    }

    @Test
    void responseRoundTrips() throws Exception {
        Quote quote = new Quote("x", 0, 1, QuoteType.INDIRECT, null, null, null, 0.5, null, null);
        AttributionResponse response = new AttributionResponse(null, "1", List.of(quote), null);

        AttributionResponse back = mapper.readValue(mapper.writeValueAsString(response), AttributionResponse.class);

        assertThat(back).isEqualTo(response);
        assertThat(back.quotes().get(0).fragments()).isEmpty();
        assertThat(back.speakers()).isEmpty();
    }

    @Test
    void spanOfTakesTheTextFromTheSource() {
        assertThat(Span.of(TEXT, 33, 43).text()).isEqualTo("Ilse Varga");
        assertThat(Span.of(TEXT, 33, 43).length()).isEqualTo(10);
    }

    @Test
    void spanRejectsInvertedOrNegativeOffsets() {
        assertThatThrownBy(() -> new Span("", 5, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Span("", -1, 4)).isInstanceOf(IllegalArgumentException.class);
    }
}
