package dev.saywho.attribution.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/**
 * Started without settings (`java -jar`, `./saywho up`), the service listens on the loopback interface only: an
 * open service without keys must not be reachable from the network unless someone says so (the container images
 * and the Kubernetes manifests set QUARKUS_HTTP_HOST=0.0.0.0).
 */
class ListenAddressTest {

    @Test
    void listensOnLoopbackUnlessToldOtherwise() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ListenAddressTest.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        }

        assertThat(properties.getProperty("quarkus.http.host")).isEqualTo("127.0.0.1");
        assertThat(properties.stringPropertyNames())
                .as("no profile listens elsewhere")
                .noneMatch(name -> name.startsWith("%") && name.endsWith(".quarkus.http.host"));
    }
}
