package dev.saywho.ingest.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.saywho.ingest.testing.AttributionStubs;
import dev.saywho.ingest.testing.Fictional;
import dev.saywho.ingest.testing.InjectAttributionStubs;
import dev.saywho.ingest.testing.ScriptedQuote;
import dev.saywho.ingest.testing.WireMockAttributionService;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** With the circuit breaker on, as in production: articles the service refuses must not hold healthy ones back. */
@QuarkusTest
@TestProfile(PoisonArticlesTest.WithCircuitBreaker.class)
@WithTestResource(value = WireMockAttributionService.class, scope = TestResourceScope.GLOBAL)
class PoisonArticlesTest {

    public static class WithCircuitBreaker implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("dev.saywho.ingest.client.AttributionClient/call/CircuitBreaker/enabled", "true");
        }
    }

    @InjectAttributionStubs
    AttributionStubs attribution;

    @Test
    void refusedArticlesFailAtOnceAndNeitherRetryNorOpenTheBreaker() {
        String poison = Fictional.marker();
        attribution.fail(poison, 422);
        for (int i = 0; i < 15; i++) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("text", "Poison file " + poison + " number " + i + " of the Saltgrave archive."))
                    .when()
                    .post("/api/v1/articles")
                    .then()
                    .statusCode(201)
                    .body("status", equalTo("FAILED"))
                    .body("attempts", equalTo(1));
        }
        // One request per refused article: a refusal is not retried, and the breaker (10 requests, 75 %) stayed closed.
        org.assertj.core.api.Assertions.assertThat(attribution.requestsFor(poison))
                .isEqualTo(15);

        aHealthyArticleIsStillAttributed();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"engine failure", "answer that does not fit the text"})
    void articlesThatFailAttributionOnTheirOwnNeitherRetryAtOnceNorOpenTheBreaker(String failure) {
        String poison = Fictional.marker();
        if (failure.equals("engine failure")) {
            attribution.failWithProblem(
                    poison,
                    500,
                    "{\"type\":\"https://saywho.dev/problems/engine-failure\",\"title\":\"Engine failure\","
                            + "\"status\":500}");
        } else {
            attribution.answer(
                    poison,
                    "{\"engineVersion\":\"1.2.0\",\"quotes\":[{\"text\":\"Not in the article\",\"start\":1,"
                            + "\"end\":19,\"type\":\"DIRECT\",\"confidence\":0.9}],\"speakers\":[]}");
        }
        for (int i = 0; i < 15; i++) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("text", "Poison file " + poison + " number " + i + " of the Saltgrave archive."))
                    .when()
                    .post("/api/v1/articles")
                    .then()
                    .statusCode(201)
                    .body("status", equalTo("PENDING"))
                    .body("lastError", org.hamcrest.Matchers.notNullValue());
        }
        // One request per article: such a failure is the article's, retried later with its backoff, never at once;
        // and the breaker (10 requests, 75 %) did not count it, so healthy articles are still attributed.
        org.assertj.core.api.Assertions.assertThat(attribution.requestsFor(poison))
                .isEqualTo(15);

        aHealthyArticleIsStillAttributed();
    }

    private void aHealthyArticleIsStillAttributed() {
        String healthy = Fictional.marker();
        String surname = Fictional.surname();
        attribution.attribute(healthy, "1.2.0", ScriptedQuote.direct("The tide tables are right", "Maren " + surname));
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "text",
                        "\"The tide tables are right,\" pilot Maren " + surname + " said, file " + healthy + "."))
                .when()
                .post("/api/v1/articles")
                .then()
                .statusCode(201)
                .body("status", equalTo("ATTRIBUTED"));
    }
}
