package dev.saywho.deploy;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;

/** Renders kustomizations with kubectl and parses multi-document YAML into fabric8 model objects. */
final class Manifests {

    static final String SKIP_KUBECTL = "SAYWHO_SKIP_KUBECTL";
    /** Set by .ci/run, which provides every tool: then a missing kubectl fails the build instead of skipping. */
    static final String REQUIRE_TOOLS = "SAYWHO_REQUIRE_TOOLS";

    private static final YAMLMapper YAML = new YAMLMapper();

    private Manifests() {}

    /**
     * Runs {@code kubectl kustomize dir}. Without kubectl on the PATH the calling test is skipped, visibly (the reason
     * goes to the build output), unless SAYWHO_REQUIRE_TOOLS=true, under which CI fails instead;
     * SAYWHO_SKIP_KUBECTL=true skips on purpose.
     */
    static String kustomize(Path dir) {
        assumeFalse(skipRequested(), SKIP_KUBECTL + "=true: not rendering " + dir);
        requireKubectl();
        assertKustomizationDir(dir);
        try {
            Process process = new ProcessBuilder("kubectl", "kustomize", dir.toString()).start();
            // Read both streams concurrently so a full stderr pipe cannot block kubectl.
            CompletableFuture<String> stderr = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
            String stdout = readAll(process.getInputStream());
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                fail("kubectl kustomize " + dir + " did not finish within 2 minutes");
            }
            if (process.exitValue() != 0) {
                fail("kubectl kustomize " + dir + " failed (exit " + process.exitValue() + "):\n" + stderr.join());
            }
            return stdout;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every object of a multi-document YAML stream; empty documents are dropped. */
    static List<HasMetadata> parse(String yaml) {
        List<HasMetadata> objects = new ArrayList<>();
        try (MappingIterator<KubernetesResource> documents =
                YAML.readerFor(KubernetesResource.class).readValues(yaml)) {
            while (documents.hasNext()) {
                KubernetesResource document = documents.next();
                if (document == null) {
                    continue;
                }
                if (!(document instanceof HasMetadata object)) {
                    throw new IllegalArgumentException("Not a Kubernetes object: " + document);
                }
                objects.add(object);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return objects;
    }

    static boolean skipRequested() {
        return "true".equalsIgnoreCase(System.getProperty(SKIP_KUBECTL))
                || "true".equalsIgnoreCase(System.getenv(SKIP_KUBECTL));
    }

    private static void requireKubectl() {
        String path = System.getenv().getOrDefault("PATH", "");
        boolean found = Arrays.stream(path.split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .map(entry -> Path.of(entry, isWindows() ? "kubectl.exe" : "kubectl"))
                .anyMatch(Files::isExecutable);
        if (found) {
            return;
        }
        skipUnlessRequired(
                "kubectl is not on the PATH: the rendered-manifest tests need it (kubectl kustomize, kubectl 1.32 or"
                        + " newer)",
                "; install it to run them.");
    }

    /**
     * A tool the calling test needs is missing: the test is skipped, visibly ({@code reason} and {@code hint} go to
     * the build output), unless SAYWHO_REQUIRE_TOOLS=true, under which it fails instead.
     */
    static void skipUnlessRequired(String reason, String hint) {
        if ("true".equalsIgnoreCase(System.getenv(REQUIRE_TOOLS))
                || "true".equalsIgnoreCase(System.getProperty(REQUIRE_TOOLS))) {
            fail(reason + ", and " + REQUIRE_TOOLS + "=true says every tool must be there.");
        }
        System.err.println("[SKIPPED] " + reason + hint);
        assumeTrue(false, reason);
    }

    private static void assertKustomizationDir(Path dir) {
        if (!Files.isRegularFile(dir.resolve("kustomization.yaml"))) {
            fail("No kustomization.yaml in " + dir.toAbsolutePath());
        }
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
    }

    static String readAll(InputStream stream) {
        try (stream;
                ByteArrayOutputStream buffer = new ByteArrayOutputStream()) {
            stream.transferTo(buffer);
            return buffer.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
