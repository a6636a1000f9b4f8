package dev.saywho.deploy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.HostPathVolumeSourceBuilder;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimVolumeSourceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;

/**
 * How a rendered overlay is played with {@code podman kube play} (podman 4.3) so that it runs as Kubernetes would run
 * it. Where podman does not do what Kubernetes does, the plan does it itself, and each such step is listed in
 * {@link #differences()} so the end-to-end check can say so:
 *
 * <ul>
 *   <li>a Secret used for environment fails in {@code kube play} (podman issue 16269): each becomes a podman secret
 *       of the same name whose data is the Secret's {@code data} as JSON, the form {@code secretKeyRef} reads;
 *   <li>a Service is ignored: the pods it selects join one podman network under the Service's name, so its DNS name
 *       resolves as in the cluster;
 *   <li>a StatefulSet is not played: its pod template runs as a one-replica Deployment, and each volume claim
 *       template becomes the claim the StatefulSet controller would make ({@code <template>-<name>-0}), a podman
 *       volume that outlives the pod;
 *   <li>an {@code emptyDir} becomes a podman named volume shared by every pod that names it alike: each becomes a
 *       fresh directory of its own, world-writable like the kubelet's ({@code sizeLimit} is not enforced);
 *   <li>podman publishes every {@code containerPort} on the host's own interfaces: the services' ports are published
 *       on 127.0.0.1 only, at free ports, for the check to call, and the database's not at all;
 *   <li>an init container of a pod whose policy is {@code Always} is restarted by podman when it exits, and kube play
 *       then fails: each init container runs first as a pod of its own ({@code restartPolicy: Never}), with the
 *       pod's security context and volumes, and the check waits for it to exit 0.
 * </ul>
 *
 * Probes are not part of the plan: podman ignores readiness and startup probes, and turns a liveness probe into a
 * health check that needs systemd to be scheduled; the check calls every probe itself.
 */
final class PodmanPlan {

    /**
     * One {@code kube play} file: the pod {@code pod} of one workload with its {@code containers}, the network aliases
     * it answers to, its published ports (container port to port on 127.0.0.1); an init container's pod runs to
     * completion. {@code replayYaml} plays the workload again once its claims exist: kube play refuses to create a
     * claim's volume twice, where Kubernetes binds the new pod to the claim it kept.
     */
    record Unit(
            String workload,
            String pod,
            List<Container> containers,
            String yaml,
            String replayYaml,
            List<String> aliases,
            Map<Integer, Integer> hostPorts,
            boolean runsToCompletion) {

        /** The name podman gives container {@code container} of the pod. */
        String containerName(Container container) {
            return pod + "-" + container.getName();
        }
    }

    private static final ObjectMapper YAML = new YAMLMapper().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Unit> units = new ArrayList<>();
    private final Map<String, String> secrets = new LinkedHashMap<>();
    private final Map<String, Path> emptyDirs = new LinkedHashMap<>();
    private final List<String> claims = new ArrayList<>();

    private PodmanPlan() {}

    /**
     * The plan for {@code objects} (a rendered overlay): an {@code emptyDir} of workload {@code w} named {@code v}
     * becomes directory {@code scratch/w/v}; published ports come from {@code freePort}. Units come in the order they
     * must be played: databases (StatefulSets) first, then Deployments in the order given, each preceded by its init
     * containers.
     */
    static PodmanPlan of(List<HasMetadata> objects, Path scratch, IntSupplier freePort) {
        PodmanPlan plan = new PodmanPlan();
        List<ConfigMap> configMaps = new ArrayList<>();
        List<Service> services = new ArrayList<>();
        for (HasMetadata object : objects) {
            if (object instanceof ConfigMap configMap) {
                configMaps.add(configMap);
            } else if (object instanceof Service service) {
                services.add(service);
            } else if (object instanceof Secret secret) {
                plan.secrets.put(secret.getMetadata().getName(), secretData(secret));
            }
        }
        for (HasMetadata object : objects) {
            if (object instanceof StatefulSet set) {
                plan.addStatefulSet(set, configMaps, services, scratch);
            }
        }
        for (HasMetadata object : objects) {
            if (object instanceof Deployment deployment) {
                plan.addDeployment(deployment, configMaps, services, scratch, freePort);
            }
        }
        return plan;
    }

