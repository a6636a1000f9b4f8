package dev.saywho.ingest.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.saywho.common.AttributionResponse;
import dev.saywho.common.QuoteType;
import dev.saywho.common.SpeakerKind;
import dev.saywho.ingest.testing.AttributionStubs;
import dev.saywho.ingest.testing.Fictional;
import dev.saywho.ingest.testing.InjectAttributionStubs;
import dev.saywho.ingest.testing.ScriptedQuote;
import dev.saywho.ingest.testing.WireMockAttributionService;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = WireMockAttributionService.class, scope = TestResourceScope.GLOBAL)
class AttributionClientTest {

    @InjectAttributionStubs
    AttributionStubs attribution;

    @Inject
    AttributionClient client;

    @Test
    void readsTheAttributionOfTheText() {
        String marker = Fictional.marker();
        String text =
                "\"Our harbour is open,\" said Petra Lind, spokeswoman for the Port Tessaly Authority. Ref " + marker;
        attribution.attribute(
                marker,
                "3.1.0",
                ScriptedQuote.direct("Our harbour is open", "Petra Lind")
                        .role("spokeswoman")
                        .affiliation("Port Tessaly Authority"));

        AttributionResponse response = client.attribute("article-1", text);

        assertThat(response.id()).isEqualTo("article-1");
        assertThat(response.engineVersion()).isEqualTo("3.1.0");
        assertThat(response.quotes()).singleElement().satisfies(quote -> {
            assertThat(quote.type()).isEqualTo(QuoteType.DIRECT);
            assertThat(text.substring(quote.start(), quote.end())).isEqualTo("Our harbour is open");
            assertThat(quote.speaker().kind()).isEqualTo(SpeakerKind.PERSON);
            assertThat(quote.speaker().affiliation()).isEqualTo("Port Tessaly Authority");
        });
        assertThat(response.speakers()).extracting(s -> s.name()).containsExactly("Petra Lind");
    }

    @Test
    void serverErrorsAreRetriedThenReportedAsUnavailable() {
        String marker = Fictional.marker();
        attribution.fail(marker, 500);

        assertThatThrownBy(() -> client.attribute("article-2", "Nothing to see, ref " + marker))
                .isInstanceOf(AttributionUnavailableException.class)
                .hasMessageNotContaining(marker);
        assertThat(attribution.requestsFor(marker))
                .as("first call plus two retries")
                .isEqualTo(3);
    }

    @Test
    void aFailureIsDescribedInPlainWordsWithoutJavaNames() {
        String marker = Fictional.marker();
        attribution.fail(marker, 503);

        assertThatThrownBy(() -> client.attribute("article-3", "Nothing to see, ref " + marker))
                .isInstanceOf(AttributionUnavailableException.class)
                .hasMessage("attribution service unavailable: the attribution service answered HTTP 503");
    }
}
