package dev.saywho.common.testing;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/**
 * The one way tests find the team's shared material ({@code ../shared} beside the repository: the evaluation corpus,
 * the seed article, the treebanks), which is never copied into the repository. System property {@code saywho.shared}
 * overrides the search. Shipped to the services' tests as this module's test jar.
 */
public final class SharedData {

    private SharedData() {}

    /** {@code shared/<relative>}, in the nearest ancestor of the working directory that has it (it may not exist). */
    public static Path resolve(String relative) {
        String configured = System.getProperty("saywho.shared");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).resolve(relative);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve(relative);
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        return Path.of("..", "shared").resolve(relative).toAbsolutePath().normalize();
    }

    /**
     * {@code shared/<relative>}, or the calling test is skipped, visibly: the reason goes to the build output as well
     * as to the test report, since a skipped test is easy to miss in the counts. Call it inside each test (or a
     * {@code @BeforeEach}), not in {@code @BeforeAll}, so every skipped test is counted as skipped.
     */
    public static Path require(String relative) {
        Path path = resolve(relative);
        if (!Files.exists(path)) {
            String reason = "the shared material " + path + " is not present (../shared beside the repository, or"
                    + " -Dsaywho.shared=DIR)";
            System.err.println("[SKIPPED] " + reason);
            Assumptions.abort(reason);
        }
        return path;
    }
}
