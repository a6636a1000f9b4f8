#!/bin/sh
# Creates the cluster on first start from POSTGRES_USER, POSTGRES_PASSWORD, POSTGRES_DB and PGDATA (the contract of the
# public postgres image the dev overlay names), then runs PostgreSQL in the foreground. Connections from other hosts
# must give the password (scram-sha-256); only local socket connections inside the container are trusted.
set -eu
bin=/usr/lib/postgresql/15/bin
: "${PGDATA:=/var/lib/postgresql/data}"
: "${POSTGRES_USER:=postgres}"
: "${POSTGRES_DB:=$POSTGRES_USER}"
if [ ! -s "$PGDATA/PG_VERSION" ]; then
    if [ -z "${POSTGRES_PASSWORD:-}" ]; then
        echo "postgresql-entrypoint: POSTGRES_PASSWORD is required to create the cluster" >&2
        exit 1
    fi
    mkdir -p "$PGDATA"
    chmod 0700 "$PGDATA"
    pwfile=$(mktemp)
    printf '%s\n' "$POSTGRES_PASSWORD" > "$pwfile"
    "$bin/initdb" -D "$PGDATA" -U "$POSTGRES_USER" --pwfile="$pwfile" -E UTF8 --locale=C.UTF-8 \
        --auth-local=trust --auth-host=scram-sha-256
    rm -f "$pwfile"
    printf "listen_addresses = '*'\n" >> "$PGDATA/postgresql.conf"
    printf 'host all all all scram-sha-256\n' >> "$PGDATA/pg_hba.conf"
    if [ "$POSTGRES_DB" != postgres ]; then
        echo "CREATE DATABASE \"$POSTGRES_DB\" OWNER \"$POSTGRES_USER\";" \
            | "$bin/postgres" --single -j -D "$PGDATA" postgres > /dev/null
    fi
fi
exec "$bin/postgres" -D "$PGDATA"
