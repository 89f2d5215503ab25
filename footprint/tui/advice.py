"""Why a finding matters and what to change, from the reports' remediation knowledge."""

from __future__ import annotations

from footprint.models import Finding


def why(finding: Finding) -> str:
    from reports.remediation import why

    return why(finding.category)


def what_to_change(finding: Finding) -> str:
    from reports.remediation import CHECK, step

    return f"{step(finding.platform, finding.category, finding.field)} {CHECK}"