    List<Unit> units() {
        return List.copyOf(units);
    }

    /** Podman secret name to its content (the Secret's data as JSON, values base64 as in the Secret). */
    Map<String, String> secrets() {
        return Map.copyOf(secrets);
    }

    /** The directories that stand for {@code emptyDir} volumes, to be created world-writable before playing. */
    List<Path> emptyDirs() {
        return List.copyOf(emptyDirs.values());
    }

    /** The podman volumes that stand for persistent volume claims (kept across pods, removed at the end). */
    List<String> claims() {
        return List.copyOf(claims);
    }

    /** What podman does differently and the plan does itself, one line each, for the check's report. */
    static List<String> differences() {
        return List.of(
                "Secrets: created with podman secret create (kube play cannot use a Secret for environment)",
                "Services: the pods join one podman network under the Service's name (kube play ignores Services)",
                "StatefulSet: played as a one-replica Deployment with the claim its controller would make",
                "emptyDir: a fresh world-writable directory per pod (podman 4.3 shares a named volume)",
                "ports: the services' published on 127.0.0.1 only, the database's not at all",
                "init containers: run first as a pod of their own (restartPolicy Never) until they exit 0",
                "probes: called by the check itself (podman ignores readiness and startup probes)",
                "restarts: a killed container is started by the check if podman has not restarted it",
                "NetworkPolicies, PodDisruptionBudgets and the Namespace have no podman counterpart: not played"
                        + " (the manifest rules check them)");
    }

    private void addStatefulSet(StatefulSet set, List<ConfigMap> configMaps, List<Service> services, Path scratch) {
        String name = set.getMetadata().getName();
        PodTemplateSpec template = set.getSpec().getTemplate();
        List<HasMetadata> objects = new ArrayList<>(configMaps);
        List<Volume> volumes = new ArrayList<>(nonNull(template.getSpec().getVolumes()));
        for (PersistentVolumeClaim claimTemplate : nonNull(set.getSpec().getVolumeClaimTemplates())) {
            String volume = claimTemplate.getMetadata().getName();
            String claimName = volume + "-" + name + "-0";
            objects.add(new PersistentVolumeClaimBuilder()
                    .withMetadata(new ObjectMetaBuilder().withName(claimName).build())
                    .withSpec(claimTemplate.getSpec())
                    .build());
            volumes.add(new VolumeBuilder()
                    .withName(volume)
                    .withPersistentVolumeClaim(new PersistentVolumeClaimVolumeSourceBuilder()
                            .withClaimName(claimName)
                            .build())
                    .build());
            claims.add(claimName);
        }
        template.getSpec().setVolumes(volumes);
        Deployment deployment = new DeploymentBuilder()
                .withMetadata(set.getMetadata())
                .withNewSpec()
                .withReplicas(1)
                .withSelector(set.getSpec().getSelector())
                .withTemplate(template)
                .endSpec()
                .build();
        addDeployment(deployment, configMaps, services, scratch, () -> 0, objects);
    }

    private void addDeployment(
            Deployment deployment, List<ConfigMap> configMaps, List<Service> services, Path scratch, IntSupplier port) {
        addDeployment(deployment, configMaps, services, scratch, port, new ArrayList<>(configMaps));
    }

