package dev.saywho.attribution.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The engine's packages depend one way: the syntactic layer and the learning kit know no document, stage or
 * component of the engine (the parser takes words and returns trees; {@code model.SyntaxAnalyzer} adapts it), and a
 * learned component knows no stage (the stages use it, not the reverse). Read from the sources' imports.
 */
class PackageBoundariesTest {

    private static final Path ENGINE = Path.of("src/main/java/dev/saywho/attribution/engine");
    private static final String PREFIX = "import dev.saywho.attribution.engine.";

    private static List<String> importsOf(String pkg, List<String> forbidden) throws IOException {
        List<String> offending = new ArrayList<>();
        try (Stream<Path> files = Files.list(ENGINE.resolve(pkg))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(file)) {
                    for (String other : forbidden) {
                        if (line.startsWith(PREFIX + other + ".")) {
                            offending.add(file.getFileName() + ": " + line);
                        }
                    }
                }
            }
        }
        return offending;
    }

    @Test
    void theSyntacticLayerAndTheLearningKitKnowNoDocument() throws IOException {
        List<String> engineSide = List.of("model", "stage", "cue", "coref", "entities", "lexicon");
        assertThat(importsOf("syntax", engineSide)).isEmpty();
        assertThat(importsOf("learn", engineSide)).isEmpty();
    }

    @Test
    void learnedComponentsKnowNoStage() throws IOException {
        assertThat(importsOf("cue", List.of("stage"))).isEmpty();
        assertThat(importsOf("coref", List.of("stage"))).isEmpty();
        assertThat(importsOf("entities", List.of("stage"))).isEmpty();
    }
}
