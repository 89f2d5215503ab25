"""The built-in demonstration: a fictional person audited offline from a shipped capture."""

from __future__ import annotations

import json
from importlib import resources

from footprint.engine import Observer, audit
from footprint.facts import Facts
from footprint.har import ReplayTransport
from footprint.http import Http
from footprint.models import AuditResult

PERSONA = "demo/persona.json"


def persona() -> dict:
    with resources.files("footprint.data").joinpath(PERSONA).open("rb") as fh:
        return json.load(fh)


def run_demo(observer: Observer | None = None) -> AuditResult:
    """Audit the demo persona's profiles from the capture inside the package."""
    data = persona()
    har = resources.files("footprint.data").joinpath("demo/" + data["capture"]).read_bytes()
    transport = ReplayTransport.from_har(json.loads(har), name="demo capture")
    facts = Facts.from_dict(data.get("facts", {}), origin="demo persona")
    return audit(data["urls"], Http(transport), facts, observer=observer)
