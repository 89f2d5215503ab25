"""Benchmark: twelve profiles on twelve hosts, each answering after 300 ms, read at the same time.

Starts twelve local HTTP servers (one port each, so twelve hosts to the pacing rule), audits one
of them alone and then all twelve through the real network stack, and prints the ratio of the two
times. Goal: twelve sources finish within 1.5 times the slowest single one.
Run:  make bench   (or  .venv/bin/python bench/bench_engine.py)
"""

from __future__ import annotations

import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from footprint.facts import Facts
from footprint.http import Http, NetworkTransport
from footprint.wiring import engine

DELAY = 0.3
SOURCES = 12
GOAL_RATIO = 1.5
PAGE = b"<html><head><title>A runner</title></head><body><p>Parkrun most Saturdays.</p></body></html>"


class SlowPage(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (the name http.server calls)
        time.sleep(DELAY)
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(PAGE)))
        self.end_headers()
        self.wfile.write(PAGE)

    def log_message(self, format: str, *args: object) -> None:
        pass


def timed_audit(urls: list[str]) -> float:
    http = Http(NetworkTransport(), pacing=1.0)   # the pacing a real audit uses, per host
    start = time.perf_counter()
    result = engine().audit(urls, http, Facts())
    elapsed = time.perf_counter() - start
    bad = [s for s in result.sources if s.status.value != "ok"]
    if bad:
        raise SystemExit(f"bench_engine: a source failed: {bad[0]}")
    return elapsed


def main() -> int:
    servers = [ThreadingHTTPServer(("127.0.0.1", 0), SlowPage) for _ in range(SOURCES)]
    for server in servers:
        threading.Thread(target=server.serve_forever, daemon=True).start()
    urls = [f"http://127.0.0.1:{s.server_address[1]}/" for s in servers]
    try:
        one = min(timed_audit(urls[:1]) for _ in range(3))
        twelve = min(timed_audit(urls) for _ in range(3))
    finally:
        for server in servers:
            server.shutdown()
    ratio = twelve / one
    verdict = "meets" if ratio <= GOAL_RATIO else "MISSES"
    print(f"engine: 1 source {one:.2f} s, {SOURCES} sources on {SOURCES} hosts {twelve:.2f} s "
          f"(ratio {ratio:.2f}; goal <= {GOAL_RATIO}: {verdict})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
