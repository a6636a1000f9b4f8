package dev.saywho.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code ./saywho images} ({@code deploy/images/build.sh}) produces: the two services, tagged with the project
 * version, and the dev database stand-in. {@code ImageBuildTest} holds this to the script, and the manifest rules hold
 * every {@code saywho/} image a manifest names to this.
 */
final class ImageBuild {

    static final Path SCRIPT = Path.of("images", "build.sh");
    /** The stand-in for the dev overlay's public PostgreSQL image, built from Debian packages. */
    static final String DATABASE_STAND_IN = "postgresql-dev";

    static final String DATABASE_STAND_IN_TAG = "15";

    private static final Pattern PROJECT_VERSION = Pattern.compile("(?m)^    <version>([^<]+)</version>$");

    private ImageBuild() {}

    /** The project version in the root pom (the first version at the project's own indentation). */
    static String projectVersion() {
        try {
            Matcher m = PROJECT_VERSION.matcher(Files.readString(Path.of("..", "pom.xml")));
            if (!m.find()) {
                throw new IllegalStateException("no project version in ../pom.xml");
            }
            return m.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Image name under {@code saywho/} to the tag the build gives it. */
    static Map<String, String> produced() {
        String version = projectVersion();
        return Map.of(
                "attribution-service", version, "ingest-service", version, DATABASE_STAND_IN, DATABASE_STAND_IN_TAG);
    }

    /** The image reference of a service as the build tags it ({@code saywho/<service>:<version>}). */
    static String serviceImage(String service) {
        return "saywho/" + service + ":" + projectVersion();
    }

    static String databaseStandIn() {
        return "localhost/saywho/" + DATABASE_STAND_IN + ":" + DATABASE_STAND_IN_TAG;
    }

    /** Every image the build produces, as podman names them: the two services, then the database stand-in. */
    static java.util.List<String> images() {
        return java.util.List.of(
                serviceImage("attribution-service"), serviceImage("ingest-service"), databaseStandIn());
    }
}
