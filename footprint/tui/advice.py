"""Why a finding matters and what to change, from the reports' remediation knowledge."""

from __future__ import annotations

from footprint.models import Finding, Source


def why(finding: Finding) -> str:
    from reports.remediation import why

    return why(finding.category)


def what_to_change(finding: Finding, source: Source | None = None) -> str:
    """Where to go (the menu path), what to do there, and what it cannot fix."""
    from reports.remediation import advice

    a = advice(finding, source)
    saved = f" {a.saved_note}" if a.saved_note else ""
    return f"{a.line()} {a.limits}{saved} (Menu path last checked {a.checked}; menus move.)"
