package dev.saywho.attribution.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The unit tests of the fitting tools under {@code tools/eval} ({@code test_*.py}: the source model's fit on a corpus
 * written for it learns it, and writes the same bytes twice), run with the build. They need only {@code python3};
 * without it they skip visibly, unless SAYWHO_REQUIRE_TOOLS=true (CI), which makes that a failure.
 */
class EvalToolsTest {

    private static final Path TOOLS = Path.of("..", "tools", "eval");

    @Test
    void theFittingToolsPassTheirOwnTests() throws IOException, InterruptedException {
        if (!DevCorpusRegressionTest.python3Available()) {
            if ("true".equalsIgnoreCase(System.getenv("SAYWHO_REQUIRE_TOOLS"))) {
                fail("python3 is not on the PATH; SAYWHO_REQUIRE_TOOLS=true (CI: every tool provided) makes this a"
                        + " failure");
            }
            System.out.println("[WARNING] EvalToolsTest SKIPPED: python3 is not on the PATH");
            assumeTrue(false, "python3 is not on the PATH");
        }
        assertTrue(Files.isDirectory(TOOLS), "no tools/eval beside the module");
        Process process = new ProcessBuilder(
                        List.of("python3", "-m", "unittest", "discover", "-s", TOOLS.toString(), "-p", "test_*.py"))
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the tools' tests did not finish in 2 minutes");
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.matches("(?s).*Ran [1-9][0-9]* tests?.*"), "no test ran:\n" + output);
    }
}
