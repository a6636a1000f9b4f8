package dev.saywho.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;

/** An object that runs pods (Deployment, StatefulSet, DaemonSet, Job, CronJob) with its pod template. */
record Workload(HasMetadata object, PodTemplateSpec template, LabelSelector selector) {

    static Optional<Workload> of(HasMetadata object) {
        if (object instanceof Deployment d && d.getSpec() != null) {
            return Optional.of(
                    new Workload(d, d.getSpec().getTemplate(), d.getSpec().getSelector()));
        }
        if (object instanceof StatefulSet s && s.getSpec() != null) {
            return Optional.of(
                    new Workload(s, s.getSpec().getTemplate(), s.getSpec().getSelector()));
        }
        if (object instanceof DaemonSet d && d.getSpec() != null) {
            return Optional.of(
                    new Workload(d, d.getSpec().getTemplate(), d.getSpec().getSelector()));
        }
        if (object instanceof Job j && j.getSpec() != null) {
            return Optional.of(
                    new Workload(j, j.getSpec().getTemplate(), j.getSpec().getSelector()));
        }
        if (object instanceof CronJob c
                && c.getSpec() != null
                && c.getSpec().getJobTemplate() != null
                && c.getSpec().getJobTemplate().getSpec() != null) {
            return Optional.of(
                    new Workload(c, c.getSpec().getJobTemplate().getSpec().getTemplate(), null));
        }
        return Optional.empty();
    }

    /** Deployments, StatefulSets and DaemonSets serve until stopped; Jobs and CronJobs run to completion. */
    boolean isLongRunning() {
        return object instanceof Deployment || object instanceof StatefulSet || object instanceof DaemonSet;
    }

    String kind() {
        return object.getKind();
    }

    String name() {
        return object.getMetadata().getName();
    }

    String namespace() {
        return object.getMetadata().getNamespace();
    }

    /** "Deployment/ingest-service", the prefix of every violation about this workload. */
    String ref() {
        return kind() + "/" + name();
    }

    PodSpec pod() {
        return template == null || template.getSpec() == null ? new PodSpec() : template.getSpec();
    }

    Map<String, String> podLabels() {
        return template == null
                        || template.getMetadata() == null
                        || template.getMetadata().getLabels() == null
                ? Map.of()
                : template.getMetadata().getLabels();
    }

    Map<String, String> podAnnotations() {
        return template == null
                        || template.getMetadata() == null
                        || template.getMetadata().getAnnotations() == null
                ? Map.of()
                : template.getMetadata().getAnnotations();
    }

    /** Init containers first, then the main ones: every one of them is held to the same rules. */
    List<Container> allContainers() {
        List<Container> containers = new ArrayList<>();
        if (pod().getInitContainers() != null) {
            containers.addAll(pod().getInitContainers());
        }
        if (pod().getContainers() != null) {
            containers.addAll(pod().getContainers());
        }
        return containers;
    }

    List<Container> mainContainers() {
        return pod().getContainers() == null ? List.of() : pod().getContainers();
    }

    boolean inNamespaceOf(HasMetadata other) {
        return Objects.equals(namespace(), other.getMetadata().getNamespace());
    }
}
