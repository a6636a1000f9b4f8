package dev.saywho.ingest.testing;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Runs a WireMock attribution service on a dynamic port and points the REST client at it. */
public class WireMockAttributionService implements QuarkusTestResourceLifecycleManager {

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort().extensions(new ScriptedAttributionTransformer()));
        server.start();
        return Map.of("quarkus.rest-client.attribution.url", server.baseUrl());
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(
                new AttributionStubs(server),
                new TestInjector.AnnotatedAndMatchesType(InjectAttributionStubs.class, AttributionStubs.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
