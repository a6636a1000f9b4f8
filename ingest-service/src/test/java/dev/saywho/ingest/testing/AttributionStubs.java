package dev.saywho.ingest.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.util.Arrays;

import com.github.tomakehurst.wiremock.WireMockServer;

/** Stubs of the attribution service, each keyed on a marker word that occurs only in one test's article text. */
public class AttributionStubs {

    static final String PATH = "/api/v1/attributions";

    private final WireMockServer server;

    AttributionStubs(WireMockServer server) {
        this.server = server;
    }

    /** Texts containing {@code marker} are attributed with these quotes by engine {@code engineVersion}. */
    public void attribute(String marker, String engineVersion, ScriptedQuote... quotes) {
        attributeAfter(0, marker, engineVersion, quotes);
    }

    /** As {@link #attribute}, answered only after {@code millis}, so that concurrent attempts overlap. */
    public void attributeAfter(int millis, String marker, String engineVersion, ScriptedQuote... quotes) {
        server.stubFor(post(urlPathEqualTo(PATH))
                .withRequestBody(matchingJsonPath("$.text", containing(marker)))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withFixedDelay(millis)
                        .withHeader("Content-Type", "application/json")
                        .withTransformers(ScriptedAttributionTransformer.NAME)
                        .withTransformerParameter("engineVersion", engineVersion)
                        .withTransformerParameter(
                                "quotes",
                                Arrays.stream(quotes)
                                        .map(ScriptedQuote::toParameters)
                                        .toList())));
    }

    /** Requests for texts containing {@code marker} fail with {@code status} and this problem body. */
    public void failWithProblem(String marker, int status, String problemJson) {
        server.stubFor(post(urlPathEqualTo(PATH))
                .withRequestBody(matchingJsonPath("$.text", containing(marker)))
                .willReturn(aResponse()
                        .withStatus(status)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody(problemJson)));
    }

    /** Requests for texts containing {@code marker} fail with {@code status}. */
    public void fail(String marker, int status) {
        server.stubFor(post(urlPathEqualTo(PATH))
                .withRequestBody(matchingJsonPath("$.text", containing(marker)))
                .willReturn(aResponse()
                        .withStatus(status)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"title\":\"unavailable\"}")));
    }

    /** Requests for texts containing {@code marker} are answered 200 with this JSON body, whatever it says. */
    public void answer(String marker, String json) {
        server.stubFor(post(urlPathEqualTo(PATH))
                .withRequestBody(matchingJsonPath("$.text", containing(marker)))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody(json)));
    }

    /** Requests for texts containing {@code marker} are answered only after {@code millis}. */
    public void delay(String marker, int millis) {
        server.stubFor(post(urlPathEqualTo(PATH))
                .withRequestBody(matchingJsonPath("$.text", containing(marker)))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withFixedDelay(millis)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"engineVersion\":\"slow\",\"quotes\":[],\"speakers\":[]}")));
    }

    /**
     * The X-API-Key headers sent with the attribution requests for {@code marker}, in order (null where none was sent).
     */
    public java.util.List<String> apiKeysSentFor(String marker) {
        return server
                .findAll(postRequestedFor(urlPathEqualTo(PATH))
                        .withRequestBody(matchingJsonPath("$.text", containing(marker))))
                .stream()
                .map(request -> request.containsHeader("X-API-Key") ? request.getHeader("X-API-Key") : null)
                .toList();
    }

    /** How many attribution requests carried a text containing {@code marker}. */
    public int requestsFor(String marker) {
        return server.findAll(postRequestedFor(urlPathEqualTo(PATH))
                        .withRequestBody(matchingJsonPath("$.text", containing(marker))))
                .size();
    }
}
