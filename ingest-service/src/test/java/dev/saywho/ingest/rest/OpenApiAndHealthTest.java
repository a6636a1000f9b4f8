package dev.saywho.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import dev.saywho.ingest.testing.WireMockAttributionService;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = WireMockAttributionService.class, scope = TestResourceScope.GLOBAL)
class OpenApiAndHealthTest {

    @Test
    void openApiDocumentsThePathsProblemsAndApiKey() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths", hasKey("/api/v1/articles"))
                .body("paths", hasKey("/api/v1/articles:batch"))
                .body("paths", hasKey("/api/v1/articles/{id}"))
                .body("paths", hasKey("/api/v1/articles/{id}/quotes"))
                .body("paths", hasKey("/api/v1/articles/{id}/attribution"))
                .body("paths", hasKey("/api/v1/quotes"))
                .body("paths", hasKey("/api/v1/speakers"))
                .body("paths", hasKey("/api/v1/speakers/{id}"))
                .body("paths", hasKey("/api/v1/speakers/{id}/quotes"))
                .body("paths.'/api/v1/articles'.post.responses", hasKey("201"))
                .body("paths.'/api/v1/articles'.post.responses.'400'.content", hasKey("application/problem+json"))
                .body("paths.'/api/v1/articles'.post.responses", hasKey("413"))
                .body("paths.'/api/v1/articles'.post.responses", hasKey("415"))
                .body("paths.'/api/v1/articles/{id}/attribution'.post.responses", hasKey("503"))
                .body("paths.'/api/v1/quotes'.get.responses.'200'.content", hasKey("text/csv"))
                .body("components.securitySchemes.apiKey.name", equalTo("X-API-Key"))
                .body("paths.'/api/v1/articles'.post.tags", hasItem("Articles"));
    }

    @Test
    void readinessIncludesTheDatabase() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }

    @Test
    void swaggerUiIsIncluded() {
        given().when().get("/q/swagger-ui/").then().statusCode(200).body(notNullValue());
    }
}
