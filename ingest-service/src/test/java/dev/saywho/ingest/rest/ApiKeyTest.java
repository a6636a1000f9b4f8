package dev.saywho.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

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
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

@QuarkusTest
@TestProfile(ApiKeyTest.WithApiKeys.class)
@WithTestResource(value = WireMockAttributionService.class, scope = TestResourceScope.GLOBAL)
class ApiKeyTest {

    static final String KEY_ONE = "first-key-0123456789abcdef";
    static final String KEY_TWO = "second-key-0123456789abcdef";

    /** Two configured keys, as SAYWHO_INGEST_API_KEYS=first…,second… would give. */
    public static class WithApiKeys implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("saywho.ingest.api-keys", KEY_ONE + ", " + KEY_TWO);
        }
    }

    @InjectAttributionStubs
    AttributionStubs attribution;

    @Test
    void writesNeedAKnownKeyInEitherHeader() {
        String marker = Fictional.marker();
        attribution.attribute(marker, "1.0.0");
        Map<String, String> article = Map.of("text", "Keys were handed out in Port Tessaly, file " + marker + ".");

        given().contentType(ContentType.JSON)
                .body(article)
                .when()
                .post("/api/v1/articles")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401))
                .header("WWW-Authenticate", startsWith("Bearer"));
        given().header("X-API-Key", "third-key-0123456789abcdef")
                .contentType(ContentType.JSON)
                .body(article)
                .when()
                .post("/api/v1/articles")
                .then()
                .statusCode(401);
        given().header("Authorization", "Bearer wrong-key-0123456789abcdef")
                .contentType(ContentType.JSON)
                .body(article)
                .when()
                .post("/api/v1/articles")
                .then()
                .statusCode(401);
        given().header("Authorization", "Bearer " + KEY_ONE)
                .contentType(ContentType.JSON)
                .body(article)
                .when()
                .post("/api/v1/articles")
                .then()
                .statusCode(201)
                .body("submittedBy", startsWith("key:"))
                .body("submittedBy", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(KEY_ONE)));
        given().header("X-API-Key", KEY_TWO)
                .contentType(ContentType.JSON)
                .body(article)
                .when()
                .post("/api/v1/articles")
                .then()
                .statusCode(200);
    }

    /** Every correction is a write: it needs a key, and the log records the key's fingerprint, never the key. */
    @Test
    void correctionsNeedAKeyAndTheLogNamesItsFingerprint() {
        String marker = Fictional.marker();
        attribution.attribute(marker, "1.0.0", ScriptedQuote.direct("The tide is late", "Ilse Varga"));
        long articleId = given().header("X-API-Key", KEY_ONE)
                .contentType(ContentType.JSON)
                .body(Map.of("text", "\"The tide is late,\" Ilse Varga said. File " + marker + "."))
                .post("/api/v1/articles")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        long quoteId = given().get("/api/v1/articles/" + articleId).jsonPath().getLong("quotes[0].id");
        String tag = given().get("/api/v1/quotes/" + quoteId).header("ETag");
        given().header("If-Match", tag)
                .contentType(ContentType.JSON)
                .body(Map.of("role", "Harbour master"))
                .patch("/api/v1/quotes/" + quoteId)
                .then()
                .statusCode(401);
        given().delete("/api/v1/articles/" + articleId).then().statusCode(401);
        given().post("/api/v1/corrections/1/undo").then().statusCode(401);
        // the page's form carries the key in its body: a missing key changes nothing and says so
        given().formParam("revision", tag.replace("\"", ""))
                .redirects()
                .follow(false)
                .post("/articles/" + articleId + "/quotes/" + quoteId + "/review")
                .then()
                .statusCode(303)
                .header("Location", org.hamcrest.Matchers.containsString("done=key-refused"));
        given().header("X-API-Key", KEY_TWO)
                .header("If-Match", tag)
                .contentType(ContentType.JSON)
                .body(Map.of("role", "Harbour master"))
                .patch("/api/v1/quotes/" + quoteId)
                .then()
                .statusCode(200)
                .body("review", equalTo("CORRECTED"));
        String by = given().queryParam("quote", quoteId)
                .get("/api/v1/corrections")
                .jsonPath()
                .getString("items[0].by");
        assertThat(by).startsWith("key:").doesNotContain(KEY_TWO);
    }

    @Test
    void readsAndPlatformEndpointsStayOpen() {
        given().when().get("/api/v1/articles").then().statusCode(200);
        given().when().get("/q/health/ready").then().statusCode(200);
    }

    static List<String> protectedPathVariants() {
        List<String> variants = new java.util.ArrayList<>();
        for (String route : List.of(
                "/api/v1/articles",
                "/api/v1/articles:batch",
                "/api/v1/articles/1/attribution",
                "/api/v1/articles/1/requeue")) {
            String rest = route.substring(1);
            variants.add(route);
            variants.add("/q/%2e%2e/" + rest);
            variants.add("/q/%2E%2E/" + rest);
            variants.add("/q/.%2e/" + rest);
            variants.add("/q/%2e./" + rest);
            variants.add("/q/../" + rest);
            variants.add("/q/%252e%252e/" + rest);
            variants.add("//" + rest);
            variants.add("/api/v1/./" + route.substring("/api/v1/".length()));
            variants.add("/api/v1/x/../" + route.substring("/api/v1/".length()));
            variants.add("/api/v1/x/%2e%2e/" + route.substring("/api/v1/".length()));
            variants.add(route.replace(":", "%3A"));
        }
        return variants;
    }

    /** Sent over a raw socket: HTTP client libraries normalize paths, an attacker's client does not. */
    @ParameterizedTest
    @MethodSource("protectedPathVariants")
    void noSpellingOfAProtectedPathGetsAWriteInWithoutAKey(String path) throws IOException {
        String contentType =
                path.contains("batch") || path.contains("%3A") ? "application/x-ndjson" : "application/json";
        String body = path.contains("batch") || path.contains("%3A")
                ? "{\"text\":\"Nobody may write here, " + Fictional.marker() + ".\"}\n"
                : "{\"text\":\"Nobody may write here, " + Fictional.marker() + ".\"}";
        int status = rawPost(path, contentType, body);
        assertThat(status).as("POST %s without a key", path).isIn(400, 401, 404, 405);
    }

    private static int rawPost(String path, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), RestAssured.port)) {
            socket.setSoTimeout(10_000);
            String head = "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + contentType
                    + "\r\nContent-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write(bytes);
            socket.getOutputStream().flush();
            String statusLine = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(statusLine.substring(9, 12));
        }
    }
}
