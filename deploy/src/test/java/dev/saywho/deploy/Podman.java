package dev.saywho.deploy;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs podman with the project's containers.conf (deploy/images), each call bounded in time. */
final class Podman {

    /** The settings this machine's rootful podman needs (runc, cgroupfs, file events and logs, ulimits). */
    static final Path CONF = Path.of("images", "containers.conf").toAbsolutePath();

    record Result(int exit, String out, String err) {
        boolean ok() {
            return exit == 0;
        }
    }

    private Podman() {}

    /** True when a podman binary answers {@code podman --version}. */
    static boolean available() {
        try {
            return run(Duration.ofSeconds(30), "--version").ok();
        } catch (UncheckedIOException e) {
            return false;
        }
    }

    /** Runs {@code podman args}; fails the test if it takes longer than {@code timeout}. */
    static Result run(Duration timeout, String... args) {
        return runWithInput(timeout, null, args);
    }

    /** As {@link #run(Duration, String...)}, with {@code input} (null for none) on podman's standard input. */
    static Result runWithInput(Duration timeout, String input, String... args) {
        List<String> command = new ArrayList<>();
        command.add("podman");
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("CONTAINERS_CONF", CONF.toString());
        try {
            Process process = builder.start();
            CompletableFuture<String> err =
                    CompletableFuture.supplyAsync(() -> Manifests.readAll(process.getErrorStream()));
            CompletableFuture<String> out =
                    CompletableFuture.supplyAsync(() -> Manifests.readAll(process.getInputStream()));
            try (var stdin = process.getOutputStream()) {
                if (input != null) {
                    stdin.write(input.getBytes(StandardCharsets.UTF_8));
                }
            }
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                fail(String.join(" ", command) + " did not finish within " + timeout);
            }
            return new Result(process.exitValue(), out.join(), err.join());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Runs {@code podman args} and fails the test, with podman's messages, unless it exits 0. */
    static String ok(Duration timeout, String... args) {
        Result r = run(timeout, args);
        if (!r.ok()) {
            fail("podman " + String.join(" ", args) + " failed (exit " + r.exit() + "):\n" + r.err() + r.out());
        }
        return r.out();
    }
}
