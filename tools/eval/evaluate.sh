#!/usr/bin/env bash
# Scores the running attribution service against a gold corpus.
#
#   tools/eval/evaluate.sh [CORPUS] [URL]
#
# CORPUS defaults to ../shared/eval/dev.jsonl (relative to the repository root), URL to http://localhost:8081.
# Writes the predictions to build/eval/pred.jsonl and prints the scorer's table twice: all types, then direct+mixed
# (the like-for-like rows for a direct-quote service; see shared/eval/README.md).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
corpus="${1:-$root/../shared/eval/dev.jsonl}"
url="${2:-http://localhost:8081}"
scorer="$root/../shared/eval/score.py"
pred="$root/build/eval/pred.jsonl"

if [[ ! -f "$corpus" ]]; then
    echo "error: corpus not found: $corpus" >&2
    exit 1
fi
if [[ ! -f "$scorer" ]]; then
    echo "error: scorer not found: $scorer" >&2
    exit 1
fi
if ! python3 - "$url" <<'PY'
import sys, urllib.error, urllib.request
try:
    urllib.request.urlopen(sys.argv[1].rstrip("/") + "/q/health/live", timeout=5)
except urllib.error.HTTPError:
    pass  # it answers, so it is up (a DOWN check is reported by the batch call itself)
except Exception:
    sys.exit(1)
PY
then
    echo "error: the attribution service is not up at $url (no answer to GET /q/health/live)." >&2
    echo "       start it with: ./mvnw -B -q -pl attribution-service package -DskipTests" >&2
    echo "                      java -jar attribution-service/target/quarkus-app/quarkus-run.jar" >&2
    exit 1
fi

mkdir -p "$(dirname "$pred")"
python3 "$root/tools/eval/predict.py" "$corpus" "$pred" --url "$url"
echo
echo "== all types =="
python3 "$scorer" "$corpus" "$pred"
echo
echo "== direct,mixed =="
python3 "$scorer" "$corpus" "$pred" --types direct,mixed
