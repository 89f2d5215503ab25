"""The built-in demonstration: a fictional person audited offline from captures in the package.

The persona is written in the evaluation corpus's case format (a list of URLs and the
answers a logged-out visitor got), so that it is read exactly like a real replay.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from footprint.engine import Engine, Observer
from footprint.facts import Facts
from footprint.har import ReplayTransport, url_key
from footprint.http import Http, Response
from footprint.models import AuditResult

DEMO = resources.files("footprint.data").joinpath("demo")


def persona() -> dict[str, Any]:
    return json.loads(DEMO.joinpath("persona.json").read_text("utf-8"))


def transport(data: dict[str, Any]) -> ReplayTransport:
    """Answers from the persona's recorded responses, as a HAR capture would."""
    answers = {}
    for r in data["responses"]:
        headers = {k.lower(): v for k, v in (r.get("headers") or {}).items()}
        if r.get("content_type"):
            headers["content-type"] = r["content_type"]
        body = DEMO.joinpath(r["file"]).read_bytes() if r.get("file") else b""
        answers[("GET", url_key(r["url"]))] = Response(url=r["url"], status=int(r["status"]), headers=headers,
                                                       body=body)
    return ReplayTransport(answers)


def run_demo(engine: Engine, observer: Observer | None = None) -> AuditResult:
    """Audit the demo persona offline with `engine`."""
    data = persona()
    facts = Facts.from_dict(data.get("facts", {}), origin="demo persona")
    return engine.audit(data["urls"], Http(transport(data)), facts, observer=observer)
