package dev.saywho.attribution.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

@QuarkusTest
@TestProfile(ApiKeyTest.WithApiKey.class)
class ApiKeyTest {

    static final String KEY = "attribution-key-0123456789";

    public static class WithApiKey implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("saywho.attribution.api-keys", KEY);
        }
    }

    @Test
    void theApiNeedsTheKeyWhenOneIsConfigured() {
        Map<String, String> body = Map.of("text", "\"Yes,\" said Mayor Ilse Varga.");
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/attributions")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401));
        given().urlEncodingEnabled(false)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/q/%2e%2e/api/v1/attributions")
                .then()
                .statusCode(org.hamcrest.Matchers.not(200));
        given().header("X-API-Key", KEY)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/attributions")
                .then()
                .statusCode(200);
        given().header("Authorization", "Bearer " + KEY)
                .contentType("application/x-ndjson")
                .body("{\"text\": \"\\\"Yes,\\\" she said.\"}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when()
                .post("/api/v1/attributions:batch")
                .then()
                .statusCode(200);
        given().when().get("/q/health/ready").then().statusCode(200);
    }
}
