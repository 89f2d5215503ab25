"""Starting the app from the command line: on the network, on a replayed capture, or on the demo."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from footprint.facts import Facts
from footprint.tui.setup import MemoryHistory, Platform, Setup

if TYPE_CHECKING:
    from footprint.engine import Engine
    from footprint.http import Http
    from footprint.models import AuditResult


class Exporter:
    """The reports' formats (name -> file ending), each redacted on request by the reports' own redaction."""

    formats = {"text": "txt", "markdown": "md", "html": "html", "manager": "manager.txt", "json": "json"}

    def __init__(self, demo: bool = False) -> None:
        self.demo = demo

    def render(self, result: AuditResult, fmt: str, redact: bool, names: Sequence[str] = ()) -> str:
        import reports

        if redact:
            from reports.redact import redact as hidden

            # the user's own name and family names are hidden wherever they appear, not only where detected
            result = hidden(result, [n for n in names if n])
        return reports.render(result, fmt, demo=self.demo)


class KeyringVault:
    """The user's facts in the system keyring (footprint.secrets)."""

    def load(self) -> Facts:
        from footprint import secrets

        return secrets.load_facts()

    def save(self, facts: Facts) -> None:
        from footprint import secrets

        secrets.save_facts(facts)


# The engine, the collectors and the network stack are imported when first needed, so that the
# welcome screen shows without waiting for them (bench/bench_tui.py); the app preloads them meanwhile.

class StoreHistory:
    """The encrypted history (footprint.store), as the app asks for it. Every call may raise
    KeyringUnavailable or HistoryUnreadable; the app says so and goes on without it."""

    where = "on this computer, encrypted, with the key in your system keyring"

    def __init__(self) -> None:
        from footprint.store import History

        self.store = History()

    def check(self) -> None:
        """KeyringUnavailable unless the key can be kept: a history that can be read (none yet is
        empty) may still not be writable."""
        from footprint import secrets

        secrets.secure_backend()

    def audits(self) -> list[AuditResult]:
        from reports.load import from_dict

        return [from_dict(record.result) for record in self.store.records() if record.kind == "audit"]

    def save(self, result: AuditResult, targets: Sequence[str]) -> None:
        self.store.add(result, targets)

    def done(self) -> set[str]:
        return self.store.done_keys()

    def mark_done(self, key: str, done: bool) -> None:
        (self.store.mark_done if done else self.store.unmark_done)(key)

    def urls(self) -> list[str]:
        return self.store.last_urls()

    def remember_urls(self, urls: list[str]) -> None:
        self.store.remember_urls(urls)


def engine() -> Engine:
    from footprint import wiring

    return wiring.engine()


def find(url: str) -> Platform:
    import collectors

    return collectors.find(url)


def network() -> Http:
    from footprint.http import Http

    return Http.network()


def real(urls: Sequence[str] = (), *, replay: str | None = None, follow_links: bool = False,
         masked: bool = False) -> Setup:
    """The app for the user's own audit, on the network or on a replayed capture."""
    http: Callable[[], Http] = network
    # a replay is a rehearsal, as with `footprint audit --replay`: its audits are not saved, so that
    # a later real audit is never compared with one
    history = (MemoryHistory(where="only while the app is open: audits of a replayed capture are not saved")
               if replay else StoreHistory())
    if replay:
        from footprint.har import ReplayTransport
        from footprint.http import Http

        transport = ReplayTransport.from_file(replay)  # a bad capture is reported before the app opens

        def http() -> Http:
            return Http(transport)
    return Setup(engine=engine, http=http, find=find, exporter=Exporter(), vault=KeyringVault(), history=history,
                 urls=checked(urls), follow_links=follow_links, masked=masked)


def checked(urls: Sequence[str]) -> list[str]:
    if not urls:
        return []
    from footprint.engine import check_url

    return [check_url(u) for u in urls]


def demo(masked: bool = False) -> Setup:
    """The app on the built-in fictional officer, offline."""
    from footprint import demo as built_in

    data = built_in.persona()

    def http() -> Http:
        from footprint.http import Http

        return Http(built_in.transport(data))

    name = data.get("facts", {}).get("full_name", "This person")
    banner = f"DEMO: {name} is fictional. Every detail and page here is invented."
    return Setup(engine=engine, http=http, find=find, exporter=Exporter(demo=True),
                 history=MemoryHistory(where="nowhere: this is a demonstration"), urls=list(data["urls"]),
                 facts=Facts.from_dict(data.get("facts", {}), origin="demo persona"), demo=banner, masked=masked)


def run(setup: Setup) -> int:
    """Run the app; log lines written meanwhile are held back and printed after it closes,
    since a line written to the terminal under the app would scramble its screen."""
    from footprint.tui.app import FootprintApp

    root = logging.getLogger()
    held = _Held()
    handlers, root.handlers = root.handlers, [held]
    try:
        FootprintApp(setup).run()
    finally:
        root.handlers = handlers
        for record in held.records:
            root.handle(record)
    return 0


class _Held(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)
