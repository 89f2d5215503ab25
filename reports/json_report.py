"""The JSON result (contract section 3, "footprint.audit/1"), graded, with the summary beside it."""

from __future__ import annotations

import json

from footprint.models import AuditResult
from reports.summary import build


def render(result: AuditResult) -> str:
    report = build(result)
    doc = report.result.to_dict()
    doc["summary"] = {
        "overall": report.overall,
        "risks": [{"level": r.level, "title": r.title, "why": r.why, "categories": list(r.categories)}
                  for r in report.risks],
        "exposure": report.exposure,
        "actions": [{"level": a.level, "platform": a.platform, "source_url": a.source_url,
                     "where": a.advice.step.where, "do": a.advice.step.do, "categories": a.categories}
                    for a in report.actions],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
