#!/usr/bin/env python3
"""Load test for the ingest service's NDJSON batch endpoint, with synthetic articles about fictional people.

    ingest-batch.py [--count 200] [--url http://localhost:8080] [--seed 1] [--api-key KEY] [--dry-run]

Generates N synthetic news articles (invented towns, people and organisations; direct, mixed and reported quotes),
streams them as one NDJSON request of {"title", "text", "source", "externalId"} lines to
POST {url}/api/v1/articles:batch while reading the NDJSON answer ({"line", "id", "status", "problem"?}) as it
arrives, and prints a summary: created / duplicate / rejected, wall time and articles/s. Every run gets its own run id,
which goes into the external ids and the texts, so repeated runs are not collapsed by duplicate detection (pass
--run-id to repeat a run on purpose and measure the duplicate path). The API key, when the service requires one, is
read from --api-key or $SAYWHO_API_KEY. Python 3 standard library only.
"""
import argparse
import collections
import http.client
import json
import os
import random
import sys
import threading
import time
import urllib.parse

BATCH_PATH = "/api/v1/articles:batch"
UPLOAD_PIECE = 64 * 1024

FIRST = ["Ilse", "Tomas", "Petra", "Joel", "Annika", "Laurent", "Deirdre", "Ruben", "Miriam", "Piet", "Oda", "Kasimir",
         "Liesel", "Anselm", "Maren", "Teodor", "Yara", "Bastian", "Ines", "Corvin", "Selma", "Matthis", "Noor", "Elio"]
LAST = ["Varga", "Brel", "Aldane", "Marchetti", "Solberg", "Okafor", "Voss", "Adeyemi", "Castellane", "Hallorann",
        "Lindqvist", "Ardent", "Trevane", "Mossgrove", "Kellerby", "Quennell", "Dunmore", "Farrowby", "Ostrander",
        "Penhallow", "Rookwood", "Skelling", "Thackery", "Wendover"]
TOWNS = ["Port Tessaly", "Marrow Bay", "Eastwick Hollow", "Caldermere", "Linden Reach", "Saltgrave", "Orrin Falls",
         "Brackenford", "Highmoor", "Quillon"]
ORGS = ["the {town} Harbour Authority", "the {town} Chamber of Commerce", "Greystone Marine", "the Orrin Institute",
        "the {town} Ferry Workers' Union", "the Northshore Institute of Maritime Studies", "the {town} Courier",
        "the Regional Transport Board", "Kellerby & Sons Engineering", "the {town} Tenants' Association"]
ROLES = ["Mayor", "Councilwoman", "Councilman", "Dr.", "Commissioner", "spokesman", "spokeswoman", "chief executive",
         "economist", "head of the union"]
JOBS = ["an economist", "a senior engineer", "the treasurer", "a board member", "the chief planner", "a researcher"]
TOPICS = [("bridge", "the new harbour bridge"), ("ferry", "the night ferry service"), ("school", "the east side school"),
          ("housing", "the riverside housing plan"), ("budget", "next year's budget"), ("water", "the reservoir upgrade"),
          ("tram", "the tram extension"), ("park", "the waterfront park")]
VERBS = ["said", "told reporters", "said in a statement", "added", "warned", "insisted", "wrote in a letter"]
QUOTES = ["We will not sign a contract we cannot pay for", "Nobody wants another decade of delays",
          "It is a setback, not a defeat", "The numbers simply do not add up", "Our members lose money every day",
          "We have asked for the figures three times", "This is the best offer on the table",
          "The city deserves an honest budget", "I have never seen a plan this rushed",
          "We will come back with something people can trust"]
REPORTED = ["the estimate was off by nearly a third", "the work could start before the summer",
            "the council had not seen the final figures", "the operator would publish its own numbers next month",
            "traffic across the old crossing had doubled in five years", "an independent auditor would be hired"]
MIXED = ["a reckless gamble with public money", "long overdue", "a plan written on the back of an envelope",
         "the right call at the wrong time", "simply unaffordable"]


def person(rng):
    return "%s %s" % (rng.choice(FIRST), rng.choice(LAST))


def article(rng, index, run_id):
    town = rng.choice(TOWNS)
    topic, phrase = rng.choice(TOPICS)
    people = [(person(rng), rng.choice(ROLES), rng.choice(ORGS).format(town=town)) for _ in range(rng.randint(2, 5))]
    day = rng.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"])
    amount = rng.randint(2, 900)
    title = "%s officials split over %s (%s #%d)" % (town, phrase, run_id, index)
    paragraphs = ["%s officials were divided on %s over %s, after a review put the cost at %d million crowns "
                  "(report %s-%d)." % (town, day, phrase, amount, run_id, index)]
    for name, role, org in people:
        surname = name.split()[-1]
        kind = rng.randrange(4)
        if kind == 0:
            paragraphs.append("\u201c%s,\u201d %s %s, of %s, %s. \u201c%s.\u201d" % (
                rng.choice(QUOTES), role, name, org, rng.choice(VERBS), rng.choice(QUOTES)))
        elif kind == 1:
            paragraphs.append("%s, %s at %s, said %s. %s added that the %s plan was \u201c%s.\u201d" % (
                name, rng.choice(JOBS), org, rng.choice(REPORTED), surname, topic, rng.choice(MIXED)))
        elif kind == 2:
            paragraphs.append("According to %s, %s. \u201c%s,\u201d %s said." % (
                org, rng.choice(REPORTED), rng.choice(QUOTES), name))
        else:
            paragraphs.append("\u201c%s,\u201d said %s. \u201c%s.\u201d" % (
                rng.choice(QUOTES), name, rng.choice(QUOTES)))
        paragraphs.append("The figure of %d was disputed by %d residents at a meeting on %s." % (
            rng.randint(10, 9999), rng.randint(5, 400), day))
    body = paragraphs[1:]
    rng.shuffle(body)
    paragraphs[1:] = body
    return {"title": title, "text": title + "\n\n" + "\n\n".join(paragraphs), "source": "saywho-load-test",
            "externalId": "load-%s-%06d" % (run_id, index)}


