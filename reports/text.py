"""The plain-text report for a terminal: summary and top actions first, then each source, then the next step."""

from __future__ import annotations

import textwrap

from footprint.models import AuditResult
from footprint.sanitize import clean
from reports.remediation import why
from reports.summary import Report, Section, build, label

_BOLD, _RESET = "\x1b[1m", "\x1b[0m"
_COLOURS = {"critical": "\x1b[1;31m", "high": "\x1b[31m", "medium": "\x1b[33m", "low": "\x1b[2m"}
DEMO = ("This is a demonstration: the person, their profiles and every detail below are fictional, "
        "and nothing was fetched from the internet.")
NEXT_DEMO = "Next step: run `footprint` to audit your own profiles."
NEXT = ("Next step: make the changes above, then run footprint again to check them. Risks found online go to "
        "your line manager (procedure 3.3): save the result with `--format json -o audit.json`, then "
        "`footprint report audit.json --format manager` prints a one-page summary without personal details.")


class _Writer:
    def __init__(self, width: int, emphasis: bool) -> None:
        self.width = max(40, width)
        self.emphasis = emphasis
        self.lines: list[str] = []

    def style(self, text: str, code: str) -> str:
        return f"{code}{text}{_RESET}" if self.emphasis else text

    def level(self, level: str) -> str:
        return self.style(level.upper(), _COLOURS.get(level, ""))

    def heading(self, text: str) -> None:
        if self.lines and self.lines[-1]:
            self.lines.append("")
        self.lines += [self.style(line, _BOLD) for line in textwrap.wrap(
            clean(text), self.width, break_on_hyphens=False, break_long_words=False)]

    def para(self, text: str, indent: int = 0, first: str | None = None) -> None:
        """Wrap `text` to the width; `first` is a prefix for the first line (kept unwrapped)."""
        pad = " " * indent
        lead = pad if first is None else first
        self.lines += textwrap.wrap(clean(text), self.width, initial_indent=lead, subsequent_indent=pad,
                                    break_on_hyphens=False, break_long_words=False) or [lead.rstrip()]

    def blank(self) -> None:
        if self.lines and self.lines[-1]:
            self.lines.append("")


def render(result: AuditResult, *, width: int = 88, emphasis: bool = False, verbose: bool = False,
           demo: bool = False) -> str:
    report = build(result)
    w = _Writer(width, emphasis)
    w.heading("footprint: what a stranger can learn from your profiles")
    if demo:
        w.para(DEMO)
    _summary(w, report)
    for section in report.sections:
        _section(w, section, verbose)
    if report.result.findings:
        w.heading("Why it matters")
        for category in report.exposure:
            w.para(why(category), 4, f"  {label(category)}: ")
    w.heading(NEXT_DEMO if demo else "What next")
    if not demo:
        w.para(NEXT, 2)
    return "\n".join(line.rstrip() for line in w.lines) + "\n"


def _summary(w: _Writer, report: Report) -> None:
    w.heading("Summary")
    w.para(report.headline, 2, "  Overall: ")
    checked = sum(1 for s in report.sections if s.source.status.value == "ok")
    w.para(f"{len(report.result.findings)} exposed detail(s) on {checked} of {len(report.sections)} source(s) "
           "read.", 2)
    for risk in report.risks:
        w.para(f"{risk.title}: {risk.why}", 4, f"  {w.level(risk.level)} ")
    if report.exposure:
        w.lines.append("  Exposed:")
        pad = max(len(label(c)) for c in report.exposure) + 2
        for category, platforms in report.exposure.items():
            w.para(", ".join(platforms), 4 + pad, f"    {label(category) + ':':{pad}}")
    if report.unchecked:
        w.para("; ".join(f"{s.title} ({s.state})" for s in report.unchecked), 4, "  Not checked: ")
    if report.actions:
        w.heading("Do these first")
        for i, action in enumerate(report.top, 1):
            text = f"{action.advice.line()} ({action.labels()})"
            w.para(text, 5, f"  {i}. {w.level(action.level)} ")
        if len(report.actions) > len(report.top):
            w.para(f"... and {len(report.actions) - len(report.top)} more, below.", 5)


def _section(w: _Writer, s: Section, verbose: bool) -> None:
    count = f", {len(s.findings)} detail(s)" if s.findings else ""
    w.heading(f"{s.title}: {clean(s.source.url)}")
    w.para(f"{s.state}{count}", 2)
    if s.note:
        w.para(s.note, 2)
    if verbose and s.source.detail:
        w.para(s.source.detail, 4, "  (technical: ")
        w.lines[-1] += ")"
    for ev in s.evidence:
        for f in ev.findings:
            shown = f.display or f.value
            extra = f" [{f.confidence:.2f}, {f.reason}]" if verbose and f.reason else ""
            w.para(f"{label(f.category)}: {shown}{extra}", 4, f"  {w.level(f.severity)} ")
        w.para(f"\u201c{ev.text}\u201d", 6, f"    seen in {clean(ev.field)}: ")
    if s.actions:
        w.lines.append("  What to change:")
        for a in s.actions:
            w.para(f"{a.advice.line()} ({a.labels()})", 6, "    - ")
        first = s.actions[0].advice
        w.para(f"What this does not fix: {first.limits} Menu paths last checked {first.checked}; "
               "platforms move their menus.", 4)
    w.blank()
