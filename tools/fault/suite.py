#!/usr/bin/env python3
"""Saywho fault-and-load suite: starts the packaged services on loopback and checks how they behave under bad input,
crashes, attribution faults and load. Python 3 standard library only.

    python3 tools/fault/suite.py [--short] [--db h2|postgres|both] [--jars-from DIR] [--report FILE]
                                 [--sections matrix,crash,faults,bounds,load] [--keep]

Sections (see tools/fault/README.md for every case):
  matrix  bad-input matrix against both services (API keys configured on both)
  crash   SIGKILL of the ingest JVM during an NDJSON batch and during concurrent single POSTs, then restart on the
          same database: every acknowledged article exists, ends ATTRIBUTED, none twice (once per database)
  faults  a fake attribution service (proxy / down / hang / garbage / poison) between ingest and the real one
  bounds  issue 19, once per database: publication and query dates out of range, 220 MB form bodies (413 at once,
          411 when chunked), 8 concurrent re-attributions (200/409, the quotes stored once), lone surrogates (400),
          custom method names (the http_server_requests series must not grow), bounded searches under concurrent
          writes, and how fast a backlog of PENDING articles drains once attribution is back
  load    10,000 articles (--short: 1,000) through POST /api/v1/articles at concurrency 32, into PostgreSQL

Every service is a real JVM (java -Xmx512m -Dquarkus.http.port=PORT -jar quarkus-run.jar) bound to 127.0.0.1, in its
own temporary working directory, its log kept there. Every PostgreSQL database is created fresh on 127.0.0.1:5432 and
dropped at the end. Prints a table per section and, last, a line "N passed, M failed"; exits 1 if any check failed.
"""
import argparse
import collections
import csv
import http.client
import importlib.util
import io
import json
import os
import random
import re
import select
import shutil
import signal
import socket
import string
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
LOOPBACK = "127.0.0.1"
PG_PORT = 5432
REQUEST_LIMIT_S = 10.0          # no single request of the matrix may take longer
BUDGET_LIMIT_S = 12.0           # a POST while attribution hangs: the 10 s synchronous budget plus slack
START_TIMEOUT_S = 120.0
SECTIONS = ("matrix", "crash", "faults", "bounds", "load")

# Retry settings that make the background retry job act within seconds instead of minutes.
FAST_RETRY_ENV = {
    "SAYWHO_INGEST_RETRY_INTERVAL": "2s",
    "SAYWHO_INGEST_RETRY_LEASE": "5s",
    "SAYWHO_INGEST_RETRY_FIRST_BACKOFF": "1s",
}


class Interrupted(Exception):
    """Raised by the SIGTERM handler (SIGINT raises KeyboardInterrupt) so that the cleanup runs."""


def log(message):
    print(message, flush=True)


def random_key(length=32):
    return "".join(random.SystemRandom().choice(string.ascii_letters + string.digits) for _ in range(length))


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((LOOPBACK, 0))
        return s.getsockname()[1]


def load_generator():
    """The synthetic-article generator of tools/load/ingest-batch.py, imported (its file name has a dash)."""
    path = os.path.join(REPO, "tools", "load", "ingest-batch.py")
    spec = importlib.util.spec_from_file_location("saywho_ingest_batch", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# ----------------------------------------------------------------------------------------------------------------------
# Results
# ----------------------------------------------------------------------------------------------------------------------

class Section:
    def __init__(self, title):
        self.title = title
        self.rows = []          # (case, expected, got, ok)
        self.notes = []
        self.services = []      # services whose log tails are printed when a row fails
        self.started = time.monotonic()
        self.seconds = None

    def add(self, case, expected, got, ok):
        self.rows.append((case, expected, got, bool(ok)))
        log("  [%s] %s | expected %s | got %s" % ("PASS" if ok else "FAIL", case, expected, got))
        return bool(ok)

    def note(self, text):
        self.notes.append(text)
        log("  note: " + text)

    @property
    def failed(self):
        return sum(1 for r in self.rows if not r[3])


class Report:
    def __init__(self):
        self.sections = []
        self.figures = []       # (name, value)
        self.started = time.monotonic()
        self.header = []

    def section(self, title):
        log("\n== %s ==" % title)
        sec = Section(title)
        self.sections.append(sec)
        return sec

    def figure(self, name, value):
        self.figures.append((name, value))

    def counts(self):
        passed = sum(1 for s in self.sections for r in s.rows if r[3])
        failed = sum(1 for s in self.sections for r in s.rows if not r[3])
        return passed, failed

    @staticmethod
    def _clip(text, width):
        text = str(text).replace("\n", " ")
        return text if len(text) <= width else text[:width - 1] + "…"

    def text(self):
        out = []
        for sec in self.sections:
            out.append("")
            out.append("%s  (%d rows, %d failed, %.0f s)" % (sec.title, len(sec.rows), sec.failed, sec.seconds or 0))
            widths = (58, 34, 70)
            out.append("  %-*s  %-*s  %-*s  %s" % (widths[0], "case", widths[1], "expected", widths[2], "got", "result"))
            out.append("  " + "-" * (sum(widths) + 12))
            for case, expected, got, ok in sec.rows:
                out.append("  %-*s  %-*s  %-*s  %s" % (widths[0], self._clip(case, widths[0]), widths[1],
                                                       self._clip(expected, widths[1]), widths[2],
                                                       self._clip(got, widths[2]), "pass" if ok else "FAIL"))
            for note in sec.notes:
                out.append("  note: " + note)
        out.append("")
        out.append("Summary")
        for line in self.header:
            out.append("  " + line)
        for name, value in self.figures:
            out.append("  %-48s %s" % (name, value))
        for sec in self.sections:
            out.append("  %-48s %d passed, %d failed" % (sec.title, len(sec.rows) - sec.failed, sec.failed))
        out.append("  %-48s %.0f s" % ("wall time", time.monotonic() - self.started))
        return "\n".join(out)

    def markdown(self):
        def cell(value):
            return str(value).replace("|", "\\|").replace("\n", " ").replace("\r", " ")
        passed, failed = self.counts()
        out = ["# Saywho fault-and-load suite report", ""]
        for line in self.header:
            out.append("- " + cell(line))
        out.append("")
        out.append("## Summary")
        out.append("")
        out.append("| figure | value |")
        out.append("| --- | --- |")
        for name, value in self.figures:
            out.append("| %s | %s |" % (cell(name), cell(value)))
        for sec in self.sections:
            out.append("| %s | %d passed, %d failed |" % (cell(sec.title), len(sec.rows) - sec.failed, sec.failed))
        out.append("| wall time | %.0f s |" % (time.monotonic() - self.started))
        out.append("")
        out.append("**%d passed, %d failed**" % (passed, failed))
        for sec in self.sections:
            out.append("")
            out.append("## %s" % sec.title)
            out.append("")
            out.append("| case | expected | got | result |")
            out.append("| --- | --- | --- | --- |")
            for case, expected, got, ok in sec.rows:
                out.append("| %s | %s | %s | %s |" % (cell(case), cell(expected), cell(got), "pass" if ok else "**FAIL**"))
            for note in sec.notes:
                out.append("")
                out.append("Note: " + cell(note))
        out.append("")
        return "\n".join(out)


# ----------------------------------------------------------------------------------------------------------------------
# Cleanup
# ----------------------------------------------------------------------------------------------------------------------

class Cleanup:
    """Undo actions, run last-in first-out, each at most once, even on Ctrl-C or an exception."""

    def __init__(self):
        self.actions = []
        self.lock = threading.Lock()

    def push(self, description, action):
        with self.lock:
            self.actions.append((description, action))
        return action

    def remove(self, action):
        with self.lock:
            self.actions = [a for a in self.actions if a[1] is not action]

    def run(self):
        while True:
            with self.lock:
                if not self.actions:
                    return
                description, action = self.actions.pop()
            try:
                action()
            except BaseException as ex:  # noqa: B902 - cleanup must go on
                log("cleanup: %s failed: %s" % (description, ex))


# ----------------------------------------------------------------------------------------------------------------------
# HTTP
# ----------------------------------------------------------------------------------------------------------------------

class Resp:
    def __init__(self):
        self.status = None
        self.headers = {}
        self.body = b""
        self.elapsed = 0.0
        self.error = None
        self._json = None
        self._parsed = False

    def header(self, name, default=""):
        return self.headers.get(name.lower(), default)

    def json(self):
        if not self._parsed:
            self._parsed = True
            try:
                self._json = json.loads(self.body.decode("utf-8"))
            except (ValueError, UnicodeDecodeError):
                self._json = None
        return self._json

    def brief(self):
        if self.status is None:
            return "no response (%s) %.2fs" % (self.error, self.elapsed)
        ctype = self.header("content-type").split(";")[0]
        return "%d %s %.2fs" % (self.status, ctype or "-", self.elapsed)


def _headers_of(response):
    merged = {}
    for name, value in response.getheaders():
        key = name.lower()
        merged[key] = merged[key] + ", " + value if key in merged else value
    return merged


def raw_request(port, method, target, headers=None, body=None, chunks=None, timeout=30.0, host=None,
                on_line=None, max_seconds=None):
    """One HTTP/1.1 request over a plain socket: the request target is sent byte for byte (no normalization), the body
    is sent from a second thread so that an early answer (413) is read while the upload goes on. With on_line, the
    response body is read line by line and each line handed to on_line(line_bytes, seconds_since_start)."""
    res = Resp()
    started = time.monotonic()
    try:
        sock = socket.create_connection((LOOPBACK, port), timeout=timeout)
    except OSError as ex:
        res.error = "connect: %s" % ex
        res.elapsed = time.monotonic() - started
        return res
    lines = ["%s %s HTTP/1.1" % (method, target), "Host: %s" % (host or "%s:%d" % (LOOPBACK, port))]
    for name, value in (headers or {}).items():
        lines.append("%s: %s" % (name, value))
    if body is not None:
        lines.append("Content-Length: %d" % len(body))
    elif chunks is not None:
        lines.append("Transfer-Encoding: chunked")
    lines.append("Connection: close")
    head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
    send_errors = []

    def send():
        try:
            sock.sendall(head)
            if body is not None:
                view = memoryview(body)
                for i in range(0, len(body), 65536):
                    sock.sendall(view[i:i + 65536])
            elif chunks is not None:
                for piece in chunks:
                    if piece:
                        sock.sendall(b"%x\r\n" % len(piece) + piece + b"\r\n")
                sock.sendall(b"0\r\n\r\n")
        except OSError as ex:
            send_errors.append(ex)

    sender = threading.Thread(target=send, daemon=True)
    sender.start()
    try:
        response = http.client.HTTPResponse(sock, method=method)
        response.begin()
        res.status = response.status
        res.headers = _headers_of(response)
        if on_line is None:
            res.body = response.read()
        else:
            for line in response:
                on_line(line, time.monotonic() - started)
                if max_seconds is not None and time.monotonic() - started > max_seconds:
                    res.error = "stopped reading after %.0f s" % max_seconds
                    break
    except (OSError, http.client.HTTPException, ValueError) as ex:
        res.error = "%s: %s" % (type(ex).__name__, ex) if str(ex) else type(ex).__name__
        if send_errors and res.status is None:
            res.error += " (upload: %s)" % send_errors[0]
    finally:
        res.elapsed = time.monotonic() - started
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        sock.close()
        sender.join(timeout=10)
    return res


class Client:
    """A keep-alive JSON client on one loopback port (http.client; paths are sent as given)."""

    def __init__(self, port, headers=None, timeout=60.0):
        self.port = port
        self.headers = dict(headers or {})
        self.timeout = timeout
        self.conn = None

    def close(self):
        if self.conn is not None:
            self.conn.close()
            self.conn = None

    def request(self, method, path, body=None, headers=None, retry=True):
        merged = dict(self.headers)
        merged.update(headers or {})
        if body is not None and not isinstance(body, (bytes, bytearray)):
            body = json.dumps(body, ensure_ascii=False).encode("utf-8")
            merged.setdefault("Content-Type", "application/json")
        res = Resp()
        for attempt in (0, 1):
            reused = self.conn is not None
            if self.conn is None:
                self.conn = http.client.HTTPConnection(LOOPBACK, self.port, timeout=self.timeout)
            started = time.monotonic()
            try:
                self.conn.request(method, path, body=body, headers=merged)
                response = self.conn.getresponse()
                res.body = response.read()
                res.status = response.status
                res.headers = _headers_of(response)
                res.elapsed = time.monotonic() - started
                if response.will_close:
                    self.close()
                return res
            except (OSError, http.client.HTTPException) as ex:
                self.close()
                res.error = "%s: %s" % (type(ex).__name__, ex)
                res.elapsed = time.monotonic() - started
                # A reused keep-alive connection may have been closed by the server while idle: try once afresh.
                if not (retry and reused and attempt == 0 and isinstance(
                        ex, (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError))):
                    return res
        return res

    def get_json(self, path):
        res = self.request("GET", path, headers={"Accept": "application/json"})
        return res, (res.json() if res.status == 200 else None)


def ready_status(port):
    res = raw_request(port, "GET", "/q/health/ready", timeout=10)
    return res.status


def problem_issues(res):
    """What is wrong with a 4xx answer, by RFC 9457 as the README promises."""
    issues = []
    ctype = res.header("content-type")
    if not ctype.lower().startswith("application/problem+json"):
        issues.append("content-type %r, not application/problem+json" % (ctype or None))
    body = res.json()
    if not isinstance(body, dict):
        issues.append("body is not a JSON object")
        return issues
    if body.get("status") != res.status:
        issues.append("problem status %r != %d" % (body.get("status"), res.status))
    if not isinstance(body.get("detail"), str) or not body.get("detail").strip():
        issues.append("problem has no detail")
    return issues


def judge(res, expected, limit=REQUEST_LIMIT_S, seconds=None, problem_body=True):
    """The assertions every matrix case makes: expected status, no 5xx, problem+json 4xx, under the time limit.

    problem_body=False is for the one answer no application code can shape: Quarkus rejects a URI it cannot decode
    (a stray % in the query) with an empty 400 in its root HTTP handler, before any route or filter runs.
    """
    issues = []
    if res.status is None:
        issues.append("no response: %s" % res.error)
    else:
        if res.status >= 500:
            issues.append("5xx")
        if expected and res.status not in expected:
            issues.append("status %d not in %s" % (res.status, "/".join(str(s) for s in sorted(expected))))
        if 400 <= res.status < 500 and problem_body:
            issues.extend(problem_issues(res))
    took = res.elapsed if seconds is None else seconds
    if took > limit:
        issues.append("took %.1f s > %.0f s" % (took, limit))
    return issues


def percentile(values, pct):
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(1, int(round(pct / 100.0 * len(ordered) + 0.4999)))
    return ordered[min(rank, len(ordered)) - 1]


def utf16_slice(text, start, end):
    units = text.encode("utf-16-le")
    return units[2 * start:2 * end].decode("utf-16-le", "replace"), len(units) // 2


def quote_issues(view):
    """Quotes of a stored article that could not have come from a valid attribution of its text."""
    issues = []
    text = view.get("text") or ""
    for q in view.get("quotes") or []:
        start, end = q.get("start"), q.get("end")
        piece, length = utf16_slice(text, start or 0, end or 0)
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= length):
            issues.append("quote offsets %r..%r outside 0..%d" % (start, end, length))
        elif piece != q.get("text"):
            issues.append("quote text != text[%d:%d]" % (start, end))
        confidence = q.get("confidence")
        if confidence is not None and not (0.0 <= confidence <= 1.0):
            issues.append("confidence %r outside 0..1" % confidence)
        if str(q.get("engineVersion") or "").startswith("fake-"):
            issues.append("quote from the fake's garbage (engineVersion %s)" % q.get("engineVersion"))
    if str(view.get("engineVersion") or "").startswith("fake-"):
        issues.append("attribution from the fake's garbage (engineVersion %s)" % view.get("engineVersion"))
    return issues


