package dev.saywho.deploy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.Capabilities;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.TopologySpreadConstraint;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.VolumeProjection;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricSpec;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBackend;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.networking.v1.ServiceBackendPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/**
 * The review rules for Saywho's Kubernetes manifests, applied to a fully rendered set of objects.
 * {@link #violations()} names every broken rule as "Kind/name: what is wrong"; an empty list means the set passes.
 */
final class ManifestRules {

    static final String NAME_LABEL = "app.kubernetes.io/name";
    static final String PART_OF_LABEL = "app.kubernetes.io/part-of";
    static final String PART_OF = "saywho";

    /** Committed Secrets may only carry values that are obviously not real. */
    static final Pattern PLACEHOLDER = Pattern.compile("(?i).*(change-?me|placeholder|replace-?me|example).*");
    /** Names under which a literal value would be a credential in plain text. */
    static final Pattern CREDENTIAL_NAME =
            Pattern.compile("(?i).*(passw(or)?d|secret|token|api[-_]?keys?|credential|private[-_]?key).*");
    /** Credentials hidden inside another value: JDBC/URL parameters and user:password@host. */
    static final Pattern EMBEDDED_CREDENTIAL = Pattern.compile("(?i)(passw(or)?d=[^&;\\s]+|://[^/\\s:@]+:[^/\\s@]+@)");

    private static final String MODEL_PACKAGE = "io.fabric8.kubernetes.api.model";
    private static final Map<String, String> HEALTH_PATHS =
            Map.of("startup", "/q/health/started", "liveness", "/q/health/live", "readiness", "/q/health/ready");

    private final List<HasMetadata> objects;
    private final List<Workload> workloads;
    private final List<String> violations = new ArrayList<>();

    ManifestRules(List<HasMetadata> objects) {
        this.objects = List.copyOf(objects);
        this.workloads =
                objects.stream().map(Workload::of).flatMap(Optional::stream).toList();
    }

    static List<String> check(List<HasMetadata> objects) {
        return new ManifestRules(objects).violations();
    }

    List<String> violations() {
        violations.clear();
        for (Workload workload : workloads) {
            checkProbes(workload);
            checkResources(workload);
            checkSecurityContext(workload);
            checkGracefulShutdown(workload);
            checkPrometheusScrape(workload);
            checkListenAddress(workload);
            checkWorkloadLabels(workload);
            checkTopologySpread(workload);
            checkReferences(workload);
            checkEnvLiterals(workload);
            checkImages(workload);
        }
        for (HasMetadata object : objects) {
            checkCommonLabels(object);
            checkUnknownFields(object);
            if (object instanceof Secret secret) {
                checkSecretValues(secret);
            } else if (object instanceof ConfigMap configMap) {
                checkConfigMapValues(configMap);
            } else if (object instanceof Service service) {
                checkService(service);
            } else if (object instanceof NetworkPolicy policy) {
                checkNetworkPolicy(policy);
            } else if (object instanceof HorizontalPodAutoscaler autoscaler) {
                checkAutoscaler(autoscaler);
            } else if (object instanceof PodDisruptionBudget budget) {
                checkDisruptionBudget(budget);
            } else if (object instanceof Ingress ingress) {
                checkIngress(ingress);
            }
        }
        return List.copyOf(violations);
    }

    // ---- Probes, resources, security, shutdown, metrics --------------------------------------------------------

    private void checkProbes(Workload workload) {
        if (!workload.isLongRunning()) {
            return;
        }
        for (Container container : workload.mainContainers()) {
            Map<String, Probe> probes = new LinkedHashMap<>();
            probes.put("startup", container.getStartupProbe());
            probes.put("liveness", container.getLivenessProbe());
            probes.put("readiness", container.getReadinessProbe());
            probes.forEach((kind, probe) -> {
                String where = workload.ref() + " container " + container.getName() + ": " + kind + "Probe";
                if (probe == null) {
                    violate(where + " is missing");
                } else if (probe.getHttpGet() != null) {
                    if (!HEALTH_PATHS.get(kind).equals(probe.getHttpGet().getPath())) {
                        violate(where + " must GET " + HEALTH_PATHS.get(kind) + ", not "
                                + probe.getHttpGet().getPath());
                    }
                    if (!declaresPort(container, probe.getHttpGet().getPort())) {
                        violate(where + " uses port " + show(probe.getHttpGet().getPort())
                                + ", which the container does not declare");
                    }
                } else if (probe.getExec() == null && probe.getTcpSocket() == null && probe.getGrpc() == null) {
                    violate(where + " has no handler");
                }
            });
        }
    }

