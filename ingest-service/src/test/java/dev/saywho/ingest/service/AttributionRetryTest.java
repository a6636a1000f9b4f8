package dev.saywho.ingest.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.saywho.common.AttributionStatus;
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

    /**
     * The retry job works the whole queue: articles other tests left PENDING (their attribution unstubbed) would be
     * due in it too, at its head, and a round of them failing ends the run before it reaches this test's article.
     * Each test starts with every pending article scheduled a day ahead and makes its own due.
     */
    @BeforeEach
    void scheduleOtherPendingArticlesLater() {
        OffsetDateTime later = OffsetDateTime.now(ZoneOffset.UTC).plusDays(1);
        QuarkusTransaction.requiringNew()
                .run(() -> articles.update("nextAttemptAt = ?1 where status = ?2", later, AttributionStatus.PENDING));
    }

    private long submit(String marker, String surname) {
        return submit(marker, surname, "PENDING");
    }

    private long submit(String marker, String surname, String expectedStatus) {
        String text =
                "\"The lighthouse stays lit,\" keeper Anouk " + surname + " said in Port Tessaly. File " + marker + ".";
        return given().contentType(ContentType.JSON)
                .body(Map.of("text", text, "source", "herald-" + marker))
                .when()
                .post("/api/v1/articles")
                .then()
                .statusCode(201)
                .body("status", equalTo(expectedStatus))
                .body("quotes.size()", equalTo(0))
                .body("engineVersion", equalTo(null))
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private void makeDue(long id) {
        // The failed attempt scheduled its retry after a backoff: let the clock jump past it.
        QuarkusTransaction.requiringNew()
                .run(() -> articles.findById(id).nextAttemptAt =
                        OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1));
    }

    @Test
    void attributionDownLeavesArticlePendingAndTheRetryJobAttributesItLater() {
        String marker = Fictional.marker();
        String surname = Fictional.surname();
        attribution.fail(marker, 503);
        long id = submit(marker, surname);
        OffsetDateTime nextAttempt = QuarkusTransaction.requiringNew().call(() -> articles.findById(id).nextAttemptAt);
        assertThat(nextAttempt)
                .as("retried after a backoff, not at once")
                .isAfter(OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(10));

        attribution.attribute(marker, "1.2.0", ScriptedQuote.direct("The lighthouse stays lit", "Anouk " + surname));
        makeDue(id);
        retryJob.retryDuePending();

        given().when()
                .get("/api/v1/articles/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("ATTRIBUTED"))
                .body("engineVersion", equalTo("1.2.0"))
                .body("quotes[0].speaker.name", equalTo("Anouk " + surname));
    }

    @Test
    void aSlowAttributionIsAnsweredPendingWithinTheBudgetAndFinishesInTheBackground() {
        String marker = Fictional.marker();
        attribution.delay(marker, 8000);
        // The test budget is 2 s: the POST answers PENDING long before the 3 attempts of 5 s each have run out.
        long id = submit(marker, Fictional.surname());
        awaitTrue(() -> QuarkusTransaction.requiringNew().call(() -> articles.findById(id).lastError) != null);
        assertThat(status(id)).isEqualTo(AttributionStatus.PENDING);
    }

    @Test
    void anArticleTheServiceRefusesFailsAtOnceAndCanBeRequeued() {
        String marker = Fictional.marker();
        String surname = Fictional.surname();
        attribution.fail(marker, 400);
        long id = submit(marker, surname, "FAILED");
        given().when()
                .get("/api/v1/articles/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("FAILED"))
                .body("attempts", equalTo(1))
                .body("lastError", containsString("400"));
        assertThat(attribution.requestsFor(marker))
                .as("a refusal is not retried")
                .isEqualTo(1);
        given().when()
                .get("/api/v1/articles?status=FAILED&source=herald-" + marker)
                .then()
                .statusCode(200)
                .body("total", equalTo(1));

        attribution.attribute(marker, "1.2.0", ScriptedQuote.direct("The lighthouse stays lit", "Anouk " + surname));
        given().when()
                .post("/api/v1/articles/" + id + "/requeue")
                .then()
                .statusCode(202)
                .body("status", equalTo("PENDING"))
                .body("attempts", equalTo(0));
        retryJob.retryDuePending();
        given().when()
                .get("/api/v1/articles/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("ATTRIBUTED"))
                .body("attempts", equalTo(1))
                .body("lastError", equalTo(null));
        given().when()
                .post("/api/v1/articles/" + id + "/requeue")
                .then()
                .statusCode(200)
                .body("status", equalTo("ATTRIBUTED"));
        given().when().post("/api/v1/articles/999999999/requeue").then().statusCode(404);
    }

    @Test
    void anArticleThatKeepsFailingIsMarkedFailedAfterTheLastAttempt() {
        String marker = Fictional.marker();
        attribution.fail(marker, 503);
        long id = submit(marker, Fictional.surname());
        // The test allows 3 attempts: the first was the POST.
        for (int attempt = 2; attempt <= 3; attempt++) {
            assertThat(status(id)).isEqualTo(AttributionStatus.PENDING);
            makeDue(id);
            retryJob.retryDuePending();
        }
        assertThat(status(id)).isEqualTo(AttributionStatus.FAILED);
        makeDue(id);
        int before = attribution.requestsFor(marker);
        retryJob.retryDuePending();
        assertThat(attribution.requestsFor(marker))
                .as("a FAILED article is not retried")
                .isEqualTo(before);
        given().when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("saywho_ingest_failed_articles"))
                .body(containsString("saywho_ingest_pending_articles"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"engineVersion\":\"1.2.0\",\"quotes\":null,\"speakers\":[]}",
                "{\"engineVersion\":\"1.2.0\",\"speakers\":[]}",
                "{\"engineVersion\":\"1.2.0\",\"quotes\":[{\"text\":\"The lighthouse\",\"start\":5000,\"end\":5014,"
                        + "\"type\":\"DIRECT\",\"confidence\":0.9}],\"speakers\":[]}",
                "{\"engineVersion\":\"1.2.0\",\"quotes\":[{\"text\":\"Not in the article\",\"start\":1,\"end\":19,"
                        + "\"type\":\"DIRECT\",\"confidence\":0.9}],\"speakers\":[]}",
                "{\"engineVersion\":\"1.2.0\",\"quotes\":[{\"text\":\"The lighthouse stays lit,\","
                        + "\"start\":1,\"end\":26,\"type\":\"DIRECT\",\"confidence\":7.5}],\"speakers\":[]}",
                "{\"engineVersion\":\"1.2.0\",\"quotes\":[{\"text\":\"The lighthouse stays lit,\","
                        + "\"start\":1,\"end\":26,\"confidence\":0.5}],\"speakers\":[]}",
                "{\"engineVersion\":\"1.2.0\",\"quotes\":[null],\"speakers\":[]}",
                "not json at all"
            })
    void anInvalidAttributionIsAFailedAttemptNeverData(String answer) {
        String marker = Fictional.marker();
        attribution.answer(marker, answer);
        long id = submit(marker, Fictional.surname());
        given().when()
                .get("/api/v1/articles/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("PENDING"))
                .body("quotes.size()", equalTo(0))
                .body("lastError", notNullValue());
    }

    private AttributionStatus status(long id) {
        return QuarkusTransaction.requiringNew().call(() -> articles.findById(id).status);
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(40);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition not met within 40 s").isLessThan(deadline);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void aBacklogDrainsInOneRunNotOneBatchPerInterval() {
        String marker = Fictional.marker();
        attribution.fail(marker, 503);
        List<Long> ids = new ArrayList<>();
        String surname = Fictional.surname();
        // More than two rounds of the batch size (20): the old job took one batch per run, 30 s apart.
        for (int i = 0; i < 45; i++) {
            ids.add(submit(marker + "-" + i, surname));
        }
        attribution.attribute(marker, "1.2.0", ScriptedQuote.direct("The lighthouse stays lit", "Anouk " + surname));
        ids.forEach(this::makeDue);

        int attributed = retryJob.retryDuePending();

        assertThat(attributed).isGreaterThanOrEqualTo(45);
        assertThat(ids).allSatisfy(id -> assertThat(status(id)).isEqualTo(AttributionStatus.ATTRIBUTED));
    }

    @Test
    void aRunEndsWhenARoundAttributesNothing() {
        String marker = Fictional.marker();
        attribution.fail(marker, 503);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            ids.add(submit(marker + "-" + i, Fictional.surname()));
        }
        ids.forEach(this::makeDue);
        int before = attribution.requestsFor(marker);

        retryJob.retryDuePending();

        // The first round's 20 fail (and are not due again for a backoff); the job stops instead of trying the rest.
        int retried = attribution.requestsFor(marker) - before;
        assertThat(retried).as("attribution requests of the run (3 tries each)").isLessThanOrEqualTo(20 * 3);
    }

    @Test
    void aClaimedArticleCannotBeClaimedTwiceUntilTheLeaseEnds() {
        String marker = Fictional.marker();
        attribution.fail(marker, 500);
        long id = submit(marker, Fictional.surname());
        makeDue(id);

        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        assertThat(retryJob.claim(id, now)).isTrue();
        assertThat(retryJob.claim(id, now)).as("second replica").isFalse();
        assertThat(retryJob.claim(id, now.plusHours(1)))
                .as("after the lease expired")
                .isTrue();
    }
}
