#!/usr/bin/env bash
# Web application benchmark on PostgreSQL: seeds a fresh database with 10,000 synthetic articles (100,000 quotes) plus
# one 5,000-word article with 100 quotes, starts the packaged ingest service on it, and measures
#   1. each page's response time on loopback (curl, after warm-up: median and 90th percentile of 30 requests);
#   2. every SQL statement a dashboard request runs, with its plan (auto_explain, ANALYZE + BUFFERS) and duration.
# Output: target/web-bench/ (timings.txt, plans-*.txt, each page's body under bodies/). Needs PostgreSQL on
# 127.0.0.1:5432 (trust, user postgres), python3, curl and a packaged ingest service
# (./mvnw -B -pl ingest-service -am package -DskipTests).
#
#   tools/web-bench/run.sh [--articles N] [--keep]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
ARTICLES=10000
KEEP=false
while [ $# -gt 0 ]; do
    case "$1" in
        --articles) ARTICLES=$2; shift 2 ;;
        --keep) KEEP=true; shift ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
DB="saywho_webbench_$$"
PG_LOG="${SAYWHO_PG_LOG:-/var/log/postgresql/postgresql-$(ls /etc/postgresql | sort -V | tail -n 1)-main.log}"
OUT="$ROOT/target/web-bench"
JAR="$ROOT/ingest-service/target/quarkus-app/quarkus-run.jar"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
BASE="http://127.0.0.1:$PORT"
[ -f "$JAR" ] || { echo "no $JAR: package ingest-service first" >&2; exit 1; }
mkdir -p "$OUT/bodies"
psql_q() { psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qAt "$@"; }

INGEST_PID=
stop_ingest() {
    if [ -n "$INGEST_PID" ] && kill -0 "$INGEST_PID" 2>/dev/null; then
        kill "$INGEST_PID"
        wait "$INGEST_PID" 2>/dev/null || true
    fi
    INGEST_PID=
}
cleanup() {
    stop_ingest
    if [ "$KEEP" != true ]; then
        psql_q -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1 || true
    fi
}
trap cleanup EXIT

# $1: extra JDBC URL parameters. Scheduler off: seeded PENDING articles must not be retried mid-measurement.
start_ingest() {
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB?user=postgres$1" \
        java -Xmx512m -Dquarkus.http.port="$PORT" -Dquarkus.scheduler.enabled=false \
        -Dquarkus.rest-client.attribution.url=http://127.0.0.1:9 -jar "$JAR" >"$OUT/ingest.log" 2>&1 &
    INGEST_PID=$!
    for _ in $(seq 1 240); do
        curl -fsS -o /dev/null "$BASE/q/health/ready" 2>/dev/null && return 0
        kill -0 "$INGEST_PID" 2>/dev/null || { tail -n 40 "$OUT/ingest.log" >&2; exit 1; }
        sleep 0.5
    done
    echo "ingest did not become ready" >&2
    exit 1
}

echo "Creating $DB and migrating it (ingest's Flyway)"
psql_q -d postgres -c "CREATE DATABASE $DB"
start_ingest ""
stop_ingest
echo "Seeding $ARTICLES articles"
python3 "$ROOT/tools/web-bench/seed.py" --articles "$ARTICLES" 2>"$OUT/seed.txt" | psql_q -d "$DB" >/dev/null
cat "$OUT/seed.txt"
LONG_ID=$(sed -E 's/^long article: id ([0-9]+).*/\1/' "$OUT/seed.txt")
FIRST_DAY=$(psql_q -d "$DB" -c "SELECT to_char(max(published_at) - interval '30 days', 'YYYY-MM-DD') FROM article")

PAGES=(
    "/articles/$LONG_ID"
    "/"
    "/?source=orrin-daily"
    "/?from=$FIRST_DAY"
    "/?source=orrin-daily&from=$FIRST_DAY"
    "/speakers/1"
    "/quotes?q=harbour+bridge"
    "/api/v1/statistics/sources"
    "/api/v1/statistics/sources?interval=day"
    "/review"
)

time_page() {
    local url="$BASE$1" times
    # the body too, to compare the answers of two builds (diff -r target/web-bench/bodies of each run)
    curl -fsS -o "$OUT/bodies/$(echo "$1" | tr -c 'a-zA-Z0-9\n' '_')" "$url"
    for _ in $(seq 1 4); do curl -fsS -o /dev/null "$url"; done
    times=$(for _ in $(seq 1 30); do curl -fsS -o /dev/null -w '%{time_total}\n' "$url"; done | sort -n)
    printf '%-45s median %6.1f ms   p90 %6.1f ms\n' "$1" \
        "$(echo "$times" | sed -n 15p | awk '{print $1 * 1000}')" "$(echo "$times" | sed -n 27p | awk '{print $1 * 1000}')"
}

echo "Timing pages (loopback, 5 warm-up + 30 requests each)"
start_ingest ""
{
    echo "# $(date -u +%FT%TZ) $ARTICLES articles + 1 long; $(nproc) cores; $(psql_q -d "$DB" -c 'SELECT count(*) FROM quote') quotes"
    for page in "${PAGES[@]}"; do time_page "$page"; done
} | tee "$OUT/timings.txt"
stop_ingest

echo "Plans of the statements each dashboard request runs (auto_explain: ANALYZE, BUFFERS)"
start_ingest "&options=-c%20session_preload_libraries=auto_explain%20-c%20auto_explain.log_min_duration=0%20-c%20auto_explain.log_analyze=on%20-c%20auto_explain.log_buffers=on%20-c%20auto_explain.log_timing=off"
for page in "/" "/?source=orrin-daily&from=$FIRST_DAY"; do
    curl -fsS -o /dev/null "$BASE$page"   # warm: plans of a cold cache are not the steady state
    start_line=$(($(wc -l <"$PG_LOG") + 1))
    curl -fsS -o /dev/null "$BASE$page"
    sleep 1
    name=$(echo "$page" | tr -c 'a-zA-Z0-9\n' '_')
    tail -n +"$start_line" "$PG_LOG" >"$OUT/plans$name.txt"
    echo "== $page: statement durations (ms)"
    grep -oE 'duration: [0-9.]+ ms' "$OUT/plans$name.txt" | awk '{print "   " $2; total += $2} END {printf "   total %.1f ms over %d statements\n", total, NR}'
    grep -E 'Seq Scan|Index Scan|Index Only Scan|Bitmap Index Scan' "$OUT/plans$name.txt" | sed -E 's/ +\(.*//; s/^.*(Seq Scan|Index Only Scan|Index Scan|Bitmap Index Scan)/   \1/' | sort | uniq -c
done
echo "Full plans: $OUT/plans*.txt"
