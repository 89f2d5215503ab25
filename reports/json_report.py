"""The JSON result (contract section 3, "footprint.audit/1"), graded, with the summary beside it."""

from __future__ import annotations

import json

from dataclasses import replace

from footprint.models import AuditResult
from reports.remediation import advise
from reports.summary import build


def render(result: AuditResult) -> str:
    report = build(result)
    sources = {s.url: s for s in report.result.sources}
    # the advice again, now that the source is known: a saved file gets its own wording
    findings = [replace(f, remediation=advise(f, sources.get(f.source_url))) for f in report.result.findings]
    doc = replace(report.result, findings=findings).to_dict()
    exposure: dict[str, list[str]] = {}
    for f in findings:
        if f.platform not in exposure.setdefault(f.category, []):
            exposure[f.category].append(f.platform)
    doc["summary"] = {
        "overall": report.overall,
        "risks": [{"level": r.level, "title": r.title, "why": r.why, "categories": list(r.categories)}
                  for r in report.risks],
        "exposure": {c: exposure[c] for c in report.exposure},
        "actions": [{"level": a.level, "platform": a.platform, "source_url": a.source_url,
                     "where": a.advice.step.where, "do": a.advice.step.do, "categories": a.categories}
                    for a in report.actions],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
