package dev.saywho.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

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
@TestProfile(ApiKeyTest.WithApiKeys.class)
@WithTestResource(value = WireMockAttributionService.class, scope = TestResourceScope.GLOBAL)
class ApiKeyTest {

    /** Two configured keys, as SAYWHO_INGEST_API_KEYS=key-one,key-two would give. */
    public static class WithApiKeys implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("saywho.ingest.api-keys", "key-one,key-two");
        }
    }

    @InjectAttributionStubs
    AttributionStubs attribution;

    @Test
    void writesNeedAKnownKey() {
        String marker = Fictional.marker();
        attribution.attribute(marker, "1.0.0");
        Map<String, String> article = Map.of("text", "Keys were handed out in Port Tessaly, file " + marker + ".");

        given().contentType(ContentType.JSON).body(article).when().post("/api/v1/articles")
                .then().statusCode(401).contentType("application/problem+json").body("status", equalTo(401));
        given().header("X-API-Key", "key-three").contentType(ContentType.JSON).body(article).when().post("/api/v1/articles")
                .then().statusCode(401);
        given().header("X-API-Key", "key-two").contentType(ContentType.JSON).body(article).when().post("/api/v1/articles")
                .then().statusCode(201);
    }

    @Test
    void readsAndPlatformEndpointsStayOpen() {
        given().when().get("/api/v1/articles").then().statusCode(200);
        given().when().get("/q/health/ready").then().statusCode(200);
    }
}
