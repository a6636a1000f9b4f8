package dev.saywho.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.fabric8.kubernetes.api.model.HasMetadata;

/**
 * Each rule of {@link ManifestRules} against a small compliant app, then against that app broken in exactly one
 * place: the compliant one must pass and every broken one must be rejected with the matching reason.
 */
class ManifestRulesTest {

    private static final String CONFIG_MAP = """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: demo-config
              namespace: demo
              labels: {app.kubernetes.io/name: demo, app.kubernetes.io/part-of: saywho}
            data:
              QUARKUS_HTTP_HOST: 0.0.0.0
              QUARKUS_SHUTDOWN_TIMEOUT: 20s
              QUARKUS_DATASOURCE_JDBC_URL: jdbc:postgresql://db:5432/demo
            """;

    private static final String SECRET = """
            apiVersion: v1
            kind: Secret
            metadata:
              name: demo-credentials
              namespace: demo
              labels: {app.kubernetes.io/name: demo, app.kubernetes.io/part-of: saywho}
            data:
              password: %s
            """.formatted(base64("change-me"));

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: demo
              namespace: demo
              labels: {app.kubernetes.io/name: demo, app.kubernetes.io/part-of: saywho}
            spec:
              revisionHistoryLimit: 3
              selector:
                matchLabels: {app.kubernetes.io/name: demo}
              template:
                metadata:
                  labels: {app.kubernetes.io/name: demo, app.kubernetes.io/part-of: saywho}
                  annotations: {prometheus.io/scrape: "true", prometheus.io/path: /q/metrics, prometheus.io/port: \
            "8080"}
                spec:
                  terminationGracePeriodSeconds: 30
                  securityContext:
                    runAsNonRoot: true
                    runAsUser: 185
                    seccompProfile: {type: RuntimeDefault}
                  topologySpreadConstraints:
                    - maxSkew: 1
                      topologyKey: kubernetes.io/hostname
                      whenUnsatisfiable: ScheduleAnyway
                      labelSelector: {matchLabels: {app.kubernetes.io/name: demo}}
                  containers:
                    - name: demo
                      image: acme/demo:1.0.0
                      ports:
                        - {name: http, containerPort: 8080}
                      envFrom:
                        - configMapRef: {name: demo-config}
                      env:
                        - {name: DEMO_PASSWORD, valueFrom: {secretKeyRef: {name: demo-credentials, key: password}}}
                      startupProbe: {httpGet: {path: /q/health/started, port: http}, failureThreshold: 30}
                      livenessProbe: {httpGet: {path: /q/health/live, port: http}}
                      readinessProbe: {httpGet: {path: /q/health/ready, port: http}}
                      resources:
                        requests: {cpu: 100m, memory: 256Mi}
                        limits: {cpu: "1", memory: 512Mi}
                      securityContext:
                        runAsNonRoot: true
                        readOnlyRootFilesystem: true
                        allowPrivilegeEscalation: false
                        capabilities: {drop: [ALL]}
                      volumeMounts:
                        - {name: tmp, mountPath: /tmp}
                  volumes:
                    - {name: tmp, emptyDir: {}}
            """;

    private static final String SERVICE = """
            apiVersion: v1
            kind: Service
            metadata:
              name: demo
              namespace: demo
              labels: {app.kubernetes.io/name: demo-service, app.kubernetes.io/part-of: saywho}
            spec:
              selector: {app.kubernetes.io/name: demo}
              ports:
                - {name: http, port: 8080, targetPort: http}
            """;

    private static final String NETWORK_POLICY = """
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata:
              name: demo-ingress
              namespace: demo
              labels: {app.kubernetes.io/name: demo, app.kubernetes.io/part-of: saywho}
            spec:
              podSelector: {matchLabels: {app.kubernetes.io/name: demo}}
              policyTypes: [Ingress]
              ingress:
                - from:
                    - podSelector: {matchLabels: {app.kubernetes.io/name: demo}}
                  ports:
                    - {port: 8080, protocol: TCP}
            """;

    private static final String AUTOSCALER = """
            apiVersion: autoscaling/v2
            kind: HorizontalPodAutoscaler
            metadata:
              name: demo
              namespace: demo
              labels: {app.kubernetes.io/name: demo, app.kubernetes.io/part-of: saywho}
            spec:
              scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: demo}
              minReplicas: 2
              maxReplicas: 4
              metrics:
                - type: Resource
                  resource: {name: cpu, target: {type: Utilization, averageUtilization: 70}}
            """;

    private static final String DISRUPTION_BUDGET = """
            apiVersion: policy/v1
            kind: PodDisruptionBudget
            metadata:
              name: demo
              namespace: demo
              labels: {app.kubernetes.io/name: demo, app.kubernetes.io/part-of: saywho}
            spec:
              maxUnavailable: 1
              selector: {matchLabels: {app.kubernetes.io/name: demo}}
            """;

    private static final String INGRESS = """
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: demo
              namespace: demo
              labels: {app.kubernetes.io/name: demo, app.kubernetes.io/part-of: saywho}
            spec:
              rules:
                - http:
                    paths:
                      - path: /api
                        pathType: Prefix
                        backend: {service: {name: demo, port: {name: http}}}
            """;

    private static final String COMPLIANT = String.join(
            "---\n", CONFIG_MAP, SECRET, DEPLOYMENT, SERVICE, NETWORK_POLICY, AUTOSCALER, DISRUPTION_BUDGET, INGRESS);

    @Test
    void compliantAppPasses() {
        List<HasMetadata> objects = Manifests.parse(COMPLIANT);

        assertThat(objects).hasSize(8);
        assertThat(ManifestRules.check(objects)).isEmpty();
    }

    static Stream<Arguments> breakages() {
        return Stream.of(
                // Schema
                arguments(
                        "misspelt field",
                        "      topologySpreadConstraints:\n        - maxSkew: 1",
                        "      topologySpreadConstraints:\n        - maxskew: 1",
                        "Deployment/demo: unknown field spec.template.spec.topologySpreadConstraints[0].maxskew"),
                arguments(
                        "field at the wrong level",
                        "  revisionHistoryLimit: 3\n",
                        "  revisionHistoryLimit: 3\n  terminationGracePeriodSeconds: 30\n",
                        "Deployment/demo: unknown field spec.terminationGracePeriodSeconds"),
                // Probes
                arguments(
                        "no readiness probe",
                        "          readinessProbe: {httpGet: {path: /q/health/ready, port: http}}\n",
                        "",
                        "readinessProbe is missing"),
                arguments(
                        "liveness probe off the Quarkus health path",
                        "path: /q/health/live",
                        "path: /health",
                        "livenessProbe must GET /q/health/live"),
                arguments(
                        "startup probe on an undeclared port",
                        "{path: /q/health/started, port: http}",
                        "{path: /q/health/started, port: 9090}",
                        "startupProbe uses port 9090"),
                // Resources
                arguments(
                        "no memory limit",
                        "limits: {cpu: \"1\", memory: 512Mi}",
                        "limits: {cpu: \"1\"}",
                        "no memory limit"),
                arguments(
                        "cpu request above its limit",
                        "requests: {cpu: 100m",
                        "requests: {cpu: \"2\"",
                        "cpu request 2 exceeds its limit 1"),
                // Security context
                arguments(
                        "container may run as root",
                        "            runAsNonRoot: true\n            readOnly",
                        "            runAsNonRoot: false\n            readOnly",
                        "runAsNonRoot must be true"),
                arguments("pod runs as uid 0", "runAsUser: 185", "runAsUser: 0", "runAsUser 0 is root"),
                arguments(
                        "writable root filesystem",
                        "readOnlyRootFilesystem: true",
                        "readOnlyRootFilesystem: false",
                        "readOnlyRootFilesystem must be true"),
                arguments(
                        "privilege escalation allowed",
                        "allowPrivilegeEscalation: false",
                        "allowPrivilegeEscalation: true",
                        "allowPrivilegeEscalation must be false"),
                arguments(
                        "capabilities kept",
                        "capabilities: {drop: [ALL]}",
                        "capabilities: {drop: [NET_RAW]}",
                        "capabilities must drop ALL"),
                arguments(
                        "capability added",
                        "capabilities: {drop: [ALL]}",
                        "capabilities: {drop: [ALL], add: [NET_ADMIN]}",
                        "adds capabilities [NET_ADMIN]"),
                arguments(
                        "seccomp unconfined",
                        "seccompProfile: {type: RuntimeDefault}",
                        "seccompProfile: {type: Unconfined}",
                        "seccompProfile must be RuntimeDefault"),
                arguments(
                        "no writable /tmp",
                        "{name: tmp, mountPath: /tmp}",
                        "{name: tmp, mountPath: /scratch}",
                        "/tmp must be an emptyDir volume"),
                // Graceful shutdown
                arguments(
                        "grace period left to the default",
                        "      terminationGracePeriodSeconds: 30\n",
                        "",
                        "terminationGracePeriodSeconds must be set explicitly"),
                arguments(
                        "grace period no longer than the Quarkus shutdown timeout",
                        "terminationGracePeriodSeconds: 30",
                        "terminationGracePeriodSeconds: 20",
                        "must exceed QUARKUS_SHUTDOWN_TIMEOUT (20 s)"),
                // Listening
                arguments(
                        "left listening on loopback",
                        "  QUARKUS_HTTP_HOST: 0.0.0.0\n",
                        "",
                        "Deployment/demo container demo: QUARKUS_HTTP_HOST must be 0.0.0.0"),
                // Metrics
                arguments(
                        "not scraped",
                        "prometheus.io/scrape: \"true\"",
                        "prometheus.io/scrape: \"false\"",
                        "lacks prometheus.io/scrape"),
                arguments(
                        "scraped on a port nobody listens on",
                        "prometheus.io/port: \"8080\"",
                        "prometheus.io/port: \"9999\"",
                        "prometheus.io/port 9999 is not a declared container port"),
                // Secrets and plain-text credentials
                arguments(
                        "a real-looking password committed in a Secret",
                        base64("change-me"),
                        base64("S3cr3t-Pr0d-2024"),
                        "Secret/demo-credentials key password: value is not an obvious placeholder"),
                arguments(
                        "a password key in a ConfigMap",
                        "  QUARKUS_SHUTDOWN_TIMEOUT: 20s\n",
                        "  QUARKUS_SHUTDOWN_TIMEOUT: 20s\n  DB_PASSWORD: hunter2\n",
                        "ConfigMap/demo-config key DB_PASSWORD: a credential in plain text"),
                arguments(
                        "a password inside the JDBC URL",
                        "jdbc:postgresql://db:5432/demo",
                        "jdbc:postgresql://db:5432/demo?user=demo&password=hunter2",
                        "key QUARKUS_DATASOURCE_JDBC_URL: the value embeds a credential"),
                arguments(
                        "a password as an env literal",
                        "{name: DEMO_PASSWORD, valueFrom: {secretKeyRef: {name: demo-credentials, key: password}}}",
                        "{name: DEMO_PASSWORD, value: hunter2}",
                        "env DEMO_PASSWORD: a credential in plain text"),
                arguments(
                        "API keys as an env literal",
                        "            - {name: DEMO_PASSWORD,",
                        "            - {name: SAYWHO_INGEST_API_KEYS, value: \"k-1,k-2\"}\n"
                                + "            - {name: DEMO_PASSWORD,",
                        "env SAYWHO_INGEST_API_KEYS: a credential in plain text"),
                // Image tags
                arguments("image on :latest", "image: acme/demo:1.0.0", "image: acme/demo:latest", "uses :latest"),
                arguments("untagged image", "image: acme/demo:1.0.0", "image: acme/demo", "image acme/demo has no tag"),
                arguments(
                        "untagged image from a registry with a port",
                        "image: acme/demo:1.0.0",
                        "image: registry.local:5000/acme/demo",
                        "has no tag"),
                arguments(
                        "an image of ours that no build produces",
                        "image: acme/demo:1.0.0",
                        "image: saywho/demo:1.0.0",
                        "image saywho/demo:1.0.0 is not an image ./saywho images builds"),
                arguments(
                        "an image of ours with a tag the build does not give",
                        "image: acme/demo:1.0.0",
                        "image: registry.example.com/saywho/ingest-service:0.9.0",
                        "./saywho images tags it " + ImageBuild.projectVersion() + ", not 0.9.0"),
                // Labels
                arguments(
                        "object outside the app",
                        "labels: {app.kubernetes.io/name: demo-service, app.kubernetes.io/part-of: saywho}",
                        "labels: {app.kubernetes.io/name: demo-service}",
                        "Service/demo: app.kubernetes.io/part-of must be saywho"),
                arguments(
                        "object without a name label",
                        "labels: {app.kubernetes.io/name: demo-service, app.kubernetes.io/part-of: saywho}",
                        "labels: {app.kubernetes.io/part-of: saywho}",
                        "Service/demo: no app.kubernetes.io/name label"),
                arguments(
                        "pod template labelled differently from its Deployment",
                        "      labels: {app.kubernetes.io/name: demo, app.kubernetes.io/part-of: saywho}",
                        "      labels: {app.kubernetes.io/name: demo, app.kubernetes.io/part-of: other}",
                        "pod template label app.kubernetes.io/part-of=other differs"),
                arguments(
                        "Deployment selector not matching its pods",
                        "    matchLabels: {app.kubernetes.io/name: demo}\n  template:",
                        "    matchLabels: {app.kubernetes.io/name: demo, tier: web}\n  template:",
                        "Deployment/demo: selector does not match its own pod template labels"),
                // Services
                arguments(
                        "Service selecting no pods",
                        "  selector: {app.kubernetes.io/name: demo}\n  ports:",
                        "  selector: {app.kubernetes.io/name: dmeo}\n  ports:",
                        "Service/demo: selector {app.kubernetes.io/name=dmeo} matches no pod template"),
                arguments(
                        "Service targeting an unnamed port",
                        "targetPort: http",
                        "targetPort: web",
                        "Service/demo: targetPort web is not a port of the selected pods"),
                // Network policies
                arguments(
                        "NetworkPolicy protecting no pods",
                        "  podSelector: {matchLabels: {app.kubernetes.io/name: demo}}\n  policyTypes",
                        "  podSelector: {matchLabels: {app.kubernetes.io/name: attribution}}\n  policyTypes",
                        "NetworkPolicy/demo-ingress: podSelector matches no pods"),
                arguments(
                        "NetworkPolicy admitting pods that do not exist",
                        "        - podSelector: {matchLabels: {app.kubernetes.io/name: demo}}",
                        "        - podSelector: {matchLabels: {app.kubernetes.io/name: ingest}}",
                        "NetworkPolicy/demo-ingress ingress from: podSelector"),
                arguments(
                        "NetworkPolicy opening a port nobody listens on",
                        "{port: 8080, protocol: TCP}",
                        "{port: 8081, protocol: TCP}",
                        "allows port 8081, which none of its pods listens on"),
                // Scaling and availability
                arguments(
                        "autoscaler targeting a missing Deployment",
                        "kind: Deployment, name: demo}",
                        "kind: Deployment, name: demo-v2}",
                        "scaleTargetRef Deployment/demo-v2 does not exist"),
                arguments(
                        "autoscaled Deployment also fixing its replicas",
                        "  revisionHistoryLimit: 3\n",
                        "  replicas: 2\n  revisionHistoryLimit: 3\n",
                        "Deployment/demo sets spec.replicas"),
                arguments(
                        "CPU autoscaling without a CPU request",
                        "requests: {cpu: 100m, memory: 256Mi}",
                        "requests: {memory: 256Mi}",
                        "scales on cpu utilisation but container demo requests no cpu"),
                arguments(
                        "autoscaled Deployment without a disruption budget",
                        DISRUPTION_BUDGET + "---\n",
                        "",
                        "Deployment/demo is autoscaled but no PodDisruptionBudget covers it"),
                arguments(
                        "disruption budget selecting no pods",
                        "  selector: {matchLabels: {app.kubernetes.io/name: demo}}\n",
                        "  selector: {matchLabels: {app.kubernetes.io/name: demo-old}}\n",
                        "PodDisruptionBudget/demo: selector matches no pods"),
                arguments(
                        "topology spread over other pods",
                        "labelSelector: {matchLabels: {app.kubernetes.io/name: demo}}",
                        "labelSelector: {matchLabels: {app.kubernetes.io/name: other}}",
                        "does not select the workload's own pods"),
                arguments(
                        "autoscaled Deployment without topology spread",
                        """
                              topologySpreadConstraints:
                                - maxSkew: 1
                                  topologyKey: kubernetes.io/hostname
                                  whenUnsatisfiable: ScheduleAnyway
                                  labelSelector: {matchLabels: {app.kubernetes.io/name: demo}}
                        """,
                        "",
                        "is autoscaled but has no topologySpreadConstraints"),
                // References
                arguments(
                        "env from a missing Secret",
                        "secretKeyRef: {name: demo-credentials,",
                        "secretKeyRef: {name: demo-creds,",
                        "Secret demo-creds does not exist"),
                arguments(
                        "env from a missing Secret key",
                        "key: password}",
                        "key: pasword}",
                        "Secret demo-credentials has no key pasword"),
                arguments(
                        "envFrom a missing ConfigMap",
                        "configMapRef: {name: demo-config}",
                        "configMapRef: {name: demo-conf}",
                        "ConfigMap demo-conf does not exist"),
                arguments(
                        "Ingress to a missing Service",
                        "backend: {service: {name: demo,",
                        "backend: {service: {name: demo-api,",
                        "Ingress/demo: backend Service demo-api does not exist"),
                arguments(
                        "Ingress to a missing Service port",
                        "port: {name: http}}",
                        "port: {name: web}}",
                        "Ingress/demo: backend port web is not a port of Service/demo"));
    }

    @ParameterizedTest(name = "rejects: {0}")
    @MethodSource("breakages")
    void rejectsBrokenManifest(String breakage, String compliantText, String brokenText, String expectedViolation) {
        assertThat(COMPLIANT)
                .as("the compliant app must contain the text this case breaks, exactly once")
                .containsOnlyOnce(compliantText);
        String broken = COMPLIANT.replace(compliantText, brokenText);

        assertThat(ManifestRules.check(Manifests.parse(broken)))
                .as(breakage)
                .anySatisfy(violation -> assertThat(violation).contains(expectedViolation));
    }

    /** Probes make no sense for a run-to-completion job; every other rule still applies to it. */
    @Test
    void jobsNeedNoProbesButEverythingElse() {
        String cronJob = """
                apiVersion: batch/v1
                kind: CronJob
                metadata:
                  name: demo-report
                  namespace: demo
                  labels: {app.kubernetes.io/name: demo-report, app.kubernetes.io/part-of: saywho}
                spec:
                  schedule: "0 3 * * *"
                  jobTemplate:
                    spec:
                      template:
                        metadata:
                          labels: {app.kubernetes.io/name: demo-report, app.kubernetes.io/part-of: saywho}
                        spec:
                          restartPolicy: OnFailure
                          terminationGracePeriodSeconds: 30
                          securityContext: {runAsNonRoot: true, runAsUser: 185, seccompProfile: {type: RuntimeDefault}}
                          containers:
                            - name: report
                              image: acme/demo-report:1.0.0
                              resources:
                                requests: {cpu: 50m, memory: 64Mi}
                                limits: {cpu: 500m, memory: 128Mi}
                              securityContext:
                                runAsNonRoot: true
                                readOnlyRootFilesystem: %s
                                allowPrivilegeEscalation: false
                                capabilities: {drop: [ALL]}
                              volumeMounts:
                                - {name: tmp, mountPath: /tmp}
                          volumes:
                            - {name: tmp, emptyDir: {}}
                """;

        assertThat(ManifestRules.check(Manifests.parse(cronJob.formatted("true"))))
                .isEmpty();
        assertThat(ManifestRules.check(Manifests.parse(cronJob.formatted("false"))))
                .containsExactly("CronJob/demo-report container report: readOnlyRootFilesystem must be true");
    }

    @Test
    void parsesQuarkusDurations() {
        assertThat(ManifestRules.quarkusDuration("30").toSeconds()).isEqualTo(30);
        assertThat(ManifestRules.quarkusDuration("30s").toSeconds()).isEqualTo(30);
        assertThat(ManifestRules.quarkusDuration("2m").toSeconds()).isEqualTo(120);
        assertThat(ManifestRules.quarkusDuration("PT45S").toSeconds()).isEqualTo(45);
        assertThat(ManifestRules.quarkusDuration("1500ms").toMillis()).isEqualTo(1500);
    }

    private static String base64(String value) {
        return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
    }
}
