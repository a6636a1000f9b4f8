package dev.saywho.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.saywho.ingest.testing.AttributionStubs;
import dev.saywho.ingest.testing.Fictional;
import dev.saywho.ingest.testing.InjectAttributionStubs;
import dev.saywho.ingest.testing.WireMockAttributionService;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(value = WireMockAttributionService.class, scope = TestResourceScope.GLOBAL)
class OpenApiHealthAndMetricsTest {

    @InjectAttributionStubs
    AttributionStubs attribution;

    @Test
    void openApiDocumentsThePathsProblemsAndApiKey() {
        given().queryParam("format", "json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("paths", hasKey("/api/v1/articles"))
                .body("paths", hasKey("/api/v1/articles:batch"))
                .body("paths", hasKey("/api/v1/articles/{id}"))
                .body("paths", hasKey("/api/v1/articles/{id}/quotes"))
                .body("paths", hasKey("/api/v1/articles/{id}/attribution"))
                .body("paths", hasKey("/api/v1/quotes"))
                .body("paths", hasKey("/api/v1/speakers"))
                .body("paths", hasKey("/api/v1/speakers/{id}"))
                .body("paths", hasKey("/api/v1/speakers/{id}/quotes"))
                .body("paths", hasKey("/api/v1/organizations"))
                .body("paths.'/api/v1/articles'.post.responses", hasKey("201"))
                .body("paths.'/api/v1/articles'.post.responses.'400'.content", hasKey("application/problem+json"))
                .body("paths.'/api/v1/articles'.post.responses", hasKey("413"))
                .body("paths.'/api/v1/articles'.post.responses", hasKey("415"))
                .body("paths.'/api/v1/articles/{id}/attribution'.post.responses", hasKey("503"))
                .body("paths.'/api/v1/quotes'.get.responses.'200'.content", hasKey("text/csv"))
                // Each page names its own schema: an article's quotes are a page of quotes, not of articles.
                .body(pageSchemaOf("/api/v1/articles/{id}/quotes"), equalTo("#/components/schemas/StoredQuotePage"))
                .body(pageSchemaOf("/api/v1/articles"), equalTo("#/components/schemas/ArticleSummaryPage"))
                .body(pageSchemaOf("/api/v1/organizations"), equalTo("#/components/schemas/OrganizationSummaryPage"))
                .body("components.securitySchemes.apiKey.name", equalTo("X-API-Key"))
                .body("paths.'/api/v1/articles'.post.tags", hasItem("Articles"));
    }

    /**
     * Swagger UI's "Try it out" fills every parameter that has an example with it, so a search by speaker alone would
     * also filter by the example organization, source and dates and find nothing: query parameters give examples in
     * their descriptions instead.
     */
    @Test
    void noQueryParameterHasAnExampleThatSwaggerUiWouldFillIn() {
        List<Map<String, Object>> parameters = given().queryParam("format", "json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("paths.collect { it.value.collect { it.value.parameters ?: [] }.flatten() }.flatten()");
        assertThat(parameters).isNotEmpty();
        assertThat(parameters)
                .filteredOn(p -> "query".equals(p.get("in")))
                .allSatisfy(p -> assertThat(p)
                        .as("query parameter %s", p.get("name"))
                        .doesNotContainKeys("example", "examples"));
        assertThat(parameters)
                .filteredOn(p -> "speaker".equals(p.get("name")))
                .allSatisfy(p -> assertThat((String) p.get("description")).contains("for example"));
    }

    private static String pageSchemaOf(String path) {
        return "paths.'" + path + "'.get.responses.'200'.content.'application/json'.schema.'$ref'";
    }

    @Test
    void readinessIncludesTheDatabase() {
        given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }

    @Test
    void ingestionIsCountedInTheMetrics() {
        String marker = Fictional.marker();
        attribution.attribute(marker, "1.0.0");
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "Counting file " + marker + " in Port Tessaly."))
                .when()
                .post("/api/v1/articles")
                .then()
                .statusCode(201);
        given().when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("saywho_ingest_articles_total{outcome=\"created\"}"))
                .body(containsString("saywho_ingest_attributions_total{result=\"attributed\"}"));
    }

    @Test
    void swaggerUiIsIncluded() {
        given().when()
                .get("/q/swagger-ui/")
                .then()
                .statusCode(200)
                .body(notNullValue())
                // Swagger UI bootstraps with an inline script: its own policy allows that, and nothing else from
                // outside
                .header(
                        "Content-Security-Policy",
                        org.hamcrest.Matchers.containsString("script-src 'self' 'unsafe-inline'"))
                .header("X-Frame-Options", "DENY");
    }
}
