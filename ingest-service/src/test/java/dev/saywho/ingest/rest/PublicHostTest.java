package dev.saywho.ingest.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.saywho.common.testing.RawHttp;
import dev.saywho.ingest.testing.WireMockAttributionService;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;

/**
 * With a public URL configured, the pages and the API answer only requests addressed to it (or to a loopback name):
 * a page another site reaches through DNS rebinding names that site in Host, and is refused.
 */
@QuarkusTest
@TestProfile(PublicHostTest.WithPublicUrl.class)
@WithTestResource(value = WireMockAttributionService.class, scope = TestResourceScope.GLOBAL)
class PublicHostTest {

    /** SAYWHO_INGEST_PUBLIC_URL=https://saywho.example.org */
    public static class WithPublicUrl implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("saywho.ingest.public-url", "https://saywho.example.org");
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "saywho.example.org",
                "saywho.example.org:443",
                "SayWho.Example.ORG",
                "localhost:${port}",
                "127.0.0.1:${port}",
                "[::1]:${port}",
                "localhost"
            })
    void thePublicHostAndLoopbackNamesAreServed(String host) throws IOException {
        assertThat(get("/api/v1/articles", host).status()).isEqualTo(200);
        assertThat(get("/", host).status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "evil.example",
                "evil.example:${port}",
                "saywho.example.org:8443",
                "saywho.example.org.evil.example",
                "10.0.0.7:${port}"
            })
    void anyOtherHostIsRefusedForPagesReadsAndWrites(String host) throws IOException {
        for (RawHttp.Answer answer : new RawHttp.Answer[] {
            get("/api/v1/articles", host),
            get("/", host),
            get("/quotes", host),
            RawHttp.send(
                    RestAssured.port,
                    "POST /api/v1/articles HTTP/1.1\r\nHost: " + host(host) + "\r\nContent-Type: "
                            + "application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}")
        }) {
            assertThat(answer.status()).isEqualTo(403);
            assertThat(answer.headers()).containsEntry("content-type", "application/problem+json");
            assertThat(answer.body()).contains("\"type\":\"https://saywho.dev/problems/forbidden\"");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/q/health/ready", "/q/metrics"})
    void probesAndScrapesByAddressStillWork(String path) throws IOException {
        assertThat(get(path, "10.0.0.7:${port}").status()).isEqualTo(200);
    }

    private static RawHttp.Answer get(String path, String host) throws IOException {
        return RawHttp.send(
                RestAssured.port, "GET " + path + " HTTP/1.1\r\nHost: " + host(host) + "\r\nConnection: close\r\n\r\n");
    }

    private static String host(String host) {
        return host.replace("${port}", String.valueOf(RestAssured.port));
    }
}