    /** {@code port} gives 0 for a workload none outside its network may reach (its ports are not published). */
    private void addDeployment(
            Deployment deployment,
            List<ConfigMap> configMaps,
            List<Service> services,
            Path scratch,
            IntSupplier port,
            List<HasMetadata> objects) {
        String name = deployment.getMetadata().getName();
        PodSpec spec = deployment.getSpec().getTemplate().getSpec();
        List<Volume> volumes = new ArrayList<>();
        for (Volume volume : nonNull(spec.getVolumes())) {
            volumes.add(volume.getEmptyDir() == null ? volume : hostDirectory(name, volume, scratch));
        }
        spec.setVolumes(volumes);
        Map<Integer, Integer> hostPorts = new LinkedHashMap<>();
        for (Container container : spec.getContainers()) {
            List<ContainerPort> published = new ArrayList<>();
            for (ContainerPort containerPort : nonNull(container.getPorts())) {
                int hostPort = port.getAsInt();
                if (hostPort > 0) {
                    containerPort.setHostIP("127.0.0.1");
                    containerPort.setHostPort(hostPort);
                    hostPorts.put(containerPort.getContainerPort(), hostPort);
                    published.add(containerPort);
                }
            }
            container.setPorts(published);
        }
        List<Container> initContainers = nonNull(spec.getInitContainers());
        for (int i = 0; i < initContainers.size(); i++) {
            Pod pod = new PodBuilder()
                    .withMetadata(new ObjectMetaBuilder()
                            .withName(name + "-init-" + i)
                            .withLabels(Map.of("app.kubernetes.io/part-of", "saywho"))
                            .build())
                    .withNewSpec()
                    .withRestartPolicy("Never")
                    .withSecurityContext(spec.getSecurityContext())
                    .withVolumes(volumes)
                    .withContainers(initContainers.get(i))
                    .endSpec()
                    .build();
            List<HasMetadata> initObjects = new ArrayList<>(configMaps);
            initObjects.add(pod);
            units.add(new Unit(
                    pod.getMetadata().getName(),
                    pod.getMetadata().getName(),
                    List.of(initContainers.get(i)),
                    yaml(initObjects),
                    yaml(initObjects),
                    List.of(),
                    Map.of(),
                    true));
        }
        spec.setInitContainers(List.of());
        deployment.getSpec().setReplicas(1);
        objects.add(deployment);
        List<String> aliases = new ArrayList<>();
        for (Service service : services) {
            Map<String, String> selector = service.getSpec().getSelector();
            Map<String, String> labels =
                    deployment.getSpec().getTemplate().getMetadata().getLabels();
            if (selector != null && !selector.isEmpty() && labels.entrySet().containsAll(selector.entrySet())) {
                aliases.add(service.getMetadata().getName());
            }
        }
        units.add(new Unit(
                name,
                name + "-pod-0",
                List.copyOf(spec.getContainers()),
                yaml(objects),
                yaml(objects.stream()
                        .filter(o -> !(o instanceof PersistentVolumeClaim))
                        .toList()),
                List.copyOf(aliases),
                Map.copyOf(hostPorts),
                false));
    }

    private Volume hostDirectory(String workload, Volume volume, Path scratch) {
        Path directory = scratch.resolve(workload).resolve(volume.getName()).toAbsolutePath();
        emptyDirs.put(workload + "/" + volume.getName(), directory);
        return new VolumeBuilder()
                .withName(volume.getName())
                .withHostPath(new HostPathVolumeSourceBuilder()
                        .withPath(directory.toString())
                        .withType("Directory")
                        .build())
                .build();
    }

    private static String secretData(Secret secret) {
        Map<String, String> data = new LinkedHashMap<>(secret.getData() == null ? Map.of() : secret.getData());
        if (secret.getStringData() != null) {
            secret.getStringData()
                    .forEach((key, value) ->
                            data.put(key, Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8))));
        }
        try {
            return JSON.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String yaml(List<HasMetadata> objects) {
        StringBuilder out = new StringBuilder();
        for (HasMetadata object : objects) {
            try {
                out.append(YAML.writeValueAsString(object));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return out.toString();
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