def upload(conn, body, failure):
    try:
        for i in range(0, len(body), UPLOAD_PIECE):
            conn.send(body[i:i + UPLOAD_PIECE])
    except OSError as ex:
        failure.append(ex)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--count", type=int, default=200, help="number of articles (default 200)")
    ap.add_argument("--url", default="http://localhost:8080", help="ingest service base URL")
    ap.add_argument("--seed", type=int, default=1, help="random seed for the article generator")
    ap.add_argument("--run-id", default=None, help="tag put into external ids and texts (default: time based)")
    ap.add_argument("--api-key", default=os.environ.get("SAYWHO_API_KEY"), help="X-API-Key (default $SAYWHO_API_KEY)")
    ap.add_argument("--timeout", type=float, default=1800.0, help="socket timeout in seconds")
    ap.add_argument("--dry-run", action="store_true", help="print the NDJSON request to stdout and exit")
    a = ap.parse_args(argv)
    if a.count < 1:
        ap.error("--count must be at least 1")

    run_id = a.run_id or time.strftime("%Y%m%dT%H%M%S", time.gmtime())
    rng = random.Random(a.seed)
    lines = [json.dumps(article(rng, i + 1, run_id), ensure_ascii=False) + "\n" for i in range(a.count)]
    body = "".join(lines).encode("utf-8")
    if a.dry_run:
        sys.stdout.write("".join(lines))
        return 0

    parsed = urllib.parse.urlsplit(a.url)
    if parsed.scheme != "http" or not parsed.hostname:
        ap.error("--url must look like http://host:port (got %r)" % a.url)
    conn = http.client.HTTPConnection(parsed.hostname, parsed.port or 80, timeout=a.timeout)
    try:
        conn.connect()
    except OSError as ex:
        raise SystemExit("cannot reach the ingest service at %s (%s)" % (a.url, ex))

    began = time.monotonic()
    conn.putrequest("POST", parsed.path.rstrip("/") + BATCH_PATH)
    conn.putheader("Content-Type", "application/x-ndjson")
    conn.putheader("Accept", "application/x-ndjson")
    conn.putheader("Content-Length", str(len(body)))
    if a.api_key:
        conn.putheader("X-API-Key", a.api_key)
    conn.endheaders()
    failure = []
    sender = threading.Thread(target=upload, args=(conn, body, failure), daemon=True)
    sender.start()
    response = conn.getresponse()
    if response.status != 200:
        detail = response.read(2000).decode("utf-8", "replace")
        raise SystemExit("the ingest service answered %d %s: %s" % (response.status, response.reason, detail))

    statuses = collections.Counter()
    problems = []
    first_result = None
    answered = 0
    for raw in response:
        if not raw.strip():
            continue
        if first_result is None:
            first_result = time.monotonic() - began
        item = json.loads(raw)
        answered += 1
        status = item.get("status", "?")
        statuses[status] += 1
        if item.get("problem") and len(problems) < 5:
            problems.append((item.get("line"), item["problem"]))
    wall = time.monotonic() - began
    sender.join()
    conn.close()

    created = statuses["created"]
    print("ingest batch: %d articles sent (%.1f MB), run %s, %s" % (a.count, len(body) / 1e6, run_id, a.url))
    print("  answered   %d line(s)%s" % (answered, "" if answered == a.count else "  (expected %d!)" % a.count))
    for status in ("created", "duplicate", "rejected"):
        print("  %-10s %d" % (status, statuses.pop(status, 0)))
    for status, count in sorted(statuses.items()):
        print("  %-10s %d (unexpected status)" % (status, count))
    print("  first result after %.2f s, wall time %.2f s (includes the batch's attributions)" % (
        first_result or 0.0, wall))
    print("  throughput %.1f created articles/s, %.1f answered lines/s" % (
        created / wall if wall else 0.0, answered / wall if wall else 0.0))
    for line, problem in problems:
        print("  line %s rejected: %s" % (line, json.dumps(problem, ensure_ascii=False)))
    if failure:
        print("  upload error: %s" % failure[0])
    return 0 if answered == a.count and not failure else 1


if __name__ == "__main__":
    sys.exit(main())
