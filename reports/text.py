"""A readable plain-text report for the terminal."""

from __future__ import annotations

import textwrap

from footprint.models import AuditResult

LABELS = {
    "date_of_birth": "Date of birth", "birthplace": "Birthplace", "football_team": "Football team",
    "police_affiliation": "Police link", "family": "Family", "home_location": "Home location",
    "phone_number": "Phone number", "email_address": "E-mail address", "linked_account": "Linked account",
}
STATUS = {"ok": "read", "login_required": "LOGIN WALL: nothing shown to a logged-out visitor",
          "not_found": "NOT FOUND", "blocked": "BLOCKED", "error": "ERROR"}


def mask(value: str) -> str:
    """Keep the shape of a value but hide most of it (trainers' demonstrations)."""
    out = []
    for word in value.split(" "):
        keep = 1 if len(word) > 2 else 0
        out.append(word[:keep] + "•" * max(0, len(word) - keep))
    return " ".join(out)


def render(result: AuditResult, *, masked: bool = False, width: int = 88) -> str:
    lines = ["footprint: what a logged-out stranger can see", ""]
    lines.append("Sources")
    for s in result.sources:
        lines.append(f"  [{s.status.value}] {s.platform}: {s.url}")
        if s.status.value != "ok":
            lines.append(textwrap.indent(textwrap.fill(f"{STATUS[s.status.value]}: {s.detail}", width - 6), " " * 6))
    lines.append("")
    if not result.findings:
        ok = any(s.status.value == "ok" for s in result.sources)
        lines.append("No exposed details found." if ok else
                     "Nothing could be read, so this is not an all-clear: see the sources above.")
        return "\n".join(lines) + "\n"
    lines.append(f"Findings ({len(result.findings)})")
    for f in result.findings:
        value = mask(f.display or f.value) if masked else (f.display or f.value)
        lines.append(f"  {f.severity.upper():6} {LABELS.get(f.category, f.category)}: {value}"
                     f"  ({f.platform}, {f.field})")
        evidence = mask(f.evidence) if masked else f.evidence
        lines.append(textwrap.indent(textwrap.fill(f"seen: {evidence}", width - 9), " " * 9))
        lines.append(textwrap.indent(textwrap.fill(f"fix: {f.remediation}", width - 9), " " * 9))
    lines.append("")
    lines.append("A logged-out visitor was shown this; friends, followers and logged-in users may see more.")
    return "\n".join(lines) + "\n"
