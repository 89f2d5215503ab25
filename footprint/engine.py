"""The audit itself: sources read at the same time, then detectors, then ranking, reported to an
observer as events so that any front end shows progress and can cancel.

The engine is core: it imports no collector, report or user interface. It is handed what it
dispatches to (the collector registry, the saved-file reader, the advisor that attaches remediation)
by the composition root, `footprint.wiring`.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlsplit

from footprint import faults
from footprint.detect import detect
from footprint.errors import FetchError, UsageError
from footprint.facts import Facts
from footprint.files import STDIN, read_input
from footprint.http import Http
from footprint.sanitize import clean_line
from footprint.models import AuditResult, Collected, Finding, Profile, Source, Status
from footprint.severity import grade

log = logging.getLogger(__name__)

MAX_FOLLOWED = 10
WORKERS = 16              # sources read at the same time (I/O-bound; one host stays paced by Http)
SOURCE_DEADLINE = 30.0    # seconds for all of one source's requests, redirects and waits
AUDIT_DEADLINE = 300.0    # seconds for the whole audit; unfinished sources are then cancelled
POLL = 0.05               # how often the coordinating thread looks at the cancel flag


# ---------------------------------------------------------------- what the engine is handed

class CollectorLike(Protocol):
    """What the engine needs of a collector (collectors.base.Collector is one)."""

    @property
    def name(self) -> str: ...

    def collect(self, url: str, http: Http) -> Collected: ...


Find = Callable[[str], CollectorLike]
PickSaved = Callable[[bytes, "str | None", str], CollectorLike]
# the reader gets back the very collector that PickSaved chose, so it may rely on its own type
ReadSaved = Callable[[bytes, str, Any], Collected]
Advise = Callable[[Finding], str]


# ---------------------------------------------------------------- events

@dataclass(frozen=True)
class SourceQueued:
    """A source will be read (`index` counts from 1 in the order of the final result)."""

    index: int
    url: str
    platform: str


@dataclass(frozen=True)
class SourceStarted:
    index: int
    url: str
    platform: str


@dataclass(frozen=True)
class SourceFinished:
    index: int
    source: Source
    findings: int


@dataclass(frozen=True)
class AuditFinished:
    result: AuditResult


Event = SourceQueued | SourceStarted | SourceFinished | AuditFinished
Observer = Callable[[Event], None]


def _silent(event: Event) -> None:
    pass


# ---------------------------------------------------------------- inputs

def check_url(url: str) -> str:
    """A URL the user typed, made absolute (https:// added to a bare host), or UsageError."""
    url = url.strip()
    if clean_line(url) != url:
        raise UsageError(f"not a web address: {clean_line(url)!r} contains control characters")
    if "://" not in url and "." in url.split("/")[0] and " " not in url:
        url = "https://" + url
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise UsageError(f"not a web address: {url!r} (profile URLs start with https://)")
    return url


def check_source_url(url: str) -> str:
    """The address a scanned file's findings are reported against: a web address as for
    `check_url`, or a file: URI (the form a scan uses when none is given), with or without the third
    slash ("file://notes.txt" names a file as surely as "file:///notes.txt"). It is a label, never fetched."""
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() == "file" and clean_line(url) == url and (parts.path or parts.netloc):
        return url
    return check_url(url)


@dataclass
class Scanned:
    """A file the user saved, with the platform and URL it came from where known."""

    path: Path
    platform: str | None = None
    source_url: str | None = None


@dataclass
class _Task:
    url: str
    collector: CollectorLike
    followed: bool
    origin: str = "web"            # "file" for a page the user saved (scan)
    index: int = 0
    collected: Collected | None = None
    findings: list[Finding] = field(default_factory=list)


# ---------------------------------------------------------------- the engine

@dataclass
class Engine:
    """Runs audits and scans with the collectors and advisor it was handed."""

    find: Find
    pick_saved: PickSaved
    read_saved: ReadSaved
    advise: Advise | None = None
    workers: int = WORKERS
    source_deadline: float = SOURCE_DEADLINE
    audit_deadline: float = AUDIT_DEADLINE

    def audit(self, urls: Sequence[str], http: Http, facts: Facts | None = None, *,
              observer: Observer | None = None, follow_links: bool = False,
              cancel: threading.Event | None = None) -> AuditResult:
        """Audit the profile URLs the user entered (and, with consent, the links they point to).

        Sources are read at the same time; the result lists them in the order entered, followed
        links after the profiles they came from, whatever order they finished in. Setting `cancel`
        stops new requests at once; sources not finished are then reported as cancelled."""
        run = _Run(self, http, facts or Facts(), observer or _silent, cancel)
        typed = [_Task(u, self.find(u), followed=False) for u in dict.fromkeys(check_url(u) for u in urls)]
        run.queue(typed)
        run.execute(typed)
        if follow_links:
            links = _links_to_follow(typed)
            followed = [_Task(u, self.find(u), followed=True) for u in links]
            run.queue(followed)
            run.execute(followed)
        return run.finish()

    def scan(self, files: Iterable[Scanned], facts: Facts | None = None, *,
             observer: Observer | None = None, cancel: threading.Event | None = None) -> AuditResult:
        """Audit pages the user saved (a browser's "view as public", an export, a text file)."""
        run = _Run(self, None, facts or Facts(), observer or _silent, cancel)
        loaded = []
        for item in files:
            body = read_input(item.path)  # bounded, regular files only, never binary
            source_url = item.source_url or ("stdin:" if str(item.path) == STDIN else item.path.resolve().as_uri())
            loaded.append((body, source_url, _Task(source_url, self.pick_saved(body, item.platform, source_url),
                                                   followed=False, origin="file")))
        run.queue([task for _, _, task in loaded])
        for body, source_url, task in loaded:
            if run.stopped():  # the files not read yet are reported as cancelled, as an audit's sources are
                task.collected = run._cancelled(task)
                run.finished(task)
                continue
            run.emit(SourceStarted(task.index, task.url, task.collector.name))
            try:
                task.collected = self.read_saved(body, source_url, task.collector)
            except Exception as exc:  # one file a collector cannot cope with must not end the scan
                task.collected = unreadable(source_url, task.collector.name, exc)
            run.detect(task)
            run.finished(task)
        return run.finish()

    def rank(self, result: AuditResult) -> AuditResult:
        """The result graded (details that combine raise each other's severity) and ranked, most
        severe and most certain first, with remediation advice attached."""
        if self.advise is not None:
            for finding in result.findings:
                finding.remediation = self.advise(finding)
        return grade(result)


class _Run:
    """The state of one audit or scan: its tasks, its stop flag, its observer."""

    def __init__(self, engine: Engine, http: Http | None, facts: Facts, observer: Observer,
                 cancel: threading.Event | None) -> None:
        self.engine = engine
        self.http = http
        self.facts = facts
        self.observer = observer
        self.stop = cancel or threading.Event()  # set by the user, or here when the audit's time runs out
        self.timed_out = False
        self.ends = time.monotonic() + engine.audit_deadline
        self.tasks: list[_Task] = []
        self._emit_lock = threading.Lock()

    def emit(self, event: Event) -> None:
        with self._emit_lock:  # observers see one event at a time, from whichever thread
            self.observer(event)

    def stopped(self) -> bool:
        if not self.stop.is_set() and time.monotonic() >= self.ends:
            self.timed_out = True
            self.stop.set()
        return self.stop.is_set()

    def queue(self, tasks: list[_Task]) -> None:
        for task in tasks:
            self.tasks.append(task)
            task.index = len(self.tasks)
            self.emit(SourceQueued(task.index, task.url, task.collector.name))

    def execute(self, tasks: list[_Task]) -> None:
        """Read `tasks` on a bounded pool of threads until done, cancelled or out of time."""
        if not tasks:
            return
        pool = ThreadPoolExecutor(max_workers=max(1, min(self.engine.workers, len(tasks))),
                                  thread_name_prefix="footprint-source")
        futures: dict[Future[None], _Task] = {pool.submit(self._read, t): t for t in tasks}
        pending = set(futures)
        try:
            while pending:
                done, pending = wait(pending, timeout=POLL, return_when=FIRST_COMPLETED)
                for future in done:
                    task = futures[future]
                    if future.cancelled():
                        continue
                    error = future.exception()
                    if error is not None:  # _read catches everything; this is a last guard
                        task.collected = unreadable(task.url, task.collector.name, error)
                    if task.collected is not None:
                        self.finished(task)
                if self.stopped():
                    for future in pending:
                        future.cancel()
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
        for task in tasks:  # sources that never started
            if task.collected is None:
                task.collected = self._cancelled(task)
                self.finished(task)

    def _read(self, task: _Task) -> None:
        if self.stopped():
            return
        assert self.http is not None
        self.emit(SourceStarted(task.index, task.url, task.collector.name))
        http = self.http.following() if task.followed else self.http
        view = http.for_source(self.engine.source_deadline, self.stop)
        try:
            collected = task.collector.collect(task.url, view)
        except FetchError as exc:
            collected = Collected(Profile(url=task.url, platform=task.collector.name), Status.ERROR, str(exc))
        except Exception as exc:  # one page a collector cannot cope with must not end the audit
            collected = unreadable(task.url, task.collector.name, exc)
        if view.interrupted:  # part-read when stopped: say so rather than report half a page
            collected = self._cancelled(task)
        task.collected = collected
        self.detect(task)

    def _cancelled(self, task: _Task) -> Collected:
        why = (f"the audit's time limit ({self.engine.audit_deadline:g} s) ran out" if self.timed_out
               else "the user stopped the audit")
        return Collected(Profile(url=task.url, platform=task.collector.name), Status.CANCELLED,
                         f"not finished: {why}")

    def detect(self, task: _Task) -> None:
        assert task.collected is not None
        if task.collected.status is Status.OK:
            task.findings = detect(task.collected.profile, self.facts)

    def finished(self, task: _Task) -> None:
        assert task.collected is not None
        self.emit(SourceFinished(task.index, _source(task.collected, task.origin), len(task.findings)))

    def finish(self) -> AuditResult:
        result = AuditResult()
        for task in self.tasks:
            assert task.collected is not None
            result.sources.append(_source(task.collected, task.origin))
            result.findings.extend(task.findings)
        result = self.engine.rank(result)
        self.emit(AuditFinished(result))
        return result


def _source(collected: Collected, origin: str) -> Source:
    profile = collected.profile
    # a collector's detail may quote the page ("YouTube says: ...", an API's error message): cleaned
    # here, where every collector's answer becomes part of the result
    return Source(url=profile.url, platform=profile.platform, status=collected.status,
                  detail=clean_line(collected.detail), origin=origin)


def _links_to_follow(tasks: list[_Task]) -> list[str]:
    """The linked accounts of sources that were read, in result order, each once, at most MAX_FOLLOWED."""
    seen = {t.url.rstrip("/").lower() for t in tasks}
    links: list[str] = []
    for task in tasks:
        if task.collected is None or task.collected.status is not Status.OK:
            continue
        for finding in task.findings:
            key = finding.value.rstrip("/").lower()
            if finding.category == "linked_account" and key not in seen and len(links) < MAX_FOLLOWED:
                seen.add(key)
                links.append(finding.value)
    return links


def unreadable(url: str, platform: str, exc: BaseException) -> Collected:
    """An honest error for a page a collector could not read, its traceback kept in the error log
    for a report. A fault in footprint's own code (`faults.ours`) is called one, not a page layout;
    under FOOTPRINT_STRICT=1 it is raised instead, so that tests and CI fail loudly."""
    if faults.strict() and faults.ours(exc):
        raise exc
    log.debug("collector %s failed on %s", platform, url, exc_info=exc)
    kept = faults.record(platform, exc)
    send = f" and the log {faults.shown(kept)}" if kept is not None else ""
    if faults.ours(exc):
        why = (f"footprint's {platform} reader has a fault ({type(exc).__name__}): a bug in footprint, "
               f"not a problem with the page; please report it with the saved page{send}")
    else:
        why = (f"page layout not recognised ({type(exc).__name__} while reading it); "
               f"please report this with the saved page{send}")
    return Collected(Profile(url=url, platform=platform), Status.ERROR, why)
