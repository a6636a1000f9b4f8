package dev.saywho.ingest.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.saywho.ingest.testing.Fictional;
import dev.saywho.ingest.testing.WireMockAttributionService;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;

/** {@code ./saywho demo} against an ingest service that wants API keys: it sends one when given one. */
@QuarkusTest
@TestProfile(ApiKeyTest.WithApiKeys.class)
@WithTestResource(value = WireMockAttributionService.class, scope = TestResourceScope.GLOBAL)
class DemoScriptTest {

    /** Surefire runs in the module directory, ingest-service/. */
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    /**
     * An article of this test's own: the demo's default sample is the end-to-end test's article too, and the two share
     * the database in CI, where a copy stored here would make that test's post a duplicate.
     */
    @TempDir
    Path articles;

    private String article() throws IOException {
        Path file = articles.resolve(Fictional.marker() + ".txt");
        Files.writeString(
                file,
                "\u201cThe ferry will run at dawn,\u201d harbour master Ysolde " + Fictional.surname()
                        + " said in Port Tessaly on Monday. File " + file.getFileName() + ".\n",
                StandardCharsets.UTF_8);
        return file.toString();
    }

    @Test
    void sendsTheKeyGivenWithApiKey() throws Exception {
        Run run = demo(Map.of(), "--api-key", ApiKeyTest.KEY_ONE, article());

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("Article ");
    }

    @Test
    void sendsTheKeyOfSaywhoApiKey() throws Exception {
        Run run = demo(Map.of("SAYWHO_API_KEY", ApiKeyTest.KEY_TWO), article());

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("Article ");
    }

    @Test
    void withoutAKeySaysHowToGiveOne() throws Exception {
        Run run = demo(Map.of(), article());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.output()).contains("401").contains("SAYWHO_API_KEY").contains("--api-key");
    }

    private record Run(int exitCode, String output) {}

    private static Run demo(Map<String, String> environment, String... arguments)
            throws IOException, InterruptedException {
        List<String> command =
                new ArrayList<>(List.of("bash", ROOT.resolve("saywho").toString(), "demo"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("SAYWHO_API_KEY");
        builder.environment().put("SAYWHO_INGEST_PORT", String.valueOf(RestAssured.port));
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Run(process.exitValue(), output);
    }
}
