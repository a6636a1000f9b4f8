package dev.saywho.ingest.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

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

/** With API keys configured, pages still read freely, and their forms write only with a configured key. */
@QuarkusTest
@TestProfile(WebPagesWithApiKeysTest.WithApiKeys.class)
@WithTestResource(value = WireMockAttributionService.class, scope = TestResourceScope.GLOBAL)
class WebPagesWithApiKeysTest {

    static final String KEY = "newsroom-key-0123456789abcdef";

    /** One configured key, as SAYWHO_INGEST_API_KEYS would give. */
    public static class WithApiKeys implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("saywho.ingest.api-keys", KEY);
        }
    }

    @InjectAttributionStubs
    AttributionStubs attribution;

    @Test
    void analyzeAsksForTheKeyAndRefusesAWrongOne() {
        given().when().get("/analyze").then().statusCode(200).body(containsString("name=\"apiKey\""));
        String marker = Fictional.marker();
        attribution.attribute(marker, "1.0.0");

        given().formParam("format", "text")
                .formParam("content", "The harbour opened, file " + marker + ".")
                .formParam("apiKey", "wrong-key-0123456789abcdef")
                .when()
                .post("/analyze")
                .then()
                .statusCode(401)
                .contentType(startsWith("text/html"))
                .body(containsString("An API key is required"))
                .body(not(containsString("wrong-key-0123456789abcdef")));
        given().formParam("format", "text")
                .formParam("content", "The harbour opened, file " + marker + ".")
                .when()
                .post("/analyze")
                .then()
                .statusCode(401);

        String location = given().redirects()
                .follow(false)
                .formParam("format", "text")
                .formParam("content", "The harbour opened, file " + marker + ".")
                .formParam("apiKey", KEY)
                .when()
                .post("/analyze")
                .then()
                .statusCode(303)
                .extract()
                .header("Location");
        given().when().get(location.replaceFirst("^https?://[^/]+", "")).then().statusCode(200);
        given().when()
                .get("/api/v1/articles" + location.substring(location.lastIndexOf('/')))
                .then()
                .body("submittedBy", startsWith("key:"));
    }

    @Test
    void theApiStillWantsItsHeaderAndTheFormKeyWorksOnlyOnPages() {
        // The form's key field is no way around the API's header check.
        given().contentType(ContentType.URLENC)
                .formParam("apiKey", KEY)
                .when()
                .post("/api/v1/articles/1/requeue")
                .then()
                .statusCode(401);
        given().redirects()
                .follow(false)
                .formParam("apiKey", "wrong-key-0123456789abcdef")
                .when()
                .post("/articles/1/reattribution")
                .then()
                .statusCode(303)
                .header("Location", matchesPattern(".*/articles/1\\?reattribution=key-refused"));
    }
}
