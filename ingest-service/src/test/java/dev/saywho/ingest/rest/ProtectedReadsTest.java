package dev.saywho.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.saywho.ingest.testing.AttributionStubs;
import dev.saywho.ingest.testing.Fictional;
import dev.saywho.ingest.testing.InjectAttributionStubs;
import dev.saywho.ingest.testing.WireMockAttributionService;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

@QuarkusTest
@TestProfile(ProtectedReadsTest.WithProtectedReads.class)
@WithTestResource(value = WireMockAttributionService.class, scope = TestResourceScope.GLOBAL)
class ProtectedReadsTest {

    static final String KEY = "reader-key-0123456789abcdef";
    static final String ATTRIBUTION_KEY = "attribution-side-key-0123456789";

    @InjectAttributionStubs
    AttributionStubs attribution;

    public static class WithProtectedReads implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "saywho.ingest.api-keys",
                    KEY,
                    "saywho.ingest.protect-reads",
                    "true",
                    "saywho.ingest.attribution.api-key",
                    ATTRIBUTION_KEY);
        }
    }

    @Test
    void readsNeedAKeyWhenReadsAreProtected() {
        for (String path : new String[] {
            "/api/v1/articles",
            "/api/v1/quotes",
            "/api/v1/speakers",
            "/api/v1/organizations",
            "/api/v1/articles/1",
            "/q/%2e%2e/api/v1/quotes"
        }) {
            given().urlEncodingEnabled(false)
                    .when()
                    .get(path)
                    .then()
                    .statusCode(401)
                    .contentType("application/problem+json");
        }
        given().header("X-API-Key", KEY).when().get("/api/v1/articles").then().statusCode(200);
        given().header("Authorization", "bearer " + KEY)
                .when()
                .get("/api/v1/quotes")
                .then()
                .statusCode(200);
        // Probes and metrics stay open: Kubernetes does not send keys.
        given().when().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void theAttributionServiceIsCalledWithItsOwnKey() {
        String marker = Fictional.marker();
        attribution.attribute(marker, "1.0.0");
        given().header("X-API-Key", KEY)
                .contentType(ContentType.JSON)
                .body(Map.of("text", "The Quillon ferry ran on time, file " + marker + "."))
                .when()
                .post("/api/v1/articles")
                .then()
                .statusCode(201);
        assertThat(attribution.apiKeysSentFor(marker)).containsExactly(ATTRIBUTION_KEY);
    }
}
