package dev.saywho.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** {@link ImageBuild} says what {@code deploy/images/build.sh} builds; these hold the two to each other. */
class ImageBuildTest {

    @Test
    void theScriptBuildsBothServicesWithTheProjectVersionAndTheDatabaseStandIn() throws IOException {
        String script = Files.readString(ImageBuild.SCRIPT);

        assertThat(script).contains("for service in attribution-service ingest-service; do");
        assertThat(script).contains("image=\"saywho/$service:$version\"");
        assertThat(script).contains("POSTGRESQL_IMAGE=" + ImageBuild.databaseStandIn());
        assertThat(ImageBuild.produced()).containsOnlyKeys("attribution-service", "ingest-service", "postgresql-dev");
    }

    @Test
    void eachServiceImageTakesItsBaseAndLabelsAsBuildArguments() throws IOException {
        for (String service : new String[] {"attribution-service", "ingest-service"}) {
            String dockerfile = Files.readString(Path.of("..", service, "src", "main", "docker", "Dockerfile.jvm"));

            assertThat(dockerfile).contains("ARG BASE_IMAGE=registry.access.redhat.com/ubi9/openjdk-17-runtime:");
            assertThat(dockerfile).contains("FROM ${BASE_IMAGE}");
            for (String label : new String[] {"version", "revision", "source", "licenses"}) {
                assertThat(dockerfile).contains("org.opencontainers.image." + label + "=");
            }
            assertThat(dockerfile).contains("USER 185");
            assertThat(dockerfile).contains("ENTRYPOINT [ \"/opt/jboss/container/java/run/run-java.sh\" ]");
        }
    }

    @Test
    void theDebianBaseKeepsThePublicBasesUserLayoutAndEntryPoint() throws IOException {
        String base = Files.readString(Path.of("images", "base", "Containerfile"));

        assertThat(base).contains("useradd --uid 185");
        assertThat(base).contains("/deployments");
        assertThat(base).contains("ENTRYPOINT [ \"/opt/jboss/container/java/run/run-java.sh\" ]");
        assertThat(base).contains("USER 185");
    }

    @Test
    void theProjectVersionIsReadFromTheRootPom() {
        assertThat(ImageBuild.projectVersion()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }
}
