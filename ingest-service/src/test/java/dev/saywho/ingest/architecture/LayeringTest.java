package dev.saywho.ingest.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The API and the pages talk to services only: nothing under {@code rest} or {@code web} imports a persistence type
 * (entities, repositories, their query records), so the storage can change without touching what users see.
 */
class LayeringTest {

    private static final Path SOURCES = Path.of("src/main/java/dev/saywho/ingest");

    @ParameterizedTest
    @ValueSource(strings = {"rest", "web"})
    void noPersistenceImportAbove(String layer) throws IOException {
        Path dir = SOURCES.resolve(layer);
        assertThat(dir).isDirectory();
        List<String> offenders;
        try (Stream<Path> files = Files.walk(dir)) {
            offenders = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(LayeringTest::importsPersistence)
                    .map(Path::toString)
                    .toList();
        }
        assertThat(offenders)
                .as("%s classes importing dev.saywho.ingest.persistence", layer)
                .isEmpty();
    }

    /**
     * The stores sit at the bottom: nothing under {@code persistence} imports the services, the API, the pages or the
     * attribution client that call them (a store importing its caller's types ties the two together).
     */
    @Test
    void theStoresImportNothingAboveThem() throws IOException {
        assertThat(offenders("persistence", "service", "rest", "web", "client")).isEmpty();
    }

    /** The pages reach attribution through the services, never through the client or its exceptions. */
    @Test
    void thePagesDoNotUseTheAttributionClient() throws IOException {
        assertThat(offenders("web", "client")).isEmpty();
    }

    /**
     * The API and the pages are siblings over the services: neither imports the other. What both need of HTTP (who is
     * calling, the form key check, public links, query parameters) lives in {@code http}, which imports neither.
     */
    @Test
    void theApiAndThePagesShareOnlyTheHttpHelpers() throws IOException {
        assertThat(offenders("web", "rest")).isEmpty();
        assertThat(offenders("rest", "web")).isEmpty();
        assertThat(offenders("http", "rest", "web", "persistence", "client")).isEmpty();
    }

    /** Files under {@code layer} that import any of the packages {@code above}, with the first such import. */
    private static List<String> offenders(String layer, String... above) throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES.resolve(layer))) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .flatMap(f -> lines(f).stream()
                            .filter(line -> java.util.Arrays.stream(above)
                                    .anyMatch(p -> line.startsWith("import dev.saywho.ingest." + p + ".")))
                            .limit(1)
                            .map(line -> f + ": " + line))
                    .toList();
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean importsPersistence(Path file) {
        return lines(file).stream().anyMatch(line -> line.startsWith("import dev.saywho.ingest.persistence."));
    }
}
