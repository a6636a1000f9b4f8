#!/usr/bin/env bash
# Builds the container images of both services with podman, tagged with the project version and labelled (OCI:
# version, revision, source, licence, base). Called by `./saywho images`; see deploy/README.md ("Images").
#
#   --base debian   (default) the base assembled from Debian packages (deploy/images/base): debootstrap
#                   --variant=minbase with openjdk-17-jre-headless, imported into podman; for machines that reach no
#                   container registry. Also builds the dev database stand-in (deploy/images/postgresql).
#   --base public   the public base the Dockerfiles name (registry.access.redhat.com/ubi9/openjdk-17-runtime:1.23)
#   --rebuild-base  debootstrap again even when the base is in podman's store already (it is kept between runs)
#   --no-package    use the services' target/quarkus-app as it is instead of running ./mvnw package first
set -euo pipefail
cd "$(dirname "$0")/../.."
export CONTAINERS_CONF="${CONTAINERS_CONF:-$PWD/deploy/images/containers.conf}"

ROOTFS_IMAGE=localhost/saywho/debian-rootfs:bookworm
DEBIAN_BASE_IMAGE=localhost/saywho/openjdk-17-runtime:bookworm
POSTGRESQL_IMAGE=localhost/saywho/postgresql-dev:15
PUBLIC_BASE_IMAGE=registry.access.redhat.com/ubi9/openjdk-17-runtime:1.23
DEBIAN_MIRROR="${SAYWHO_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
# The code has no licence of its own yet (NOTICE); the trained models it ships are CC BY-SA 4.0.
LICENCE="${SAYWHO_IMAGE_LICENCE:-LicenseRef-Saywho AND CC-BY-SA-4.0}"

base=debian
rebuild_base=false
package=true
while [ $# -gt 0 ]; do
    case "$1" in
        --base)
            [ $# -ge 2 ] || { echo "--base needs a value: debian or public" >&2; exit 2; }
            case "$2" in debian|public) base=$2 ;; *) echo "--base is debian or public, not '$2'" >&2; exit 2 ;; esac
            shift 2 ;;
        --rebuild-base) rebuild_base=true; shift ;;
        --no-package) package=false; shift ;;
        *) echo "unknown option: $1 (see deploy/images/build.sh)" >&2; exit 2 ;;
    esac
done

for tool in podman git; do
    command -v "$tool" > /dev/null || { echo "$tool is missing: apt-get install podman" >&2; exit 1; }
done

log() { printf '\n==> %s\n' "$*"; }

version=$(sed -n 's:^    <version>\(.*\)</version>$:\1:p' pom.xml | head -n 1)
[ -n "$version" ] || { echo "cannot read the project version from pom.xml" >&2; exit 1; }
revision=$(git rev-parse HEAD 2> /dev/null || echo unknown)
if [ "$revision" != unknown ] && [ -n "$(git status --porcelain --untracked-files=no 2> /dev/null)" ]; then
    revision="$revision-dirty"
fi
source_url=$(git remote get-url origin 2> /dev/null || echo unknown)

if [ "$base" = debian ]; then
    if [ "$rebuild_base" = true ] || ! podman image exists "$ROOTFS_IMAGE"; then
        command -v debootstrap > /dev/null || { echo "debootstrap is missing: apt-get install debootstrap" >&2; exit 1; }
        rootfs=$(mktemp -d /var/tmp/saywho-rootfs.XXXXXX)
        trap 'rm -rf "$rootfs"' EXIT
        log "debootstrap: Debian 12 minbase with openjdk-17-jre-headless and curl (about 1 to 3 minutes)"
        debootstrap --variant=minbase --include=openjdk-17-jre-headless,curl,ca-certificates \
            bookworm "$rootfs" "$DEBIAN_MIRROR" > "$rootfs.log" 2>&1 \
            || { tail -n 20 "$rootfs.log" >&2; exit 1; }
        rm -f "$rootfs.log"
        echo "debootstrap took $SECONDS s"
        rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/*
        log "Importing the root file system as $ROOTFS_IMAGE"
        tar -C "$rootfs" -c . | podman import - "$ROOTFS_IMAGE" > /dev/null
        rm -rf "$rootfs"
        trap - EXIT
    fi
    log "Base image $DEBIAN_BASE_IMAGE and the dev database stand-in $POSTGRESQL_IMAGE"
    podman build -q --build-arg ROOTFS="$ROOTFS_IMAGE" -t "$DEBIAN_BASE_IMAGE" deploy/images/base > /dev/null
    podman build -q --build-arg ROOTFS="$ROOTFS_IMAGE" -t "$POSTGRESQL_IMAGE" deploy/images/postgresql > /dev/null
    base_image=$DEBIAN_BASE_IMAGE
else
    base_image=$PUBLIC_BASE_IMAGE
fi

if [ "$package" = true ]; then
    log "Packaging both services (./mvnw package, tests skipped: ./mvnw verify runs them)"
    ./mvnw -B -q package -DskipTests -Dspotless.check.skip=true -pl attribution-service,ingest-service -am
fi

for service in attribution-service ingest-service; do
    [ -f "$service/target/quarkus-app/quarkus-run.jar" ] \
        || { echo "$service/target/quarkus-app is missing: run without --no-package" >&2; exit 1; }
    image="saywho/$service:$version"
    log "Building $image on $base_image"
    podman build -q -f "$service/src/main/docker/Dockerfile.jvm" \
        --build-arg BASE_IMAGE="$base_image" \
        --build-arg VERSION="$version" \
        --build-arg REVISION="$revision" \
        --build-arg SOURCE="$source_url" \
        --build-arg LICENCE="$LICENCE" \
        -t "$image" "$service" > /dev/null
done

log "Images (built in $SECONDS s)"
podman images --filter reference='saywho/*' --filter reference='localhost/saywho/*' \
    --format '{{.Repository}}:{{.Tag}}  {{.Size}}'
