package dev.saywho.attribution.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Pins the OpenAPI paths, health and metrics that operators and tools rely on. */
@QuarkusTest
class PlatformEndpointsTest {

    @Test
    void openApiDocumentsTheApiAndItsProblems() {
        given().accept("application/json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("paths", hasKey("/api/v1/attributions"))
                .body("paths", hasKey("/api/v1/attributions:batch"))
                .body("paths.'/api/v1/attributions'.post.responses", hasKey("400"))
                .body("paths.'/api/v1/attributions'.post.responses", hasKey("413"))
                .body("components.schemas", hasKey("Problem"))
                .body("components.schemas", hasKey("AttributionResponse"))
                // the contract module also holds the ingest service's records: this service documents only its own
                .body("components.schemas", not(hasKey("ArticleSubmission")))
                .body("components.schemas", not(hasKey("ArticleView")))
                .body("components.schemas", not(hasKey("StoredQuote")))
                .body("components.schemas", not(hasKey("SpeakerSummary")));
    }

    @Test
    void swaggerUiIsServed() {
        given().when()
                .get("/q/swagger-ui/")
                .then()
                .statusCode(200)
                .body(containsString("swagger"))
                // Swagger UI bootstraps with an inline script: its own policy allows that, and nothing else from
                // outside
                .header("Content-Security-Policy", containsString("script-src 'self' 'unsafe-inline'"));
    }

    @Test
    void browserPageIsServedAtTheRoot() {
        given().when()
                .get("/")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("app.js"));
        given().when().get("/app.js").then().statusCode(200).body(containsString("/api/v1/attributions"));
    }

    @Test
    void healthIsUpWithTheEngineCheck() {
        given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("attribution-engine"));
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void metricsExposeAttributionTimings() {
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "\"Tides are early,\" harbour master Oda Lindqvist said."))
                .post("/api/v1/attributions")
                .then()
                .statusCode(200);

        given().when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("saywho_attribution_duration_seconds"));
    }
}
