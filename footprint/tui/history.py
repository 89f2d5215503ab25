"""The history screen: past audits, and what changed since the one before (fixed, new, still exposed)."""

from __future__ import annotations

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import DataTable, Static

from footprint.diff import FIXED, NEW, Diff, compare
from footprint.models import AuditResult, Status
from footprint.tui.base import Page
from footprint.tui.text import Masker, category, safe

MARK = {"fixed": "✓ fixed", "still exposed": "• still exposed", "new": "+ new", "changed": "~ changed",
        "not checked": "? not checked"}


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
            yield Static("", id="changes")
        yield from self.bottom()

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#history-summary", Static).update("Reading the history…")
        self.load()

    @work(thread=True, exclusive=True, exit_on_error=False, group="history")
    def load(self) -> None:
        # after any write still waiting (the audit just finished), and off the interface's thread
        history = self.fp.setup.history
        where = getattr(history, "where", "")
        try:
            audits = self.fp.keep("The history could not be read", history.audits).result()
        except Exception as exc:  # a locked keyring or a damaged file: said, and the app goes on
            audits, where = [], f"the history could not be read: {exc}"
        self.app.call_from_thread(self.fill, audits, where)

    def fill(self, audits: list[AuditResult], where: str) -> None:
        self.audits = audits
        self.diffs = [self.diff(i) for i in range(len(self.audits))]
        table = self.query_one("#audits", DataTable)
        table.add_column("When", key="when", width=20)
        table.add_column("Read", key="read", width=6)
        table.add_column("Findings", key="found", width=8)
        table.add_column("New", key="new", width=4)
        table.add_column("Fixed", key="fixed", width=5)
        for i in reversed(range(len(self.audits))):
            result, diff = self.audits[i], self.diffs[i]
            read = sum(s.status is Status.OK for s in result.sources)
            counts = diff.counts() if diff else {}
            table.add_row(when(result), f"{read}/{len(result.sources)}", str(len(result.findings)),
                          str(counts.get(NEW, "–")), str(counts.get(FIXED, "–")), key=str(i))
        count = len(self.audits)
        self.query_one("#history-summary", Static).update(
            f"{count} past audit{'s' if count != 1 else ''} (kept {where})." if count else
            f"No past audits yet (kept {where}). Each audit you run is added here.")
        table.focus()
        self.show()

    def diff(self, i: int) -> Diff | None:
        if i == 0:
            return None
        return compare(self.audits[i - 1].to_dict(), self.audits[i].to_dict(),
                       [a.to_dict() for a in self.audits[:i - 1]])

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
        diff = self.diffs[i]
        if diff is None:
            pane.update(safe(f"The first audit ({when(self.audits[i])}): nothing to compare it with."))
            return
        masked = self.fp.setup.masked
        lines = [f"Changes since the audit of {when(self.audits[i - 1])}:"]
        for change in diff.changes:
            masker = Masker(self.audits[i] if change.after else self.audits[i - 1], masked)
            shown = str((change.after or change.before or {}).get("display") or change.value)
            value = masker.text(shown) if masked else shown
            lines.append(f"  {MARK.get(change.status, change.status):16} {category(change.category)}: {value} "
                         f"({change.platform})")
        pane.update(safe("\n".join(lines)))

    def action_back(self) -> None:
        self.app.pop_screen()
