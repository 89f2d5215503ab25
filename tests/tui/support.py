"""Helpers for the app's tests: the demo persona as a HAR capture, and an app set up to replay it."""

from __future__ import annotations

import asyncio
import base64
import datetime as dt
import json
import threading
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import collectors
from footprint import demo, wiring
from footprint.har import ReplayTransport
from footprint.http import Http, Response
from footprint.models import AuditResult
from footprint.tui.app import FootprintApp
from footprint.tui.launch import Exporter
from footprint.tui.setup import MemoryHistory, Setup

TODAY = dt.date(2026, 3, 14)
PERSONA = demo.persona()
INSTAGRAM, MASTODON, WEBSITE, X, REDDIT = PERSONA["urls"]


def demo_har(path: Path) -> Path:
    """The demo persona's recorded answers written as a HAR capture, as a browser would save one."""
    entries = []
    for r in PERSONA["responses"]:
        headers = [{"name": k, "value": v} for k, v in (r.get("headers") or {}).items()]
        if r.get("content_type"):
            headers.append({"name": "Content-Type", "value": r["content_type"]})
        body = demo.DEMO.joinpath(r["file"]).read_bytes() if r.get("file") else b""
        entries.append({"request": {"method": "GET", "url": r["url"]},
                        "response": {"status": r["status"], "headers": headers,
                                     "content": {"text": base64.b64encode(body).decode(), "encoding": "base64"}}})
    path.write_text(json.dumps({"log": {"version": "1.2", "entries": entries}}))
    return path


def page_har(path: Path, pages: Mapping[str, str]) -> Path:
    entries = [{"request": {"method": "GET", "url": url},
                "response": {"status": 200, "headers": [{"name": "Content-Type", "value": "text/html; charset=utf-8"}],
                             "content": {"text": body}}} for url, body in pages.items()]
    path.write_text(json.dumps({"log": {"version": "1.2", "entries": entries}}))
    return path


class Gate:
    """A transport that holds requests for one URL until the test opens the gate."""

    def __init__(self, inner: ReplayTransport, held: str) -> None:
        self.inner = inner
        self.held = held
        self.open = threading.Event()

    def send(self, url: str, headers: Mapping[str, str], *, guarded: bool,
             deadline: float | None = None) -> Response:
        if url == self.held:
            self.open.wait(30)
        return self.inner.send(url, headers, guarded=guarded, deadline=deadline)


def setup(tmp_path: Path, har: Path | None = None, *, transport: Any = None, workers: int = 6,
          **options: Any) -> Setup:
    replay = transport or ReplayTransport.from_file(har or demo_har(tmp_path / "demo.har"))
    options = {"exporter": Exporter(), "history": MemoryHistory(), "out_dir": tmp_path, "today": lambda: TODAY,
               "still": True, **options}
    return Setup(engine=lambda: wiring.engine(workers=workers), http=lambda: Http(replay), find=collectors.find,
                 **options)


def past(created: str, result: AuditResult) -> AuditResult:
    return AuditResult(sources=result.sources, findings=result.findings, created=created)


def run(test: Callable[[], Any]) -> None:
    asyncio.run(test())


def cells(app: FootprintApp, table_id: str) -> list[list[str]]:
    """What a table shows, row by row, as plain text."""
    from textual.widgets import DataTable

    table = app.screen.query_one(table_id, DataTable)
    return [[str(c) if not hasattr(c, "plain") else c.plain for c in table.get_row_at(i)]
            for i in range(table.row_count)]


def text(app: FootprintApp, widget_id: str) -> str:
    """What a Static shows, as plain text."""
    from textual.widgets import Static

    return str(app.screen.query_one(widget_id, Static).visual)
