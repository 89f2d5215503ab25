"""The history screen: past audits, and what changed since the one before."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import DataTable, Static

from footprint.models import AuditResult, Finding, Status
from footprint.tui.base import Page
from footprint.tui.text import Masker, category, safe


def same(f: Finding) -> tuple[str, str, str]:
    """What makes two audits' findings the same exposure."""
    return (f.platform, f.category, f.value.casefold())


def changes(before: AuditResult | None, after: AuditResult) -> tuple[list[Finding], list[Finding]]:
    """Findings new in `after`, and findings of `before` no longer seen."""
    if before is None:
        return list(after.findings), []
    old = {same(f) for f in before.findings}
    now = {same(f) for f in after.findings}
    return [f for f in after.findings if same(f) not in old], [f for f in before.findings if same(f) not in now]


def when(result: AuditResult) -> str:
    return result.created.replace("T", " ")[:16] + " UTC" if result.created.endswith("+00:00") else result.created


class HistoryScreen(Page):
    SUB_TITLE = "History"
    BINDINGS = [Binding("escape", "back", "Back", id="history.back")]

    def compose(self) -> ComposeResult:
        yield from self.top()
        yield Static("", id="history-summary", markup=False)
        yield DataTable(id="audits", cursor_type="row")
        with VerticalScroll(id="changes-pane"):
            yield Static("", id="changes", markup=False)
        yield from self.bottom()

    def on_mount(self) -> None:
        super().on_mount()
        try:
            self.audits = self.fp.setup.history.audits()
        except Exception as exc:  # a locked keyring or a damaged file: say so, keep the app running
            self.audits = []
            self.notify(f"The history could not be read: {exc}", severity="warning")
        table = self.query_one("#audits", DataTable)
        table.add_column("When", key="when", width=20)
        table.add_column("Read", key="read", width=6)
        table.add_column("Findings", key="found", width=8)
        table.add_column("New", key="new", width=4)
        table.add_column("Gone", key="gone", width=4)
        for i in reversed(range(len(self.audits))):
            result = self.audits[i]
            new, gone = changes(self.audits[i - 1] if i else None, result)
            read = sum(s.status is Status.OK for s in result.sources)
            table.add_row(when(result), f"{read}/{len(result.sources)}", str(len(result.findings)),
                          str(len(new)), str(len(gone)), key=str(i))
        where = getattr(self.fp.setup.history, "where", "")
        self.query_one("#history-summary", Static).update(
            f"{len(self.audits)} past audit{'s' if len(self.audits) != 1 else ''} ({where})." if self.audits else
            f"No past audits yet ({where}). Each audit you run is added here.")
        table.focus()
        self.show()

    @on(DataTable.RowHighlighted, "#audits")
    def highlighted(self, event: DataTable.RowHighlighted) -> None:
        self.show()

    def show(self) -> None:
        table = self.query_one("#audits", DataTable)
        pane = self.query_one("#changes", Static)
        if table.row_count == 0:
            pane.update("")
            return
        i = int(str(table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value))
        result = self.audits[i]
        new, gone = changes(self.audits[i - 1] if i else None, result)
        masker = Masker(result, self.fp.setup.masked)
        lines = [f"Audit of {when(result)} compared with the one before:" if i else "The first audit:"]
        lines += [f"  + new: {category(f.category)}: {masker.display(f)} ({f.platform})" for f in new]
        lines += [f"  − gone: {category(f.category)}: {Masker(self.audits[i - 1], self.fp.setup.masked).display(f)}"
                  f" ({f.platform})" for f in gone]
        if i and not new and not gone:
            lines.append("  no change")
        pane.update(safe("\n".join(lines)))

    def action_back(self) -> None:
        self.app.pop_screen()
