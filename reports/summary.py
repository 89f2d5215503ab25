"""What every report says, before any format: the summary, the actions in order, the details per source."""

from __future__ import annotations

from dataclasses import dataclass, field

from footprint.models import AuditResult, Finding, Source, Status
from footprint.severity import ORDER, Risk, grade, overall, rank, risks
from reports.remediation import Advice, advice, saved_kind, status_advice, title

LABELS = {
    "date_of_birth": "Date of birth", "birthplace": "Birthplace", "football_team": "Football team",
    "police_affiliation": "Police link", "family": "Family", "home_location": "Home location",
    "phone_number": "Phone number", "email_address": "E-mail address", "linked_account": "Linked account",
}
STATUS = {"ok": "read as a logged-out visitor", "login_required": "login wall: not checked",
          "not_found": "no profile found", "blocked": "refused: not checked", "error": "could not read: not checked",
          "cancelled": "stopped: not checked"}
SAVED = {"page": "read from a page you saved", "export": "read from a data export you saved",
         "text": "read from a text file you saved"}
OVERALL = {"critical": ("Critical", "details that put you or your family at risk can be joined up"),
           "high": ("High", "details that put you at risk are public"),
           "medium": ("Medium", "some details you may want to hide are public"),
           "low": ("Low", "little is exposed"),
           "none": ("Nothing found", "nothing footprint looks for is in what a logged-out visitor sees"),
           "unknown": ("Not known", "some sources could not be checked, so this is not an all-clear")}
TOP = 6


def label(category: str) -> str:
    return LABELS.get(category, category.replace("_", " ").capitalize())


@dataclass
class Action:
    """One change to make: on which source, where, what, and which details it hides."""

    level: str
    platform: str
    source_url: str
    advice: Advice
    categories: list[str] = field(default_factory=list)

    def labels(self) -> str:
        return ", ".join(label(c) for c in self.categories)


@dataclass
class Evidence:
    """One piece of text from a source, shown once, with every finding it gave away."""

    field: str
    text: str
    findings: list[Finding]


@dataclass
class Section:
    """Everything about one source: what happened, what it showed, what to change there."""

    source: Source
    title: str
    state: str
    note: str
    evidence: list[Evidence]
    actions: list[Action]
    findings: list[Finding]


@dataclass
class Report:
    """The result as every renderer needs it: graded, summarised, grouped per source."""

    result: AuditResult
    overall: str
    verdict: tuple[str, str]            # ("Critical", "details that ...")
    risks: list[Risk]
    exposure: dict[str, list[str]]      # category -> platform titles, most serious category first
    actions: list[Action]
    sections: list[Section]
    unchecked: list[Section]

    @property
    def headline(self) -> str:
        """The verdict on one line ("Critical: details that ...")."""
        return ": ".join(self.verdict)

    @property
    def top(self) -> list[Action]:
        return self.actions[:TOP]


def state(source: Source) -> str:
    kind = saved_kind(source)
    return SAVED[kind] if kind and source.status.value == "ok" else STATUS.get(source.status.value, "")


def build(result: AuditResult) -> Report:
    """Grade and group a result for rendering."""
    result = grade(result)
    by_source: dict[str, list[Finding]] = {}
    for f in result.findings:
        by_source.setdefault(f.source_url, []).append(f)
    sections = [_section(s, by_source.get(s.url, [])) for s in result.sources]
    known = {s.url for s in result.sources}
    for url, found in by_source.items():     # findings whose source is missing (a hand-edited file)
        if url not in known:
            sections.append(_section(Source(url=url, platform=found[0].platform, status=Status.OK), found))
    exposure: dict[str, list[str]] = {}
    for f in sorted(result.findings, key=lambda f: ORDER.index(f.category) if f.category in ORDER else 99):
        names = exposure.setdefault(f.category, [])
        if title(f.platform) not in names:
            names.append(title(f.platform))
    actions = sorted((a for s in sections for a in s.actions),
                     key=lambda a: (rank(a.level), min(ORDER.index(c) if c in ORDER else 99 for c in a.categories)))
    level = overall(result)
    return Report(result=result, overall=level, verdict=OVERALL[level], risks=risks(result.findings),
                  exposure=exposure, actions=actions, sections=sections,
                  unchecked=[s for s in sections if s.source.status.value not in ("ok", "not_found")])


def _core(snippet: str) -> str:
    """A snippet without the ellipses that mark where it was cut."""
    return " ".join(snippet.strip().strip(".\u2026").split())


def _section(source: Source, findings: list[Finding]) -> Section:
    evidence: list[Evidence] = []
    actions: dict[tuple[str, str], Action] = {}
    # a snippet inside a longer one from the same field is the same text: show the longer once
    for text in sorted({(f.field, f.evidence) for f in findings}, key=lambda fe: -len(fe[1])):
        if not any(ev.field == text[0] and _core(text[1]) in _core(ev.text) for ev in evidence):
            evidence.append(Evidence(text[0], text[1], []))
    for f in findings:
        next(ev for ev in evidence if ev.field == f.field and _core(f.evidence) in _core(ev.text)).findings.append(f)
        a = advice(f, source)
        act = actions.setdefault((a.step.where, a.step.do), Action(f.severity, source.platform, source.url, a))
        if f.category not in act.categories:
            act.categories.append(f.category)
        if rank(f.severity) < rank(act.level):
            act.level = f.severity
    evidence = [ev for ev in evidence if ev.findings]
    evidence.sort(key=lambda ev: min(findings.index(f) for f in ev.findings))
    return Section(source=source, title=title(source.platform), state=state(source),
                   note=status_advice(source, len(findings)), evidence=evidence,
                   actions=list(actions.values()), findings=findings)
