"""The audit screen: one row per source with its live status, from the engine's events."""

from __future__ import annotations

import threading
from collections.abc import Callable

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message
from textual.widgets import DataTable, Static
from textual.worker import Worker, WorkerState

from footprint.engine import AuditFinished, Engine, Event, SourceFinished, SourceQueued, SourceStarted
from footprint.facts import Facts
from footprint.http import Http
from footprint.models import AuditResult, Source, Status
from footprint.tui.base import Page
from footprint.tui.text import READING, STATUS, WAITING, cell, safe

RUNNING = "Reading {done} of {total} sources…  Escape stops the audit."
STOPPING = "Stopping: the requests in flight finish, the rest are marked cancelled…"


class AuditScreen(Page):
    SUB_TITLE = "Audit"
    BINDINGS = [
        Binding("escape", "stop", "Stop / back", id="audit.stop"),
        Binding("enter,ctrl+n", "findings", "Findings", id="audit.findings"),
        Binding("r", "again", "Run again", id="audit.again"),
    ]

    class Progress(Message):
        """An engine event, handed over from the audit's thread."""

        def __init__(self, event: Event) -> None:
            super().__init__()
            self.event = event

    def __init__(self) -> None:
        super().__init__()
        self.cancel = threading.Event()
        self.running = False
        self.sources: dict[int, Source] = {}
        self.targets: list[str] = []
        self.total = 0

    def compose(self) -> ComposeResult:
        yield from self.top()
        yield Static("", id="audit-summary", markup=False)
        yield DataTable(id="sources", cursor_type="row")
        yield Static("", id="source-detail", markup=False)
        yield from self.bottom()

    def on_mount(self) -> None:
        super().on_mount()
        table = self.query_one("#sources", DataTable)
        table.add_column("#", key="n", width=2)
        table.add_column("Status", key="status", width=13)
        table.add_column("Platform", key="platform", width=10)
        table.add_column("Found", key="found", width=5)
        table.add_column("Address", key="url")
        table.focus()
        self.start()

    def on_unmount(self) -> None:
        self.cancel.set()  # leaving the screen or the app stops the audit's requests

    def start(self) -> None:
        self.cancel.set()  # a run still going (exclusive workers cannot stop a thread) is told to stop
        self.cancel = threading.Event()
        self.running = True
        self.sources.clear()
        self.total = 0
        self.query_one("#sources", DataTable).clear()
        self.summary(RUNNING.format(done=0, total=len(self.fp.urls)))
        setup = self.fp.setup
        self.targets = list(self.fp.urls)
        self.run_audit(setup.engine, setup.http, list(self.fp.urls), self.fp.facts, self.fp.follow_links,
                       self.cancel)

    @work(thread=True, exclusive=True, exit_on_error=False, group="audit")
    def run_audit(self, engine: Callable[[], Engine], http: Callable[[], Http], urls: list[str], facts: Facts,
                  follow_links: bool, cancel: threading.Event) -> AuditResult:
        def observe(event: Event) -> None:
            self.post_message(self.Progress(event))

        return engine().audit(urls, http(), facts, observer=observe, follow_links=follow_links, cancel=cancel)

    @on(Progress)
    def progress(self, message: Progress) -> None:
        event = message.event
        table = self.query_one("#sources", DataTable)
        if isinstance(event, SourceQueued):
            self.total = max(self.total, event.index)
            table.add_row(str(event.index), WAITING, event.platform, "",
                          cell(self.fp.masker.url(event.url, event.platform)), key=str(event.index))
        elif isinstance(event, SourceStarted):
            table.update_cell(str(event.index), "status", READING)
        elif isinstance(event, SourceFinished):
            self.sources[event.index] = event.source
            table.update_cell(str(event.index), "status", STATUS[event.source.status])
            found = str(event.findings) if event.source.status is Status.OK else "–"
            table.update_cell(str(event.index), "found", found)
            self.show_source()
        elif isinstance(event, AuditFinished):
            self.finished(event.result)
            return
        if self.running and not self.cancel.is_set():
            self.summary(RUNNING.format(done=len(self.sources), total=self.total))

    def finished(self, result: AuditResult) -> None:
        self.running = False
        self.fp.result = result
        read = sum(s.status is Status.OK for s in result.sources)
        stopped = " (stopped early)" if self.cancel.is_set() else ""
        count = len(result.findings)
        self.summary(f"Finished{stopped}: {count} finding{'s' if count != 1 else ''}, {read} of "
                     f"{len(result.sources)} sources read. Enter shows them; R runs it again.")
        self.show_source()
        targets = self.targets
        self.fp.keep("This audit was not saved to the history", lambda: self.fp.setup.history.save(result, targets))

    @on(Worker.StateChanged)
    def worker_changed(self, event: Worker.StateChanged) -> None:
        if event.state is WorkerState.ERROR:
            self.running = False
            self.summary(f"The audit failed: {event.worker.error}")
            self.notify(f"The audit failed: {event.worker.error}", severity="error")

    @on(DataTable.RowSelected, "#sources")
    def selected(self, event: DataTable.RowSelected) -> None:
        self.action_findings()

    @on(DataTable.RowHighlighted, "#sources")
    def highlighted(self, event: DataTable.RowHighlighted) -> None:
        self.show_source()

    def show_source(self) -> None:
        table = self.query_one("#sources", DataTable)
        detail = self.query_one("#source-detail", Static)
        if table.row_count == 0:
            detail.update("")
            return
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key
        source = self.sources.get(int(str(key.value)))
        if source is None:
            detail.update("")
        else:
            detail.update(safe(self.fp.masker.text(f"{STATUS[source.status]}: {source.detail}")))

    def summary(self, text: str) -> None:
        self.query_one("#audit-summary", Static).update(text)

    def action_stop(self) -> None:
        if self.running:
            self.cancel.set()
            self.summary(STOPPING)
        else:
            self.app.pop_screen()

    def action_findings(self) -> None:
        if self.running or self.fp.result is None:
            self.notify("The findings appear when the audit has finished (Escape stops it).")
            return
        from footprint.tui.findings import FindingsScreen

        self.app.push_screen(FindingsScreen())

    def action_again(self) -> None:
        if not self.running:
            self.start()