def scrape_metric(port, name):
    """Sum of the samples of one Prometheus metric at /q/metrics, or None if absent."""
    res = raw_request(port, "GET", "/q/metrics", headers={"Accept": "text/plain"}, timeout=15)
    if res.status != 200:
        return None
    total = None
    for line in res.body.decode("utf-8", "replace").splitlines():
        if line.startswith(name) and (len(line) == len(name) or line[len(name)] in " {"):
            try:
                value = float(line.rsplit(" ", 1)[1])
            except ValueError:
                continue
            total = (total or 0.0) + value
    return total


def violation_fields(res):
    """The fields a 400 problem's violations name (empty when it names none)."""
    body = res.json()
    if not isinstance(body, dict):
        return []
    return [v.get("field") for v in body.get("violations") or [] if isinstance(v, dict)]


def stream_declared(port, target, headers, declared, stream_s=3.0, close_wait_s=5.0, timeout=15.0):
    """A POST whose head declares `declared` bytes (Content-Length) and whose body is then streamed for up to stream_s
    seconds (never more than declared) while the answer is read; the client never asks for the connection to close.
    Returns (Resp whose elapsed is the time to the answer's head, info): info has the body bytes sent, the bytes sent
    before the answer, and whether the server closed the connection (FIN or reset) within close_wait_s of its answer.
    One thread, select() on the socket: bounded by timeout whatever the server does."""
    res = Resp()
    info = {"sent": 0, "sent_before_answer": None, "closed": False, "send_error": None}
    started = time.monotonic()
    try:
        sock = socket.create_connection((LOOPBACK, port), timeout=timeout)
    except OSError as ex:
        res.error = "connect: %s" % ex
        res.elapsed = time.monotonic() - started
        return res, info
    lines = ["POST %s HTTP/1.1" % target, "Host: %s:%d" % (LOOPBACK, port)]
    lines.extend("%s: %s" % item for item in (headers or {}).items())
    lines.append("Content-Length: %d" % declared)
    pending = memoryview(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1"))
    head_left = len(pending)
    piece = b"content=" + b"x" * (65536 - 8)
    body_left = declared
    buf = b""
    need = None
    answered = None
    sending = True
    sock.setblocking(False)
    try:
        while time.monotonic() - started < timeout:
            now = time.monotonic()
            if sending and (now - started > stream_s or (body_left <= 0 and not pending)):
                sending = False
            complete = res.status is not None and need is not None and len(res.body) >= need
            if complete and now - answered > close_wait_s:
                break
            readable, writable, _ = select.select([sock], [sock] if sending else [], [], 0.1)
            if readable:
                try:
                    data = sock.recv(65536)
                except BlockingIOError:
                    data = None
                except OSError:                       # reset by the server: closed
                    info["closed"] = True
                    break
                if data == b"":
                    info["closed"] = True
                    break
                if data:
                    if res.status is None:
                        buf += data
                        end = buf.find(b"\r\n\r\n")
                        if end >= 0:
                            answered = time.monotonic()
                            res.elapsed = answered - started
                            info["sent_before_answer"] = info["sent"]
                            head = buf[:end].decode("latin-1").split("\r\n")
                            try:
                                res.status = int(head[0].split(" ", 2)[1])
                            except (IndexError, ValueError):
                                res.error = "bad status line %r" % head[0][:60]
                                break
                            for line in head[1:]:
                                name, _, value = line.partition(":")
                                res.headers[name.strip().lower()] = value.strip()
                            if res.headers.get("content-length", "").isdigit():
                                need = int(res.headers["content-length"])
                            res.body = buf[end + 4:]
                    else:
                        res.body += data
            if writable and sending:
                if not pending:
                    n = min(len(piece), body_left)
                    pending = memoryview(piece)[:n]
                    body_left -= n
                try:
                    k = sock.send(pending)
                    pending = pending[k:]
                    if head_left:
                        counted = min(k, head_left)
                        head_left -= counted
                        k -= counted
                    info["sent"] += k
                except BlockingIOError:
                    pass
                except OSError as ex:
                    info["send_error"] = "%s" % type(ex).__name__
                    sending = False
        if res.status is None and res.error is None:
            res.error = "no answer within %.0f s" % timeout
    finally:
        if res.status is None:
            res.elapsed = time.monotonic() - started
        try:
            sock.close()
        except OSError:
            pass
    return res, info


def http_server_series(port):
    """The http_server_requests series at /q/metrics, as (name, labels) without the suffixes of one histogram or
    summary (_count, _sum, _max, _bucket and its le): one entry per label set; None if the scrape failed."""
    res = raw_request(port, "GET", "/q/metrics", headers={"Accept": "text/plain"}, timeout=30)
    if res.status != 200:
        return None
    series = set()
    for line in res.body.decode("utf-8", "replace").splitlines():
        if not line.startswith("http_server_requests"):
            continue
        match = re.match(r"^([A-Za-z_:][A-Za-z0-9_:]*)(\{.*\})?\s", line)
        if not match:
            continue
        name = re.sub(r"_(count|sum|max|bucket)$", "", match.group(1))
        labels = re.sub(r',?le="[^"]*"', "", match.group(2) or "")
        series.add((name, labels))
    return series


# ----------------------------------------------------------------------------------------------------------------------
# Services and databases
# ----------------------------------------------------------------------------------------------------------------------

class StartError(Exception):
    pass


class Service:
    """One packaged Quarkus service as a JVM on 127.0.0.1, in its own working directory, its log kept there."""

    def __init__(self, name, jar, workdir, env, cleanup, port=None):
        self.name = name
        self.jar = jar
        self.workdir = workdir
        self.env = env
        self.cleanup = cleanup
        self.port = port or free_port()
        self.proc = None
        self.log_path = os.path.join(workdir, name + ".log")
        self.starts = 0
        os.makedirs(workdir, exist_ok=True)

    def start(self, timeout=START_TIMEOUT_S):
        env = {k: v for k, v in os.environ.items() if not k.startswith(("QUARKUS_", "SAYWHO_"))}
        env.update(self.env)
        self.starts += 1
        with open(self.log_path, "ab") as out:
            out.write(("\n---- start %d of %s on %s:%d ----\n" % (self.starts, self.name, LOOPBACK, self.port)).encode())
            out.flush()
            self.proc = subprocess.Popen(
                ["java", "-Xmx512m", "-Dquarkus.http.port=%d" % self.port, "-Dquarkus.http.host=%s" % LOOPBACK,
                 "-jar", self.jar],
                cwd=self.workdir, env=env, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
                start_new_session=True)
        self.cleanup.push("stop %s (pid %d)" % (self.name, self.proc.pid), self.stop)
        began = time.monotonic()
        while time.monotonic() - began < timeout:
            if self.proc.poll() is not None:
                raise StartError("%s exited with %s during start-up" % (self.name, self.proc.returncode))
            if ready_status(self.port) == 200:
                return time.monotonic() - began
            time.sleep(0.25)
        raise StartError("%s not ready within %.0f s" % (self.name, timeout))

    def alive(self):
        return self.proc is not None and self.proc.poll() is None

    def kill9(self):
        if self.alive():
            os.kill(self.proc.pid, signal.SIGKILL)
            self.proc.wait(timeout=30)

    def stop(self):
        if self.proc is None:
            return
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.kill(self.proc.pid, signal.SIGKILL)
                self.proc.wait(timeout=30)

    def url(self):
        return "http://%s:%d" % (LOOPBACK, self.port)

    def tail(self, lines=25):
        try:
            with open(self.log_path, "rb") as f:
                f.seek(0, os.SEEK_END)
                size = f.tell()
                f.seek(max(0, size - 64 * 1024))
                text = f.read().decode("utf-8", "replace")
        except OSError as ex:
            return "(no log: %s)" % ex
        return "\n".join(text.splitlines()[-lines:])

    def log_contains(self, pattern):
        try:
            with open(self.log_path, "rb") as f:
                return re.findall(pattern, f.read().decode("utf-8", "replace"))
        except OSError:
            return []


class Postgres:
    """Fresh databases on 127.0.0.1:5432 (trust authentication, user postgres), dropped at the end."""

    def __init__(self, cleanup):
        self.cleanup = cleanup

    @staticmethod
    def psql(sql, timeout=60):
        env = dict(os.environ, PGCONNECT_TIMEOUT="5")
        return subprocess.run(["psql", "-h", LOOPBACK, "-p", str(PG_PORT), "-U", "postgres", "-d", "postgres", "-X",
                               "-q", "-v", "ON_ERROR_STOP=1", "-c", sql],
                              env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=timeout)

    def available(self):
        if shutil.which("psql") is None:
            return False, "psql is not installed"
        try:
            done = self.psql("select 1", timeout=20)
        except (OSError, subprocess.TimeoutExpired) as ex:
            return False, str(ex)
        return done.returncode == 0, (done.stderr.strip() or "ok")

    def create(self, label):
        name = "saywho_fault_%s_%d_%s" % (label, os.getpid(), random_key(6).lower())
        done = self.psql('CREATE DATABASE "%s"' % name)
        if done.returncode != 0:
            raise StartError("cannot create database %s: %s" % (name, done.stderr.strip()))
        self.cleanup.push("drop database %s" % name, lambda: self.drop(name))
        return name

    def drop(self, name):
        done = self.psql('DROP DATABASE IF EXISTS "%s" WITH (FORCE)' % name)
        if done.returncode != 0:
            log("cleanup: cannot drop database %s: %s" % (name, done.stderr.strip()))

    @staticmethod
    def env(name):
        return {"QUARKUS_DATASOURCE_JDBC_URL": "jdbc:postgresql://%s:%d/%s" % (LOOPBACK, PG_PORT, name),
                "QUARKUS_DATASOURCE_USERNAME": "postgres", "QUARKUS_DATASOURCE_PASSWORD": ""}


# ----------------------------------------------------------------------------------------------------------------------
# Fake attribution service
# ----------------------------------------------------------------------------------------------------------------------

FAKE_MODES = ("proxy", "down", "hang", "garbage-json", "garbage-offsets", "garbage-confidence", "garbage-null-quotes")


class FakeAttribution:
    """A small attribution service on 127.0.0.1 that proxies to the real one, or is down (port closed), hangs (accepts
    and never answers), or answers garbage; texts containing the poison marker get 400 in every answering mode."""

    def __init__(self, upstream_port, poison, cleanup):
        self.upstream_port = upstream_port
        self.poison = poison.encode("utf-8")
        self.cleanup = cleanup
        self.port = free_port()
        self.mode = "proxy"
        self.lock = threading.Lock()
        self.release = threading.Event()
        self.server = None
        self.thread = None
        self.served = collections.Counter()

    def start(self):
        self._listen()
        self.cleanup.push("stop fake attribution", self.stop)

    def _listen(self):
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.0"

            def log_message(self, *args):
                pass

            def _body(self):
                if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
                    data = b""
                    while True:
                        size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                        if size == 0:
                            self.rfile.readline()
                            return data
                        data += self.rfile.read(size)
                        self.rfile.readline()
                length = int(self.headers.get("Content-Length") or 0)
                return self.rfile.read(length) if length else b""

            def _send(self, status, body, ctype="application/json"):
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self):
                self._send(200, b'{"status":"UP"}')

            def do_POST(self):
                body = self._body()
                mode, release = fake.mode, fake.release
                if mode == "hang":
                    fake.count("hang")
                    release.wait(120)
                    self.close_connection = True
                    return
                if fake.poison in body:
                    fake.count("poison")
                    self._send(400, json.dumps({"type": "https://saywho.dev/problems/invalid-request", "title": "Invalid request", "status": 400,
                                                "detail": "poisoned text refused by the fake", "instance": self.path})
                               .encode(), "application/problem+json")
                    return
                fake.count(mode)
                if mode == "proxy":
                    status, ctype, answer = fake.forward(self.path, body, self.headers)
                    self._send(status, answer, ctype)
                    return
                try:
                    request = json.loads(body.decode("utf-8"))
                except (ValueError, UnicodeDecodeError):
                    request = {}
                text = request.get("text") or "" if isinstance(request, dict) else ""
                length = len(text.encode("utf-16-le")) // 2
                rid = request.get("id") if isinstance(request, dict) else None
                if mode == "garbage-json":
                    self._send(200, b'{"id": "x", "engineVersion": "fake-garbage-json", "quotes": [{"text": "unterminat')
                    return
                quote = {"text": "x", "start": length + 10, "end": length + 20, "type": "DIRECT",
                         "fragments": [{"text": "x", "start": length + 10, "end": length + 20}], "cue": None,
                         "speaker": None, "confidence": 0.9, "sieve": "TRAILING_CUE"}
                answer = {"id": rid, "engineVersion": "fake-" + mode, "quotes": [quote], "speakers": []}
                if mode == "garbage-confidence":
                    end = min(5, len(text))
                    piece = utf16_slice(text, 0, end)[0]
                    quote.update({"text": piece, "start": 0, "end": end, "confidence": 7.5,
                                  "fragments": [{"text": piece, "start": 0, "end": end}]})
                elif mode == "garbage-null-quotes":
                    answer["quotes"] = None
                    answer["speakers"] = None
                self._send(200, json.dumps(answer).encode())

        server = ThreadingHTTPServer((LOOPBACK, self.port), Handler)
        server.daemon_threads = True
        self.server = server
        self.thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
        self.thread.start()

    def count(self, what):
        with self.lock:
            self.served[what] += 1

    def forward(self, path, body, headers):
        conn = http.client.HTTPConnection(LOOPBACK, self.upstream_port, timeout=60)
        try:
            fwd = {"Content-Type": headers.get("Content-Type") or "application/json",
                   "Accept": headers.get("Accept") or "application/json"}
            for name in ("X-API-Key", "Authorization"):
                if headers.get(name):
                    fwd[name] = headers.get(name)
            conn.request("POST", path, body=body, headers=fwd)
            response = conn.getresponse()
            return response.status, response.getheader("Content-Type") or "application/json", response.read()
        except (OSError, http.client.HTTPException) as ex:
            return 502, "application/json", json.dumps({"error": str(ex)}).encode()
        finally:
            conn.close()

    def set_mode(self, mode):
        assert mode in FAKE_MODES, mode
        with self.lock:
            old = self.mode
            self.mode = mode
            if old == "hang" and mode != "hang":
                self.release.set()
                self.release = threading.Event()
        if mode == "down" and self.server is not None:
            self._close()
        elif mode != "down" and self.server is None:
            self._listen()

    def _close(self):
        server, self.server = self.server, None
        server.shutdown()
        server.server_close()

    def stop(self):
        self.release.set()
        if self.server is not None:
            self._close()


# ----------------------------------------------------------------------------------------------------------------------
# The suite
# ----------------------------------------------------------------------------------------------------------------------