    private void checkResources(Workload workload) {
        for (Container container : workload.allContainers()) {
            String where = workload.ref() + " container " + container.getName();
            ResourceRequirements resources = container.getResources();
            Map<String, Quantity> requests =
                    resources == null || resources.getRequests() == null ? Map.of() : resources.getRequests();
            Map<String, Quantity> limits =
                    resources == null || resources.getLimits() == null ? Map.of() : resources.getLimits();
            for (String resource : List.of("cpu", "memory")) {
                Quantity request = requests.get(resource);
                Quantity limit = limits.get(resource);
                if (request == null) {
                    violate(where + ": no " + resource + " request");
                }
                if (limit == null) {
                    violate(where + ": no " + resource + " limit");
                }
                if (request != null && limit != null) {
                    BigDecimal requested = Quantity.getAmountInBytes(request);
                    BigDecimal limited = Quantity.getAmountInBytes(limit);
                    if (requested.compareTo(limited) > 0) {
                        violate(where + ": " + resource + " request " + request + " exceeds its limit " + limit);
                    }
                }
            }
        }
    }

    private void checkSecurityContext(Workload workload) {
        PodSecurityContext pod =
                Optional.ofNullable(workload.pod().getSecurityContext()).orElseGet(PodSecurityContext::new);
        if (Boolean.TRUE.equals(workload.pod().getHostNetwork())
                || Boolean.TRUE.equals(workload.pod().getHostPID())
                || Boolean.TRUE.equals(workload.pod().getHostIPC())) {
            violate(workload.ref() + ": shares a host namespace (hostNetwork/hostPID/hostIPC)");
        }
        for (Container container : workload.allContainers()) {
            String where = workload.ref() + " container " + container.getName();
            SecurityContext own =
                    Optional.ofNullable(container.getSecurityContext()).orElseGet(SecurityContext::new);
            Boolean runAsNonRoot = firstNonNull(own.getRunAsNonRoot(), pod.getRunAsNonRoot());
            Long runAsUser = firstNonNull(own.getRunAsUser(), pod.getRunAsUser());
            if (!Boolean.TRUE.equals(runAsNonRoot)) {
                violate(where + ": runAsNonRoot must be true");
            }
            if (runAsUser != null && runAsUser == 0L) {
                violate(where + ": runAsUser 0 is root");
            }
            if (!Boolean.TRUE.equals(own.getReadOnlyRootFilesystem())) {
                violate(where + ": readOnlyRootFilesystem must be true");
            }
            if (!Boolean.FALSE.equals(own.getAllowPrivilegeEscalation())) {
                violate(where + ": allowPrivilegeEscalation must be false");
            }
            if (Boolean.TRUE.equals(own.getPrivileged())) {
                violate(where + ": must not be privileged");
            }
            Capabilities capabilities = own.getCapabilities();
            if (capabilities == null
                    || capabilities.getDrop() == null
                    || !capabilities.getDrop().contains("ALL")) {
                violate(where + ": capabilities must drop ALL");
            }
            if (capabilities != null
                    && capabilities.getAdd() != null
                    && !capabilities.getAdd().isEmpty()) {
                violate(where + ": adds capabilities " + capabilities.getAdd());
            }
            String seccomp = Optional.ofNullable(own.getSeccompProfile())
                    .or(() -> Optional.ofNullable(pod.getSeccompProfile()))
                    .map(profile -> profile.getType())
                    .orElse(null);
            if (!"RuntimeDefault".equals(seccomp) && !"Localhost".equals(seccomp)) {
                violate(where + ": seccompProfile must be RuntimeDefault, not " + seccomp);
            }
            if (!mountsEmptyDirAt(workload, container, "/tmp")) {
                violate(where + ": the root filesystem is read-only, so /tmp must be an emptyDir volume");
            }
        }
    }

