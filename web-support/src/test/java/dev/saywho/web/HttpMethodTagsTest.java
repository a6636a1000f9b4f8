package dev.saywho.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

class HttpMethodTagsTest {

    @Test
    void standardMethodsKeepTheirNameAndAnyOtherIsOther() {
        assertThat(HttpMethodTags.of("GET")).isEqualTo("GET");
        assertThat(HttpMethodTags.of("PATCH")).isEqualTo("PATCH");
        assertThat(HttpMethodTags.of("M0000001")).isEqualTo("OTHER");
        assertThat(HttpMethodTags.of("get")).as("methods are case-sensitive").isEqualTo("OTHER");
        assertThat(HttpMethodTags.of("PROPFIND")).isEqualTo("OTHER");
    }

    @Test
    void twentyThousandMadeUpMethodsMakeOneSeries() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        registry.config().meterFilter(HttpMethodTags.meterFilter());

        for (int i = 0; i < 20_000; i++) {
            registry.counter("http.server.requests", "method", "M%07d".formatted(i), "uri", "/api/v1/articles")
                    .increment();
        }
        registry.counter("http.server.requests", "method", "GET", "uri", "/api/v1/articles")
                .increment();

        assertThat(registry.find("http.server.requests").counters()).hasSize(2);
        Counter other =
                registry.get("http.server.requests").tag("method", "OTHER").counter();
        assertThat(other.count()).isEqualTo(20_000);
        assertThat(other.getId().getTag("uri")).isEqualTo("/api/v1/articles");
    }

    @Test
    void otherMetersKeepTheirMethodTag() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        registry.config().meterFilter(HttpMethodTags.meterFilter());

        registry.counter("ft.invocations.total", "method", "dev.saywho.ingest.client.AttributionClient.call")
                .increment();

        assertThat(registry.get("ft.invocations.total").counter().getId().getTag("method"))
                .isEqualTo("dev.saywho.ingest.client.AttributionClient.call");
    }
}
