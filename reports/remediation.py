"""Why each finding matters and exactly which setting to change on which platform."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from footprint.models import Finding

CHECK = "Menus move: check the path in the app."


@cache
def knowledge() -> dict[str, Any]:
    with resources.files("reports.data").joinpath("remediation.json").open("rb") as fh:
        return json.load(fh)


def why(category: str) -> str:
    return str(knowledge()["why"].get(category, ""))


def step(platform: str, category: str, field: str = "") -> str:
    """The setting to change for a detail of `category` seen in `field` on `platform`."""
    steps = knowledge()["platforms"].get(platform) or knowledge()["platforms"]["website"]
    if field in ("post", "comment") and "post" in steps:
        return str(steps["post"])
    return str(steps.get(category) or steps["default"])


def advise(finding: Finding) -> str:
    """The remediation text for one finding: why it matters, then what to change."""
    parts = [why(finding.category), step(finding.platform, finding.category, finding.field)]
    return " ".join(p for p in parts if p) + " " + CHECK
