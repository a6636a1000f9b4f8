package dev.saywho.deploy;

import static dev.saywho.deploy.ManifestRules.NAME_LABEL;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/** Renders each overlay with kubectl kustomize and holds the result to {@link ManifestRules} and the design. */
class RenderedOverlaysTest {

    /** Surefire runs in the module directory, deploy/. */
    private static final Path K8S = Path.of("k8s");

    private static final Map<String, List<HasMetadata>> RENDERED = new ConcurrentHashMap<>();

    @ParameterizedTest(name = "{0} passes every manifest rule")
    @ValueSource(strings = {"overlays/dev", "overlays/prod", "overlays/podman", "examples/dev-with-backup"})
    void kustomizationPassesEveryRule(String kustomization) {
        assertThat(ManifestRules.check(render(kustomization))).isEmpty();
    }

    /** The rules only prove something if the objects they judge are there. */
    @ParameterizedTest(name = "{0} installs both services, their config and their policies")
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void overlayInstallsBothServices(String overlay) {
        List<HasMetadata> objects = render(overlay);

        assertThat(ofKind(objects, Namespace.class)).hasSize(1);
        for (String service : List.of("attribution-service", "ingest-service")) {
            Deployment deployment = named(objects, Deployment.class, service);
            Container container =
                    deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
            assertThat(container.getImage()).contains("saywho/" + service + ":");
            assertThat(named(objects, Service.class, service).getSpec().getSelector())
                    .containsEntry(NAME_LABEL, service);
            assertThat(ofKind(objects, PodDisruptionBudget.class))
                    .anySatisfy(
                            budget -> assertThat(budget.getMetadata().getName()).isEqualTo(service));
        }
        assertThat(ofKind(objects, ConfigMap.class))
                .filteredOn(configMap -> configMap.getData().containsKey("QUARKUS_SHUTDOWN_TIMEOUT"))
                .hasSize(2);
        assertThat(ofKind(objects, Secret.class))
                .anySatisfy(secret -> assertThat(secret.getMetadata().getName()).startsWith("db-credentials-"));
        NetworkPolicy defaultDeny = named(objects, NetworkPolicy.class, "default-deny-ingress");
        assertThat(defaultDeny.getSpec().getPodSelector().getMatchLabels()).isNullOrEmpty();
        assertThat(defaultDeny.getSpec().getPolicyTypes()).containsExactly("Ingress");
        assertThat(defaultDeny.getSpec().getIngress()).isNullOrEmpty();
    }

    @ParameterizedTest(name = "{0}: only ingest reaches attribution")
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void onlyIngestReachesAttribution(String overlay) {
        assertOnlyIngestReaches(render(overlay), "attribution-service");
    }

    @Test
    void devRunsOneReplicaOfEachServiceAndBundlesPostgresql() {
        List<HasMetadata> objects = render("overlays/dev");

        assertThat(ofKind(objects, HorizontalPodAutoscaler.class)).isEmpty();
        assertThat(ofKind(objects, Deployment.class))
                .extracting(deployment -> deployment.getSpec().getReplicas())
                .containsExactly(1, 1);

        StatefulSet postgresql = named(objects, StatefulSet.class, "postgresql");
        var pod = postgresql.getSpec().getTemplate().getSpec();
        assertThat(pod.getContainers().get(0).getImage()).matches("postgres:16\\.\\d+");
        assertThat(pod.getSecurityContext().getRunAsUser()).isEqualTo(999L);
        assertThat(postgresql.getSpec().getVolumeClaimTemplates()).hasSize(1);
        assertThat(pod.getContainers().get(0).getReadinessProbe().getExec().getCommand())
                .anySatisfy(part -> assertThat(part).contains("pg_isready"));
        String dataMount = pod.getContainers().get(0).getVolumeMounts().stream()
                .filter(mount -> mount.getName().equals("data"))
                .findFirst()
                .orElseThrow()
                .getMountPath();
        assertThat(configValue(objects, "postgresql-config-", "PGDATA")).startsWith(dataMount + "/");

        assertThat(configValue(objects, "ingest-config-", "QUARKUS_DATASOURCE_JDBC_URL"))
                .isEqualTo("jdbc:postgresql://postgresql:5432/saywho");
        assertOnlyIngestReaches(objects, "postgresql");
    }

