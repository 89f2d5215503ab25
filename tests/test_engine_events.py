"""The engine as a front end drives it: sources read at the same time, results in a fixed order,
events for every source, cancellation that loses nothing, and one budget per source."""

from __future__ import annotations

import threading
import time
from collections.abc import Mapping

import pytest
from werkzeug import Request
from werkzeug import Response as WResponse

from footprint.engine import (
    AuditFinished,
    Engine,
    Event,
    SourceFinished,
    SourceQueued,
    SourceStarted,
)
from footprint.facts import Facts
from footprint.http import Http, NetworkTransport, Response
from footprint.models import Collected, Profile, Status
from footprint.wiring import engine


class PageCollector:
    """A collector that reads the page, then one more endpoint, as the API collectors do."""

    name = "fake"

    def collect(self, url: str, http: Http) -> Collected:
        first = http.get(url)
        http.get(url + "more")
        profile = Profile(url=url, platform=self.name)
        profile.add(first.body.decode(), "bio")
        return Collected(profile, Status.OK, "read")


def fake_engine(**options) -> Engine:
    collector = PageCollector()
    return Engine(find=lambda url: collector, pick_saved=lambda body, platform, url: collector,
                  read_saved=lambda body, url, c: Collected(Profile(url=url, platform="fake"), Status.OK),
                  **options)


class GatedTransport:
    """Answers every request with a page; requests for gated URLs wait until their gate opens."""

    def __init__(self, gates: Mapping[str, threading.Event] | None = None) -> None:
        self.gates = dict(gates or {})
        self.requested: list[str] = []
        self.arrived = threading.Event()
        self._lock = threading.Lock()

    def send(self, url: str, headers: Mapping[str, str], *, guarded: bool,
             deadline: float | None = None) -> Response:
        with self._lock:
            self.requested.append(url)
        gate = self.gates.get(url)
        if gate is not None:
            self.arrived.set()
            assert gate.wait(10), "the test never opened the gate"
        return Response(url=url, status=200, headers={"content-type": "text/html"}, body=b"Lives in Truro")


URLS = [f"https://site{i}.example/" for i in range(1, 5)]


def test_results_keep_the_order_entered_whatever_the_order_they_finish_in():
    gates = {url: threading.Event() for url in URLS}
    transport = GatedTransport(gates)
    events: list[Event] = []

    def observe(event: Event) -> None:
        events.append(event)
        # open the gates last-first: each source finishes only after the one entered after it
        started = {e.url for e in events if isinstance(e, SourceStarted)}
        if started == set(URLS):
            for url in reversed(URLS):
                gates[url].set()
                time.sleep(0.05)

    result = fake_engine(workers=4).audit(URLS, Http(transport), Facts(), observer=observe)
    assert [s.url for s in result.sources] == URLS
    assert [s.status for s in result.sources] == [Status.OK] * 4
    finished = [e.source.url for e in events if isinstance(e, SourceFinished)]
    assert sorted(finished) == sorted(URLS) and len(finished) == 4
    assert [f.source_url for f in result.findings] == URLS  # one "Truro" each, in source order


def test_every_source_is_queued_started_and_finished_then_the_audit_finishes():
    events: list[Event] = []
    result = fake_engine().audit(URLS[:2], Http(GatedTransport()), Facts(), observer=events.append)
    kinds = [(type(e).__name__, getattr(e, "index", None)) for e in events]
    assert kinds[:2] == [("SourceQueued", 1), ("SourceQueued", 2)]
    assert sorted(kinds[2:-1]) == [("SourceFinished", 1), ("SourceFinished", 2),
                                   ("SourceStarted", 1), ("SourceStarted", 2)]
    assert kinds.index(("SourceStarted", 1)) < kinds.index(("SourceFinished", 1))
    assert kinds.index(("SourceStarted", 2)) < kinds.index(("SourceFinished", 2))
    assert isinstance(events[-1], AuditFinished) and events[-1].result is result
    assert [e.findings for e in events if isinstance(e, SourceFinished)] == [1, 1]
    assert [(e.url, e.platform) for e in events if isinstance(e, SourceQueued)] == [
        (URLS[0], "fake"), (URLS[1], "fake")]


def test_cancelling_mid_audit_stops_new_requests_and_loses_no_source():
    gate = threading.Event()
    transport = GatedTransport({URLS[1]: gate})
    cancel = threading.Event()
    box = []
    worker = threading.Thread(target=lambda: box.append(fake_engine(workers=1).audit(
        URLS[:3], Http(transport), Facts(), cancel=cancel)))
    worker.start()
    assert transport.arrived.wait(10)      # source 2's first request is in flight
    cancel.set()
    gate.set()                             # ... and now answers
    worker.join(10)
    assert not worker.is_alive()
    result = box[0]
    assert [s.url for s in result.sources] == URLS[:3]
    assert [s.status for s in result.sources] == [Status.OK, Status.CANCELLED, Status.CANCELLED]
    assert result.sources[1].detail == "not finished: the user stopped the audit"
    # source 1 read both its requests; source 2 made its first only; source 3 none
    assert transport.requested == [URLS[0], URLS[0] + "more", URLS[1]]
    assert [f.source_url for f in result.findings] == [URLS[0]]


def test_the_audit_deadline_cancels_what_is_left():
    gate = threading.Event()
    transport = GatedTransport({URLS[0]: gate})
    threading.Timer(0.5, gate.set).start()
    result = fake_engine(workers=1, audit_deadline=0.2).audit(URLS[:2], Http(transport), Facts())
    assert [s.status for s in result.sources] == [Status.CANCELLED, Status.CANCELLED]
    assert result.sources[1].detail == "not finished: the audit's time limit (0.2 s) ran out"


def slow_redirects(httpserver, hops: int, delay: float) -> None:
    def hop(request: Request) -> WResponse:
        n = int(request.path.strip("/") or 0)
        time.sleep(delay)
        return WResponse("", status=302, headers={"Location": f"/{n + 1}"})

    for n in range(hops):
        httpserver.expect_request(f"/{n}").respond_with_handler(hop)


def test_one_budget_covers_every_redirect_of_a_source(httpserver):
    slow_redirects(httpserver, hops=10, delay=0.3)
    eng = engine(source_deadline=1.0)
    result = eng.audit([httpserver.url_for("/0")], Http(NetworkTransport()), Facts())
    source = result.sources[0]
    assert source.status is Status.ERROR
    assert source.detail == "took longer than the 1 s allowed for one profile"
    assert len(httpserver.log) <= 4   # the budget, not the ten hops, ended it


@pytest.mark.parametrize("retry_after, budget, waits, status", [
    ("2", 30.0, [2.0], Status.BLOCKED),     # a short wait within the budget is honoured once
    ("5", 1.0, [], Status.BLOCKED),         # a wait longer than what is left is not
])
def test_retry_after_waits_count_against_the_source_budget(httpserver, retry_after, budget, waits, status):
    httpserver.expect_request("/busy").respond_with_data("slow down", status=429,
                                                         headers={"Retry-After": retry_after})
    recorded: list[float] = []
    eng = engine(source_deadline=budget)
    result = eng.audit([httpserver.url_for("/busy")], Http(NetworkTransport(), sleep=recorded.append), Facts())
    assert recorded == waits
    assert result.sources[0].status is status
