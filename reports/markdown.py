"""The Markdown report: the text report's structure, with every scraped string escaped and only web links."""

from __future__ import annotations

import re
from urllib.parse import quote, urlsplit

from footprint.models import AuditResult
from footprint.sanitize import clean
from reports.remediation import why
from reports.summary import Report, Section, build, label
from reports.text import DEMO, NEXT, NEXT_DEMO

_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~:])")


def esc(text: str) -> str:
    """Text that Markdown shows as written: no HTML, no emphasis, no links, no blocks, on one line."""
    text = clean(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def web_url(url: str) -> str | None:
    """The URL made safe to link to, or None unless it is plainly http or https."""
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname or "[" in url:
        return None
    return quote(url, safe=":/?#@!$&'*+,;=%-._~")


def link(text: str, url: str) -> str:
    safe = web_url(url)
    return f"[{esc(text)}]({safe})" if safe else esc(text)


def render(result: AuditResult, *, verbose: bool = False, demo: bool = False) -> str:
    report = build(result)
    out = ["# footprint: what a stranger can learn from your profiles", ""]
    if demo:
        out += [f"> {esc(DEMO)}", ""]
    out += _summary(report)
    for section in report.sections:
        out += _section(section, verbose)
    if report.result.findings:
        out += ["## Why it matters", ""]
        out += [f"- **{esc(label(c))}**: {esc(why(c))}" for c in report.exposure] + [""]
    out += ["## What next", "", esc(NEXT_DEMO if demo else NEXT), ""]
    return "\n".join(out)


def _summary(report: Report) -> list[str]:
    out = ["## Summary", "", f"**Overall:** {esc(report.headline)}", ""]
    out += [f"- **{r.level.upper()}** {esc(r.title)}: {esc(r.why)}" for r in report.risks]
    if report.risks:
        out.append("")
    if report.exposure:
        out += ["| Exposed | Where |", "|---|---|"]
        out += [f"| {esc(label(c))} | {esc(', '.join(p))} |" for c, p in report.exposure.items()] + [""]
    if report.unchecked:
        out += ["**Not checked:** " + esc("; ".join(f"{s.title} ({s.state})" for s in report.unchecked)), ""]
    if report.actions:
        out += ["## Do these first", ""]
        out += [f"{i}. **{a.level.upper()}** {esc(a.advice.line())} ({esc(a.labels())})"
                for i, a in enumerate(report.top, 1)] + [""]
    return out


def _section(s: Section, verbose: bool) -> list[str]:
    count = f", {len(s.findings)} detail(s)" if s.findings else ""
    out = [f"## {esc(s.title)}: {link(s.source.url, s.source.url)}", "", f"*{esc(s.state + count)}*", ""]
    if s.note:
        out += [esc(s.note), ""]
    if verbose and s.source.detail:
        out += [f"Technical: {esc(s.source.detail)}", ""]
    for ev in s.evidence:
        for f in ev.findings:
            extra = f" ({f.confidence:.2f}, {esc(f.reason)})" if verbose and f.reason else ""
            out.append(f"- **{f.severity.upper()}** {esc(label(f.category))}: {esc(f.display or f.value)}{extra}")
        out.append(f"  - seen in {esc(ev.field)}: \u201c{esc(ev.text)}\u201d")
    if s.findings:
        out.append("")
    if s.actions:
        out += ["### What to change", ""]
        out += [f"- {esc(a.advice.line())} ({esc(a.labels())})" for a in s.actions]
        first = s.actions[0].advice
        out += ["", esc(f"What this does not fix: {first.limits} Menu paths last checked {first.checked}; "
                        "platforms move their menus."), ""]
    return out
