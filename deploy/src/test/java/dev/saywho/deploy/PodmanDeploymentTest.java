package dev.saywho.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;

/**
 * The dev overlay, rendered and played with podman from the images {@code ./saywho images} built: the services run as
 * the manifests constrain them, answer their probes, find each other and the database, attribute an article posted
 * to ingest, and keep what they acknowledged across restarts of ingest and of the database. What podman does not do
 * as Kubernetes would, the plan or this test does itself ({@link PodmanPlan}), and the report printed at the end says
 * so. Needs podman and the images: without them it is skipped, visibly, unless SAYWHO_REQUIRE_TOOLS=true (CI), under
 * which it fails instead.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PodmanDeploymentTest {

    private static final Duration PLAY_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration SHORT = Duration.ofSeconds(30);
    /** Generous for a 2-core machine: the manifests' own startup budget is 150 s. */
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(4);

    private static final ObjectMapper JSON = new ObjectMapper();
    /** What podman itself writes into a container's root (name resolution, its own marker), not the service. */
    private static final java.util.Set<String> PODMAN_MANAGED = java.util.Set.of(
            "C /etc",
            "A /etc/hosts",
            "A /etc/hostname",
            "A /etc/resolv.conf",
            "C /etc/hosts",
            "C /etc/hostname",
            "C /etc/resolv.conf",
            "C /run",
            "A /run/.containerenv");

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final List<String> report = new ArrayList<>();
    private final Map<String, Long> readyMillis = new LinkedHashMap<>();
    private PodmanPlan plan;
    private Path scratch;
    private String network;
    private Map<String, String> config;
    /** Articles posted so far: each text differs, or ingest would answer the second with the first (a duplicate). */
    private int posted;

    @BeforeAll
    void playTheDevOverlay() throws IOException {
        requirePodmanAndImages();
        List<HasMetadata> rendered = Manifests.parse(Manifests.kustomize(Path.of("k8s", "overlays", "podman")));
        config = new LinkedHashMap<>();
        for (HasMetadata object : rendered) {
            if (object instanceof ConfigMap configMap && configMap.getData() != null) {
                configMap
                        .getData()
                        .forEach((k, v) -> config.put(configMap.getMetadata().getName() + "/" + k, v));
            }
        }
        scratch = Files.createTempDirectory("saywho-podman-");
        plan = PodmanPlan.of(rendered, scratch, PodmanDeploymentTest::freeLoopbackPort);
        network = "saywho-e2e-" + ProcessHandle.current().pid();
        removeLeftovers();
        for (Path directory : plan.emptyDirs()) {
            Files.createDirectories(directory);
            // the kubelet creates an emptyDir world-writable, so any runAsUser may write to it
            Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxrwxrwx"));
        }
        Podman.ok(SHORT, "network", "create", network);
        plan.secrets().forEach((name, data) -> {
            Podman.Result created = Podman.runWithInput(SHORT, data, "secret", "create", name, "-");
            assertThat(created.ok())
                    .as("podman secret create %s: %s", name, created.err())
                    .isTrue();
        });
        for (PodmanPlan.Unit unit : plan.units()) {
            play(unit);
        }
    }

    @AfterAll
    void tearDown() throws IOException {
        if (plan == null) {
            return;
        }
        removeLeftovers();
        Podman.run(SHORT, "network", "rm", "-f", network);
        if (scratch != null) {
            try (Stream<Path> paths = Files.walk(scratch)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
        System.out.println("[podman] The dev overlay played with podman ("
                + Podman.ok(SHORT, "--version").strip()
                + "); where podman differs from Kubernetes, the check did it itself:");
        PodmanPlan.differences().forEach(d -> System.out.println("[podman]   - " + d));
        readyMillis.forEach((container, ms) ->
                System.out.printf(Locale.ROOT, "[podman] %s ready %.1f s after kube play%n", container, ms / 1000.0));
        for (String image : ImageBuild.images()) {
            Podman.Result size = Podman.run(SHORT, "image", "inspect", "--format", "{{.Size}}", image);
            if (size.ok()) {
                System.out.printf(
                        Locale.ROOT,
                        "[podman] image %s: %d MB%n",
                        image,
                        Long.parseLong(size.out().strip()) / 1_000_000);
            }
        }
        report.forEach(line -> System.out.println("[podman] " + line));
    }

    @Test
    @Order(1)
    void everyContainerAnswersItsStartupLivenessAndReadinessProbes() {
        for (PodmanPlan.Unit unit : longRunning()) {
            for (Container container : unit.containers()) {
                for (Probe probe : probes(container)) {
                    assertThat(probe(unit, container, probe))
                            .as("%s: probe %s", unit.containerName(container), describe(probe))
                            .isTrue();
                }
            }
        }
    }

    @Test
    @Order(2)
    void containersRunAsTheManifestsConstrainThem() throws IOException {
        for (PodmanPlan.Unit unit : longRunning()) {
            for (Container container : unit.containers()) {
                String name = unit.containerName(container);
                JsonNode inspected = JSON.readTree(Podman.ok(SHORT, "container", "inspect", name))
                        .get(0);
                var security = container.getSecurityContext();
                if (security != null && Boolean.TRUE.equals(security.getReadOnlyRootFilesystem())) {
                    assertThat(inspected.at("/HostConfig/ReadonlyRootfs").asBoolean())
                            .as("%s has a read-only root file system", name)
                            .isTrue();
                }
                Long user = security != null && security.getRunAsUser() != null ? security.getRunAsUser() : null;
                String runsAs = inspected.at("/Config/User").asText();
                assertThat(runsAs)
                        .as("%s runs as a numeric non-root user", name)
                        .matches("[1-9][0-9]*(:[0-9]+)?");
                if (user != null) {
                    assertThat(runsAs).as("%s user", name).startsWith(String.valueOf(user));
                }
                Quantity limit = container.getResources().getLimits().get("memory");
                assertThat(inspected.at("/HostConfig/Memory").asLong())
                        .as("%s memory limit", name)
                        .isEqualTo(Quantity.getAmountInBytes(limit).longValueExact());
                if (security != null
                        && security.getCapabilities() != null
                        && security.getCapabilities().getDrop().contains("ALL")) {
                    // podman's inspect shows no effective capabilities for any non-root user, dropped or not: the
                    // running process's bounding set is what proves "drop: ALL"
                    String status = Podman.ok(SHORT, "exec", name, "grep", "^Cap\\(Bnd\\|Eff\\):", "/proc/1/status");
                    assertThat(status.lines().map(String::strip).toList())
                            .as("%s keeps no capabilities", name)
                            .containsExactlyInAnyOrder("CapEff:\t0000000000000000", "CapBnd:\t0000000000000000");
                }
            }
        }
    }

    @Test
    @Order(3)
    void eachServicesHeapIsSizedFromItsContainersMemoryLimit() {
        for (String service : List.of("attribution-service", "ingest-service")) {
            PodmanPlan.Unit unit = unit(service);
            Container container = unit.containers().get(0);
            String name = unit.containerName(container);
            String ratio = config.entrySet().stream()
                    .filter(e -> e.getKey().endsWith("/JAVA_MAX_MEM_RATIO")
                            && container.getEnvFrom().stream()
                                    .anyMatch(from -> e.getKey()
                                            .startsWith(from.getConfigMapRef().getName() + "/")))
                    .map(Map.Entry::getValue)
                    .findFirst()
                    .orElseThrow();
            String commandLine = Podman.ok(SHORT, "exec", name, "sh", "-c", "tr '\\0' ' ' < /proc/1/cmdline");
            assertThat(commandLine).as("%s: the running JVM", name).contains("-XX:MaxRAMPercentage=" + ratio);
            String flags = Podman.ok(
                    SHORT, "exec", name, "java", "-XX:MaxRAMPercentage=" + ratio, "-XX:+PrintFlagsFinal", "-version");
            long maxHeap = flags.lines()
                    .filter(l -> l.contains(" MaxHeapSize "))
                    .map(l -> Long.parseLong(l.replaceAll(".*=\\s*(\\d+).*", "$1")))
                    .findFirst()
                    .orElseThrow();
            long limit = Quantity.getAmountInBytes(
                            container.getResources().getLimits().get("memory"))
                    .longValueExact();
            double share = (double) maxHeap / limit;
            report.add(String.format(
                    Locale.ROOT,
                    "%s: heap ceiling %d MiB of its %d MiB limit (JAVA_MAX_MEM_RATIO=%s)",
                    service,
                    maxHeap >> 20,
                    limit >> 20,
                    ratio));
            assertThat(share)
                    .as("%s heap share of the memory limit", service)
                    .isBetween(Integer.parseInt(ratio) / 100.0 - 0.05, Integer.parseInt(ratio) / 100.0 + 0.01);
        }
    }

    @Test
    @Order(4)
    void anArticlePostedToIngestIsStoredAttributedAndComesBackWithItsQuotes() throws Exception {
        long id = postArticle();
        JsonNode quotes = attributedQuotes(id);
        assertThat(quotes.findValuesAsText("name")).as("speakers of %s", quotes).contains("Maren Oddvik");

        HttpResponse<String> dashboard = get(ingest("/"));
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(dashboard.body()).contains("Saywho");
    }

    @Test
    @Order(5)
    void acknowledgedArticlesSurviveAKilledIngestAndARecreatedDatabase() throws Exception {
        PodmanPlan.Unit ingest = unit("ingest-service");
        String ingestContainer = ingest.containerName(ingest.containers().get(0));
        long id = postArticle();
        // killed the moment the article is acknowledged, with no time to shut down
        Podman.ok(SHORT, "kill", "--signal", "KILL", ingestContainer);
        sleep(2_000);
        if (!"running"
                .equals(Podman.ok(SHORT, "inspect", "--format", "{{.State.Status}}", ingestContainer)
                        .strip())) {
            // the kubelet restarts a killed container (restartPolicy Always); podman without systemd may not, so the
            // check starts it as the kubelet would
            Podman.ok(SHORT, "start", ingestContainer);
        }
        awaitReady(ingest, System.nanoTime());
        String before = attributedQuotes(id).toString();
        assertThat(before).contains("\"Maren Oddvik\"");

        // the database pod removed and created again from the manifests: only its claim's volume carries the data
        PodmanPlan.Unit database = unit("postgresql");
        Podman.ok(SHORT, "pod", "rm", "--force", "--time", "10", database.pod());
        play(database, database.replayYaml());
        awaitReady(ingest, System.nanoTime());
        assertThat(attributedQuotes(id).toString()).isEqualTo(before);
        report.add("article " + id + " and its quotes survived SIGKILL of ingest and the database pod recreated");
    }

    @Test
    @Order(6)
    void nothingIsWrittenOutsideTheVolumes() {
        for (PodmanPlan.Unit unit : longRunning()) {
            for (Container container : unit.containers()) {
                String name = unit.containerName(container);
                List<String> changed = Podman.ok(SHORT, "diff", name)
                        .lines()
                        .map(String::strip)
                        .filter(line -> !line.isEmpty() && !PODMAN_MANAGED.contains(line))
                        .toList();
                assertThat(changed).as("%s changed its root file system", name).isEmpty();
            }
        }
    }

    // ---- playing -------------------------------------------------------------------------------------------------

    private void play(PodmanPlan.Unit unit) throws IOException {
        play(unit, unit.yaml());
    }

    private void play(PodmanPlan.Unit unit, String yaml) throws IOException {
        Path file = scratch.resolve(unit.workload() + ".yaml");
        Files.writeString(file, yaml);
        String networkOption = network
                + (unit.aliases().isEmpty()
                        ? ""
                        : unit.aliases().stream().map("alias="::concat).collect(Collectors.joining(",", ":", "")));
        long start = System.nanoTime();
        Podman.Result played = Podman.run(PLAY_TIMEOUT, "kube", "play", "--network", networkOption, file.toString());
        if (!played.ok()) {
            fail("podman kube play " + unit.workload() + " failed (exit " + played.exit() + "):\n" + played.err());
        }
        if (unit.runsToCompletion()) {
            String container = unit.containerName(unit.containers().get(0));
            String exit = Podman.ok(READY_TIMEOUT, "wait", container).strip();
            assertThat(exit).as("init container %s exit code", container).isEqualTo("0");
            readyMillis.put(container + " (init, exited 0)", (System.nanoTime() - start) / 1_000_000);
            Podman.ok(SHORT, "pod", "rm", "--force", unit.pod());
        } else {
            awaitReady(unit, start);
        }
    }

    private void awaitReady(PodmanPlan.Unit unit, long start) {
        for (Container container : unit.containers()) {
            Probe readiness = container.getReadinessProbe();
            long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
            while (readiness != null && !probe(unit, container, readiness)) {
                if (System.nanoTime() > deadline) {
                    Podman.Result logs = Podman.run(SHORT, "logs", "--tail", "40", unit.containerName(container));
                    fail(unit.containerName(container) + " not ready within " + READY_TIMEOUT + ":\n" + logs.out()
                            + logs.err());
                }
                sleep(1_000);
            }
            readyMillis.putIfAbsent(unit.containerName(container), (System.nanoTime() - start) / 1_000_000);
        }
    }

    /** Runs a probe as the kubelet would: an HTTP GET answered 2xx or 3xx, or a command that exits 0. */
    private boolean probe(PodmanPlan.Unit unit, Container container, Probe probe) {
        if (probe.getHttpGet() != null) {
            int port = probe.getHttpGet().getPort().getIntVal() != null
                    ? probe.getHttpGet().getPort().getIntVal()
                    : container.getPorts().stream()
                            .filter(p ->
                                    probe.getHttpGet().getPort().getStrVal().equals(p.getName()))
                            .findFirst()
                            .orElseThrow()
                            .getContainerPort();
            Integer hostPort = unit.hostPorts().get(port);
            assertThat(hostPort)
                    .as("%s port %d is published", unit.workload(), port)
                    .isNotNull();
            try {
                int status = get("http://127.0.0.1:" + hostPort
                                + probe.getHttpGet().getPath())
                        .statusCode();
                return status >= 200 && status < 400;
            } catch (IOException e) {
                return false;
            }
        }
        if (probe.getExec() != null) {
            List<String> args = new ArrayList<>(List.of("exec", unit.containerName(container)));
            args.addAll(probe.getExec().getCommand());
            return Podman.run(SHORT, args.toArray(String[]::new)).ok();
        }
        fail(unit.workload() + ": a probe neither HTTP nor exec: " + probe);
        return false;
    }

    private static List<Probe> probes(Container container) {
        return Stream.of(container.getStartupProbe(), container.getLivenessProbe(), container.getReadinessProbe())
                .filter(p -> p != null)
                .toList();
    }

    private static String describe(Probe probe) {
        return probe.getHttpGet() != null
                ? "GET " + probe.getHttpGet().getPath()
                : "exec " + String.join(" ", probe.getExec().getCommand());
    }

    private List<PodmanPlan.Unit> longRunning() {
        return plan.units().stream().filter(u -> !u.runsToCompletion()).toList();
    }

    private PodmanPlan.Unit unit(String workload) {
        return plan.units().stream()
                .filter(u -> u.workload().equals(workload))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no workload " + workload + " in the dev overlay"));
    }

    /** Pods, secrets and the claims' volumes a run leaves (a previous run's too, if it was killed). */
    private void removeLeftovers() {
        for (PodmanPlan.Unit unit : plan.units()) {
            Podman.run(SHORT, "pod", "rm", "--force", "--time", "5", unit.pod());
        }
        for (String secret : plan.secrets().keySet()) {
            Podman.run(SHORT, "secret", "rm", secret);
        }
        for (String claim : plan.claims()) {
            Podman.run(SHORT, "volume", "rm", "--force", claim);
        }
    }

    // ---- the service's API ---------------------------------------------------------------------------------------

    private long postArticle() throws Exception {
        String body = JSON.writeValueAsString(Map.of(
                "title",
                "Ferry timetable cut for the winter",
                "text",
                "\"We cannot run empty boats through January,\" said Maren Oddvik, the operations director of"
                        + " Skerry Link Ferries. Councillors in Port Halden said the cut would leave the island"
                        + " without an evening sailing for " + (++posted + 2) + " weeks.",
                "source",
                "podman-e2e",
                "externalId",
                "e2e-" + System.nanoTime()));
        HttpResponse<String> posted = HTTP.send(
                HttpRequest.newBuilder(URI.create(ingest("/api/v1/articles")))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode())
                .as("POST /api/v1/articles: %s", posted.body())
                .isIn(201, 202);
        return JSON.readTree(posted.body()).get("id").asLong();
    }

    /** The article's quotes once it is ATTRIBUTED (within a minute). */
    private JsonNode attributedQuotes(long id) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (true) {
            HttpResponse<String> article = get(ingest("/api/v1/articles/" + id));
            if (article.statusCode() == 200
                    && "ATTRIBUTED"
                            .equals(JSON.readTree(article.body()).path("status").asText())) {
                break;
            }
            if (System.nanoTime() > deadline) {
                fail("article " + id + " not attributed within a minute: " + article.statusCode() + " "
                        + article.body());
            }
            sleep(500);
        }
        HttpResponse<String> quotes = get(ingest("/api/v1/articles/" + id + "/quotes?page=0&size=100"));
        assertThat(quotes.statusCode()).isEqualTo(200);
        return JSON.readTree(quotes.body());
    }

    private String ingest(String path) {
        PodmanPlan.Unit unit = unit("ingest-service");
        return "http://127.0.0.1:" + unit.hostPorts().values().iterator().next() + path;
    }

    private static HttpResponse<String> get(String url) throws IOException {
        try {
            return HTTP.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .timeout(Duration.ofSeconds(10))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    // ---- tools ---------------------------------------------------------------------------------------------------

    private static void requirePodmanAndImages() {
        if (!Podman.available()) {
            Manifests.skipUnlessRequired(
                    "podman is not installed: the container end-to-end check needs it", " (apt-get install podman).");
        }
        for (String image : ImageBuild.images()) {
            if (!Podman.run(SHORT, "image", "exists", image).ok()) {
                Manifests.skipUnlessRequired(
                        "image " + image + " is not built: the container end-to-end check needs it",
                        "; run ./saywho images first.");
            }
        }
    }

    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