    private void checkGracefulShutdown(Workload workload) {
        Long grace = workload.pod().getTerminationGracePeriodSeconds();
        if (grace == null) {
            violate(workload.ref() + ": terminationGracePeriodSeconds must be set explicitly");
            return;
        }
        for (Container container : workload.mainContainers()) {
            effectiveEnv(workload, container, "QUARKUS_SHUTDOWN_TIMEOUT")
                    .map(ManifestRules::quarkusDuration)
                    .filter(timeout -> timeout.toSeconds() >= grace)
                    .ifPresent(timeout -> violate(workload.ref() + ": terminationGracePeriodSeconds " + grace
                            + " must exceed QUARKUS_SHUTDOWN_TIMEOUT (" + timeout.toSeconds()
                            + " s), or the kubelet kills in-flight requests"));
        }
    }

    /** Every pod that serves Quarkus health endpoints also serves /q/metrics and must be scraped. */
    private void checkPrometheusScrape(Workload workload) {
        boolean quarkus = workload.mainContainers().stream()
                .map(Container::getReadinessProbe)
                .filter(Objects::nonNull)
                .anyMatch(probe -> probe.getHttpGet() != null
                        && probe.getHttpGet().getPath() != null
                        && probe.getHttpGet().getPath().startsWith("/q/health"));
        if (!quarkus) {
            return;
        }
        Map<String, String> annotations = workload.podAnnotations();
        if (!"true".equals(annotations.get("prometheus.io/scrape"))) {
            violate(workload.ref() + ": pod template lacks prometheus.io/scrape: \"true\"");
        }
        if (!"/q/metrics".equals(annotations.get("prometheus.io/path"))) {
            violate(workload.ref() + ": prometheus.io/path must be /q/metrics");
        }
        String port = annotations.get("prometheus.io/port");
        boolean declared = port != null
                && workload.mainContainers().stream()
                        .anyMatch(container -> declaresPort(container, new IntOrString(parseIntOrNull(port))));
        if (!declared) {
            violate(workload.ref() + ": prometheus.io/port " + port + " is not a declared container port");
        }
    }

    /**
     * The services listen on 127.0.0.1 unless told otherwise: in a pod that would leave them unreachable to the
     * kubelet's probes, to the Service and to each other, so every Quarkus container says where to listen.
     */
    private void checkListenAddress(Workload workload) {
        for (Container container : workload.mainContainers()) {
            boolean quarkus = container.getReadinessProbe() != null
                    && container.getReadinessProbe().getHttpGet() != null
                    && String.valueOf(container.getReadinessProbe().getHttpGet().getPath())
                            .startsWith("/q/health");
            if (quarkus
                    && !effectiveEnv(workload, container, "QUARKUS_HTTP_HOST").equals(Optional.of("0.0.0.0"))) {
                violate(workload.ref() + " container " + container.getName()
                        + ": QUARKUS_HTTP_HOST must be 0.0.0.0 (the services listen on 127.0.0.1 by default, out of "
                        + "reach of probes and Services)");
            }
        }
    }

    // ---- Schema --------------------------------------------------------------------------------------------------

    /**
     * fabric8 keeps fields it does not know in additionalProperties instead of failing, so a misspelt field
     * ({@code readinesProbe}, {@code maxskew}) would otherwise pass here and be ignored or rejected only by the
     * cluster.
     */
    private void checkUnknownFields(HasMetadata object) {
        if (object instanceof GenericKubernetesResource) {
            return;
        }
        collectUnknownFields(
                object, object.getKind() + "/" + object.getMetadata().getName(), "");
    }

