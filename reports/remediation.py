"""What to change, in plain words: per platform and category, where to go and what to do (data in remediation.json)."""

from __future__ import annotations

import datetime as _dt
import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from footprint.models import Finding, Source

POST_FIELDS = {"post", "comment", "status", "caption", "video", "activity"}


@dataclass(frozen=True)
class Step:
    """One action: where to go (a menu path) and what to do there."""

    where: str
    do: str


@dataclass(frozen=True)
class Advice:
    """Everything a report says about changing one finding."""

    why: str
    step: Step
    limits: str
    checked: str        # when the menu path was last checked, e.g. "August 2026"
    platform_title: str
    saved_note: str = ""

    def line(self) -> str:
        """One line for a list of actions: where, then what."""
        return f"{self.step.where}: {self.step.do}"


@cache
def knowledge() -> dict[str, Any]:
    with resources.files("reports.data").joinpath("remediation.json").open("rb") as fh:
        return json.load(fh)


def platforms() -> dict[str, Any]:
    return dict(knowledge()["platforms"])


def _entry(platform: str) -> dict[str, Any]:
    known = knowledge()["platforms"]
    return dict(known.get(platform) or known["website"])


def title(platform: str) -> str:
    """The platform's name as people write it ("X (Twitter)", "Website")."""
    known = knowledge()["platforms"].get(platform)
    return str(known["title"]) if known else platform.capitalize()


def why(category: str) -> str:
    return str(knowledge()["why"].get(category, ""))


def _month(checked: str) -> str:
    try:
        return _dt.date.fromisoformat(checked + "-01").strftime("%B %Y")
    except ValueError:
        return checked


def saved_kind(source: Source | None) -> str:
    """"page", "export" or "text" for a file the user saved; "" for a page fetched from the web."""
    if source is None or (source.origin != "file" and not source.url.startswith("file:")):
        return ""
    detail = source.detail.lower()
    return "export" if "export" in detail else "text" if "text file" in detail else "page"


def advice(finding: Finding, source: Source | None = None) -> Advice:
    """The advice for one finding; `source` (where it was seen) lets a saved file get its own wording."""
    kind = saved_kind(source)
    platform = "saved" if kind == "text" or (kind and finding.platform == "website") else finding.platform
    entry = _entry(platform)
    if finding.field in POST_FIELDS or finding.category not in entry["steps"]:
        where, do = entry["post"]
    else:
        where, do = entry["steps"][finding.category]
    return Advice(why=why(finding.category), step=Step(where, do), limits=str(entry["limits"]),
                  checked=_month(str(entry["checked"])), platform_title=str(entry["title"]),
                  saved_note=str(knowledge()["saved"][kind]) if kind else "")


def advise(finding: Finding, source: Source | None = None) -> str:
    """The remediation text for one finding (the engine's advisor): why it matters, then what to change."""
    a = advice(finding, source)
    saved = f" {a.saved_note}" if a.saved_note else ""
    return (f"{a.why} {a.line()} {a.limits}{saved} "
            f"(Menu path last checked {a.checked}; menus move.)")


def check(platform: str) -> str:
    """How to see what friends, followers or logged-in users see on this platform."""
    return str(_entry(platform)["check"])


def status_advice(source: Source, findings: int) -> str:
    """Plain words for a source: what its status means and what to do next ("" when nothing to add)."""
    status = source.status.value
    if status == "ok":
        if saved_kind(source):
            return str(knowledge()["saved"][saved_kind(source)])
        if findings:
            return ""
        status = "empty"
    text = str(knowledge()["status"].get(status, ""))
    entry = _entry(source.platform)
    return text.format(title=entry["title"] if source.platform in knowledge()["platforms"] else "This site",
                       check=entry["check"])
