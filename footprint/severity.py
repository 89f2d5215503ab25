"""How serious each finding is, alone and joined up with the others: the one ranking every report uses."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from footprint.models import AuditResult, Finding, Status

LEVELS = ("critical", "high", "medium", "low")   # most serious first
ORDER = ("police_affiliation", "home_location", "family", "date_of_birth", "phone_number", "birthplace",
         "football_team", "email_address", "linked_account")
BASE = {"date_of_birth": "high", "birthplace": "medium", "football_team": "medium", "police_affiliation": "high",
        "family": "high", "home_location": "medium", "phone_number": "high", "email_address": "medium",
        "linked_account": "low"}
_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b", re.I)
_HOUSE = re.compile(r"\b\d+[a-z]?\s+\w+", re.I)   # "12 Elm Road": a street address, not a town


@dataclass(frozen=True)
class Risk:
    """Details that are worse together than apart, and why."""

    level: str
    title: str
    why: str
    categories: tuple[str, ...]
    named_family: bool = False   # only relatives given by name take part

    def involves(self, finding: Finding) -> bool:
        if finding.category == "family" and self.named_family:
            return ": " in finding.value
        return finding.category in self.categories


def rank(level: str) -> int:
    return LEVELS.index(level) if level in LEVELS else len(LEVELS)


def _worst(levels: Iterable[str]) -> str:
    return min(levels, key=rank, default="low")


def alone(finding: Finding) -> str:
    """The level of one finding on its own: a full birth date outranks a year, a postcode a town."""
    value = finding.value
    if finding.category == "date_of_birth":
        return "high" if len(value) == 10 else "medium" if value.startswith("--") else "low"
    if finding.category == "family":
        return "high" if ": " in value else "medium"
    if finding.category == "home_location":
        return "high" if _POSTCODE.search(value) or _HOUSE.match(value) else "medium"
    return BASE.get(finding.category, "low")


def risks(findings: Sequence[Finding]) -> list[Risk]:
    """The combinations a stranger can join up across every source of one audit."""
    has = {f.category for f in findings}
    named_family = any(f.category == "family" and ": " in f.value for f in findings)
    full_dob = any(f.category == "date_of_birth" and len(f.value) == 10 for f in findings)
    found: list[Risk] = []
    if "police_affiliation" in has and "home_location" in has:
        found.append(Risk("critical", "Police link and where you live",
                          "Someone who wants to harm an officer can work out where to find you.",
                          ("police_affiliation", "home_location")))
    if "police_affiliation" in has and named_family:
        found.append(Risk("critical", "Police link and your family's names",
                          "Your family can be traced and approached because of your job.",
                          ("police_affiliation", "family"), named_family=True))
    if full_dob and "birthplace" in has:
        found.append(Risk("high", "Full date of birth and birthplace",
                          "Together they answer the identity checks banks and phone companies use.",
                          ("date_of_birth", "birthplace")))
    answers = has & {"date_of_birth", "birthplace", "football_team"}
    if len(answers) >= 2 and not (full_dob and "birthplace" in has):
        found.append(Risk("high", "Several security-question answers",
                          "Birthday, birthplace and football team are common security answers and password seeds.",
                          tuple(c for c in ORDER if c in answers)))
    return found


def level(finding: Finding, found: Sequence[Risk]) -> str:
    """A finding's level: its own, raised to that of the worst risk it is part of."""
    own = alone(finding)
    return _worst([own, *(r.level for r in found if r.involves(finding))])


def grade(result: AuditResult) -> AuditResult:
    """A copy of the result with every finding's severity set and the findings ranked, worst first."""
    found = risks(result.findings)
    graded = [replace(f, severity=level(f, found)) for f in result.findings]
    graded.sort(key=lambda f: (rank(f.severity), ORDER.index(f.category) if f.category in ORDER else 99,
                               -f.confidence))
    return replace(result, findings=graded)


def overall(result: AuditResult) -> str:
    """One word for the whole audit: a level, "none" only when every source was read, else "unknown"."""
    if result.findings:
        found = risks(result.findings)
        return _worst(level(f, found) for f in result.findings)
    if result.sources and all(s.status is Status.OK for s in result.sources):
        return "none"
    return "unknown"
