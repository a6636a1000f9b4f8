package dev.saywho.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** How the rendered podman overlay becomes kube play files; needs kubectl, not podman. */
class PodmanPlanTest {

    private static PodmanPlan plan;

    @BeforeAll
    static void plan() {
        AtomicInteger port = new AtomicInteger(40_000);
        plan = PodmanPlan.of(
                Manifests.parse(Manifests.kustomize(Path.of("k8s", "overlays", "podman"))),
                Path.of("/scratch"),
                port::incrementAndGet);
    }

    @Test
    void theDatabaseComesFirstThenAttributionThenIngestAfterItsInitContainer() {
        assertThat(plan.units())
                .extracting(PodmanPlan.Unit::workload)
                .containsExactly("postgresql", "attribution-service", "ingest-service-init-0", "ingest-service");
        assertThat(plan.units().get(2).runsToCompletion()).isTrue();
        assertThat(plan.units().get(2).yaml())
                .contains("restartPolicy: \"Never\"")
                .contains("wait-for-postgresql");
        assertThat(plan.units().get(3).yaml()).doesNotContain("wait-for-postgresql");
    }

    @Test
    void theStatefulSetRunsAsADeploymentWithTheClaimItsControllerWouldMake() {
        PodmanPlan.Unit database = plan.units().get(0);

        assertThat(plan.claims()).containsExactly("data-postgresql-0");
        assertThat(database.yaml()).contains("kind: \"PersistentVolumeClaim\"").contains("kind: \"Deployment\"");
        assertThat(database.yaml()).contains("claimName: \"data-postgresql-0\"");
        assertThat(database.replayYaml()).doesNotContain("PersistentVolumeClaim");
        assertThat(database.yaml()).doesNotContain("StatefulSet").contains("localhost/saywho/postgresql-dev:15");
    }

    @Test
    void servicesBecomeNetworkAliasesAndOnlyTheServicesPortsArePublishedOnLoopback() {
        assertThat(plan.units().get(0).aliases()).containsExactly("postgresql");
        assertThat(plan.units().get(0).hostPorts()).isEmpty();
        assertThat(plan.units().get(1).aliases()).containsExactly("attribution-service");
        assertThat(plan.units().get(1).hostPorts()).containsOnlyKeys(8081);
        assertThat(plan.units().get(3).aliases()).containsExactly("ingest-service");
        assertThat(plan.units().get(3).hostPorts()).containsOnlyKeys(8080);
        assertThat(plan.units().get(3).yaml()).contains("hostIP: \"127.0.0.1\"");
    }

    @Test
    void everyEmptyDirIsADirectoryOfItsOwnAndSecretsAreTheirDataAsJson() {
        assertThat(plan.emptyDirs())
                .contains(Path.of("/scratch/postgresql/run"), Path.of("/scratch/ingest-service/tmp"))
                .doesNotHaveDuplicates();
        for (PodmanPlan.Unit unit : plan.units()) {
            assertThat(unit.yaml()).doesNotContain("emptyDir");
        }
        assertThat(plan.secrets()).hasSize(1);
        String name = List.copyOf(plan.secrets().keySet()).get(0);
        assertThat(name).startsWith("db-credentials-");
        assertThat(plan.secrets().get(name)).matches("\\{\"password\":\"[A-Za-z0-9+/=]+\"}");
    }
}
