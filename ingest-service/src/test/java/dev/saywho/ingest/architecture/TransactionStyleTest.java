package dev.saywho.ingest.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One transaction style: {@code @Transactional} on service methods (see the service package's documentation), no
 * programmatic transactions anywhere, and no transaction declared by a resource or a page.
 */
class TransactionStyleTest {

    private static final Path SOURCES = Path.of("src/main/java/dev/saywho/ingest");

    @Test
    void noProgrammaticTransactions() throws IOException {
        assertThat(filesUnder(SOURCES, line -> line.contains("QuarkusTransaction") || line.contains("UserTransaction")))
                .as("classes managing transactions by hand")
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"rest", "web"})
    void noTransactionsAbove(String layer) throws IOException {
        assertThat(filesUnder(SOURCES.resolve(layer), line -> line.startsWith("import jakarta.transaction.")))
                .as("%s classes declaring transactions", layer)
                .isEmpty();
    }

    private static List<String> filesUnder(Path dir, Predicate<String> offendingLine) throws IOException {
        assertThat(dir).isDirectory();
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> lines(f).stream().anyMatch(offendingLine))
                    .map(Path::toString)
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
}
