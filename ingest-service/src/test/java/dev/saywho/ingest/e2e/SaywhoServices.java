package dev.saywho.ingest.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Both packaged services as real processes: attribution, then ingest pointed at it (on PostgreSQL when
 * {@code SAYWHO_TEST_DB_URL} is set), each ready before the tests run.
 */
@SuppressWarnings("try") // close() waits for both processes to exit, so it may be interrupted; callers declare that
final class SaywhoServices implements AutoCloseable {

    private static final Path ATTRIBUTION_JAR = Path.of("../attribution-service/target/quarkus-app/quarkus-run.jar");
    private static final Path INGEST_JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    private static final Duration STARTUP = Duration.ofMinutes(2);

    private final ServiceProcess attribution;
    private final ServiceProcess ingest;

    private SaywhoServices(ServiceProcess attribution, ServiceProcess ingest) {
        this.attribution = attribution;
        this.ingest = ingest;
    }

    /** Starts both services with their logs and data under {@code workDir}. */
    static SaywhoServices start(Path workDir) throws Exception {
        assertThat(ATTRIBUTION_JAR)
                .as("attribution-service must be packaged before this test")
                .exists();
        assertThat(INGEST_JAR)
                .as("ingest-service must be packaged before this test")
                .exists();
        Files.createDirectories(workDir);
        ServiceProcess attribution = ServiceProcess.start("attribution", ATTRIBUTION_JAR, workDir, Map.of(), Map.of());
        Map<String, String> environment = new HashMap<>();
        String testDb = System.getenv("SAYWHO_TEST_DB_URL");
        if (testDb != null && !testDb.isBlank()) {
            environment.put("QUARKUS_DATASOURCE_JDBC_URL", testDb);
        }
        ServiceProcess ingest = ServiceProcess.start(
                "ingest",
                INGEST_JAR,
                workDir,
                Map.of("quarkus.rest-client.attribution.url", attribution.baseUrl()),
                environment);
        SaywhoServices services = new SaywhoServices(attribution, ingest);
        try {
            attribution.awaitReady(STARTUP);
            ingest.awaitReady(STARTUP);
        } catch (Exception | AssertionError notReady) {
            services.close();
            throw notReady;
        }
        return services;
    }

    String ingestUrl() {
        return ingest.baseUrl();
    }

    String attributionUrl() {
        return attribution.baseUrl();
    }

    @Override
    public void close() throws InterruptedException {
        ingest.close();
        attribution.close();
    }
}
