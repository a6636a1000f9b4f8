package dev.saywho.ingest.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.saywho.common.testing.RawHttp;
import dev.saywho.ingest.testing.WireMockAttributionService;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * A request that names no host (HTTP/1.0 without Host, HTTP/1.1 without or with an unreadable Host) gets a 400
 * problem, not a 500 with a framework body.
 */
@QuarkusTest
@WithTestResource(value = WireMockAttributionService.class, scope = TestResourceScope.GLOBAL)
class HostlessRequestTest {

    static Stream<String> requestsNamingNoHost() {
        return Stream.of(
                head("GET /api/v1/articles HTTP/1.0"),
                head("POST /api/v1/articles HTTP/1.0", "Content-Type: application/json", "Content-Length: 13")
                        + "{\"text\":\"a\"}\n",
                head("POST /api/v1/articles:batch HTTP/1.0", "Content-Type: application/x-ndjson", "Content-Length: 13")
                        + "{\"text\":\"a\"}\n",
                head("GET /quotes HTTP/1.0"),
                head("GET /api/v1/articles HTTP/1.1", "Connection: close"),
                head("GET /api/v1/articles HTTP/1.1", "Host: bad%host", "Connection: close"));
    }

    /** A request head of these lines, ended by the blank line. */
    private static String head(String... lines) {
        return String.join("\r\n", lines) + "\r\n\r\n";
    }

    @ParameterizedTest
    @MethodSource("requestsNamingNoHost")
    void aRequestWithoutAHostIsA400Problem(String request) throws IOException {
        RawHttp.Answer answer = RawHttp.send(RestAssured.port, request);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.headers()).containsEntry("content-type", "application/problem+json");
        assertThat(answer.body())
                .contains("\"type\":\"https://saywho.dev/problems/invalid-request\"")
                .contains("\"field\":\"Host\"");
    }
}
