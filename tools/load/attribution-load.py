#!/usr/bin/env python3
"""Load test for the attribution service: articles of a corpus posted over keep-alive connections by N client threads.

    attribution-load.py CORPUS [--url http://127.0.0.1:8081] [--threads 4] [--articles 300] [--warmup 100]
                               [--api-key KEY]

CORPUS is a file in the format of shared/eval/README.md (one JSON article per line; only "id" and "text" are read).
The first --articles articles are posted to POST {url}/api/v1/attributions as {"id", "text"}, split over --threads
threads, each with its own keep-alive connection; --warmup articles are posted first and not counted (a JVM is slow
until its code is compiled). Prints articles/s over the wall time, the latency p50/p90/p99 per request, the engine
version the service reports and any non-200 answer. Traffic stays where --url points (keep it on 127.0.0.1).
Python 3 standard library only.
"""
import argparse
import http.client
import json
import os
import sys
import threading
import time
import urllib.parse

PATH = "/api/v1/attributions"


def read_corpus(path, limit):
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            a = json.loads(line)
            out.append(json.dumps({"id": str(a["id"])[:200], "text": a["text"]}).encode("utf-8"))
            if len(out) == limit:
                break
    return out


def worker(url, bodies, headers, latencies, failures, versions):
    parsed = urllib.parse.urlparse(url)
    conn = http.client.HTTPConnection(parsed.hostname, parsed.port or 80, timeout=60)
    for body in bodies:
        began = time.perf_counter()
        conn.request("POST", PATH, body=body, headers=headers)
        response = conn.getresponse()
        payload = response.read()
        latencies.append(time.perf_counter() - began)
        if response.status != 200:
            failures.append((response.status, payload[:200]))
        elif not versions:
            versions.append(json.loads(payload).get("engineVersion"))
    conn.close()


def run(url, bodies, threads, headers):
    latencies, failures, versions = [], [], []
    parts = [bodies[i::threads] for i in range(threads)]
    pool = [threading.Thread(target=worker, args=(url, part, headers, latencies, failures, versions))
            for part in parts]
    began = time.perf_counter()
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    return time.perf_counter() - began, sorted(latencies), failures, versions


def percentile(sorted_values, p):
    if not sorted_values:
        return float("nan")
    return sorted_values[min(len(sorted_values) - 1, int(p * len(sorted_values)))]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus")
    ap.add_argument("--url", default="http://127.0.0.1:8081")
    ap.add_argument("--threads", type=int, default=4)
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--warmup", type=int, default=100)
    ap.add_argument("--api-key", default=os.environ.get("SAYWHO_API_KEY"))
    args = ap.parse_args(argv)
    if not 1 <= args.threads <= 64 or not 1 <= args.articles <= 100_000 or not 0 <= args.warmup <= 100_000:
        ap.error("--threads 1-64, --articles 1-100000, --warmup 0-100000")
    headers = {"Content-Type": "application/json", "Connection": "keep-alive"}
    if args.api_key:
        headers["X-API-Key"] = args.api_key
    bodies = read_corpus(args.corpus, args.articles)
    if args.warmup:
        run(args.url, (bodies * (args.warmup // len(bodies) + 1))[:args.warmup], args.threads, headers)
    wall, latencies, failures, versions = run(args.url, bodies, args.threads, headers)
    print("engine %s: %d articles, %d threads, %.1f s: %.1f articles/s; latency p50 %.1f ms, p90 %.1f ms, p99 %.1f ms"
          % (versions[0] if versions else "?", len(bodies), args.threads, wall, len(bodies) / wall,
             1000 * percentile(latencies, 0.5), 1000 * percentile(latencies, 0.9), 1000 * percentile(latencies, 0.99)))
    for status, body in failures[:5]:
        print("  HTTP %d: %s" % (status, body.decode("utf-8", "replace")), file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
