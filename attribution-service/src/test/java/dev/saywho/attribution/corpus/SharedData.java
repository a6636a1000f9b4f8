package dev.saywho.attribution.corpus;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the team's shared evaluation folder, which lives next to the repository ({@code ../shared} from the
 * repository root) and is never copied into it. System property {@code saywho.shared} overrides the search.
 */
public final class SharedData {

    private SharedData() {
    }

    /** {@code shared/<relative>}, found in the nearest ancestor of the working directory that has a shared folder. */
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
        return Path.of("..", "shared").resolve(relative);
    }
}