    private void collectUnknownFields(Object node, String ref, String path) {
        if (node instanceof Collection<?> elements) {
            int index = 0;
            for (Object element : elements) {
                collectUnknownFields(element, ref, path + "[" + index++ + "]");
            }
            return;
        }
        if (node instanceof Map<?, ?> entries) {
            entries.forEach((key, value) -> collectUnknownFields(value, ref, path + "." + key));
            return;
        }
        if (node == null || !node.getClass().getPackageName().startsWith(MODEL_PACKAGE)) {
            return;
        }
        for (Method getter : node.getClass().getMethods()) {
            if (getter.getParameterCount() != 0
                    || !getter.getName().startsWith("get")
                    || Modifier.isStatic(getter.getModifiers())
                    || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            Object value;
            try {
                value = getter.invoke(node);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot read " + getter + " of " + ref + " " + path, e);
            }
            String field = Character.toLowerCase(getter.getName().charAt(3))
                    + getter.getName().substring(4);
            if (!field.equals("additionalProperties")) {
                collectUnknownFields(value, ref, path.isEmpty() ? field : path + "." + field);
            } else if (value instanceof Map<?, ?> unknown) {
                unknown.keySet()
                        .forEach(key -> violate(ref + ": unknown field " + (path.isEmpty() ? key : path + "." + key)
                                + " (misspelt, or not in this API version)"));
            }
        }
    }

    // ---- Labels --------------------------------------------------------------------------------------------------

    private void checkCommonLabels(HasMetadata object) {
        Map<String, String> labels = labels(object);
        String ref = object.getKind() + "/" + object.getMetadata().getName();
        if (isBlank(labels.get(NAME_LABEL))) {
            violate(ref + ": no " + NAME_LABEL + " label");
        }
        if (!PART_OF.equals(labels.get(PART_OF_LABEL))) {
            violate(ref + ": " + PART_OF_LABEL + " must be " + PART_OF + ", not " + labels.get(PART_OF_LABEL));
        }
    }

    private void checkWorkloadLabels(Workload workload) {
        Map<String, String> own = labels(workload.object());
        Map<String, String> pod = workload.podLabels();
        for (String key : List.of(NAME_LABEL, PART_OF_LABEL)) {
            if (!Objects.equals(own.get(key), pod.get(key))) {
                violate(workload.ref() + ": pod template label " + key + "=" + pod.get(key)
                        + " differs from the workload's " + own.get(key));
            }
        }
        if (workload.selector() != null && !matches(workload.selector(), pod)) {
            violate(workload.ref() + ": selector does not match its own pod template labels");
        }
    }

    // ---- Scaling and availability --------------------------------------------------------------------------------

    private void checkTopologySpread(Workload workload) {
        List<TopologySpreadConstraint> constraints = workload.pod().getTopologySpreadConstraints();
        if (constraints == null) {
            return;
        }
        for (TopologySpreadConstraint constraint : constraints) {
            if (constraint.getLabelSelector() == null
                    || !matches(constraint.getLabelSelector(), workload.podLabels())) {
                violate(workload.ref() + ": topologySpreadConstraint on " + constraint.getTopologyKey()
                        + " does not select the workload's own pods, so it spreads nothing");
            }
        }
    }

    private void checkAutoscaler(HorizontalPodAutoscaler autoscaler) {
        String ref = "HorizontalPodAutoscaler/" + autoscaler.getMetadata().getName();
        var target = autoscaler.getSpec().getScaleTargetRef();
        Optional<Workload> workload = workloads.stream()
                .filter(w -> w.inNamespaceOf(autoscaler)
                        && w.kind().equals(target.getKind())
                        && w.name().equals(target.getName()))
                .findFirst();
        if (workload.isEmpty()) {
            violate(ref + ": scaleTargetRef " + target.getKind() + "/" + target.getName() + " does not exist");
            return;
        }
        Workload scaled = workload.get();
        Integer min = autoscaler.getSpec().getMinReplicas();
        if (min != null && min > autoscaler.getSpec().getMaxReplicas()) {
            violate(ref + ": minReplicas " + min + " exceeds maxReplicas "
                    + autoscaler.getSpec().getMaxReplicas());
        }
        if (scaled.object() instanceof Deployment deployment
                && deployment.getSpec().getReplicas() != null) {
            violate(ref + ": " + scaled.ref()
                    + " sets spec.replicas, which every apply would reset under the autoscaler");
        }
        List<MetricSpec> metrics = autoscaler.getSpec().getMetrics() == null
                ? List.of()
                : autoscaler.getSpec().getMetrics();
        for (MetricSpec metric : metrics) {
            if (metric.getResource() == null) {
                continue;
            }
            String resource = metric.getResource().getName();
            for (Container container : scaled.mainContainers()) {
                boolean requested = container.getResources() != null
                        && container.getResources().getRequests() != null
                        && container.getResources().getRequests().containsKey(resource);
                if (!requested) {
                    violate(ref + ": scales on " + resource + " utilisation but container " + container.getName()
                            + " requests no " + resource);
                }
            }
        }
        boolean budgeted = objects.stream()
                .filter(PodDisruptionBudget.class::isInstance)
                .map(PodDisruptionBudget.class::cast)
                .filter(budget -> scaled.inNamespaceOf(budget))
                .anyMatch(budget -> budget.getSpec().getSelector() != null
                        && matches(budget.getSpec().getSelector(), scaled.podLabels()));
        if (!budgeted) {
            violate(ref + ": " + scaled.ref() + " is autoscaled but no PodDisruptionBudget covers it");
        }
        if (scaled.pod().getTopologySpreadConstraints() == null
                || scaled.pod().getTopologySpreadConstraints().isEmpty()) {
            violate(ref + ": " + scaled.ref() + " is autoscaled but has no topologySpreadConstraints");
        }
    }

    private void checkDisruptionBudget(PodDisruptionBudget budget) {
        LabelSelector selector = budget.getSpec().getSelector();
        if (selector == null || podsSelectedBy(budget, selector).isEmpty()) {
            violate("PodDisruptionBudget/" + budget.getMetadata().getName() + ": selector matches no pods");
        }
    }

    // ---- Services, network policies, ingress ---------------------------------------------------------------------

    private void checkService(Service service) {
        String ref = "Service/" + service.getMetadata().getName();
        if ("ExternalName".equals(service.getSpec().getType())) {
            return;
        }
        Map<String, String> selector = service.getSpec().getSelector();
        if (selector == null || selector.isEmpty()) {
            violate(ref + ": has no selector");
            return;
        }
        List<Workload> selected = workloads.stream()
                .filter(w ->
                        w.inNamespaceOf(service) && w.podLabels().entrySet().containsAll(selector.entrySet()))
                .toList();
        if (selected.isEmpty()) {
            violate(ref + ": selector " + selector + " matches no pod template");
            return;
        }
        for (ServicePort port : service.getSpec().getPorts()) {
            IntOrString target = port.getTargetPort() != null ? port.getTargetPort() : new IntOrString(port.getPort());
            boolean served = selected.stream()
                    .flatMap(w -> w.mainContainers().stream())
                    .anyMatch(container -> declaresPort(container, target));
            if (!served) {
                violate(ref + ": targetPort " + show(target) + " is not a port of the selected pods");
            }
        }
    }

    private void checkNetworkPolicy(NetworkPolicy policy) {
        String ref = "NetworkPolicy/" + policy.getMetadata().getName();
        LabelSelector podSelector = policy.getSpec().getPodSelector();
        List<Workload> protectedPods = podsSelectedBy(policy, podSelector == null ? new LabelSelector() : podSelector);
        if (protectedPods.isEmpty()) {
            violate(ref + ": podSelector matches no pods");
        }
        for (NetworkPolicyIngressRule rule : nonNull(policy.getSpec().getIngress())) {
            checkPeers(policy, ref + " ingress from", rule.getFrom());
            for (NetworkPolicyPort port : nonNull(rule.getPorts())) {
                boolean exposed = port.getPort() == null
                        || protectedPods.stream()
                                .flatMap(w -> w.mainContainers().stream())
                                .anyMatch(container -> declaresPort(container, port.getPort()));
                if (!exposed && !protectedPods.isEmpty()) {
                    violate(ref + ": allows port " + show(port.getPort()) + ", which none of its pods listens on");
                }
            }
        }
        if (policy.getSpec().getEgress() != null) {
            for (NetworkPolicyEgressRule rule : policy.getSpec().getEgress()) {
                checkPeers(policy, ref + " egress to", rule.getTo());
            }
        }
    }

    /** A peer without namespaceSelector means pods of this namespace, so they must exist here. */
    private void checkPeers(NetworkPolicy policy, String where, List<NetworkPolicyPeer> peers) {
        for (NetworkPolicyPeer peer : nonNull(peers)) {
            if (peer.getPodSelector() != null
                    && peer.getNamespaceSelector() == null
                    && podsSelectedBy(policy, peer.getPodSelector()).isEmpty()) {
                violate(where + ": podSelector " + describe(peer.getPodSelector()) + " matches no pods");
            }
        }
    }

    private void checkIngress(Ingress ingress) {
        String ref = "Ingress/" + ingress.getMetadata().getName();
        List<IngressBackend> backends = new ArrayList<>();
        if (ingress.getSpec().getDefaultBackend() != null) {
            backends.add(ingress.getSpec().getDefaultBackend());
        }
        for (IngressRule rule : nonNull(ingress.getSpec().getRules())) {
            if (rule.getHttp() != null) {
                rule.getHttp().getPaths().stream()
                        .map(HTTPIngressPath::getBackend)
                        .forEach(backends::add);
            }
        }
        for (IngressBackend backend : backends) {
            if (backend.getService() == null) {
                continue;
            }
            String name = backend.getService().getName();
            Optional<Service> service = objects.stream()
                    .filter(Service.class::isInstance)
                    .map(Service.class::cast)
                    .filter(s -> s.getMetadata().getName().equals(name)
                            && Objects.equals(
                                    s.getMetadata().getNamespace(),
                                    ingress.getMetadata().getNamespace()))
                    .findFirst();
            if (service.isEmpty()) {
                violate(ref + ": backend Service " + name + " does not exist");
                continue;
            }
            ServiceBackendPort port = backend.getService().getPort();
            boolean known = port != null
                    && service.get().getSpec().getPorts().stream()
                            .anyMatch(p -> port.getName() != null
                                    ? port.getName().equals(p.getName())
                                    : Objects.equals(port.getNumber(), p.getPort()));
            if (!known) {
                String shown = port == null ? "null" : port.getName() != null ? port.getName() : "" + port.getNumber();
                violate(ref + ": backend port " + shown + " is not a port of Service/" + name);
            }
        }
    }

    // ---- Configuration and secrets -------------------------------------------------------------------------------

    private void checkReferences(Workload workload) {
        for (Container container : workload.allContainers()) {
            String where = workload.ref() + " container " + container.getName();
            for (EnvFromSource source : nonNull(container.getEnvFrom())) {
                if (source.getConfigMapRef() != null
                        && !Boolean.TRUE.equals(source.getConfigMapRef().getOptional())) {
                    requireConfigMap(where, workload, source.getConfigMapRef().getName(), null);
                }
                if (source.getSecretRef() != null
                        && !Boolean.TRUE.equals(source.getSecretRef().getOptional())) {
                    requireSecret(where, workload, source.getSecretRef().getName(), null);
                }
            }
            for (EnvVar env : nonNull(container.getEnv())) {
                if (env.getValueFrom() == null) {
                    continue;
                }
                var secretKey = env.getValueFrom().getSecretKeyRef();
                if (secretKey != null && !Boolean.TRUE.equals(secretKey.getOptional())) {
                    requireSecret(where + " env " + env.getName(), workload, secretKey.getName(), secretKey.getKey());
                }
                var configKey = env.getValueFrom().getConfigMapKeyRef();
                if (configKey != null && !Boolean.TRUE.equals(configKey.getOptional())) {
                    requireConfigMap(
                            where + " env " + env.getName(), workload, configKey.getName(), configKey.getKey());
                }
            }
        }
        for (Volume volume : nonNull(workload.pod().getVolumes())) {
            String where = workload.ref() + " volume " + volume.getName();
            if (volume.getConfigMap() != null
                    && !Boolean.TRUE.equals(volume.getConfigMap().getOptional())) {
                requireConfigMap(where, workload, volume.getConfigMap().getName(), null);
            }
            if (volume.getSecret() != null
                    && !Boolean.TRUE.equals(volume.getSecret().getOptional())) {
                requireSecret(where, workload, volume.getSecret().getSecretName(), null);
            }
            if (volume.getProjected() != null) {
                for (VolumeProjection projection : nonNull(volume.getProjected().getSources())) {
                    if (projection.getConfigMap() != null
                            && !Boolean.TRUE.equals(projection.getConfigMap().getOptional())) {
                        requireConfigMap(
                                where, workload, projection.getConfigMap().getName(), null);
                    }
                    if (projection.getSecret() != null
                            && !Boolean.TRUE.equals(projection.getSecret().getOptional())) {
                        requireSecret(where, workload, projection.getSecret().getName(), null);
                    }
                }
            }
        }
    }

    private void requireConfigMap(String where, Workload workload, String name, String key) {
        Optional<ConfigMap> found = find(ConfigMap.class, workload, name);
        if (found.isEmpty()) {
            violate(where + ": ConfigMap " + name + " does not exist");
        } else if (key != null
                && (found.get().getData() == null || !found.get().getData().containsKey(key))) {
            violate(where + ": ConfigMap " + name + " has no key " + key);
        }
    }

    private void requireSecret(String where, Workload workload, String name, String key) {
        Optional<Secret> found = find(Secret.class, workload, name);
        if (found.isEmpty()) {
            violate(where + ": Secret " + name + " does not exist");
        } else if (key != null && !secretValues(found.get()).containsKey(key)) {
            violate(where + ": Secret " + name + " has no key " + key);
        }
    }

    private void checkSecretValues(Secret secret) {
        secretValues(secret).forEach((key, value) -> {
            if (!PLACEHOLDER.matcher(value).matches()) {
                violate("Secret/" + secret.getMetadata().getName() + " key " + key
                        + ": value is not an obvious placeholder (e.g. change-me); real secrets are never committed");
            }
        });
    }

    private void checkConfigMapValues(ConfigMap configMap) {
        String ref = "ConfigMap/" + configMap.getMetadata().getName();
        Map<String, String> data = configMap.getData() == null ? Map.of() : configMap.getData();
        data.forEach((key, value) -> checkPlainValue(ref + " key " + key, key, value));
    }

    private void checkEnvLiterals(Workload workload) {
        for (Container container : workload.allContainers()) {
            for (EnvVar env : nonNull(container.getEnv())) {
                if (env.getValue() != null) {
                    checkPlainValue(
                            workload.ref() + " container " + container.getName() + " env " + env.getName(),
                            env.getName(),
                            env.getValue());
                }
            }
        }
    }

    private void checkPlainValue(String where, String name, String value) {
        if (CREDENTIAL_NAME.matcher(name).matches() && !isBlank(value)) {
            violate(where + ": a credential in plain text; reference a Secret instead");
        } else if (value != null && EMBEDDED_CREDENTIAL.matcher(value).find()) {
            violate(where + ": the value embeds a credential; reference a Secret instead");
        }
    }

    private void checkImages(Workload workload) {
        for (Container container : workload.allContainers()) {
            String image = container.getImage();
            String where = workload.ref() + " container " + container.getName() + ": image " + image;
            if (isBlank(image)) {
                violate(workload.ref() + " container " + container.getName() + ": no image");
                continue;
            }
            if (image.contains("@sha256:")) {
                continue;
            }
            String lastSegment = image.substring(image.lastIndexOf('/') + 1);
            int colon = lastSegment.indexOf(':');
            if (colon < 0) {
                violate(where + " has no tag; pin a version");
            } else if ("latest".equals(lastSegment.substring(colon + 1))) {
                violate(where + " uses :latest; pin a version");
            } else {
                checkBuiltImage(where, image, lastSegment.substring(0, colon), lastSegment.substring(colon + 1));
            }
        }
    }

    /**
     * An image of ours ({@code saywho/<name>}, from any registry) must be one that {@code ./saywho images} builds, with
     * the tag it gives: a manifest naming anything else would pull an image that no build has produced.
     */
    private void checkBuiltImage(String where, String image, String name, String tag) {
        String repository = image.substring(0, image.lastIndexOf('/') + 1);
        if (!repository.equals("saywho/") && !repository.endsWith("/saywho/")) {
            return;
        }
        String built = ImageBuild.produced().get(name);
        if (built == null) {
            violate(where + " is not an image ./saywho images builds ("
                    + ImageBuild.produced().keySet() + ")");
        } else if (!built.equals(tag)) {
            violate(where + ": ./saywho images tags it " + built + ", not " + tag);
        }
    }

    // ---- Helpers -------------------------------------------------------------------------------------------------

    private List<Workload> podsSelectedBy(HasMetadata owner, LabelSelector selector) {
        return workloads.stream()
                .filter(w -> w.inNamespaceOf(owner) && matches(selector, w.podLabels()))
                .toList();
    }

    /** Kubernetes label-selector semantics: matchLabels and matchExpressions all hold; empty selects everything. */
    static boolean matches(LabelSelector selector, Map<String, String> labels) {
        Map<String, String> required = selector.getMatchLabels() == null ? Map.of() : selector.getMatchLabels();
        if (!labels.entrySet().containsAll(required.entrySet())) {
            return false;
        }
        for (LabelSelectorRequirement requirement : nonNull(selector.getMatchExpressions())) {
            String value = labels.get(requirement.getKey());
            List<String> values = nonNull(requirement.getValues());
            boolean holds = switch (requirement.getOperator()) {
                case "In" -> value != null && values.contains(value);
                case "NotIn" -> value == null || !values.contains(value);
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> false;
            };
            if (!holds) {
                return false;
            }
        }
        return true;
    }

    private static boolean declaresPort(Container container, IntOrString port) {
        if (port == null) {
            return false;
        }
        Predicate<ContainerPort> same = port.getStrVal() != null
                ? p -> port.getStrVal().equals(p.getName())
                : p -> Objects.equals(port.getIntVal(), p.getContainerPort());
        return nonNull(container.getPorts()).stream().anyMatch(same);
    }

    private static boolean mountsEmptyDirAt(Workload workload, Container container, String path) {
        Set<String> emptyDirs = new HashSet<>();
        for (Volume volume : nonNull(workload.pod().getVolumes())) {
            if (volume.getEmptyDir() != null) {
                emptyDirs.add(volume.getName());
            }
        }
        return nonNull(container.getVolumeMounts()).stream()
                .filter(mount -> path.equals(mount.getMountPath()) && !Boolean.TRUE.equals(mount.getReadOnly()))
                .map(VolumeMount::getName)
                .anyMatch(emptyDirs::contains);
    }

    /** The value a variable gets in the container: a literal, else the last envFrom ConfigMap that defines it. */
    private Optional<String> effectiveEnv(Workload workload, Container container, String name) {
        Optional<String> literal = nonNull(container.getEnv()).stream()
                .filter(env -> name.equals(env.getName()) && env.getValue() != null)
                .map(EnvVar::getValue)
                .findFirst();
        if (literal.isPresent()) {
            return literal;
        }
        return nonNull(container.getEnvFrom()).stream()
                .filter(source -> source.getConfigMapRef() != null)
                .flatMap(source ->
                        find(ConfigMap.class, workload, source.getConfigMapRef().getName()).stream())
                .map(configMap ->
                        configMap.getData() == null ? null : configMap.getData().get(name))
                .filter(Objects::nonNull)
                .reduce((first, second) -> second);
    }

    /** Quarkus duration syntax: a bare number is seconds, "500ms", "30s", "2m", or ISO-8601 "PT30S". */
    static Duration quarkusDuration(String value) {
        String trimmed = value.trim();
        if (trimmed.matches("\\d+")) {
            return Duration.ofSeconds(Long.parseLong(trimmed));
        }
        if (trimmed.matches("(?i)\\d+ms")) {
            return Duration.ofMillis(Long.parseLong(trimmed.substring(0, trimmed.length() - 2)));
        }
        return Duration.parse(trimmed.toUpperCase(Locale.ROOT).startsWith("P") ? trimmed : "PT" + trimmed);
    }

    private <T extends HasMetadata> Optional<T> find(Class<T> type, Workload workload, String name) {
        return objects.stream()
                .filter(type::isInstance)
                .map(type::cast)
                .filter(o -> o.getMetadata().getName().equals(name) && workload.inNamespaceOf(o))
                .findFirst();
    }

    private static Map<String, String> secretValues(Secret secret) {
        Map<String, String> values = new HashMap<>();
        if (secret.getData() != null) {
            secret.getData()
                    .forEach((key, encoded) ->
                            values.put(key, new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8)));
        }
        if (secret.getStringData() != null) {
            values.putAll(secret.getStringData());
        }
        return values;
    }

    private static Map<String, String> labels(HasMetadata object) {
        return object.getMetadata().getLabels() == null
                ? Map.of()
                : object.getMetadata().getLabels();
    }

    private static String describe(LabelSelector selector) {
        return Stream.of(selector.getMatchLabels(), selector.getMatchExpressions())
                .filter(Objects::nonNull)
                .map(Object::toString)
                .reduce((a, b) -> a + " " + b)
                .orElse("{}");
    }

    private static String show(IntOrString value) {
        return value == null
                ? "null"
                : value.getStrVal() != null ? value.getStrVal() : String.valueOf(value.getIntVal());
    }

    private static Integer parseIntOrNull(String value) {
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private void violate(String message) {
        violations.add(message);
    }
}
