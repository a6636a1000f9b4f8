package dev.saywho.ingest.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.OffsetDateTime;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.saywho.ingest.persistence.ArticleRepository;
import dev.saywho.ingest.testing.AttributionStubs;
import dev.saywho.ingest.testing.Fictional;
import dev.saywho.ingest.testing.InjectAttributionStubs;
import dev.saywho.ingest.testing.ScriptedQuote;
import dev.saywho.ingest.testing.WireMockAttributionService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(value = WireMockAttributionService.class, scope = TestResourceScope.GLOBAL)
class AttributionRetryTest {

    @InjectAttributionStubs
    AttributionStubs attribution;

    @Inject
    AttributionRetryJob retryJob;

    @Inject
    ArticleRepository articles;

    private long submit(String marker, String surname) {
        String text = "\"The lighthouse stays lit,\" keeper Anouk " + surname + " said in Port Tessaly. File " + marker + ".";
        return given().contentType(ContentType.JSON).body(Map.of("text", text, "source", "herald-" + marker))
                .when().post("/api/v1/articles")
                .then().statusCode(201)
                .body("status", equalTo("PENDING"))
                .body("quotes.size()", equalTo(0))
                .body("engineVersion", equalTo(null))
                .extract().jsonPath().getLong("id");
    }

    private void makeDue(long id) {
        // The failed attempt scheduled its retry after a backoff: let the clock jump past it.
        QuarkusTransaction.requiringNew().run(() -> articles.findById(id).nextAttemptAt = OffsetDateTime.now().minusSeconds(1));
    }

    @Test
    void attributionDownLeavesArticlePendingAndTheRetryJobAttributesItLater() {
        String marker = Fictional.marker();
        String surname = Fictional.surname();
        attribution.fail(marker, 503);
        long id = submit(marker, surname);
        OffsetDateTime nextAttempt = QuarkusTransaction.requiringNew().call(() -> articles.findById(id).nextAttemptAt);
        assertThat(nextAttempt).as("retried after a backoff, not at once").isAfter(OffsetDateTime.now().plusSeconds(10));

        attribution.attribute(marker, "1.2.0", ScriptedQuote.direct("The lighthouse stays lit", "Anouk " + surname));
        makeDue(id);
        retryJob.retryDuePending();

        given().when().get("/api/v1/articles/" + id)
                .then().statusCode(200)
                .body("status", equalTo("ATTRIBUTED"))
                .body("engineVersion", equalTo("1.2.0"))
                .body("quotes[0].speaker.name", equalTo("Anouk " + surname));
    }

    @Test
    void attributionTimeoutLeavesArticlePending() {
        String marker = Fictional.marker();
        attribution.delay(marker, 8000);
        long id = submit(marker, Fictional.surname());
        assertThat(QuarkusTransaction.requiringNew().call(() -> articles.findById(id).lastError)).isNotBlank();
    }

    @Test
    void aClaimedArticleCannotBeClaimedTwiceUntilTheLeaseEnds() {
        String marker = Fictional.marker();
        attribution.fail(marker, 500);
        long id = submit(marker, Fictional.surname());
        makeDue(id);

        OffsetDateTime now = OffsetDateTime.now();
        assertThat(retryJob.claim(id, now)).isTrue();
        assertThat(retryJob.claim(id, now)).as("second replica").isFalse();
        assertThat(retryJob.claim(id, now.plusHours(1))).as("after the lease expired").isTrue();
    }
}
