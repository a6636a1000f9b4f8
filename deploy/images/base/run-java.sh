#!/bin/sh
# Entry point of the Debian-built base image: starts $JAVA_APP_JAR the way the public base image's run-java.sh does
# for the settings Saywho's images and manifests use. The heap ceiling is JAVA_MAX_MEM_RATIO percent (default 80) of
# the container's memory limit, which the JVM reads from the cgroup itself; JAVA_OPTS replaces nothing of ours and
# JAVA_OPTS_APPEND comes last, so a deployment can add flags; the JVM exits on OutOfMemoryError so the kubelet
# restarts the container instead of leaving a half-dead one.
set -eu
ratio="${JAVA_MAX_MEM_RATIO:-80}"
case "$ratio" in
    ''|*[!0-9]*) echo "run-java.sh: JAVA_MAX_MEM_RATIO must be a whole number of percent, not '$ratio'" >&2; exit 2 ;;
esac
jar="${JAVA_APP_JAR:-/deployments/quarkus-run.jar}"
if [ ! -f "$jar" ]; then
    echo "run-java.sh: no application jar at $jar (set JAVA_APP_JAR)" >&2
    exit 2
fi
cd "${JAVA_APP_DIR:-/deployments}"
# shellcheck disable=SC2086 # JAVA_OPTS and JAVA_OPTS_APPEND are lists of flags
exec java -XX:MaxRAMPercentage="$ratio" -XX:+ExitOnOutOfMemoryError ${JAVA_OPTS:-} ${JAVA_OPTS_APPEND:-} -jar "$jar" "$@"
