"""The line-manager summary (procedure 3.3): one page, which details are exposed where, no personal values."""

from __future__ import annotations

import datetime as _dt

from footprint.models import AuditResult
from footprint.sanitize import clean
from reports.summary import build, label

LEVEL_WORDS = {"critical": "Critical", "high": "High", "medium": "Medium", "low": "Low", "none": "None found",
               "unknown": "Not known (some sources could not be checked)"}


def render(result: AuditResult) -> str:
    """Plain text that prints on one page; it names platforms and kinds of detail, never the details."""
    report = build(result)
    created = result.created[:10] if result.created else _dt.date.today().isoformat()
    out = ["Online exposure: summary for the line manager (procedure 3.3)", "",
           f"Audit date: {created}        Officer / staff member: ____________________", "",
           f"Overall risk: {LEVEL_WORDS.get(report.overall, report.overall)}", ""]
    if report.risks:
        out.append("Combined risks:")
        out += [f"  - {r.level.capitalize()}: {r.title}. {r.why}" for r in report.risks]
        out.append("")
    if report.exposure:
        out.append("Exposed details (kind of detail: where):")
        levels: dict[str, str] = {}
        for f in report.result.findings:
            levels.setdefault(f.category, f.severity)
        out += [f"  - {label(c)} ({levels[c]}): {', '.join(p)}" for c, p in report.exposure.items()]
        out.append("")
    else:
        out += ["No exposed details were found in what could be read.", ""]
    if report.unchecked:
        out.append("Not checked (platform showed nothing to a logged-out visitor or refused):")
        out += [f"  - {s.title}: {s.state}" for s in report.unchecked]
        out.append("")
    out.append("Actions (what the officer has done or will do):")
    platforms: dict[str, list[str]] = {}
    for a in report.actions:
        names = platforms.setdefault(a.advice.platform_title, [])
        names += [label(c) for c in a.categories if label(c) not in names]
    for platform, labels in platforms.items():
        out.append(f"  [ ] {platform}: hide or remove {', '.join(labels).lower()}. Done / by: __________")
    out += ["  [ ] Other: ______________________________________________", "",
            "Line manager's risk assessment: ____________________________________________", "",
            "Signed (officer): ______________   Signed (line manager): ______________   Date: ________", ""]
    return clean("\n".join(out))   # a hand-edited saved result must not reach the terminal with control codes