    @Test
    void prodUsesAnExternalDatabaseSecretsAndSeveralReplicas() {
        List<HasMetadata> objects = render("overlays/prod");

        assertThat(ofKind(objects, StatefulSet.class)).isEmpty();
        assertThat(named(objects, Deployment.class, "ingest-service").getSpec().getReplicas())
                .isGreaterThanOrEqualTo(2);
        assertThat(named(objects, HorizontalPodAutoscaler.class, "attribution-service")
                        .getSpec()
                        .getMinReplicas())
                .isGreaterThanOrEqualTo(2);
        assertThat(configValue(objects, "ingest-config-", "QUARKUS_DATASOURCE_JDBC_URL"))
                .startsWith("jdbc:postgresql://")
                .doesNotContain("//postgresql:");

        List<EnvVar> env = named(objects, Deployment.class, "ingest-service")
                .getSpec()
                .getTemplate()
                .getSpec()
                .getContainers()
                .get(0)
                .getEnv();
        for (String variable : List.of("SAYWHO_INGEST_API_KEYS", "QUARKUS_DATASOURCE_PASSWORD")) {
            assertThat(env)
                    .filteredOn(e -> e.getName().equals(variable))
                    .singleElement()
                    .satisfies(
                            e -> assertThat(e.getValueFrom().getSecretKeyRef()).isNotNull());
        }

        Ingress ingress = named(objects, Ingress.class, "ingest-service");
        List<HTTPIngressPath> paths =
                ingress.getSpec().getRules().get(0).getHttp().getPaths();
        assertThat(paths).extracting(HTTPIngressPath::getPath).contains("/api", "/q/swagger-ui");
        assertThat(paths)
                .allSatisfy(path ->
                        assertThat(path.getBackend().getService().getName()).isEqualTo("ingest-service"));
    }

    @Test
    void backupExampleDumpsTheDevDatabaseNightly() {
        List<HasMetadata> objects = render("examples/dev-with-backup");

        CronJob backup = named(objects, CronJob.class, "postgresql-backup");
        assertThat(backup.getSpec().getConcurrencyPolicy()).isEqualTo("Forbid");
        Container dump = backup.getSpec()
                .getJobTemplate()
                .getSpec()
                .getTemplate()
                .getSpec()
                .getContainers()
                .get(0);
        assertThat(dump.getImage())
                .isEqualTo(named(objects, StatefulSet.class, "postgresql")
                        .getSpec()
                        .getTemplate()
                        .getSpec()
                        .getContainers()
                        .get(0)
                        .getImage());
        assertThat(String.join(" ", dump.getCommand())).contains("pg_dump");
        assertThat(dump.getEnv())
                .filteredOn(env -> env.getName().equals("PGPASSWORD"))
                .singleElement()
                .satisfies(
                        env -> assertThat(env.getValueFrom().getSecretKeyRef().getName())
                                .startsWith("db-credentials-"));
    }

    private static void assertOnlyIngestReaches(List<HasMetadata> objects, String target) {
        List<NetworkPolicy> policies = ofKind(objects, NetworkPolicy.class).stream()
                .filter(policy -> target.equals(
                        policy.getSpec().getPodSelector().getMatchLabels().get(NAME_LABEL)))
                .toList();
        assertThat(policies).as("NetworkPolicies selecting " + target).isNotEmpty();
        List<NetworkPolicyPeer> peersInNamespace = policies.stream()
                .flatMap(policy -> policy.getSpec().getIngress().stream())
                .flatMap(rule -> {
                    assertThat(rule.getFrom())
                            .as("an ingress rule of " + target + " without 'from' admits anyone")
                            .isNotEmpty();
                    return rule.getFrom().stream();
                })
                .filter(peer -> peer.getNamespaceSelector() == null)
                .toList();
        assertThat(peersInNamespace).isNotEmpty().allSatisfy(peer -> {
            assertThat(peer.getIpBlock()).isNull();
            assertThat(peer.getPodSelector().getMatchLabels()).containsExactly(Map.entry(NAME_LABEL, "ingest-service"));
        });
    }

    private static String configValue(List<HasMetadata> objects, String generatedNamePrefix, String key) {
        return ofKind(objects, ConfigMap.class).stream()
                .filter(configMap -> configMap.getMetadata().getName().startsWith(generatedNamePrefix))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no ConfigMap " + generatedNamePrefix + "*"))
                .getData()
                .get(key);
    }

    private static <T extends HasMetadata> List<T> ofKind(List<HasMetadata> objects, Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static <T extends HasMetadata> T named(List<HasMetadata> objects, Class<T> type, String name) {
        return ofKind(objects, type).stream()
                .filter(object -> object.getMetadata().getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + "/" + name + " in the render"));
    }

    private static List<HasMetadata> render(String kustomization) {
        return RENDERED.computeIfAbsent(kustomization, dir -> Manifests.parse(Manifests.kustomize(K8S.resolve(dir))));
    }
}
