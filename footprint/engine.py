"""The audit itself: collectors, then detectors, then remediation, reported through an
observer so that the CLI and the TUI show progress without the core printing anything."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol
from urllib.parse import urlsplit

import collectors
from footprint.models import Collected
from collectors.saved import read_saved_file
from footprint.detect import SEVERITY, detect
from footprint.errors import FetchError, InputError, UsageError
from footprint.facts import Facts
from footprint.http import Http
from footprint.models import AuditResult, Finding, Profile, Source, Status

log = logging.getLogger(__name__)

MAX_FOLLOWED = 10


class Observer(Protocol):
    """Told what the audit is doing; every method is optional to act on."""

    def started(self, index: int, total: int, url: str, platform: str) -> None: ...

    def finished(self, index: int, total: int, source: Source, findings: int) -> None: ...


class _Silent:
    def started(self, index: int, total: int, url: str, platform: str) -> None:
        pass

    def finished(self, index: int, total: int, source: Source, findings: int) -> None:
        pass


def check_url(url: str) -> str:
    """A URL the user typed, made absolute (https:// added to a bare host), or UsageError."""
    url = url.strip()
    if "://" not in url and "." in url.split("/")[0] and " " not in url:
        url = "https://" + url
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise UsageError(f"not a web address: {url!r} (profile URLs start with https://)")
    return url


@dataclass
class Scanned:
    """A file the user saved, with the platform and URL it came from where known."""

    path: Path
    platform: str | None = None
    source_url: str | None = None


def audit(urls: Sequence[str], http: Http, facts: Facts | None = None, *,
          observer: Observer | None = None, follow_links: bool = False) -> AuditResult:
    """Audit the profile URLs the user entered (and, with consent, the links they point to)."""
    observer = observer or _Silent()
    facts = facts or Facts()
    result = AuditResult()
    queue = [(check_url(u), False) for u in urls]
    seen = {u.rstrip("/").lower() for u, _ in queue}
    i = 0
    while i < len(queue):
        url, followed = queue[i]
        collector = collectors.find(url)
        observer.started(i + 1, len(queue), url, collector.name)
        try:
            collected = collector.collect(url, http.following() if followed else http)
        except FetchError as exc:
            collected = Collected(Profile(url=url, platform=collector.name), Status.ERROR, str(exc))
        except Exception as exc:  # one page a collector cannot cope with must not end the audit
            collected = unreadable(url, collector.name, exc)
        findings = _add(result, collected, facts)
        observer.finished(i + 1, len(queue), result.sources[-1], len(findings))
        if follow_links and not followed and collected.status is Status.OK:
            for finding in findings:
                link = finding.value
                if finding.category == "linked_account" and link.rstrip("/").lower() not in seen:
                    if sum(1 for _, f in queue if f) < MAX_FOLLOWED:
                        seen.add(link.rstrip("/").lower())
                        queue.append((link, True))
        i += 1
    return finish(result)


def scan(files: Iterable[Scanned], facts: Facts | None = None, *,
         observer: Observer | None = None) -> AuditResult:
    """Audit pages the user saved (a browser's "view as public", an export, a text file)."""
    observer = observer or _Silent()
    facts = facts or Facts()
    files = list(files)
    result = AuditResult()
    for i, item in enumerate(files, 1):
        try:
            body = item.path.read_bytes()
        except OSError as exc:
            raise InputError(f"cannot read {item.path}: {exc.strerror or exc}") from None
        source_url = item.source_url or item.path.resolve().as_uri()
        collector = pick_for_saved(body, item.platform, source_url)
        observer.started(i, len(files), source_url, collector.name)
        try:
            collected = read_saved_file(body, source_url, collector)
        except Exception as exc:  # one file a collector cannot cope with must not end the scan
            collected = unreadable(source_url, collector.name, exc)
        findings = _add(result, collected, facts)
        result.sources[-1].origin = "file"
        observer.finished(i, len(files), result.sources[-1], len(findings))
    return finish(result)


def pick_for_saved(body: bytes, platform: str | None, source_url: str) -> collectors.Collector:
    if platform:
        chosen = collectors.by_name(platform)
        if chosen is not None:
            return chosen
        names = ", ".join(c.name for c in collectors.COLLECTORS)
        log.warning("unknown platform %r (known: %s); reading the page as a generic web page", platform, names)
    if source_url.startswith(("http://", "https://")):
        by_url = collectors.find(source_url)
        if by_url.name != "website":
            return by_url
    return collectors.recognise(body)


def unreadable(url: str, platform: str, exc: Exception) -> Collected:
    """An honest error for a page whose shape broke a collector (kept in the log for a report)."""
    log.debug("collector %s failed on %s", platform, url, exc_info=True)
    return Collected(Profile(url=url, platform=platform), Status.ERROR,
                     f"page layout not recognised ({type(exc).__name__} while reading it); "
                     "please report this with the saved page")


def _add(result: AuditResult, collected: Collected, facts: Facts) -> list[Finding]:
    profile = collected.profile
    result.sources.append(Source(url=profile.url, platform=profile.platform, status=collected.status,
                                 detail=collected.detail))
    findings = detect(profile, facts) if collected.status is Status.OK else []
    result.findings.extend(findings)
    return findings


def finish(result: AuditResult) -> AuditResult:
    """Attach remediation advice and rank findings: most severe and most certain first."""
    from reports.remediation import advise

    rank = {"high": 0, "medium": 1, "low": 2}
    order = list(SEVERITY)
    for finding in result.findings:
        finding.remediation = advise(finding)
    result.findings.sort(key=lambda f: (rank.get(f.severity, 3), order.index(f.category)
                                        if f.category in order else 99, -f.confidence))
    return result
