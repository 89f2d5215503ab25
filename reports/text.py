"""A readable plain-text report for the terminal: per source, what was found and what to change."""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterable

from footprint.models import AuditResult, Finding, Source
from reports.remediation import CHECK, step, why

LABELS = {
    "date_of_birth": "Date of birth", "birthplace": "Birthplace", "football_team": "Football team",
    "police_affiliation": "Police link", "family": "Family", "home_location": "Home location",
    "phone_number": "Phone number", "email_address": "E-mail address", "linked_account": "Linked account",
}
STATUS = {"ok": "read as a logged-out visitor", "login_required": "LOGIN WALL: nothing shown to a logged-out visitor",
          "not_found": "NOT FOUND", "blocked": "BLOCKED", "error": "COULD NOT READ"}
LOGGED_IN = ("A logged-out visitor was shown this. Friends, followers and logged-in users may see more: check "
             "with each platform's 'view as' or a private window, then run `footprint scan` on the saved page.")


def mask(value: str) -> str:
    """Keep the shape of a value but hide most of it (trainers' demonstrations)."""
    return re.sub(r"(?<=\w)\w", "•", value)


def secrets_of(result: AuditResult) -> list[str]:
    """Every exposed value in the result, longest first, for masking evidence."""
    parts: set[str] = set()
    for f in result.findings:
        for part in (f.matched, f.display, *re.split(r":\s*", f.value)):
            part = part.strip().lstrip("@#")
            if len(part) > 2 and part.casefold() not in KEEP:
                parts.add(part)
    return sorted(parts, key=len, reverse=True)


KEEP = {"police", "family", "child", "children", "wife", "husband", "spouse", "mother", "father", "partner"}


def masked_text(text: str, secrets: list[str]) -> str:
    for secret in secrets:
        text = re.sub(re.escape(secret), lambda m: mask(m.group()), text, flags=re.I)
    return text


def _wrap(text: str, indent: int, width: int) -> list[str]:
    return textwrap.wrap(text, width - indent, initial_indent=" " * indent, subsequent_indent=" " * indent)


def render(result: AuditResult, *, masked: bool = False, width: int = 92) -> str:
    lines = ["footprint: what a logged-out stranger can see", ""]
    by_source: dict[str, list[Finding]] = {}
    for f in result.findings:
        by_source.setdefault(f.source_url, []).append(f)
    secrets = secrets_of(result) if masked else []
    for source in result.sources:
        lines += _source(source, by_source.get(source.url, []), secrets, width)
    categories = {f.category for f in result.findings}
    if categories:
        lines.append("Why it matters")
        for category in LABELS:
            if category in categories:
                lines += _wrap(f"{LABELS[category]}: {why(category)}", 2, width)
        lines.append("")
    ok = any(s.status.value == "ok" for s in result.sources)
    if not result.findings:
        lines.append("No exposed details found in what could be read." if ok else
                     "Nothing could be read, so this is not an all-clear: see the sources above.")
    lines += textwrap.wrap(LOGGED_IN + " " + CHECK, width)
    return "\n".join(lines) + "\n"


def _source(source: Source, findings: Iterable[Finding], secrets: list[str], width: int) -> list[str]:
    findings = list(findings)
    count = f" ({len(findings)} finding{'s' if len(findings) != 1 else ''})" if source.status.value == "ok" else ""
    lines = [f"{source.platform}  {source.url}", f"  {STATUS[source.status.value]}{count}"]
    if source.status.value != "ok" and source.detail:
        lines += _wrap(source.detail, 4, width)
    for f in findings:
        shown = f.display or f.value
        value = mask(shown) if secrets and f.value != "police" else shown
        evidence = masked_text(f.evidence, secrets)
        lines.append(f"  {f.severity.upper():6} {LABELS.get(f.category, f.category)}: {value}")
        lines += _wrap(f"{f.field}: {evidence}", 9, width)
    steps: dict[str, list[str]] = {}
    for f in findings:
        steps.setdefault(step(f.platform, f.category, f.field), []).append(LABELS.get(f.category, f.category))
    if steps:
        lines.append("  What to change")
        for text, labels in steps.items():
            names = ", ".join(dict.fromkeys(labels))
            lines += _wrap(f"- {names}: {text}", 4, width)
    lines.append("")
    return lines
