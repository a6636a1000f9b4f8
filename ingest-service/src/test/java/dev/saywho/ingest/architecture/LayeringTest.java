package dev.saywho.ingest.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

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

    private static boolean importsPersistence(Path file) {
        try {
            return Files.readAllLines(file).stream()
                    .anyMatch(line -> line.startsWith("import dev.saywho.ingest.persistence."));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
