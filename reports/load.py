"""Read back a saved JSON result (`footprint report SAVED.json`) into the plain dataclasses."""

from __future__ import annotations

from typing import Any

from footprint.errors import InputError
from footprint.models import SCHEMA, AuditResult, Finding, Source, Status

_FINDING_KEYS = ("category", "value", "display", "severity", "confidence", "source_url", "platform", "field",
                 "evidence", "policy", "remediation", "reason", "matched")


def from_dict(data: Any) -> AuditResult:
    """The result a `--format json` run wrote; InputError when the document is not one."""
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        raise InputError(f"not a footprint result (expected \"schema\": \"{SCHEMA}\")")
    try:
        sources = [Source(url=str(s["url"]), platform=str(s["platform"]), status=Status(s["status"]),
                          detail=str(s.get("detail") or ""), origin=str(s.get("origin") or "web"))
                   for s in data.get("sources") or []]
        findings = []
        for f in data.get("findings") or []:
            kw = {k: f.get(k) for k in _FINDING_KEYS}
            findings.append(Finding(
                category=str(kw["category"]), value=str(kw["value"] or ""), display=str(kw["display"] or ""),
                severity=str(kw["severity"] or "low"), confidence=float(kw["confidence"] or 0),
                source_url=str(kw["source_url"] or ""), platform=str(kw["platform"] or "website"),
                field=str(kw["field"] or ""), evidence=str(kw["evidence"] or ""),
                policy=[str(p) for p in kw["policy"] or []], remediation=str(kw["remediation"] or ""),
                reason=str(kw["reason"] or ""), matched=str(kw["matched"] or "")))
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise InputError(f"the saved result is damaged ({type(exc).__name__}: {exc})") from None
    result = AuditResult(sources=sources, findings=findings)
    if isinstance(data.get("created"), str):
        result.created = data["created"]
    return result
