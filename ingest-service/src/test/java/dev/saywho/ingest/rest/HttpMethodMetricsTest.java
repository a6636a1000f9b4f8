package dev.saywho.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.saywho.ingest.testing.WireMockAttributionService;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Methods HTTP does not define must not each open new metric series: the method tag has a fixed set of values. */
@QuarkusTest
@WithTestResource(value = WireMockAttributionService.class, scope = TestResourceScope.GLOBAL)
class HttpMethodMetricsTest {

    @Test
    void customMethodsAreCountedAsOther() {
        List<String> methods = List.of("M0000001", "M0000002", "PROPFIND");
        for (String method : methods) {
            given().when().request(method, "/api/v1/articles").then().statusCode(405);
        }

        String metrics = given().when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        assertThat(metrics).contains("method=\"OTHER\"");
        for (String method : methods) {
            assertThat(metrics).as("series tagged %s", method).doesNotContain("method=\"" + method + "\"");
        }
    }
}