class Suite:
    def __init__(self, args):
        self.args = args
        self.short = args.short
        self.report = Report()
        self.cleanup = Cleanup()
        self.postgres = Postgres(self.cleanup)
        self.gen = load_generator()
        self.run_id = time.strftime("%H%M%S", time.gmtime()) + random_key(4).lower()
        self.rng = random.Random(7)
        self.shared_attribution = None
        self.pg_ok = None
        jars = os.path.abspath(args.jars_from or REPO)
        self.jars = {name: self._find_jar(jars, name) for name in ("attribution-service", "ingest-service")}
        self.root = tempfile.mkdtemp(prefix="saywho-fault-")

    @staticmethod
    def _find_jar(base, name):
        for candidate in (os.path.join(base, name, "target", "quarkus-app", "quarkus-run.jar"),
                          os.path.join(base, name, "quarkus-app", "quarkus-run.jar")):
            if os.path.isfile(candidate):
                return candidate
        raise SystemExit("no %s jar under %s: build with ./mvnw -B -q package -DskipTests (or pass --jars-from)"
                         % (name, base))

    # ---- helpers --------------------------------------------------------------------------------------------------

    def workdir(self, label):
        path = os.path.join(self.root, label)
        os.makedirs(path, exist_ok=True)
        return path

    def start_service(self, sec, name, label, env, port=None):
        """Starts a service and records a row for it; None (and the log tail printed) if it did not come up."""
        svc = Service(name, self.jars[name], self.workdir(label), env, self.cleanup, port=port)
        sec.services.append(svc)
        try:
            seconds = svc.start()
        except StartError as ex:
            sec.add("start %s (%s)" % (name, label), "ready 200", str(ex), False)
            self.print_tail(svc)
            return None
        log("  started %s (%s) on %s in %.1f s" % (name, label, svc.url(), seconds))
        return svc

    def restart(self, sec, svc, case):
        try:
            seconds = svc.start()
        except StartError as ex:
            sec.add(case, "ready 200", str(ex), False)
            self.print_tail(svc)
            return False
        sec.add(case, "ready 200", "ready in %.1f s" % seconds, True)
        return True

    @staticmethod
    def print_tail(svc, lines=25):
        log("  ---- last lines of %s ----" % svc.log_path)
        for line in svc.tail(lines).splitlines():
            log("  | " + line)

    def attribution(self, sec):
        """The real attribution service shared by crash, faults and load (no API key)."""
        if self.shared_attribution is not None and self.shared_attribution.alive():
            return self.shared_attribution
        self.shared_attribution = self.start_service(sec, "attribution-service", "attribution-shared", {})
        return self.shared_attribution

    def database(self, sec, kind, label):
        """Env for ingest's datasource: nothing for H2 (relative to the working dir), a fresh database for PostgreSQL."""
        if kind == "h2":
            return {}
        if self.pg_ok is None:
            self.pg_ok = self.postgres.available()
        ok, why = self.pg_ok
        if not ok:
            sec.add("PostgreSQL on %s:%d" % (LOOPBACK, PG_PORT), "reachable", why, False)
            return None
        try:
            return Postgres.env(self.postgres.create(label))
        except StartError as ex:
            sec.add("create database for %s" % label, "created", str(ex), False)
            return None

    def articles(self, count, tag, source):
        """Synthetic articles from tools/load/ingest-batch.py, with this run's tag and a section's source."""
        items = []
        for i in range(count):
            item = self.gen.article(self.rng, i + 1, "%s-%s" % (self.run_id, tag))
            item["source"] = source
            items.append(item)
        return items

    def long_articles(self, count, tag, source, parts=4):
        """Real-length articles (the dev corpus averages 726 words): each joins the paragraphs of `parts` generated
        articles under the first one's title and external id."""
        items = []
        for i in range(count):
            pieces = [self.gen.article(self.rng, i + 1, "%s-%s-%d" % (self.run_id, tag, p)) for p in range(parts)]
            first = pieces[0]
            first["text"] += "".join("\n\n" + p["text"].split("\n\n", 1)[1] for p in pieces[1:])
            first["source"] = source
            items.append(first)
        return items

    def list_articles(self, client, source, max_pages=200):
        items = []
        page = 0
        while page < max_pages:
            res, body = client.get_json("/api/v1/articles?source=%s&page=%d&size=200" % (quote_param(source), page))
            if body is None:
                return None
            items.extend(body.get("items") or [])
            if len(body.get("items") or []) < 200 or page + 1 >= (body.get("totalPages") or 0):
                break
            page += 1
        return items

    def wait_statuses(self, client, source, ids, want, deadline_s):
        """Polls the listing until every id has a status in want; returns (statuses by id, seconds, done)."""
        began = time.monotonic()
        statuses = {}
        while True:
            listed = self.list_articles(client, source)
            if listed is not None:
                statuses = {item["id"]: item.get("status") for item in listed}
                if all(statuses.get(i) in want for i in ids):
                    return statuses, time.monotonic() - began, True
            if time.monotonic() - began > deadline_s:
                return statuses, time.monotonic() - began, False
            time.sleep(1.0)

    def warm_up(self, ingest, tag):
        """Warms a freshly started ingest JVM (its first requests are slow) with articles of a separate source."""
        items = self.articles(40, "warm-%s" % tag, "fault-warm-%s" % self.run_id)
        body = b"".join(json.dumps(a).encode("utf-8") + b"\n" for a in items[:24])
        raw_request(ingest.port, "POST", "/api/v1/articles:batch", {"Content-Type": "application/x-ndjson"}, body=body,
                    timeout=120)
        queue = iter(items[24:])
        lock = threading.Lock()

        def worker():
            client = Client(ingest.port)
            while True:
                with lock:
                    article = next(queue, None)
                if article is None:
                    break
                client.request("POST", "/api/v1/articles", article)
            client.close()

        threads = [threading.Thread(target=worker, daemon=True) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=120)

    def views(self, client, ids):
        out = {}
        for article_id in ids:
            res, body = client.get_json("/api/v1/articles/%d" % article_id)
            out[article_id] = (res.status, body)
        return out

    @staticmethod
    def external_id(view):
        meta = view.get("metadata") or {}
        return meta.get("externalId") or (view.get("original") or {}).get("externalId")

    # ---- run ------------------------------------------------------------------------------------------------------

    def run(self):
        args = self.args
        dbs = ["h2", "postgres"] if args.db == "both" else [args.db]
        first_db = dbs[0]
        load_db = "postgres" if "postgres" in dbs else "h2"
        sections = [s.strip() for s in args.sections.split(",") if s.strip()]
        self.report.header = [
            "mode: %s, databases: %s, sections: %s" % ("short" if self.short else "full", "+".join(dbs), ",".join(sections)),
            "jars: %s, %s" % (self.jars["attribution-service"], self.jars["ingest-service"]),
            "git: %s" % git_describe(),
            "working dirs and logs: %s" % self.root,
        ]
        for line in self.report.header:
            log(line)
        plan = []
        if "matrix" in sections:
            plan.append(("bad-input matrix (%s)" % first_db, lambda sec: self.matrix(sec, first_db)))
        if "crash" in sections:
            for db in dbs:
                plan.append(("crash: SIGKILL of ingest (%s)" % db, lambda sec, db=db: self.crash(sec, db)))
        if "faults" in sections:
            plan.append(("attribution faults (%s)" % first_db, lambda sec: self.faults(sec, first_db)))
        if "bounds" in sections:
            for db in dbs:
                plan.append(("bounds: issue 19 (%s)" % db, lambda sec, db=db: self.bounds(sec, db)))
        if "load" in sections:
            plan.append(("load (%s)" % load_db, lambda sec: self.load(sec, load_db)))
        for title, body in plan:
            sec = self.report.section(title)
            mark = len(self.cleanup.actions)
            try:
                body(sec)
            except (KeyboardInterrupt, Interrupted):
                sec.add("section completed", "completed", "interrupted", False)
                raise
            except Exception as ex:  # a bug or an unexpected answer: the section fails, the suite goes on
                import traceback
                traceback.print_exc()
                sec.add("section completed", "completed", "%s: %s" % (type(ex).__name__, ex), False)
            finally:
                sec.seconds = time.monotonic() - sec.started
                if sec.failed:
                    for svc in sec.services:
                        self.print_tail(svc, 15)
                self._unwind_to(mark)
                log("  (%s: %.0f s)" % (title, sec.seconds))

    def _unwind_to(self, mark):
        """Runs the cleanup actions registered by one section (its services, fake, databases), keeping the shared ones."""
        with self.cleanup.lock:
            mine = self.cleanup.actions[mark:]
            del self.cleanup.actions[mark:]
        for description, action in reversed(mine):
            keep = self.shared_attribution is not None and description.startswith(
                "stop attribution-service") and self.shared_attribution.proc is not None \
                and "pid %d" % self.shared_attribution.proc.pid in description
            if keep:
                self.cleanup.push(description, action)
                continue
            try:
                action()
            except Exception as ex:
                log("cleanup: %s failed: %s" % (description, ex))

    # ---- 2. bad-input matrix ------------------------------------------------------------------------------------------

    def matrix(self, sec, db):
        attr_key, ingest_key = random_key(), random_key()
        attr = self.start_service(sec, "attribution-service", "matrix-attribution",
                                  {"SAYWHO_ATTRIBUTION_API_KEYS": attr_key})
        if attr is None:
            return
        db_env = self.database(sec, db, "matrix")
        if db_env is None:
            return
        env = dict(FAST_RETRY_ENV, QUARKUS_REST_CLIENT_ATTRIBUTION_URL=attr.url(), SAYWHO_INGEST_API_KEYS=ingest_key,
                   SAYWHO_INGEST_ATTRIBUTION_API_KEY=attr_key, **db_env)
        ingest = self.start_service(sec, "ingest-service", "matrix-ingest", env)
        if ingest is None:
            return
        IK = {"X-API-Key": ingest_key}
        AK = {"X-API-Key": attr_key}
        JSON = {"Content-Type": "application/json"}
        NDJSON = {"Content-Type": "application/x-ndjson", "Accept": "application/x-ndjson"}
        tok = random_key(8)
        services = {"ingest": ingest, "attribution": attr}
        counter = [0]

        def unique_text(extra=""):
            counter[0] += 1
            return ("\u201cWe will not sign a contract we cannot pay for,\u201d Mayor Ilse Varga said on Tuesday. "
                    "Matrix check %s-%d. %s" % (tok, counter[0], extra))

        def case(svc_name, name, expected_desc, expected, method, target, headers=None, body=None, chunks=None,
                 extra=None, host=None, timeout=60.0, limit=REQUEST_LIMIT_S, problem_body=True):
            svc = services[svc_name]
            res = raw_request(svc.port, method, target, headers=headers, body=body, chunks=chunks, host=host,
                              timeout=timeout)
            issues = judge(res, expected, limit=limit, problem_body=problem_body)
            if extra is not None and res.status is not None:
                try:
                    issues.extend(extra(res))
                except Exception as ex:  # a malformed answer is a failed check, not a crash of the suite
                    issues.append("check raised %s: %s" % (type(ex).__name__, ex))
            ready = ready_status(svc.port)
            if ready != 200:
                issues.append("/q/health/ready %s afterwards" % ready)
            got = res.brief() + ("; " + "; ".join(issues) if issues else "")
            sec.add("%s: %s" % (svc_name, name), expected_desc, got, not issues)
            return res

        def art(text=None, **fields):
            item = {"title": "Matrix %s" % tok, "text": text or unique_text(), "source": "fault-matrix-%s" % tok}
            item.update(fields)
            return json.dumps(item).encode("utf-8")

        # -- API keys: the writes need them; the matrix below sends them (except the path variants).
        case("ingest", "POST article without API key", "401 problem", {401}, "POST", "/api/v1/articles", JSON, art())
        case("ingest", "POST article with a wrong API key", "401 problem", {401}, "POST", "/api/v1/articles",
             dict(JSON, **{"X-API-Key": random_key()}), art())
        created = case("ingest", "POST article with X-API-Key", "201", {201}, "POST", "/api/v1/articles",
                       dict(JSON, **IK), art())
        case("ingest", "POST article with Authorization: Bearer", "201", {201}, "POST", "/api/v1/articles",
             dict(JSON, Authorization="Bearer " + ingest_key), art())
        case("ingest", "GET articles without key (reads open)", "200", {200}, "GET", "/api/v1/articles?page=0&size=5")
        view = created.json() if created.status == 201 else None
        article_id = view.get("id") if isinstance(view, dict) else None
        sec.add("ingest: sends SAYWHO_INGEST_ATTRIBUTION_API_KEY to a keyed attribution service",
                "article ATTRIBUTED", "status %s" % (view or {}).get("status"),
                isinstance(view, dict) and view.get("status") == "ATTRIBUTED")
        att_body = json.dumps({"id": "m1", "text": unique_text()}).encode()
        case("attribution", "POST without API key (SAYWHO_ATTRIBUTION_API_KEYS set)", "401 problem", {401}, "POST",
             "/api/v1/attributions", JSON, att_body)
        case("attribution", "POST with X-API-Key", "200", {200}, "POST", "/api/v1/attributions", dict(JSON, **AK), att_body)
        case("attribution", "POST with Authorization: Bearer", "200", {200}, "POST", "/api/v1/attributions",
             dict(JSON, Authorization="Bearer " + attr_key), att_body)

        # -- malformed and mistyped JSON, on the single and batch endpoints of both services.
        singles = {"ingest": ("/api/v1/articles", IK, lambda t: json.dumps({"text": t}).encode(), {201, 200}),
                   "attribution": ("/api/v1/attributions", AK, lambda t: json.dumps({"id": "x", "text": t}).encode(),
                                   {200})}
        bad_bodies = [("malformed JSON", b'{"text": "abc"'),
                      ('wrong type {"text":{"a":1}}', b'{"text":{"a":1}}'),
                      ('wrong type {"text":["a"]}', b'{"text":["a"]}'),
                      ("wrong type []", b"[]"),
                      ('wrong type "hi"', b'"hi"'),
                      ('wrong type {"text":12345}', b'{"text":12345}'),
                      ("100,000 nested [", b"[" * 100000),
                      ("empty body", b""),
                      ("raw NUL byte inside a JSON string", b'{"text": "a\x00b said the mayor"}')]
        for svc_name, (path, key, _, _) in singles.items():
            for name, body in bad_bodies:
                case(svc_name, name, "400 problem", {400}, "POST", path, dict(JSON, **key), body)

        deep_html = "<div>" * 10000 + "<p>" + unique_text() + "</p>" + "</div>" * 10000
        case("ingest", "10,000 nested HTML elements (html field)", "201 or 400, fast", {201, 200, 400}, "POST",
             "/api/v1/articles", dict(JSON, **IK), json.dumps({"html": deep_html, "source": "fault-matrix-%s" % tok}).encode())
        case("attribution", "10,000 nested HTML elements (as text)", "200 or 400, fast", {200, 400}, "POST",
             "/api/v1/attributions", dict(JSON, **AK), json.dumps({"id": "h", "text": deep_html}).encode())
        for svc_name, (path, key, make, ok_codes) in singles.items():
            case(svc_name, "invalid UTF-8 bytes", "400 (or 2xx with U+FFFD)", {400} | ok_codes, "POST", path,
                 dict(JSON, **key), b'{"text": "caf\xc3 \xff\xfe \xed\xa0\x80 ' + unique_text().encode() + b'"}')
        case("ingest", "NUL character (\\u0000) in text", "400 problem", {400}, "POST", "/api/v1/articles",
             dict(JSON, **IK), art(unique_text("a\u0000b")))
        case("ingest", "NUL character (\\u0000) in externalId", "400 problem", {400}, "POST", "/api/v1/articles",
             dict(JSON, **IK), art(externalId="x\u0000y"))
        case("attribution", "NUL character (\\u0000) in text", "200 or 400", {200, 400}, "POST", "/api/v1/attributions",
             dict(JSON, **AK), json.dumps({"id": "n", "text": unique_text("a\u0000b")}).encode())
        marks = '"' * 1000000
        case("ingest", "1 MB of quotation marks", "201 (or 413), under 10 s", {201, 200, 413}, "POST",
             "/api/v1/articles", dict(JSON, **IK), art(marks + tok))
        case("attribution", "1 MB of quotation marks", "200 (or 413), under 10 s", {200, 413}, "POST",
             "/api/v1/attributions", dict(JSON, **AK), json.dumps({"id": "q", "text": marks}).encode())
        case("ingest", "1 MB of typographic quotation marks", "201 (or 413), under 10 s", {201, 200, 413}, "POST",
             "/api/v1/articles", dict(JSON, **IK), art("\u201c\u201d" * 500000 + tok))

        big = b'{"text": "' + b"a" * (30 * 1024 * 1024) + b'"}'
        for svc_name, (path, key, _, _) in singles.items():
            case(svc_name, "30 MB body with Content-Length", "413 problem", {413}, "POST", path, dict(JSON, **key), big,
                 timeout=60)
            case(svc_name, "30 MB chunked body, no Content-Length", "413 problem", {413}, "POST", path,
                 dict(JSON, **key), chunks=(big[i:i + 65536] for i in range(0, len(big), 65536)), timeout=60)
        line_limit = b'{"text": "' + b"a " * (5 * 1024 * 1024) + b'"}\n'

        def one_rejected_413(res):
            items = [json.loads(x) for x in res.body.decode("utf-8", "replace").splitlines() if x.strip()]
            if len(items) != 1:
                return ["%d result lines, expected 1" % len(items)]
            item = items[0]
            status = (item.get("problem") or {}).get("status")
            return [] if status == 413 else ["line result %s" % json.dumps(item)[:120]]

        case("ingest", "batch: one 10 MB line, chunked", "200, the line rejected 413", {200}, "POST",
             "/api/v1/articles:batch", dict(NDJSON, **IK),
             chunks=(line_limit[i:i + 65536] for i in range(0, len(line_limit), 65536)), extra=one_rejected_413)
        line_limit = line_limit.replace(b'{"text"', b'{"id": "big", "text"', 1)
        case("attribution", "batch: one 10 MB line, chunked", "200, the line's problem 413", {200}, "POST",
             "/api/v1/attributions:batch", dict(NDJSON, **AK),
             chunks=(line_limit[i:i + 65536] for i in range(0, len(line_limit), 65536)), extra=one_rejected_413)

        # -- query strings and pagination (the list endpoints are on ingest).
        def empty_page(res):
            body = res.json()
            if res.status == 200 and (not isinstance(body, dict) or body.get("items")):
                return ["200 with items"]
            return []

        # Quarkus answers an undecodable URI itself, with an empty 400, before the application sees it (platform limit).
        case("ingest", "malformed query string (page=%zz&size=%)", "400 (empty: Quarkus)", {400}, "GET",
             "/api/v1/articles?page=%zz&size=%", problem_body=False)
        case("ingest", "malformed percent-encoding in q (q=%E0%A4%A)", "200 or 400 (empty: Quarkus)", {200, 400}, "GET",
             "/api/v1/quotes?q=%E0%A4%A", problem_body=False)
        case("attribution", "malformed query string on POST (?%zz=%)", "200 or 400 (empty: Quarkus)", {200, 400}, "POST",
             "/api/v1/attributions?%zz=%", dict(JSON, **AK), att_body, problem_body=False)
        for path in ("/api/v1/articles", "/api/v1/quotes", "/api/v1/speakers"):
            case("ingest", "GET %s?page=2147483647" % path, "200 empty or 400", {200, 400}, "GET",
                 path + "?page=2147483647", extra=empty_page)
            case("ingest", "GET %s?page=2147483647&size=200" % path, "200 empty or 400", {200, 400}, "GET",
                 path + "?page=2147483647&size=200", extra=empty_page)
            case("ingest", "GET %s?size=100000" % path, "400 problem", {400}, "GET", path + "?size=100000")
            case("ingest", "GET %s?page=-1" % path, "400 problem", {400}, "GET", path + "?page=-1")
            case("ingest", "GET %s?size=abc" % path, "400 problem (or 404)", {400, 404}, "GET", path + "?size=abc")

        # -- wrong content types on every POST.
        text_plain = {"Content-Type": "text/plain"}
        case("ingest", "text/plain to POST /api/v1/articles", "415 problem", {415}, "POST", "/api/v1/articles",
             dict(text_plain, **IK), art())
        case("ingest", "no Content-Type on POST /api/v1/articles", "201, 400 or 415", {201, 400, 415}, "POST",
             "/api/v1/articles", IK, art())
        case("ingest", "text/plain to POST /api/v1/articles:batch", "415 problem", {415}, "POST",
             "/api/v1/articles:batch", dict(text_plain, **IK), art() + b"\n")
        reattribute_id = article_id or 1
        case("ingest", "text/plain to POST /api/v1/articles/{id}/attribution", "200 or 415 (no body needed)",
             {200, 415}, "POST", "/api/v1/articles/%d/attribution" % reattribute_id, dict(text_plain, **IK), b"x")
        case("ingest", "text/plain to POST /api/v1/articles/{id}/requeue", "200/202 or 415 (no body needed)",
             {200, 202, 415}, "POST", "/api/v1/articles/%d/requeue" % reattribute_id, dict(text_plain, **IK), b"x")
        case("ingest", "POST /api/v1/articles/999999999/attribution", "404 problem", {404}, "POST",
             "/api/v1/articles/999999999/attribution", IK, b"")
        case("attribution", "text/plain to POST /api/v1/attributions", "415 problem", {415}, "POST",
             "/api/v1/attributions", dict(text_plain, **AK), att_body)
        case("attribution", "text/plain to POST /api/v1/attributions:batch", "415 problem", {415},
             "POST", "/api/v1/attributions:batch", dict(text_plain, **AK), att_body + b"\n")
        case("attribution", "application/xml to POST /api/v1/attributions", "415 problem", {415}, "POST",
             "/api/v1/attributions", dict({"Content-Type": "application/xml"}, **AK), b"<text>hi</text>")

        # -- a large NDJSON batch on both services: one result per line, in order, bad lines rejected alone.
        n_lines = 5000 if self.short else 50000
        self.big_batch(sec, ingest, attr, IK, AK, n_lines, tok)

        # -- encoded and dot-segment variants of protected routes, without a key: never 2xx.
        variants = ["/q/%2e%2e{p}", "/q/%2E%2E{p}", "/q/.%2e{p}", "/{p}", "{p_dot}", "/q/..{p}", "{p}/",
                    "/%61pi{p_rest}", "{p_pct3a}"]
        protected = [("ingest", "/api/v1/articles", "application/json", art()),
                     ("ingest", "/api/v1/articles:batch", "application/x-ndjson", art() + b"\n"),
                     ("ingest", "/api/v1/articles/%d/attribution" % reattribute_id, "application/json", b""),
                     ("attribution", "/api/v1/attributions", "application/json", att_body),
                     ("attribution", "/api/v1/attributions:batch", "application/x-ndjson", att_body + b"\n")]
        for svc_name, path, ctype, body in protected:
            forms = {"p": path, "p_dot": path.replace("/api/v1/", "/api/v1/./", 1), "p_rest": path[len("/api"):],
                     "p_pct3a": path.replace(":", "%3A") if ":" in path else path.replace("/v1/", "/v1/%2F", 1)}
            for variant in variants:
                target = variant.format(**forms)
                case(svc_name, "no key: POST %s" % target, "401 or 404, never 2xx", {401, 404}, "POST", target,
                     {"Content-Type": ctype}, body)

        # -- CSV export formula injection.
        self.csv_injection(sec, ingest, IK, tok)

        # -- Host header injection: Location (and Link) must not point at the attacker's host.
        def location_clean(res):
            location = res.header("location")
            if res.status == 201 and not location:
                return ["no Location header"]
            return ["Location %r names evil.example" % location] if "evil.example" in location else []

        case("ingest", "POST article with Host: evil.example", "201, Location without evil.example", {201}, "POST",
             "/api/v1/articles", dict(JSON, **IK), art(), host="evil.example", extra=location_clean)

        def link_clean(res):
            link = res.header("link")
            return ["Link header names evil.example"] if "evil.example" in link else []

        case("ingest", "GET articles with Host: evil.example", "200, Link without evil.example", {200}, "GET",
             "/api/v1/articles?page=0&size=1", host="evil.example", extra=link_clean)

        # -- a write a browser sends on behalf of another site, and the security headers.
        case("ingest", "POST article with Origin: http://evil.example, Sec-Fetch-Site: cross-site",
             "403 problem (even with a valid key)", {403}, "POST", "/api/v1/articles",
             dict(JSON, Origin="http://evil.example", **{"Sec-Fetch-Site": "cross-site"}, **IK), art())
        for svc_name, path in (("ingest", "/api/v1/articles?page=0&size=1"), ("attribution", "/")):
            case(svc_name, "GET %s carries X-Content-Type-Options: nosniff" % path, "200 with the header", {200},
                 "GET", path, extra=lambda res: [] if res.header("x-content-type-options").lower() == "nosniff"
                 else ["X-Content-Type-Options %r" % (res.header("x-content-type-options") or None)])

        # -- javascript: and other non-http canonical URLs must not be stored.
        for href in ("javascript:alert(1)", " JaVaScRiPt:alert(document.cookie)", "data:text/html,<script>alert(1)</script>",
                     "vbscript:msgbox(1)"):
            html = ('<html><head><title>Canonical %s</title><link rel="canonical" href="%s"></head>'
                    '<body><article><p>%s</p></article></body></html>' % (tok, href.replace('"', "&quot;"), unique_text()))

            def canonical_clean(res, href=href):
                body = res.json() or {}
                stored = (body.get("metadata") or {}).get("canonicalUrl")
                if stored is not None and not re.match(r"^https?://", stored.strip(), re.I):
                    return ["canonicalUrl stored as %r" % stored]
                return []

            case("ingest", "HTML canonical href %r" % href.strip()[:24], "201, canonicalUrl not stored", {201},
                 "POST", "/api/v1/articles", dict(JSON, **IK),
                 json.dumps({"html": html, "source": "fault-matrix-%s" % tok}).encode(), extra=canonical_clean)
        case("ingest", "url field javascript:alert(1)", "400 problem", {400}, "POST", "/api/v1/articles",
             dict(JSON, **IK), art(url="javascript:alert(1)"))

        # -- afterwards: both services still ready, no fatal JVM errors in the logs.
        for svc_name, svc in services.items():
            fatal = svc.log_contains(r"OutOfMemoryError|StackOverflowError")
            sec.add("%s: log free of OutOfMemoryError/StackOverflowError" % svc_name, "none",
                    "%d found" % len(fatal), not fatal)
            sec.add("%s: /q/health/ready after the matrix" % svc_name, "200", str(ready_status(svc.port)),
                    ready_status(svc.port) == 200)

    def big_batch(self, sec, ingest, attr, IK, AK, n_lines, tok):
        bad_kinds = [b'{"text": "abc"', b'{"text":{"a":1}}', b'{"text":["a"]}', b"[]", b'"hi"', b'{"text":12345}',
                     b"{}", b'{"text":"a\\u0000b"}', b'{"text": "x", "html": "<p>y</p>"}']
        rng = random.Random(11)
        lines, kinds = [], []
        for i in range(n_lines):
            if i % 50 == 0:
                item = self.gen.article(rng, i + 1, "%s-mb-%s" % (self.run_id, tok))
                item["source"] = "fault-matrix-batch-%s" % tok
                lines.append(json.dumps(item).encode("utf-8"))
                kinds.append("valid")
            elif i == 7:
                lines.append(b"[" * 100000)
                kinds.append("bad")
            elif i == 9:
                deep = "<div>" * 10000 + "<p>Deep batch line %s said the mayor.</p>" % tok + "</div>" * 10000
                lines.append(json.dumps({"html": deep, "externalId": "deep-%s" % tok}).encode())
                kinds.append("either")
            else:
                lines.append(bad_kinds[i % len(bad_kinds)])
                kinds.append("bad")
        body = b"\n".join(lines) + b"\n"
        results, first = [], []

        def collect(line, seconds):
            if line.strip():
                if not first:
                    first.append(seconds)
                results.append(json.loads(line))

        limit = 300 if self.short else 1200
        res = raw_request(ingest.port, "POST", "/api/v1/articles:batch",
                          dict({"Content-Type": "application/x-ndjson", "Accept": "application/x-ndjson"}, **IK),
                          body=body, timeout=120, on_line=collect, max_seconds=limit)
        issues = judge(res, {200}, limit=limit, seconds=res.elapsed)
        if first and first[0] > REQUEST_LIMIT_S:
            issues.append("first result after %.1f s" % first[0])
        statuses = collections.Counter(r.get("status") for r in results)
        if len(results) != n_lines:
            issues.append("%d result lines for %d input lines" % (len(results), n_lines))
        if [r.get("line") for r in results] != list(range(1, len(results) + 1)):
            issues.append("line numbers not 1..n in order")
        mismatched = collections.Counter()
        for r, k, raw in zip(results, kinds, lines):
            if (k == "valid" and r.get("status") not in ("created", "CREATED")) or \
                    (k == "bad" and r.get("status") not in ("rejected", "REJECTED")):
                mismatched["%s -> %s" % (raw[:24].decode("utf-8", "replace"), r.get("status"))] += 1
        if mismatched:
            issues.append("%d lines with the wrong outcome: %s" % (sum(mismatched.values()), dict(mismatched)))
        errors = [r for r in results if (r.get("problem") or {}).get("status", 0) >= 500]
        if errors:
            issues.append("%d lines rejected with a 5xx problem" % len(errors))
        if ready_status(ingest.port) != 200:
            issues.append("not ready afterwards")
        got = "%s; %s; first line %.2fs" % (res.brief(), dict(statuses), first[0] if first else -1)
        sec.add("ingest: %d-line NDJSON batch (1 in 50 valid, the rest bad)" % n_lines,
                "200, one result per line, bad lines alone rejected",
                got + ("; " + "; ".join(issues) if issues else ""), not issues)
        self.report.figure("matrix: %d-line ingest batch" % n_lines, "%.1f s (%.0f lines/s)" % (
            res.elapsed, len(results) / res.elapsed if res.elapsed else 0))

        # The attribution service: every 100th line is malformed.
        lines = []
        for i in range(n_lines):
            if i % 100 == 99:
                lines.append(b'{"id": "bad", "text": ')
            else:
                lines.append(json.dumps({"id": "l%d" % (i + 1), "text": "\u201cLine %d is fine,\u201d said Ilse Varga."
                                         % (i + 1)}).encode())
        body = b"\n".join(lines) + b"\n"
        results, first = [], []
        res = raw_request(attr.port, "POST", "/api/v1/attributions:batch",
                          dict({"Content-Type": "application/x-ndjson", "Accept": "application/x-ndjson"}, **AK),
                          body=body, timeout=120, on_line=collect, max_seconds=limit)
        issues = judge(res, {200}, limit=limit, seconds=res.elapsed)
        if first and first[0] > REQUEST_LIMIT_S:
            issues.append("first result after %.1f s" % first[0])
        if len(results) != n_lines:
            issues.append("%d result lines for %d input lines" % (len(results), n_lines))
        problems = [r for r in results if r.get("problem")]
        if len(problems) != n_lines // 100:
            issues.append("%d problem lines, expected %d" % (len(problems), n_lines // 100))
        if any((p.get("problem") or {}).get("status", 0) >= 500 for p in problems):
            issues.append("a line has a 5xx problem")
        if ready_status(attr.port) != 200:
            issues.append("not ready afterwards")
        got = "%s; %d lines, %d problems; first line %.2fs" % (res.brief(), len(results), len(problems),
                                                                first[0] if first else -1)
        sec.add("attribution: %d-line NDJSON batch (1 in 100 malformed)" % n_lines,
                "200, one result per line, bad lines alone rejected",
                got + ("; " + "; ".join(issues) if issues else ""), not issues)
        self.report.figure("matrix: %d-line attribution batch" % n_lines, "%.1f s (%.0f lines/s)" % (
            res.elapsed, len(results) / res.elapsed if res.elapsed else 0))

    def csv_injection(self, sec, ingest, IK, tok):
        client = Client(ingest.port, headers=IK)
        source = "=csv-%s" % tok
        payloads = ["=cmd|' /C calc'!A1", "+SUM(1+1)*cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0",
                    "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+1 after a tab", "\r=1+1 after a carriage return"]
        stored = 0
        for i, payload in enumerate(payloads):
            text = ("\u201c%s is what the spreadsheet said,\u201d Mayor Ilse Varga said on Tuesday.\n\n"
                    "\"%s was typed again,\" said Tomas Brel. CSV check %s-%d." % (payload, payload, tok, i))
            res = client.request("POST", "/api/v1/articles", {"title": "@title %s %d" % (tok, i), "text": text,
                                                              "source": source, "externalId": "=ext-%s-%d" % (tok, i)})
            body = res.json() or {}
            if res.status == 201 and body.get("status") == "ATTRIBUTED":
                stored += 1
        sec.add("ingest: store %d articles whose quotes start with = + - @ TAB CR" % len(payloads),
                "%d ATTRIBUTED" % len(payloads), "%d ATTRIBUTED" % stored, stored == len(payloads))
        res = raw_request(ingest.port, "GET", "/api/v1/quotes?source=%s" % quote_param(source),
                          headers={"Accept": "text/csv"}, timeout=60)
        issues = judge(res, {200})
        rows = []
        if res.status == 200:
            if not res.header("content-type").startswith("text/csv"):
                issues.append("content-type %r" % res.header("content-type"))
            rows = list(csv.reader(io.StringIO(res.body.decode("utf-8", "replace"), newline="")))
        data = rows[1:]
        if len(data) < len(payloads):
            issues.append("only %d quote rows exported" % len(data))
        header = rows[0] if rows else []
        dangerous = collections.Counter()
        for row in data:
            for i, cell in enumerate(row):
                if cell[:1] in ("=", "+", "-", "@", "\t", "\r"):
                    dangerous[header[i] if i < len(header) else "#%d" % i] += 1
        if dangerous:
            issues.append("cells starting with a formula character, by column: %s" % dict(dangerous))
        sec.add("ingest: GET /api/v1/quotes as text/csv (formula injection)",
                "no cell starts with = + - @ TAB CR", "%s, %d rows%s" % (res.brief(), len(data),
                                                                        "; " + "; ".join(issues) if issues else ""),
                not issues)
        client.close()

    # ---- 3. crash test ------------------------------------------------------------------------------------------------

    def crash(self, sec, db):
        attr = self.attribution(sec)
        if attr is None:
            return
        db_env = self.database(sec, db, "crash")
        if db_env is None:
            return
        env = dict(FAST_RETRY_ENV, QUARKUS_REST_CLIENT_ATTRIBUTION_URL=attr.url(), SAYWHO_INGEST_RETRY_BATCH_SIZE="50",
                   **db_env)
        ingest = self.start_service(sec, "ingest-service", "crash-%s-ingest" % db, env)
        if ingest is None:
            return
        source = "fault-crash-%s-%s" % (db, self.run_id)
        n_batch = 600 if self.short else 3000
        n_single = 400 if self.short else 2000
        batch = self.articles(n_batch, "crash-%s-b" % db, source)
        singles = self.articles(n_single, "crash-%s-s" % db, source)
        acked = {}                                  # id -> externalId
        self.warm_up(ingest, "crash-%s-1" % db)

        # (a) SIGKILL about 3 s into a streamed NDJSON batch.
        body = b"".join(json.dumps(a, ensure_ascii=False).encode("utf-8") + b"\n" for a in batch)
        answers = []

        def collect(line, seconds):
            if line.strip():
                answers.append(json.loads(line))

        holder = {}
        streamer = threading.Thread(target=lambda: holder.setdefault("res", raw_request(
            ingest.port, "POST", "/api/v1/articles:batch",
            {"Content-Type": "application/x-ndjson", "Accept": "application/x-ndjson"}, body=body, timeout=120,
            on_line=collect, max_seconds=600)), daemon=True)
        began = time.monotonic()
        streamer.start()
        time.sleep(3.0)
        ingest.kill9()
        killed_at = time.monotonic() - began
        streamer.join(timeout=60)
        for item in answers:
            if str(item.get("status")).lower() == "created" and item.get("id") is not None:
                acked[item["id"]] = batch[item["line"] - 1]["externalId"]
        batch_acks = len(acked)
        batch_answers = list(answers)
        sec.add("SIGKILL %.1f s into a %d-article NDJSON batch" % (killed_at, n_batch),
                "some lines acknowledged, not all", "%d answered, %d created" % (len(answers), batch_acks),
                0 < batch_acks < n_batch)
        if not self.restart(sec, ingest, "restart on the same database after SIGKILL (batch)"):
            return
        self.warm_up(ingest, "crash-%s-2" % db)

        # (b) SIGKILL during a stream of concurrent single POSTs.
        lock = threading.Lock()
        queue = iter(enumerate(singles))
        single_acks, single_errors, attempted = {}, collections.Counter(), set()
        stop = threading.Event()

        def worker():
            client = Client(ingest.port, timeout=30)
            while not stop.is_set():
                with lock:
                    nxt = next(queue, None)
                if nxt is None:
                    break
                index, article = nxt
                with lock:
                    attempted.add(index)
                res = client.request("POST", "/api/v1/articles", article, retry=False)
                with lock:
                    if res.status == 201 and isinstance(res.json(), dict):
                        single_acks[res.json()["id"]] = article["externalId"]
                    elif res.status is None:
                        single_errors["no response"] += 1
                        stop.set()
                    else:
                        single_errors[res.status] += 1
            client.close()

        threads = [threading.Thread(target=worker, daemon=True) for _ in range(8)]
        began = time.monotonic()
        for t in threads:
            t.start()
        time.sleep(3.0)
        ingest.kill9()
        killed_at = time.monotonic() - began
        stop.set()
        for t in threads:
            t.join(timeout=60)
        acked.update(single_acks)
        sec.add("SIGKILL %.1f s into concurrent single POSTs (8 threads)" % killed_at, "some 201s, then errors",
                "%d acknowledged, %d attempted, errors %s" % (len(single_acks), len(attempted), dict(single_errors)),
                len(single_acks) > 0)
        if not self.restart(sec, ingest, "restart on the same database after SIGKILL (singles)"):
            return
        client = Client(ingest.port)

        # Every acknowledged article exists, with the external id it was acknowledged for.
        views = self.views(client, acked)
        missing = [i for i, (status, _) in views.items() if status != 200]
        wrong = [i for i, (status, view) in views.items() if status == 200 and self.external_id(view) != acked[i]]
        sec.add("every acknowledged article exists (GET 200, same externalId)", "%d of %d" % (len(acked), len(acked)),
                "%d missing, %d with another externalId" % (len(missing), len(wrong)), not missing and not wrong)

        # ... and ends ATTRIBUTED within the deadline.
        deadline = 60 + len(acked) / 20.0
        statuses, seconds, done = self.wait_statuses(client, source, set(acked), {"ATTRIBUTED"}, deadline)
        not_done = collections.Counter(statuses.get(i) for i in acked if statuses.get(i) != "ATTRIBUTED")
        sec.add("every acknowledged article ends ATTRIBUTED (deadline %.0f s)" % deadline, "all %d" % len(acked),
                "after %.1f s: %s" % (seconds, "all" if done else "not: %s" % dict(not_done)), done)

        # ... and none twice.
        stored = self.list_articles(client, source) or []
        counts = self.external_id_counts(client, [s["id"] for s in stored])
        twice = {k: v for k, v in counts.items() if v > 1}
        sec.add("no acknowledged article stored twice (by externalId)", "0 duplicates",
                "%d stored, %d externalIds twice%s" % (len(stored), len(twice), (" e.g. %s" % next(iter(twice))) if twice else ""),
                not twice and all(counts.get(e, 0) == 1 for e in acked.values()))

        # A client that did not see its answers resubmits what it had sent: each article is created once. Lines are
        # stored and answered one by one, so at most a few lines past the last answer can have been stored.
        last_line = max([item.get("line", 0) for item in batch_answers] or [0])
        sent = batch[:last_line + 100] + [singles[i] for i in sorted(attempted)]
        body = b"".join(json.dumps(a, ensure_ascii=False).encode("utf-8") + b"\n" for a in sent)
        answers = []
        res = raw_request(ingest.port, "POST", "/api/v1/articles:batch",
                          {"Content-Type": "application/x-ndjson", "Accept": "application/x-ndjson"}, body=body,
                          timeout=120, on_line=collect, max_seconds=600)
        outcome = collections.Counter(str(a.get("status")).lower() for a in answers)
        sec.add("resubmit %d sent articles (batch lines to the last answer + 100, singles)" % len(sent),
                "200, each created or duplicate, acknowledged ones duplicate",
                "%s; %s" % (res.brief(), dict(outcome)),
                res.status == 200 and outcome["rejected"] == 0 and len(answers) == len(sent)
                and all(str(a.get("status")).lower() == "duplicate" for a in answers if a.get("id") in acked))
        stored = self.list_articles(client, source) or []
        counts = self.external_id_counts(client, [s["id"] for s in stored])
        expected_ids = {a["externalId"] for a in sent}
        twice = {k: v for k, v in counts.items() if v > 1}
        sec.add("after resubmission: every sent article stored exactly once", "%d distinct, 0 twice" % len(expected_ids),
                "%d stored, %d distinct, %d twice" % (len(stored), len(counts), len(twice)),
                not twice and set(counts) == expected_ids)
        ids = [s["id"] for s in stored]
        statuses, seconds, done = self.wait_statuses(client, source, ids, {"ATTRIBUTED"}, 60 + len(ids) / 20.0)
        sec.add("after resubmission: every stored article ATTRIBUTED", "all %d" % len(ids),
                "after %.1f s: %s" % (seconds, "all" if done else dict(collections.Counter(statuses.values()))), done)
        self.report.figure("crash (%s): acknowledged before SIGKILL" % db,
                           "%d batch lines, %d single POSTs" % (batch_acks, len(single_acks)))
        client.close()

    def external_id_counts(self, client, ids):
        counts = collections.Counter()
        for article_id, (status, view) in self.views(client, ids).items():
            if status == 200 and isinstance(view, dict):
                counts[self.external_id(view)] += 1
        return counts

    # ---- 4. attribution faults ----------------------------------------------------------------------------------------

    def faults(self, sec, db):
        attr = self.attribution(sec)
        if attr is None:
            return
        poison = "SAYWHO-POISON-%s" % random_key(8)
        fake = FakeAttribution(attr.port, poison, self.cleanup)
        fake.start()
        db_env = self.database(sec, db, "faults")
        if db_env is None:
            return
        env = dict(FAST_RETRY_ENV, QUARKUS_REST_CLIENT_ATTRIBUTION_URL="http://%s:%d" % (LOOPBACK, fake.port),
                   SAYWHO_INGEST_RETRY_MAX_ATTEMPTS="3", SAYWHO_INGEST_RETRY_MAX_BACKOFF="4s",
                   SAYWHO_INGEST_ATTRIBUTION_BUDGET="10s", **db_env)
        ingest = self.start_service(sec, "ingest-service", "faults-ingest", env)
        if ingest is None:
            return
        client = Client(ingest.port)
        source = "fault-faults-%s" % self.run_id
        pool = iter(self.articles(400, "faults", source))
        acked = {}                                   # id -> phase

        def post(phase, article=None, timeout=60.0):
            article = article or next(pool)
            res = Client(ingest.port, timeout=timeout).request("POST", "/api/v1/articles", article, retry=False)
            body = res.json() if isinstance(res.json(), dict) else {}
            if res.status in (200, 201) and body.get("id") is not None:
                acked[body["id"]] = phase
            return res, body

        def post_many(phase, count, want_status=None):
            results = [post(phase) for _ in range(count)]
            slow = [r.elapsed for r, _ in results if r.elapsed > REQUEST_LIMIT_S]
            codes = collections.Counter(r.status for r, _ in results)
            states = collections.Counter(b.get("status") for _, b in results)
            ok = codes.get(201, 0) == count and not slow and (want_status is None or states.get(want_status, 0) == count)
            return ok, "codes %s, statuses %s, slowest %.2fs" % (dict(codes), dict(states),
                                                                 max(r.elapsed for r, _ in results))

        def post_batch(phase, articles):
            answers = []
            res = raw_request(ingest.port, "POST", "/api/v1/articles:batch",
                              {"Content-Type": "application/x-ndjson", "Accept": "application/x-ndjson"},
                              body=b"".join(json.dumps(a).encode() + b"\n" for a in articles), timeout=120,
                              on_line=lambda line, s: answers.append(json.loads(line)) if line.strip() else None,
                              max_seconds=120)
            ids = [a["id"] for a in answers if str(a.get("status")).lower() == "created"]
            for i in ids:
                acked[i] = phase
            return res, ids

        def settle(ids, what, deadline, exhausted_ok=False):
            """Articles end ATTRIBUTED with a valid attribution once the fake proxies again (with exhausted_ok, FAILED
            after the maximum of attempts is accepted too); FAILED ones are then re-queued and must be attributed, so
            that none is lost."""
            statuses, seconds, _ = self.wait_statuses(client, source, ids, {"ATTRIBUTED", "FAILED"}, deadline)
            attributed = [i for i in ids if statuses.get(i) == "ATTRIBUTED"]
            failed = [i for i in ids if statuses.get(i) == "FAILED"]
            invalid = self.invalid_attributions(client, attributed)
            accepted = set(attributed)
            if exhausted_ok:
                accepted |= {i for i, (_, v) in self.views(client, failed).items()
                             if isinstance(v, dict) and (v.get("attempts") or 0) >= 3}
            ok = len(accepted) == len(ids) and not invalid
            sec.add("%s: end ATTRIBUTED once the fake proxies" % what,
                    "all %d, validly%s" % (len(ids), " (or FAILED after 3 attempts)" if exhausted_ok else ""),
                    "after %.1f s: %s%s" % (seconds, dict(collections.Counter(statuses.get(i) for i in ids)),
                                            ", %d invalid" % len(invalid) if invalid else ""), ok)
            if not ok:
                self.explain(sec, client, [i for i in ids if i not in accepted][:2])
            if failed:
                codes = collections.Counter(
                    client.request("POST", "/api/v1/articles/%d/requeue" % i, b"",
                                   headers={"Content-Type": "application/json"}).status for i in failed)
                statuses, seconds, done = self.wait_statuses(client, source, failed, {"ATTRIBUTED"}, 20)
                sec.add("%s: the FAILED ones re-queued (POST .../requeue)" % what, "202, then ATTRIBUTED",
                        "requeue %s; after %.1f s: %s" % (dict(codes), seconds,
                                                          dict(collections.Counter(statuses.get(i) for i in failed))),
                        done and codes.get(202, 0) == len(failed))

        # proxy: the baseline works.
        ok, got = post_many("proxy", 3, "ATTRIBUTED")
        sec.add("fake proxies: 3 single POSTs", "201 ATTRIBUTED", got, ok)

        # hang (first, while the circuit breaker is closed): answered within the synchronous budget, PENDING, and the
        # service stays ready meanwhile.
        fake.set_mode("hang")
        holder = {}
        poster = threading.Thread(target=lambda: holder.setdefault("r", post("hang", timeout=30.0)), daemon=True)
        poster.start()
        time.sleep(2.0)
        probe = raw_request(ingest.port, "GET", "/q/health/ready", timeout=10)
        poster.join(timeout=90)
        res, body = holder.get("r", (Resp(), {}))
        sec.add("attribution hangs: single POST (the fake held %d call(s))" % fake.served["hang"],
                "201 PENDING within ~10 s", "%s, status %s" % (res.brief(), body.get("status")),
                res.status == 201 and body.get("status") == "PENDING" and res.elapsed <= BUDGET_LIMIT_S)
        sec.add("attribution hangs: /q/health/ready during the POST", "200 within 10 s", probe.brief(),
                probe.status == 200 and probe.elapsed < REQUEST_LIMIT_S)
        fake.set_mode("proxy")

        # down: stored PENDING, answered fast; a batch too.
        fake.set_mode("down")
        ok, got = post_many("down", 4, "PENDING")
        sec.add("attribution down (port closed): 4 single POSTs", "201 PENDING, each under 10 s", got, ok)
        res, ids = post_batch("down", [next(pool) for _ in range(8)])
        sec.add("attribution down: NDJSON batch of 8", "200, 8 created", "%s, %d created" % (res.brief(), len(ids)),
                res.status == 200 and len(ids) == 8)
        fake.set_mode("proxy")
        settle([i for i, phase in acked.items() if phase in ("down", "hang")], "articles of the hang and the outage", 30)

        # garbage: never stored as ATTRIBUTED while the fake answers garbage.
        garbage_ids = []
        for mode in ("garbage-json", "garbage-offsets", "garbage-confidence", "garbage-null-quotes"):
            # First a healthy POST attributed synchronously, so the circuit breaker is closed and the garbage is
            # actually fetched (an open breaker would fail the attempt before it reaches the fake).
            fake.set_mode("proxy")
            probe_until = time.monotonic() + 20
            while time.monotonic() < probe_until and post("probe")[1].get("status") != "ATTRIBUTED":
                time.sleep(1.0)
            fake.set_mode(mode)
            before = fake.served[mode]
            res, body = post(mode)
            article_id = body.get("id")
            seen = [body.get("status")]
            watch_until = time.monotonic() + 4.0
            while article_id is not None and time.monotonic() < watch_until:
                _, view = client.get_json("/api/v1/articles/%d" % article_id)
                seen.append((view or {}).get("status"))
                time.sleep(0.5)
            if article_id is not None:
                garbage_ids.append(article_id)
            fetched = fake.served[mode] - before
            sec.add("fake answers %s: single POST, then watched 4 s" % mode, "201, garbage fetched, never ATTRIBUTED",
                    "%s; garbage served %d time(s); statuses seen %s" % (
                        res.brief(), fetched, sorted(set(str(s) for s in seen))),
                    res.status == 201 and fetched > 0 and "ATTRIBUTED" not in seen)
        fake.set_mode("proxy")
        settle(garbage_ids, "articles posted during garbage", 30, exhausted_ok=True)
        probes = [i for i, phase in acked.items() if phase == "probe"]
        listed = {item["id"]: item.get("status") for item in self.list_articles(client, source) or []}
        sec.note("probe articles posted until one was attributed synchronously (breaker closed): %s" % dict(
            collections.Counter(listed.get(i) for i in probes)))

        # poison: FAILED after at most the maximum of attempts, without holding up healthy articles.
        fake.set_mode("down")
        n_poison, n_healthy = 25, 6
        poison_lines = []
        for i in range(n_poison):
            article = next(pool)
            article["text"] += "\n\nMarker %s-%d." % (poison, i)
            poison_lines.append(article)
        res, poison_ids = post_batch("poison", poison_lines)
        ok, got = post_many("healthy-with-poison", n_healthy, "PENDING")
        healthy = [i for i, phase in acked.items() if phase == "healthy-with-poison"]
        sec.add("queue %d poison articles and %d healthy ones while down" % (n_poison, n_healthy),
                "all stored PENDING", "batch %s, %d created; singles %s" % (res.brief(), len(poison_ids), got),
                len(poison_ids) == n_poison and ok)
        fake.set_mode("proxy")
        began = time.monotonic()
        settle(healthy, "healthy articles queued with poison ones", 30)
        statuses, seconds, done = self.wait_statuses(client, source, poison_ids, {"FAILED"},
                                                     max(5.0, 40 - (time.monotonic() - began)))
        sec.add("poison articles (the fake answers 400)", "all %d FAILED" % len(poison_ids),
                "%.1f s after the fake came back: %s" % (time.monotonic() - began,
                                                         dict(collections.Counter(statuses.get(i) for i in poison_ids))),
                done)
        sample = self.views(client, sorted(poison_ids)[:5])
        fields = [(v.get("attempts"), v.get("lastError")) for s, v in sample.values() if s == 200 and isinstance(v, dict)]
        fields_ok = bool(fields) and all(isinstance(a, int) and 1 <= a <= 3 and isinstance(e, str) and e.strip()
                                         for a, e in fields)
        sec.add("a poison article's view: attempts and lastError", "attempts 1..3, lastError set",
                "; ".join("attempts=%r lastError=%r" % (a, (e or "")[:60]) for a, e in fields[:2]) or "no views",
                fields_ok)

        # Nothing acknowledged is lost; nothing invalid is stored as ATTRIBUTED.
        listed = self.list_articles(client, source) or []
        listed_ids = {item["id"] for item in listed}
        lost = [i for i in acked if i not in listed_ids]
        sec.add("nothing acknowledged is lost", "all %d acknowledged stored" % len(acked),
                "%d missing" % len(lost), not lost)
        attributed = [item["id"] for item in listed if item.get("status") == "ATTRIBUTED"]
        invalid = self.invalid_attributions(client, attributed)
        sec.add("every ATTRIBUTED article holds a valid attribution", "0 invalid",
                "%d checked, %d invalid%s" % (len(attributed), len(invalid),
                                              (" e.g. %s" % invalid[next(iter(invalid))][0]) if invalid else ""),
                not invalid)

        # Gauges at /q/metrics reflect the counts.
        self.check_gauges(sec, client, ingest)
        sec.note("the fake served: %s" % dict(fake.served))
        client.close()

    def invalid_attributions(self, client, ids):
        invalid = {}
        for article_id, (status, view) in self.views(client, ids).items():
            if status == 200 and isinstance(view, dict):
                issues = quote_issues(view)
                if issues:
                    invalid[article_id] = issues
        return invalid

    def explain(self, sec, client, ids):
        for article_id in ids:
            _, view = client.get_json("/api/v1/articles/%d" % article_id)
            if isinstance(view, dict):
                sec.note("article %d: status %s, attempts %s, lastError %s" % (
                    article_id, view.get("status"), view.get("attempts"), (view.get("lastError") or "")[:100]))

    def check_gauges(self, sec, client, ingest):
        began = time.monotonic()
        while True:
            _, first = client.get_json("/api/v1/articles?page=0&size=1")
            total = (first or {}).get("total", 0)
            listed = []
            for page in range(min(100, (total + 199) // 200)):
                _, body = client.get_json("/api/v1/articles?page=%d&size=200" % page)
                listed.extend((body or {}).get("items") or [])
            states = collections.Counter(item.get("status") for item in listed)
            pending = scrape_metric(ingest.port, "saywho_ingest_pending_articles")
            failed = scrape_metric(ingest.port, "saywho_ingest_failed_articles")
            match = pending == states.get("PENDING", 0) and failed == states.get("FAILED", 0)
            # Gauges may be sampled periodically: give them a few seconds to catch up, unless they are absent.
            if match or pending is None or failed is None or time.monotonic() - began > 15:
                break
            time.sleep(2.0)
        self.report.figure("faults: gauges pending / failed", "%s / %s (listing: %d / %d)" % (
            pending, failed, states.get("PENDING", 0), states.get("FAILED", 0)))
        sec.add("gauge saywho_ingest_pending_articles", "= PENDING in the listing (%d)" % states.get("PENDING", 0),
                "absent" if pending is None else "%g" % pending, pending == states.get("PENDING", 0))
        sec.add("gauge saywho_ingest_failed_articles", "= FAILED in the listing (%d)" % states.get("FAILED", 0),
                "absent" if failed is None else "%g" % failed, failed == states.get("FAILED", 0))

    # ---- 5. load --------------------------------------------------------------------------------------------------

    def load(self, sec, db):
        attr = self.attribution(sec)
        if attr is None:
            return
        db_env = self.database(sec, db, "load")
        if db_env is None:
            return
        env = dict(QUARKUS_REST_CLIENT_ATTRIBUTION_URL=attr.url(), **FAST_RETRY_ENV, **db_env)
        ingest = self.start_service(sec, "ingest-service", "load-ingest", env)
        if ingest is None:
            return
        n = 1000 if self.short else 10000
        concurrency = 32
        source = "fault-load-%s" % self.run_id
        warmup = self.long_articles(64, "load-warm", "fault-load-warmup-%s" % self.run_id)
        items = self.long_articles(n, "load", source)
        words = sum(len(a["text"].split()) for a in items) / float(n)

        def blast(articles):
            lock = threading.Lock()
            queue = iter(articles)
            latencies, codes, ids = [], collections.Counter(), []
            deadline = time.monotonic() + (600 if self.short else 1800)

            def worker():
                client = Client(ingest.port, timeout=60)
                while time.monotonic() < deadline:
                    with lock:
                        article = next(queue, None)
                    if article is None:
                        break
                    res = client.request("POST", "/api/v1/articles", article)
                    with lock:
                        codes[res.status if res.status is not None else "error"] += 1
                        latencies.append(res.elapsed)
                        if res.status in (200, 201) and isinstance(res.json(), dict):
                            ids.append(res.json().get("id"))
                client.close()

            threads = [threading.Thread(target=worker, daemon=True) for _ in range(concurrency)]
            began = time.monotonic()
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            return time.monotonic() - began, latencies, codes, ids

        blast(warmup)
        wall, latencies, codes, ids = blast(items)
        five = sum(v for k, v in codes.items() if isinstance(k, int) and k >= 500)
        sec.add("%d POST /api/v1/articles at concurrency %d (after 64 warm-up)" % (n, concurrency),
                "all 201, zero 5xx", "codes %s" % dict(codes), codes.get(201, 0) == n and five == 0)
        client = Client(ingest.port)
        statuses, seconds, done = self.wait_statuses(client, source, set(ids), {"ATTRIBUTED"}, 120 if self.short else 600)
        listed = len(statuses)
        sec.add("all stored and ATTRIBUTED", "%d stored, all ATTRIBUTED" % n,
                "%d stored, %s after %.1f s more" % (listed, dict(collections.Counter(statuses.values())), seconds),
                done and listed == n)
        throughput = n / wall if wall else 0
        self.report.figure("load (%s): articles" % db, "%d (%.0f words on average), concurrency %d" % (n, words, concurrency))
        self.report.figure("load (%s): throughput" % db, "%.1f articles/s (%.1f s for all 201s)" % (throughput, wall))
        self.report.figure("load (%s): until all ATTRIBUTED" % db, "%.1f s" % (wall + seconds))
        self.report.figure("load (%s): latency p50 / p90 / p99 / max" % db, "%.0f / %.0f / %.0f / %.0f ms" % tuple(
            1000 * x for x in (percentile(latencies, 50), percentile(latencies, 90), percentile(latencies, 99),
                               max(latencies or [0]))))
        client.close()

    # ---- 6. bounds ----------------------------------------------------------------------------------------------------

    def bounds(self, sec, db):
        """Issue 19: every value from outside is bounded where it enters (dates, form bodies, surrogates, method names,
        search words), re-attributions do not race, and a backlog drains as fast as attribution accepts."""
        attr_key, ingest_key = random_key(), random_key()
        attr = self.start_service(sec, "attribution-service", "bounds-attribution-%s" % db,
                                  {"SAYWHO_ATTRIBUTION_API_KEYS": attr_key})
        if attr is None:
            return
        db_env = self.database(sec, db, "bounds")
        if db_env is None:
            return
        env = dict(FAST_RETRY_ENV, QUARKUS_REST_CLIENT_ATTRIBUTION_URL=attr.url(), SAYWHO_INGEST_API_KEYS=ingest_key,
                   SAYWHO_INGEST_ATTRIBUTION_API_KEY=attr_key, **db_env)
        ingest = self.start_service(sec, "ingest-service", "bounds-ingest-%s" % db, env)
        if ingest is None:
            return
        ctx = {"db": db, "attr": attr, "ingest": ingest, "attr_key": attr_key, "ingest_key": ingest_key,
               "IK": {"X-API-Key": ingest_key}, "AK": {"X-API-Key": attr_key}, "tok": random_key(8),
               "source": "fault-bounds-%s-%s" % (db, self.run_id), "counter": [0]}
        for name, case in (("dates", self.bounds_dates), ("form bodies", self.bounds_forms),
                           ("re-attribution race", self.bounds_race), ("surrogates", self.bounds_surrogates),
                           ("method names", self.bounds_methods), ("search", self.bounds_search),
                           ("backlog", self.bounds_backlog)):
            try:
                case(sec, ctx)
            except (KeyboardInterrupt, Interrupted):
                raise
            except Exception as ex:  # one case's surprise must not hide the others' results
                import traceback
                traceback.print_exc()
                sec.add("%s: case completed" % name, "completed", "%s: %s" % (type(ex).__name__, ex), False)
        for svc_name, svc in (("ingest", ingest), ("attribution", attr)):
            fatal = svc.log_contains(r"OutOfMemoryError|StackOverflowError")
            ready = ready_status(svc.port)
            sec.add("end: %s log free of OutOfMemoryError/StackOverflowError, ready" % svc_name, "none; ready 200",
                    "%d found; ready %s" % (len(fatal), ready), not fatal and ready == 200)

    def bounds_text(self, ctx, extra=""):
        """A fictional article with one attributable quotation, unique per call."""
        ctx["counter"][0] += 1
        return ("\u201cThe ferry sails at dawn whatever the council decides,\u201d harbour master Ysolde Marrow said in "
                "Port Tessaly on Tuesday. Bounds check %s-%d. %s" % (ctx["tok"], ctx["counter"][0], extra)).strip()

    def bounds_article(self, ctx, **fields):
        item = {"title": "Bounds %s-%d" % (ctx["tok"], ctx["counter"][0] + 1), "text": self.bounds_text(ctx),
                "source": ctx["source"]}
        item.update(fields)
        return json.dumps(item).encode("utf-8")

    def bounds_dates(self, sec, ctx):
        ingest, port = ctx["ingest"], ctx["ingest"].port
        post_headers = dict({"Content-Type": "application/json"}, **ctx["IK"])
        for value in ("+999999999-12-31", "-004713-01-01", "1799-12-31"):
            res = raw_request(port, "POST", "/api/v1/articles", post_headers,
                              self.bounds_article(ctx, publishedAt=value))
            issues = judge(res, {400})
            fields = violation_fields(res)
            if res.status == 400 and "publishedAt" not in fields:
                issues.append("violations name %s, not publishedAt" % (fields or "nothing"))
            sec.add("dates: POST article, publishedAt %s" % value, "400 problem naming publishedAt",
                    "%s; violations %s%s" % (res.brief(), fields, "; " + "; ".join(issues) if issues else ""),
                    not issues)
        html = ('<html><head><meta property="article:published_time" content="+294275-01-01T00:00:00Z">'
                '<title>Bounds %s</title></head><body><article><p>%s</p></article></body></html>'
                % (ctx["tok"], self.bounds_text(ctx)))
        res = raw_request(port, "POST", "/api/v1/articles", post_headers,
                          json.dumps({"html": html, "source": ctx["source"]}).encode("utf-8"))
        view = res.json() if isinstance(res.json(), dict) else {}
        published = (view.get("metadata") or {}).get("publishedAt", "absent")
        kinds = [r.get("kind") for r in view.get("removed") or [] if isinstance(r, dict)]
        issues = judge(res, {201})
        if published is not None:
            issues.append("metadata.publishedAt %r" % published)
        if "OUT_OF_RANGE_DATE" not in kinds:
            issues.append("no removed entry of kind OUT_OF_RANGE_DATE")
        sec.add("dates: HTML page declaring article:published_time +294275-01-01T00:00:00Z",
                "201, publishedAt null, removed OUT_OF_RANGE_DATE",
                "%s; publishedAt %s; removed kinds %s%s" % (res.brief(), published, kinds,
                                                           "; " + "; ".join(issues) if issues else ""), not issues)

        def dashboard(when):
            res = raw_request(port, "GET", "/", {"Accept": "text/html"}, timeout=30)
            issues = judge(res, {200})
            if res.status == 200 and not res.header("content-type").startswith("text/html"):
                issues.append("content-type %r" % res.header("content-type"))
            sec.add("dates: GET / (dashboard) %s" % when, "200 HTML within 10 s",
                    res.brief() + ("; " + "; ".join(issues) if issues else ""), not issues)
            return res.elapsed

        before = dashboard("before the range's end dates are posted")
        today = time.gmtime()
        try:
            latest = "%04d-%02d-%02d" % (today.tm_year + 10, today.tm_mon, today.tm_mday)
            time.strptime(latest, "%Y-%m-%d")
        except ValueError:                            # 29 February ten years on: Java's plusYears gives the 28th
            latest = "%04d-%02d-28" % (today.tm_year + 10, today.tm_mon)
        for value in ("1800-01-01", latest):
            res = raw_request(port, "POST", "/api/v1/articles", post_headers, self.bounds_article(ctx, publishedAt=value))
            view = res.json() if isinstance(res.json(), dict) else {}
            stored = (view.get("metadata") or {}).get("publishedAt")
            issues = judge(res, {201})
            if res.status == 201 and not str(stored).startswith(value):
                issues.append("stored publishedAt %r" % stored)
            sec.add("dates: POST article, publishedAt %s (the range's %s)" % (value, "start" if value == "1800-01-01"
                                                                              else "end: today + 10 years"),
                    "201, date kept", "%s; status %s; publishedAt %s%s" % (
                        res.brief(), view.get("status"), stored, "; " + "; ".join(issues) if issues else ""),
                    not issues)
        after = dashboard("after them")
        whole = raw_request(port, "GET", "/?from=1800-01-01&to=%s" % latest, {"Accept": "text/html"}, timeout=30)
        issues = judge(whole, {200})
        sec.add("dates: GET /?from=1800-01-01&to=%s (the whole accepted range)" % latest, "200 HTML within 10 s",
                whole.brief() + ("; " + "; ".join(issues) if issues else ""), not issues)
        res = raw_request(port, "GET", "/?to=-004713-01-01", {"Accept": "text/html"}, timeout=30)
        issues = judge(res, {400}, problem_body=False)
        sec.add("dates: GET /?to=-004713-01-01 (dashboard)", "400 (not 500)",
                res.brief() + ("; " + "; ".join(issues) if issues else ""), not issues)
        self.report.figure("bounds (%s): dashboard GET / before / after the range's dates / whole range" % ctx["db"],
                           "%.2f / %.2f / %.2f s" % (before, after, whole.elapsed))
        res = raw_request(port, "GET", "/api/v1/quotes?from=-004713-01-01", {"Accept": "application/json"})
        issues = judge(res, {400})
        sec.add("dates: GET /api/v1/quotes?from=-004713-01-01", "400 problem (not 500)",
                "%s; violations %s%s" % (res.brief(), violation_fields(res), "; " + "; ".join(issues) if issues else ""),
                not issues)
        ready = ready_status(port)
        sec.add("dates: /q/health/ready afterwards", "200", str(ready), ready == 200)

    def bounds_forms(self, sec, ctx):
        ingest = ctx["ingest"]
        declared = 220000000
        form = {"Content-Type": "application/x-www-form-urlencoded"}
        times = []
        for target in ("/analyze", "/articles/1/reattribution"):
            results = [None] * 4
            gate = threading.Barrier(4, timeout=30)

            def one(i, target=target):
                try:
                    gate.wait()
                except threading.BrokenBarrierError:
                    pass
                results[i] = stream_declared(ingest.port, target, form, declared, stream_s=3.0)

            threads = [threading.Thread(target=one, args=(i,), daemon=True) for i in range(4)]
            for t in threads:
                t.start()
            for t in threads:
                t.join(timeout=60)
            issues, codes, mine, closed, before_mb = [], collections.Counter(), [], 0, []
            for i, result in enumerate(results):
                if result is None:
                    issues.append("#%d: no result" % i)
                    continue
                res, info = result
                problems = judge(res, {413}, limit=2.5)
                if not info["closed"]:
                    problems.append("connection left open 5 s after the answer")
                issues.extend("#%d: %s" % (i, p) for p in problems)
                codes[res.status if res.status is not None else "none"] += 1
                mine.append(res.elapsed)
                closed += 1 if info["closed"] else 0
                before_mb.append((info["sent_before_answer"] or info["sent"]) / 1e6)
            times.extend(mine)
            sec.add("forms: 4 concurrent POST %s, no key, Content-Length %d, streaming up to 3 s" % (target, declared),
                    "413 problem within 2.5 s each, connection closed",
                    "%s; answered in max %.2f s; closed %d/4; sent before the answer max %.1f MB%s" % (
                        dict(codes), max(mine or [float("nan")]), closed, max(before_mb or [0]),
                        "; " + "; ".join(issues[:3]) if issues else ""), not issues and len(mine) == 4)
        self.report.figure("bounds (%s): 413 to a 220 MB form, time to the answer max" % ctx["db"],
                           "%.2f s (8 streams)" % max(times or [float("nan")]))
        for target in ("/analyze", "/articles/1/reattribution"):
            res = raw_request(ingest.port, "POST", target, form,
                              chunks=iter([b"apiKey=", b"x" * 1000, b"&content=" + b"y" * 60000]), timeout=30)
            issues = judge(res, {411})
            sec.add("forms: chunked form POST %s (no Content-Length)" % target, "411 problem",
                    res.brief() + ("; " + "; ".join(issues) if issues else ""), not issues)
        fatal = ingest.log_contains(r"OutOfMemoryError")
        ready = ready_status(ingest.port)
        sec.add("forms: afterwards (-Xmx512m)", "ready 200, no OutOfMemoryError in the log",
                "ready %s; %d OutOfMemoryError" % (ready, len(fatal)), ready == 200 and not fatal)

    def bounds_race(self, sec, ctx):
        ingest = ctx["ingest"]
        text = ("The harbour board of Port Tessaly met on Tuesday to decide the fate of the night ferry (file %s).\n\n"
                "\u201cWe will reopen the northern line before the spring floods,\u201d harbour master Ysolde Marrow "
                "said after the vote.\n\n"
                "Councillor Aurel Venn was not convinced. \u201cThe pier is not safe and the money is not there,\u201d "
                "he told reporters outside the town hall.\n\n"
                "\u201cNobody has shown me a plan I could sign,\u201d said Mayor Ilse Varga, who chairs the board.\n\n"
                "\u201cThe crews are ready and the boats are ready,\u201d Petra Solberg, a ferry captain, said. "
                "\u201cWhat we lack is a decision.\u201d" % ctx["tok"])
        body = json.dumps({"title": "Ferry race %s" % ctx["tok"], "text": text, "source": ctx["source"]}).encode()
        res = raw_request(ingest.port, "POST", "/api/v1/articles", dict({"Content-Type": "application/json"},
                                                                          **ctx["IK"]), body)
        view = res.json() if isinstance(res.json(), dict) else {}
        article_id = view.get("id")

        def stored_quotes():
            got = raw_request(ingest.port, "GET", "/api/v1/articles/%s/quotes?size=1000" % article_id,
                              {"Accept": "application/json"})
            page = got.json() if got.status == 200 and isinstance(got.json(), dict) else {}
            return page.get("items") or [], got.header("x-total-count")

        quotes, total = stored_quotes() if article_id is not None else ([], None)
        n = len(quotes)
        sec.add("race: POST an article with 5 quotations by 4 fictional people", "201 ATTRIBUTED, N >= 3 quotes",
                "%s; id %s, status %s; N = %d quotes (X-Total-Count %s)" % (res.brief(), article_id, view.get("status"),
                                                                            n, total),
                res.status == 201 and view.get("status") == "ATTRIBUTED" and n >= 3)
        if article_id is None or view.get("status") != "ATTRIBUTED":
            return
        figures = []
        for race in range(1, 4):
            results = [None] * 8
            gate = threading.Barrier(8, timeout=30)

            def one(i):
                try:
                    gate.wait()
                except threading.BrokenBarrierError:
                    pass
                results[i] = raw_request(ingest.port, "POST", "/api/v1/articles/%d/attribution" % article_id,
                                         dict(ctx["IK"]), b"", timeout=60)

            threads = [threading.Thread(target=one, args=(i,), daemon=True) for i in range(8)]
            for t in threads:
                t.start()
            for t in threads:
                t.join(timeout=90)
            codes = collections.Counter(r.status if r is not None and r.status is not None else "error"
                                        for r in results)
            issues = []
            for r in results:
                if r is None or r.status not in (200, 409):
                    issues.append("answer %s" % (r.brief() if r is not None else "missing"))
                elif r.status == 409:
                    problem = r.json() if isinstance(r.json(), dict) else {}
                    if problem.get("type") != "https://saywho.dev/problems/conflict":
                        issues.append("409 of type %r" % problem.get("type"))
                    issues.extend(problem_issues(r))
            if not codes.get(200):
                issues.append("no 200")
            after, total = stored_quotes()
            offsets = {(q.get("start"), q.get("end")) for q in after}
            if len(after) != n:
                issues.append("%d quotes stored, not %d" % (len(after), n))
            if len(offsets) != len(after):
                issues.append("%d distinct offsets among %d quotes" % (len(offsets), len(after)))
            reader = Client(ingest.port)
            _, stored = reader.get_json("/api/v1/articles/%d" % article_id)
            reader.close()
            issues.extend(quote_issues(stored) if isinstance(stored, dict) else ["article view unreadable"])
            slowest = max((r.elapsed for r in results if r is not None), default=0.0)
            figures.append("%s -> %d quotes" % (dict(sorted(codes.items(), key=str)), len(after)))
            sec.add("race %d: 8 concurrent POST /api/v1/articles/%d/attribution" % (race, article_id),
                    "200 or 409 conflict, >= one 200; then N = %d quotes, distinct offsets" % n,
                    "%s; then %d quotes (X-Total-Count %s), %d distinct offsets; slowest %.2fs%s" % (
                        dict(sorted(codes.items(), key=str)), len(after), total, len(offsets), slowest,
                        "; " + "; ".join(issues[:3]) if issues else ""), not issues)
        self.report.figure("bounds (%s): re-attribution races (N = %d)" % (ctx["db"], n), "; ".join(figures))

    def bounds_surrogates(self, sec, ctx):
        ingest, attr = ctx["ingest"], ctx["attr"]
        json_ik = dict({"Content-Type": "application/json"}, **ctx["IK"])

        def with_surrogate(item):
            # The raw escape \ud800 (a lone high surrogate) as a client sends it: json.dumps cannot write one itself.
            return json.dumps(item).replace("SURROGATE-HERE", "\\ud800").encode("ascii")

        codes, named, slowest, others = collections.Counter(), 0, 0.0, []
        for i in range(15):
            body = with_surrogate({"title": "Surrogate %s-%d" % (ctx["tok"], i), "source": ctx["source"],
                                   "text": self.bounds_text(ctx, "A lone surrogate SURROGATE-HERE inside.")})
            res = raw_request(ingest.port, "POST", "/api/v1/articles", json_ik, body)
            codes[res.status] += 1
            slowest = max(slowest, res.elapsed)
            issues = judge(res, {400})
            if "text" in violation_fields(res):
                named += 1
            elif not others:
                others.append("violations %s" % violation_fields(res))
            if issues and len(others) < 3:
                others.extend(issues)
        sec.add("surrogates: 15 POST /api/v1/articles with \\ud800 in text", "400 problem naming text, each",
                "statuses %s, %d name text, slowest %.2fs%s" % (dict(codes), named, slowest,
                                                                 "; " + "; ".join(others) if others else ""),
                codes.get(400) == 15 and named == 15 and not others)
        body = with_surrogate({"id": "surrogate-%s" % ctx["tok"],
                               "text": self.bounds_text(ctx, "A lone surrogate SURROGATE-HERE inside.")})
        res = raw_request(attr.port, "POST", "/api/v1/attributions", dict({"Content-Type": "application/json"},
                                                                          **ctx["AK"]), body)
        issues = judge(res, {400})
        sec.add("surrogates: POST /api/v1/attributions with \\ud800 in text", "400 problem",
                "%s; violations %s%s" % (res.brief(), violation_fields(res), "; " + "; ".join(issues) if issues else ""),
                not issues)
        res = raw_request(ingest.port, "POST", "/api/v1/articles", json_ik, self.bounds_article(ctx))
        view = res.json() if isinstance(res.json(), dict) else {}
        sec.add("surrogates: a healthy article afterwards", "201 ATTRIBUTED (the breaker stayed closed)",
                "%s; status %s" % (res.brief(), view.get("status")),
                res.status == 201 and view.get("status") == "ATTRIBUTED")

    def bounds_methods(self, sec, ctx):
        count = 2000 if self.short else 20000
        deadline = time.monotonic() + (60 if self.short else 90)
        targets = (("ingest", ctx["ingest"], "/api/v1/articles"), ("attribution", ctx["attr"], "/api/v1/attributions"))
        before = {name: http_server_series(svc.port) for name, svc, _ in targets}
        outcome = {}

        def flood(name, port, path):
            numbers = iter(range(1, count + 1))
            lock = threading.Lock()
            codes = collections.Counter()

            def worker():
                conn = None
                while time.monotonic() < deadline:
                    with lock:
                        i = next(numbers, None)
                    if i is None:
                        break
                    try:
                        if conn is None:
                            conn = http.client.HTTPConnection(LOOPBACK, port, timeout=10)
                        conn.request("M%07d" % i, path)
                        response = conn.getresponse()
                        response.read()
                        key = response.status
                        if response.will_close:
                            conn.close()
                            conn = None
                    except (OSError, http.client.HTTPException) as ex:
                        key = type(ex).__name__
                        if conn is not None:
                            conn.close()
                        conn = None
                    with lock:
                        codes[key] += 1
                if conn is not None:
                    conn.close()

            began = time.monotonic()
            workers = [threading.Thread(target=worker, daemon=True) for _ in range(3)]
            for t in workers:
                t.start()
            for t in workers:
                t.join(timeout=max(1.0, deadline - time.monotonic() + 15))
            outcome[name] = (codes, time.monotonic() - began)

        floods = [threading.Thread(target=flood, args=(name, svc.port, path), daemon=True)
                  for name, svc, path in targets]
        for t in floods:
            t.start()
        for t in floods:
            t.join(timeout=max(1.0, deadline - time.monotonic() + 30))
        for name, svc, path in targets:
            codes, seconds = outcome.get(name, (collections.Counter(), 0.0))
            after = http_server_series(svc.port)
            sent = sum(codes.values())
            if before[name] is None or after is None:
                sec.add("methods: %s /q/metrics" % name, "200", "scrape failed", False)
                continue
            grown = len(after) - len(before[name])
            carrying = sorted(labels for _, labels in after if re.search(r'"M\d{7}"', labels))
            five = sum(v for k, v in codes.items() if isinstance(k, int) and k >= 500)
            answered = sum(v for k, v in codes.items() if isinstance(k, int))
            ok = answered >= 0.9 * count and grown <= 5 and not carrying
            sec.add("methods: %d requests M0000001.. to %s %s (3 sockets)" % (count, name, path),
                    "http_server_requests series +<= 5, none labelled M0000…",
                    "series %d -> %d (+%d), %d labelled M%%07d; %d sent in %.1f s, statuses %s%s" % (
                        len(before[name]), len(after), grown, len(carrying), sent, seconds, dict(codes),
                        ("; e.g. %s" % carrying[0][:90]) if carrying else ""), ok)
            self.report.figure("bounds (%s): %s http_server_requests series before / after %d methods" % (
                ctx["db"], name, count), "%d / %d (%d labelled M%%07d; %d 5xx answers)" % (
                len(before[name]), len(after), len(carrying), five))
            ready = ready_status(svc.port)
            if ready != 200:
                sec.add("methods: %s ready afterwards" % name, "200", str(ready), False)

    def bounds_search(self, sec, ctx):
        ingest = ctx["ingest"]
        seed_n = 100 if self.short else 500
        seed = self.articles(seed_n, "bounds-search-seed", ctx["source"])
        res = raw_request(ingest.port, "POST", "/api/v1/articles:batch",
                          dict({"Content-Type": "application/x-ndjson", "Accept": "application/x-ndjson"}, **ctx["IK"]),
                          body=b"".join(json.dumps(a).encode() + b"\n" for a in seed), timeout=300)
        created = res.body.count(b'"created"') if res.status == 200 else 0
        sec.note("search (%s): seeded %d articles by one NDJSON batch: %s, %d created" % (
            ctx["db"], seed_n, res.brief(), created))
        long_words = ["%s%s" % (a, b) for a in string.ascii_lowercase for b in string.ascii_lowercase]
        many = "+".join(long_words[i % len(long_words)] for i in range(900))
        vocabulary = []
        for sentence in self.gen.QUOTES + self.gen.REPORTED:
            for word in re.findall(r"[a-z]+", sentence.lower()):
                if word not in vocabulary:
                    vocabulary.append(word)
        few = "+".join(vocabulary[:32])
        if len(vocabulary) < 32:
            few = "+".join(long_words[:32])
        words100 = "+".join(long_words[i] for i in range(100))
        res = raw_request(ingest.port, "GET", "/api/v1/quotes?q=%s" % words100, {"Accept": "application/json"})
        issues = judge(res, {400})
        messages = sorted({v.get("message") for v in (res.json() or {}).get("violations") or []
                           if isinstance(v, dict) and v.get("field") == "q"}) if isinstance(res.json(), dict) else []
        if res.status == 400 and not any("words" in str(m) for m in messages):
            issues.append("no violation of q about words")
        sec.add("search: GET /api/v1/quotes?q=<100 words, %d characters> (the word bound alone)" % (
                    len(words100.replace("+", " "))), "400 naming q: at most 32 words",
                "%s; q: %s%s" % (res.brief(), messages, "; " + "; ".join(issues) if issues else ""), not issues)
        per_thread = 3 if self.short else 8
        posts = self.articles(12 * per_thread, "bounds-search-posts", ctx["source"])
        lock = threading.Lock()
        post_results, search_results = [], {"many": [], "few": []}
        posting_done = threading.Event()
        gate = threading.Barrier(12 + 48, timeout=60)
        deadline = time.monotonic() + 120

        def poster(k):
            client = Client(ingest.port, headers=ctx["IK"], timeout=60)
            try:
                gate.wait()
            except threading.BrokenBarrierError:
                pass
            for article in posts[k * per_thread:(k + 1) * per_thread]:
                if time.monotonic() > deadline:
                    break
                res = client.request("POST", "/api/v1/articles", article, retry=False)
                with lock:
                    post_results.append(res)
            client.close()

        def searcher(kind, query):
            try:
                gate.wait()
            except threading.BrokenBarrierError:
                pass
            for _ in range(10):                       # at least once, then while the POSTs run
                res = raw_request(ingest.port, "GET", "/api/v1/quotes?q=%s" % query, {"Accept": "application/json"},
                                  timeout=60)
                with lock:
                    search_results[kind].append(res)
                if posting_done.is_set() or time.monotonic() > deadline:
                    break

        posters = [threading.Thread(target=poster, args=(k,), daemon=True) for k in range(12)]
        searchers = [threading.Thread(target=searcher, args=("many", many), daemon=True) for _ in range(24)]
        searchers += [threading.Thread(target=searcher, args=("few", few), daemon=True) for _ in range(24)]
        for t in posters + searchers:
            t.start()
        for t in posters:
            t.join(timeout=max(1.0, deadline - time.monotonic() + 30))
        posting_done.set()
        for t in searchers:
            t.join(timeout=max(1.0, deadline - time.monotonic() + 60))

        def ms(values):
            return "p50 %.0f ms, max %.0f ms" % (1000 * percentile(values, 50), 1000 * max(values or [0]))

        codes = collections.Counter(r.status if r.status is not None else "error" for r in post_results)
        post_lat = [r.elapsed for r in post_results]
        sec.add("search: 12 concurrent article POSTs (%d in all) during the searches" % len(posts),
                "all 201, no 5xx", "statuses %s; %s" % (dict(codes), ms(post_lat)),
                codes.get(201, 0) == len(posts) and len(post_results) == len(posts))
        for kind, words, expected in (("many", 900, {400}), ("few", 32, {200, 503})):
            results = search_results[kind]
            codes = collections.Counter(r.status if r.status is not None else "error" for r in results)
            issues = []
            for r in results:
                issues.extend(judge(r, expected, limit=60))
                if r.status == 503 and not r.header("retry-after"):
                    issues.append("503 without Retry-After")
                if r.status == 400 and "q" not in violation_fields(r):
                    issues.append("400 not naming q")
            if kind == "few" and not codes.get(200):
                issues.append("no 200")
            messages = sorted({str(v.get("message")) for r in results if isinstance(r.json(), dict)
                               for v in r.json().get("violations") or [] if isinstance(v, dict)})
            issues = sorted(set(issues))
            lat = [r.elapsed for r in results]
            sec.add("search: 24 concurrent GET /api/v1/quotes?q=<%d words> (%d requests)" % (words, len(results)),
                    "400 naming q" if kind == "many" else "200 (or 503 busy with Retry-After), never 500",
                    "%s; %s%s%s" % (dict(codes), ms(lat), "; q: %s" % messages if messages else "",
                                    "; " + "; ".join(issues[:3]) if issues else ""),
                    not issues and len(results) >= 24)
            self.report.figure("bounds (%s): search q=<%d words> latency" % (ctx["db"], words),
                               "%s (%s)" % (ms(lat), dict(codes)))
        self.report.figure("bounds (%s): POST latency during the searches" % ctx["db"],
                           "%s, p90 %.0f ms" % (ms(post_lat), 1000 * percentile(post_lat, 90)))
        ready = ready_status(ingest.port)
        sec.add("search: /q/health/ready afterwards", "200", str(ready), ready == 200)

    def bounds_backlog(self, sec, ctx):
        db = ctx["db"]
        n = 150 if self.short else 300
        limit_s = 60.0 if self.short else 120.0
        fake = FakeAttribution(ctx["attr"].port, "SAYWHO-POISON-%s" % random_key(8), self.cleanup)
        fake.start()
        db_env = self.database(sec, db, "bounds_backlog")
        if db_env is None:
            return
        interval_s, batch_size, concurrency = 5.0, 20, 4
        env = dict(FAST_RETRY_ENV, QUARKUS_REST_CLIENT_ATTRIBUTION_URL="http://%s:%d" % (LOOPBACK, fake.port),
                   SAYWHO_INGEST_API_KEYS=ctx["ingest_key"], SAYWHO_INGEST_ATTRIBUTION_API_KEY=ctx["attr_key"],
                   **db_env)
        env["SAYWHO_INGEST_RETRY_INTERVAL"] = "%ds" % interval_s
        ingest = self.start_service(sec, "ingest-service", "bounds-backlog-ingest-%s" % db, env)
        if ingest is None:
            return
        source = "fault-bounds-backlog-%s-%s" % (db, self.run_id)
        client = Client(ingest.port, headers=ctx["IK"])
        fake.set_mode("down")
        items = self.articles(n, "bounds-backlog", source)
        answers = []
        res = raw_request(ingest.port, "POST", "/api/v1/articles:batch",
                          dict({"Content-Type": "application/x-ndjson", "Accept": "application/x-ndjson"}, **ctx["IK"]),
                          body=b"".join(json.dumps(a).encode() + b"\n" for a in items), timeout=300,
                          on_line=lambda line, s: answers.append(json.loads(line)) if line.strip() else None,
                          max_seconds=300)
        ids = [a.get("id") for a in answers if str(a.get("status")).lower() == "created"]
        listed = {item["id"]: item.get("status") for item in self.list_articles(client, source) or []}
        states = collections.Counter(listed.get(i) for i in ids)
        sec.add("backlog: %d articles as one NDJSON batch while attribution is down" % n, "200, all created PENDING",
                "%d created, %s; %s" % (len(ids), dict(states), res.brief()),
                res.status == 200 and len(ids) == n and states.get("PENDING") == n)
        if not ids:
            return
        fake.set_mode("proxy")
        began = time.monotonic()
        last_zero, first_all, samples = 0.0, None, []
        while time.monotonic() - began < 180:
            listed = {item["id"]: item.get("status") for item in self.list_articles(client, source) or []}
            done = sum(1 for i in ids if listed.get(i) == "ATTRIBUTED")
            at = time.monotonic() - began
            samples.append((at, done))
            if done == 0:
                last_zero = at
            if done == len(ids):
                first_all = at
                break
            time.sleep(0.5)
        states = collections.Counter(listed.get(i) for i in ids)
        old_rate = batch_size / interval_s            # one claim of batch-size per interval, as before the fix
        if first_all is None:
            sec.add("backlog: drained once attribution is back (bounded 180 s)",
                    "all %d ATTRIBUTED within %.0f s" % (len(ids), limit_s),
                    "not drained after %.0f s: %s" % (time.monotonic() - began, dict(states)), False)
            self.report.figure("bounds (%s): backlog drain" % db, "not drained in 180 s: %s" % dict(states))
            return
        drain_s = max(0.5, first_all - last_zero)
        rate = len(ids) / drain_s
        total_rate = len(ids) / first_all
        progress = ", ".join("%.0fs:%d" % (at, done) for at, done in samples[::max(1, len(samples) // 8)])
        ok = first_all <= limit_s and rate >= 2 * old_rate
        sec.add("backlog: drained once attribution is back (retry interval %ds, batch %d, concurrency %d)" % (
                    interval_s, batch_size, concurrency),
                "all ATTRIBUTED within %.0f s; drain >= %.0f/s (2x one batch per interval)" % (limit_s, 2 * old_rate),
                "%d in %.1f s (%.1f/s); draining %.1f/s over %.1f s; progress (s:attributed) %s" % (
                    len(ids), first_all, total_rate, rate, drain_s, progress), ok)
        self.report.figure("bounds (%s): backlog of %d drained" % (db, len(ids)),
                           "%.1f s after attribution came back (%.1f articles/s overall, %.1f/s while draining; before "
                           "the fix: %.1f/s at this interval, 0.67/s at the default 30 s)" % (
                               first_all, total_rate, rate, old_rate))
        sec.note("backlog (%s): the fake served %s" % (db, dict(fake.served)))
        client.close()


def quote_param(value):
    from urllib.parse import quote
    return quote(value, safe="")


def git_describe():
    try:
        head = subprocess.run(["git", "-C", REPO, "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                              timeout=10).stdout.strip()
        branch = subprocess.run(["git", "-C", REPO, "rev-parse", "--abbrev-ref", "HEAD"], capture_output=True,
                                text=True, timeout=10).stdout.strip()
        return "%s (%s)" % (head or "?", branch or "?")
    except (OSError, subprocess.TimeoutExpired):
        return "?"


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--short", action="store_true", help="smaller counts (whole run under 8 minutes on 2 cores)")
    ap.add_argument("--db", choices=("h2", "postgres", "both"), default="both",
                    help="databases for the crash test and the bounds section (matrix and faults use the first, load "
                         "PostgreSQL if chosen)")
    ap.add_argument("--jars-from", metavar="DIR", help="checkout whose */target/quarkus-app/quarkus-run.jar to run "
                                                       "(default: this checkout)")
    ap.add_argument("--report", metavar="FILE", help="also write the report as Markdown to FILE")
    ap.add_argument("--sections", default=",".join(SECTIONS), help="comma-separated subset of %s" % ",".join(SECTIONS))
    ap.add_argument("--keep", action="store_true", help="keep the temporary working dirs and logs even when all pass")
    args = ap.parse_args(argv)
    unknown = [s for s in args.sections.split(",") if s.strip() and s.strip() not in SECTIONS]
    if unknown:
        ap.error("unknown section(s): %s" % ", ".join(unknown))
    if shutil.which("java") is None:
        raise SystemExit("java is not on the PATH")

    suite = Suite(args)

    def on_term(signum, frame):
        raise Interrupted("signal %d" % signum)

    signal.signal(signal.SIGTERM, on_term)
    signal.signal(signal.SIGHUP, on_term)
    interrupted = False
    try:
        suite.run()
    except (KeyboardInterrupt, Interrupted) as ex:
        interrupted = True
        log("\ninterrupted (%s): cleaning up" % (type(ex).__name__,))
    finally:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        suite.cleanup.run()
        signal.signal(signal.SIGINT, signal.default_int_handler)
    passed, failed = suite.report.counts()
    text = suite.report.text()
    log(text)
    if args.report:
        with open(args.report, "w", encoding="utf-8") as f:
            f.write(suite.report.markdown())
        log("report written to %s" % args.report)
    if failed or args.keep:
        log("logs kept in %s" % suite.root)
    else:
        shutil.rmtree(suite.root, ignore_errors=True)
    print("%d passed, %d failed" % (passed, failed), flush=True)
    return 1 if failed or interrupted else 0


if __name__ == "__main__":
    sys.exit(main())
