package dev.saywho.ingest.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./saywho up} with ingest pointed at a PostgreSQL database it cannot use: the real script starts both packaged
 * services, says why ingest did not start in one line, stops the attribution service it had started and exits 1. Needs
 * both services packaged (and, for the missing database, a PostgreSQL server: the one of {@code SAYWHO_TEST_DB_URL},
 * else 127.0.0.1:5432 as {@code postgres}); without them it is skipped with the reason, unless SAYWHO_REQUIRE_TOOLS=true
 * (CI), which makes that a failure. Each test runs {@code up} once, about 10 to 20 s.
 */
class UpScriptIT {

    /** Failsafe runs in the module directory, ingest-service/. */
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private static final List<Path> JARS = List.of(
            ROOT.resolve("attribution-service/target/quarkus-app/quarkus-run.jar"),
            ROOT.resolve("ingest-service/target/quarkus-app/quarkus-run.jar"));

    @TempDir
    Path runDir;

    private int attributionPort;
    private int ingestPort;

    @BeforeEach
    void needsThePackagedServices() throws IOException {
        for (Path jar : JARS) {
            skipOrFailUnless(Files.exists(jar), jar + " is not built (./mvnw package)");
        }
        attributionPort = freePort();
        ingestPort = freePort();
    }

    @Test
    void missingDatabaseIsSaidInOneLineAndAttributionIsStopped() throws Exception {
        URI server = postgresServer();
        skipOrFailUnless(
                accepts(server.getHost(), server.getPort()),
                "no PostgreSQL server answers on " + server.getHost() + ":" + server.getPort());
        String database = "saywho_missing_" + ProcessHandle.current().pid() + "_" + System.nanoTime();
        String query = server.getQuery() == null ? "user=postgres" : server.getQuery();
        String url = "jdbc:postgresql://" + server.getHost() + ":" + server.getPort() + "/" + database + "?" + query;

        Run run = up(url);

        assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
        assertThat(run.lines())
                .as(run.output())
                .filteredOn(line -> line.contains(database))
                .singleElement()
                .satisfies(line -> assertThat(line)
                        .startsWith("PostgreSQL database '" + database + "' does not exist on " + server.getHost() + ":"
                                + server.getPort() + ": create it with `createdb -h " + server.getHost())
                        .endsWith(database + "` or unset QUARKUS_DATASOURCE_JDBC_URL to use the embedded H2"));
        assertAttributionStopped(run);
    }

    @Test
    void refusedConnectionIsSaidInOneLineAndAttributionIsStopped() throws Exception {
        int nothingListens = freePort();

        Run run = up("jdbc:postgresql://127.0.0.1:" + nothingListens + "/saywho?user=postgres");

        assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
        assertThat(run.lines())
                .as(run.output())
                .contains("PostgreSQL does not answer on 127.0.0.1:" + nothingListens
                        + " (connection refused): start it, correct the URL or unset QUARKUS_DATASOURCE_JDBC_URL to use"
                        + " the embedded H2");
        assertAttributionStopped(run);
    }

    private void assertAttributionStopped(Run run) throws IOException {
        assertThat(run.lines()).as(run.output()).anyMatch(line -> line.startsWith("  ingest stopped after "));
        assertThat(run.output())
                .contains("Stopped attribution, which this command had started.")
                .doesNotContain("Saywho is up.")
                .as("no terminal control characters when the output is not a terminal")
                .doesNotContain("\r")
                .doesNotContain("\u001b");
        assertThat(accepts("127.0.0.1", attributionPort))
                .as("attribution still listens on " + attributionPort)
                .isFalse();
        try (var pidFiles = Files.list(runDir)) {
            assertThat(pidFiles.filter(file -> file.toString().endsWith(".pid")))
                    .isEmpty();
        }
    }

    private record Run(int exitCode, String output) {
        List<String> lines() {
            return output.lines().toList();
        }
    }

    /** Runs {@code ./saywho up} with ingest on {@code jdbcUrl}, then {@code ./saywho down} whatever happened. */
    private Run up(String jdbcUrl) throws IOException, InterruptedException {
        Path output = runDir.resolve("up.out");
        ProcessBuilder builder = saywho("up").redirectOutput(output.toFile());
        builder.environment().put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
        Process process = builder.start();
        try {
            if (!process.waitFor(3, TimeUnit.MINUTES)) {
                process.destroyForcibly().waitFor();
                fail("./saywho up did not end within 3 minutes:\n" + Files.readString(output));
            }
            return new Run(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            Process down = saywho("down")
                    .redirectOutput(runDir.resolve("down.out").toFile())
                    .start();
            down.waitFor(2, TimeUnit.MINUTES);
            stopLeftovers();
        }
    }

    /** Ends any service JVM this test's run left behind (a broken {@code up} may lose its pids): by its port. */
    private void stopLeftovers() {
        List<String> ports =
                List.of("-Dquarkus.http.port=" + attributionPort + " ", "-Dquarkus.http.port=" + ingestPort + " ");
        ProcessHandle.allProcesses()
                .filter(process -> process.info()
                        .commandLine()
                        .filter(line -> line.contains("quarkus-run.jar")
                                && ports.stream().anyMatch(line::contains))
                        .isPresent())
                .forEach(ProcessHandle::destroyForcibly);
    }

    private ProcessBuilder saywho(String command) {
        ProcessBuilder builder =
                new ProcessBuilder("bash", ROOT.resolve("saywho").toString(), command).redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.remove("QUARKUS_HTTP_PORT");
        environment.remove("QUARKUS_DATASOURCE_USERNAME");
        environment.remove("QUARKUS_DATASOURCE_PASSWORD");
        environment.put("SAYWHO_RUN_DIR", runDir.toString());
        environment.put("SAYWHO_ATTRIBUTION_PORT", String.valueOf(attributionPort));
        environment.put("SAYWHO_INGEST_PORT", String.valueOf(ingestPort));
        return builder;
    }

    /** The PostgreSQL server of SAYWHO_TEST_DB_URL (host, port and query), else 127.0.0.1:5432. */
    private static URI postgresServer() {
        String testDb = System.getenv("SAYWHO_TEST_DB_URL");
        if (testDb != null && testDb.startsWith("jdbc:postgresql://")) {
            URI uri = URI.create(testDb.substring("jdbc:".length()));
            return URI.create("postgresql://" + uri.getHost() + ":" + (uri.getPort() < 0 ? 5432 : uri.getPort()) + "/"
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
        }
        return URI.create("postgresql://127.0.0.1:5432/?user=postgres");
    }

    private static boolean accepts(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 2000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    private static void skipOrFailUnless(boolean condition, String reason) {
        if (condition) {
            return;
        }
        if ("true".equalsIgnoreCase(System.getenv("SAYWHO_REQUIRE_TOOLS"))) {
            fail(reason + "; SAYWHO_REQUIRE_TOOLS=true (CI: every tool provided) makes this a failure");
        }
        System.err.println("UpScriptIT skipped: " + reason);
        Assumptions.abort(reason);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
