#!/usr/bin/env python3
"""Turn a gold-format JSONL corpus into scorer-format predictions using the attribution service.

    predict.py CORPUS.jsonl PRED.jsonl [--url http://localhost:8081] [--timeout 600]

Streams one {"id", "text"} NDJSON line per article to POST {url}/api/v1/attributions:batch and reads the NDJSON
answer line by line while the upload is still running (so neither side can block on a full socket buffer).
Writes one PRED line per article in the format of shared/eval/score.py:

    {"id", "quotes": [{"start", "end", "text", "speaker", "speakerStart", "speakerEnd", "fragments", "type"}]}

The service answers with Java String (UTF-16) offsets; the scorer uses Python code-point offsets, so every
offset is converted (they differ after any character outside the Basic Multilingual Plane).
Python 3 standard library only.
"""
import argparse
import bisect
import http.client
import json
import sys
import threading
import time
import urllib.parse

BATCH_PATH = "/api/v1/attributions:batch"
UPLOAD_PIECE = 64 * 1024


class OffsetMap:
    """Converts Java UTF-16 offsets of one text into Python code-point offsets."""

    def __init__(self, text):
        # UTF-16 offset just after each supplementary (surrogate-pair) character, in order.
        self._pair_ends = []
        utf16 = 0
        for ch in text:
            utf16 += 2 if ord(ch) > 0xFFFF else 1
            if ord(ch) > 0xFFFF:
                self._pair_ends.append(utf16)
        self._length = len(text)

    def cp(self, utf16_offset):
        if utf16_offset is None:
            return None
        if not self._pair_ends:
            return utf16_offset
        # An offset falling between the two halves of a pair (never produced by a correct engine) rounds up.
        return min(self._length, utf16_offset - bisect.bisect_right(self._pair_ends, utf16_offset))


def read_corpus(path):
    articles = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                doc = json.loads(line)
            except ValueError as ex:
                raise SystemExit("%s:%d: bad JSON (%s)" % (path, number, ex))
            if "id" not in doc or not isinstance(doc.get("text"), str):
                raise SystemExit("%s:%d: a corpus line needs \"id\" and \"text\"" % (path, number))
            articles.append((str(doc["id"]), doc["text"]))
    return articles


def to_pred_quote(quote, text, offsets):
    start, end = offsets.cp(quote["start"]), offsets.cp(quote["end"])
    fragments = [[offsets.cp(f["start"]), offsets.cp(f["end"])] for f in (quote.get("fragments") or [])]
    speaker = quote.get("speaker") or {}
    mention = speaker.get("mention") or {}
    return {
        "start": start,
        "end": end,
        "text": text[start:end],
        "speaker": speaker.get("name"),
        "speakerStart": offsets.cp(mention.get("start")),
        "speakerEnd": offsets.cp(mention.get("end")),
        "fragments": fragments or [[start, end]],
        "type": (quote.get("type") or "").lower() or None,
    }


def upload(conn, body, failure):
    try:
        for i in range(0, len(body), UPLOAD_PIECE):
            conn.send(body[i:i + UPLOAD_PIECE])
    except OSError as ex:  # the server may close early after answering with an error
        failure.append(ex)


def predict(articles, url, timeout):
    parsed = urllib.parse.urlsplit(url)
    if parsed.scheme != "http" or not parsed.hostname:
        raise SystemExit("--url must look like http://host:port (got %r)" % url)
    body = "".join(json.dumps({"id": doc_id, "text": text}, ensure_ascii=False) + "\n"
                   for doc_id, text in articles).encode("utf-8")
    conn = http.client.HTTPConnection(parsed.hostname, parsed.port or 80, timeout=timeout)
    try:
        conn.connect()
    except OSError as ex:
        raise SystemExit("cannot reach the attribution service at %s (%s); start it first, e.g.\n"
                         "  java -jar attribution-service/target/quarkus-app/quarkus-run.jar" % (url, ex))
    conn.putrequest("POST", parsed.path.rstrip("/") + BATCH_PATH)
    conn.putheader("Content-Type", "application/x-ndjson")
    conn.putheader("Accept", "application/x-ndjson")
    conn.putheader("Content-Length", str(len(body)))
    conn.endheaders()
    failure = []
    sender = threading.Thread(target=upload, args=(conn, body, failure), daemon=True)
    sender.start()
    response = conn.getresponse()
    if response.status != 200:
        detail = response.read(2000).decode("utf-8", "replace")
        raise SystemExit("the service answered %d %s: %s" % (response.status, response.reason, detail))
    results = {}
    for raw in response:
        if not raw.strip():
            continue
        item = json.loads(raw)
        results[int(item["line"])] = item
    sender.join()
    conn.close()
    if failure and len(results) < len(articles):
        raise SystemExit("upload failed: %s" % failure[0])
    return results


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", help="gold-format JSONL ({\"id\", \"text\", ...} per line)")
    ap.add_argument("pred", help="where to write the PRED JSONL")
    ap.add_argument("--url", default="http://localhost:8081", help="attribution service base URL")
    ap.add_argument("--timeout", type=float, default=600.0, help="socket timeout in seconds")
    a = ap.parse_args(argv)

    articles = read_corpus(a.corpus)
    began = time.monotonic()
    results = predict(articles, a.url, a.timeout)
    elapsed = time.monotonic() - began

    problems = quotes = 0
    versions = set()
    with open(a.pred, "w", encoding="utf-8") as out:
        for line, (doc_id, text) in enumerate(articles, 1):
            item = results.get(line)
            pred = []
            if item is None or item.get("problem"):
                problems += 1
                reason = "no answer" if item is None else json.dumps(item["problem"], ensure_ascii=False)
                sys.stderr.write("warning: %s: %s (counted as no quotes)\n" % (doc_id, reason))
            else:
                if item.get("id") not in (None, doc_id):
                    raise SystemExit("answer for line %d has id %r, expected %r" % (line, item.get("id"), doc_id))
                versions.add(item.get("engineVersion"))
                offsets = OffsetMap(text)
                pred = [to_pred_quote(q, text, offsets) for q in item.get("quotes") or []]
            quotes += len(pred)
            out.write(json.dumps({"id": doc_id, "quotes": pred}, ensure_ascii=False) + "\n")
    sys.stderr.write("%d articles, %d quotes, %d problems in %.1f s (%.1f articles/s), engine %s -> %s\n" % (
        len(articles), quotes, problems, elapsed, len(articles) / elapsed if elapsed else 0.0,
        ",".join(sorted(str(v) for v in versions)) or "?", a.pred))
    return 0


if __name__ == "__main__":
    sys.exit(main())
