"""What the app is started with: the audit's inputs and the services behind its screens.

The app is handed everything it dispatches to (engine, network, exporter, history, facts
vault), so tests and the demo start it on replayed captures and in-memory stores.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from footprint.facts import Facts

if TYPE_CHECKING:  # the engine, the network and the collectors load after the welcome screen shows
    from footprint.engine import Engine
    from footprint.http import Http
    from footprint.models import AuditResult


class Platform(Protocol):
    """What the profiles screen shows of the collector that claims an address."""

    @property
    def name(self) -> str: ...

    @property
    def title(self) -> str: ...


class Exporter(Protocol):
    """Renders a result in one of its formats (name -> file extension), redacted or not."""

    formats: dict[str, str]

    def render(self, result: AuditResult, fmt: str, redact: bool, names: Sequence[str] = ()) -> str: ...


class History(Protocol):
    """Past audits, the findings marked as done, and the remembered list of addresses."""

    def check(self) -> None: ...

    def audits(self) -> list[AuditResult]: ...

    def save(self, result: AuditResult, targets: Sequence[str]) -> None: ...

    def done(self) -> set[str]: ...

    def mark_done(self, key: str, done: bool) -> None: ...

    def urls(self) -> list[str]: ...

    def remember_urls(self, urls: list[str]) -> None: ...


class Vault(Protocol):
    """Where the user's facts are kept between runs (the keyring)."""

    def load(self) -> Facts: ...

    def save(self, facts: Facts) -> None: ...


@dataclass
class MemoryHistory:
    """A history that lasts as long as the app (the demo, tests, and machines without a keyring)."""

    saved: list[AuditResult] = field(default_factory=list)
    where: str = "only while the app is open"
    marked: set[str] = field(default_factory=set)
    remembered: list[str] = field(default_factory=list)

    def check(self) -> None:
        pass

    def audits(self) -> list[AuditResult]:
        return list(self.saved)

    def save(self, result: AuditResult, targets: Sequence[str]) -> None:
        self.saved.append(result)

    def done(self) -> set[str]:
        return set(self.marked)

    def mark_done(self, key: str, done: bool) -> None:
        (self.marked.add if done else self.marked.discard)(key)

    def urls(self) -> list[str]:
        return list(self.remembered)

    def remember_urls(self, urls: list[str]) -> None:
        self.remembered = list(urls)


@dataclass
class Setup:
    """Everything one run of the app needs."""

    engine: Callable[[], Engine]
    http: Callable[[], Http]
    find: Callable[[str], Platform]
    exporter: Exporter
    history: History = field(default_factory=MemoryHistory)
    vault: Vault | None = None
    urls: list[str] = field(default_factory=list)
    facts: Facts = field(default_factory=Facts)
    demo: str = ""                 # the banner saying the person is fictional; empty for a real audit
    masked: bool = False           # presenter mode: values, handles and addresses hidden
    follow_links: bool = False
    out_dir: Path = field(default_factory=Path.cwd)
    today: Callable[[], dt.date] = dt.date.today
    still: bool = False            # no blinking cursor (snapshot tests)
