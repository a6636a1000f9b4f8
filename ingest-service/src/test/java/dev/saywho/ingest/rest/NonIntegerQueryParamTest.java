package dev.saywho.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.saywho.ingest.testing.WireMockAttributionService;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** A page or size that is not an integer is the client's mistake (400 naming it), not a missing resource (404). */
@QuarkusTest
@WithTestResource(value = WireMockAttributionService.class, scope = TestResourceScope.GLOBAL)
class NonIntegerQueryParamTest {

    @ParameterizedTest
    @CsvSource({
        "/api/v1/articles, page, 1e3",
        "/api/v1/articles, size, abc",
        "/api/v1/articles, page, 99999999999",
        "/api/v1/articles/1/quotes, page, 1.5",
        "/api/v1/articles/1/quotes, size, ' 10'",
        "/api/v1/quotes, page, 1e3",
        "/api/v1/quotes, size, 0x10",
        "/api/v1/speakers, page, one",
        "/api/v1/speakers, size, 1e3",
        "/api/v1/speakers/1/quotes, page, 1e3",
        "/api/v1/speakers/1/quotes, size, -",
        "/quotes, page, 1e3",
        "/speakers/1, page, 1e3"
    })
    void isA400ProblemNamingTheParameter(String path, String parameter, String value) {
        given().queryParam(parameter, value)
                .when()
                .get(path)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://saywho.dev/problems/invalid-request"))
                .body("violations[0].field", equalTo(parameter))
                .body("violations[0].message", containsString("integer"));
    }
}
