"""What changed between two audits: each finding fixed, still exposed, new, changed or not checked.

Findings are matched by category, platform and normalised value (finding_key), never by snippet
text, which changes whenever a page is edited. A finding whose profile could not be read in the
newer audit is "not checked", not "fixed": a blocked page proves nothing.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

FIXED = "fixed"
STILL = "still exposed"
NEW = "new"
CHANGED = "changed"
UNCHECKED = "not checked"
ORDER = (NEW, CHANGED, STILL, UNCHECKED, FIXED)


def normalise(value: str) -> str:
    """The value as compared: case, spacing and punctuation do not matter ("Romford." == "romford")."""
    return " ".join(re.sub(r"[\W_]+", " ", value.casefold()).split())


def _get(finding: Any, name: str) -> str:
    return str(finding.get(name, "") if isinstance(finding, Mapping) else getattr(finding, name, ""))


def finding_key(finding: Any) -> str:
    """The identity of a finding across audits (a Finding or its to_dict()): category, platform and
    normalised value. "Mark as done" is stored under this key."""
    return "|".join((_get(finding, "category"), _get(finding, "platform"), normalise(_get(finding, "value"))))


def _day(created: str) -> str:
    return created[:10]


@dataclass(frozen=True)
class Change:
    """One finding's fate. `before`/`after` are the finding in the older/newer audit (None where it
    is absent); `first_seen`/`last_seen` are the dates of the audits it was first and last seen in."""

    status: str
    key: str
    category: str
    platform: str
    before: Mapping[str, Any] | None
    after: Mapping[str, Any] | None
    first_seen: str
    last_seen: str

    @property
    def value(self) -> str:
        return _get(self.after or self.before, "value")

    def to_dict(self) -> dict[str, Any]:
        return {"status": self.status, "key": self.key, "category": self.category, "platform": self.platform,
                "value": self.value, "before": _get(self.before, "value") if self.before else None,
                "after": _get(self.after, "value") if self.after else None,
                "source_url": _get(self.after or self.before, "source_url"),
                "first_seen": self.first_seen, "last_seen": self.last_seen}


@dataclass
class Diff:
    """The changes between the audit made at `before` and the one made at `after` (ISO dates)."""

    before: str
    after: str
    changes: list[Change] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {status: sum(c.status == status for c in self.changes) for status in ORDER}

    def to_dict(self) -> dict[str, Any]:
        return {"schema": "footprint.diff/1", "before": self.before, "after": self.after,
                "counts": self.counts(), "changes": [c.to_dict() for c in self.changes]}


def _unique(findings: Sequence[Mapping[str, Any]]) -> dict[str, Mapping[str, Any]]:
    """One finding per key (the same value seen in a bio and a post is one exposure)."""
    out: dict[str, Mapping[str, Any]] = {}
    for f in findings:
        out.setdefault(finding_key(f), f)
    return out


def compare(before: Mapping[str, Any], after: Mapping[str, Any],
            history: Sequence[Mapping[str, Any]] = ()) -> Diff:
    """The changes from audit result `before` to audit result `after` (AuditResult.to_dict() each).
    `history` is every saved result, for the dates a finding was first and last seen."""
    old, new = _unique(before.get("findings") or []), _unique(after.get("findings") or [])
    read = {s.get("url") for s in after.get("sources") or [] if s.get("status") == "ok"}
    seen: dict[str, list[str]] = {}
    for result in [*history, before, after]:
        for key in _unique(result.get("findings") or []):
            seen.setdefault(key, []).append(str(result.get("created", "")))

    def change(status: str, key: str, b: Mapping[str, Any] | None, a: Mapping[str, Any] | None) -> Change:
        dates = sorted(seen.get(key, [])) or [str(after.get("created", ""))]
        f = a or b
        return Change(status, key, _get(f, "category"), _get(f, "platform"), b, a,
                      _day(dates[0]), _day(dates[-1]))

    changes: list[Change] = []
    gone = {k: f for k, f in old.items() if k not in new}
    came = {k: f for k, f in new.items() if k not in old}
    changes += [change(STILL, k, old[k], f) for k, f in new.items() if k in old]
    # a single value replaced by another on the same platform (a new town, another club) is a change
    groups: dict[tuple[str, str], tuple[list[str], list[str]]] = {}
    for k, f in gone.items():
        groups.setdefault((_get(f, "category"), _get(f, "platform")), ([], []))[0].append(k)
    for k, f in came.items():
        groups.setdefault((_get(f, "category"), _get(f, "platform")), ([], []))[1].append(k)
    for olds, news in groups.values():
        if len(olds) == 1 and len(news) == 1 and _get(gone[olds[0]], "source_url") in read:
            changes.append(change(CHANGED, news[0], gone.pop(olds[0]), came.pop(news[0])))
    changes += [change(NEW, k, None, f) for k, f in came.items()]
    for k, f in gone.items():
        changes.append(change(FIXED if _get(f, "source_url") in read else UNCHECKED, k, f, None))
    changes.sort(key=lambda c: (ORDER.index(c.status), c.category, c.platform, c.value.casefold()))
    return Diff(str(before.get("created", "")), str(after.get("created", "")), changes)
