"""The findings screen: a table to sort and filter, a detail pane, and "mark as done"."""

from __future__ import annotations

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import DataTable, Footer, Static
from textual.widgets.data_table import ColumnKey

from footprint.diff import finding_key
from footprint.models import Finding, Source
from footprint.tui.advice import what_to_change, why
from footprint.tui.base import Page
from footprint.tui.text import DONE, SEVERITY, SEVERITY_ORDER, Masker, category, cell, evidence, safe

FILTERS = ("severity", "category", "platform")
SORTS = ("severity", "category", "platform", "done")
FILTER = Binding.Group("Filter")


def detail(finding: Finding, masker: Masker, done: bool, source: Source | None = None) -> Content:
    """Everything about one finding, in the words of the report."""
    where = masker.url(finding.source_url, finding.platform)
    return Content.assemble(
        (f"{SEVERITY.get(finding.severity, finding.severity)}  {category(finding.category)}: ", "bold"),
        safe(masker.display(finding)),
        f"   (confidence {round(finding.confidence * 100)}%)\n",
        ("Seen on ", "bold"), f"{finding.platform} ", safe(where), f" (in the {finding.field.replace('_', ' ')})\n",
        ("Evidence: ", "bold"), evidence(finding, masker), "\n",
        ("Why it matters: ", "bold"), why(finding), "\n",
        ("What to change: ", "bold"), what_to_change(finding, source), "\n",
        ("Status: ", "bold"), f"{DONE} (D marks it not done)" if done else "not done yet (D marks it done)",
    )


class FindingScreen(ModalScreen[None]):
    """One finding, full size."""

    BINDINGS = [
        Binding("escape,enter", "dismiss", "Close", id="finding.close"),
        Binding("d", "done", "Mark done", id="finding.done"),
    ]

    def __init__(self, owner: FindingsScreen, finding: Finding) -> None:
        super().__init__()
        self.owner = owner
        self.finding = finding

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="finding-box"):
            yield Static(self.text(), id="finding-text")
            yield Static("D marks it done or not done; Escape closes.", classes="hint", markup=False)
        yield Footer()

    def text(self) -> Content:
        return detail(self.finding, self.owner.fp.masker, finding_key(self.finding) in self.owner.fp.done,
                      self.owner.sources.get(self.finding.source_url))

    def action_done(self) -> None:
        self.owner.toggle(self.finding)
        self.query_one("#finding-text", Static).update(self.text())


class FindingsScreen(Page):
    SUB_TITLE = "Findings"
    BINDINGS = [
        Binding("d", "done", "Done", id="findings.done", tooltip="Mark the finding as done (again to undo)"),
        Binding("s", "filter('severity')", "Severity", id="findings.severity", group=FILTER,
                tooltip="Show one severity (press again for the next, then all)"),
        Binding("c", "filter('category')", "Category", id="findings.category", group=FILTER,
                tooltip="Show one category (press again for the next, then all)"),
        Binding("p", "filter('platform')", "Platform", id="findings.platform", group=FILTER,
                tooltip="Show one platform (press again for the next, then all)"),
        Binding("o", "sort", "Sort", id="findings.sort",
                tooltip="Sort by severity, category, platform or done (or choose a column heading)"),
        Binding("e", "export", "Export", id="findings.export", tooltip="Save a report to a file"),
        Binding("h", "history", "History", id="findings.history", show=False, tooltip="Past audits and what changed"),
        Binding("escape", "back", "Back", id="findings.back"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.filters: dict[str, str | None] = dict.fromkeys(FILTERS)
        self.sort_by = "severity"
        assert self.fp.result is not None
        self.findings = list(self.fp.result.findings)
        self.sources = {s.url: s for s in self.fp.result.sources}

    def compose(self) -> ComposeResult:
        yield from self.top()
        yield Static("", id="filters", markup=False)
        yield DataTable(id="findings", cursor_type="row")
        with VerticalScroll(id="detail-pane"):
            yield Static("", id="detail")
        yield from self.bottom()

    def on_mount(self) -> None:
        super().on_mount()
        table = self.query_one("#findings", DataTable)
        table.add_column("Done", key="done", width=4)
        table.add_column("Severity", key="severity", width=10)
        table.add_column("Category", key="category", width=14)
        table.add_column("Detail", key="detail", width=self.detail_width(self.app.size.width))
        table.add_column("Platform", key="platform", width=10)
        self.fill()
        table.focus()

    @staticmethod
    def detail_width(width: int) -> int:
        """What is left of the width after the other columns, their padding and the scroll bar."""
        return max(16, width - 56)

    def on_resize(self, event: events.Resize) -> None:
        table = self.query_one("#findings", DataTable)
        column = table.columns[ColumnKey("detail")]
        if column.width != self.detail_width(event.size.width):
            column.width = self.detail_width(event.size.width)
            self.fill()

    def shown(self) -> list[int]:
        """Indexes of the findings that pass the filters, in the chosen order."""
        rows = [i for i, f in enumerate(self.findings)
                if all(self.filters[k] in (None, getattr(f, k)) for k in FILTERS)]
        done = self.fp.done

        def order(i: int) -> tuple[object, ...]:
            f = self.findings[i]
            severity = SEVERITY_ORDER.get(f.severity, 3)
            return {"severity": (severity, i), "category": (category(f.category), severity, i),
                    "platform": (f.platform, severity, i), "done": (finding_key(f) in done, severity, i)}[self.sort_by]

        return sorted(rows, key=order)

    def fill(self) -> None:
        table = self.query_one("#findings", DataTable)
        keep = self.current()
        table.clear()
        masker = self.fp.masker
        rows = self.shown()
        for i in rows:
            f = self.findings[i]
            table.add_row("✓" if finding_key(f) in self.fp.done else "", SEVERITY.get(f.severity, f.severity),
                          category(f.category), cell(masker.display(f)), f.platform, key=str(i))
        if keep is not None and keep in rows:
            table.move_cursor(row=rows.index(keep))
        done = sum(finding_key(f) in self.fp.done for f in self.findings)
        severity, kind, platform = (self.filters[k] for k in FILTERS)
        chosen = [f"{severity} severity only" if severity else "all severities",
                  f"{category(kind)} only" if kind else "all categories",
                  f"{platform} only" if platform else "all platforms"]
        self.query_one("#filters", Static).update(
            f"{len(rows)} of {len(self.findings)} shown, {done} done: {', '.join(chosen)}; sorted by {self.sort_by}.")
        self.show()

    def current(self) -> int | None:
        table = self.query_one("#findings", DataTable)
        if table.row_count == 0:
            return None
        return int(str(table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value))

    def show(self) -> None:
        i = self.current()
        pane = self.query_one("#detail", Static)
        if i is None:
            pane.update("No finding matches the filters." if self.findings else
                        "No exposed details were found in what could be read. Check the audit screen "
                        "for sources that could not be read: that is not an all-clear.")
            return
        f = self.findings[i]
        pane.update(detail(f, self.fp.masker, finding_key(f) in self.fp.done, self.sources.get(f.source_url)))

    @on(DataTable.RowHighlighted, "#findings")
    def highlighted(self, event: DataTable.RowHighlighted) -> None:
        self.show()

    @on(DataTable.RowSelected, "#findings")
    def opened(self, event: DataTable.RowSelected) -> None:
        i = self.current()
        if i is not None:
            self.app.push_screen(FindingScreen(self, self.findings[i]))

    @on(DataTable.HeaderSelected, "#findings")
    def header(self, event: DataTable.HeaderSelected) -> None:
        column = str(event.column_key.value)
        if column in SORTS:
            self.sort_by = column
            self.fill()

    def toggle(self, finding: Finding) -> None:
        key = finding_key(finding)
        self.fp.mark_done(key, key not in self.fp.done)
        self.fill()

    def action_done(self) -> None:
        i = self.current()
        if i is not None:
            self.toggle(self.findings[i])

    def action_filter(self, name: str) -> None:
        """Cycle one filter through every value the findings have, then back to all."""
        values: list[str | None] = [None, *sorted({getattr(f, name) for f in self.findings},
                                                   key=lambda v: SEVERITY_ORDER.get(v, 9) if name == "severity" else v)]
        now = values.index(self.filters[name]) if self.filters[name] in values else 0
        self.filters[name] = values[(now + 1) % len(values)]
        self.fill()

    def action_sort(self) -> None:
        self.sort_by = SORTS[(SORTS.index(self.sort_by) + 1) % len(SORTS)]
        self.fill()

    def action_export(self) -> None:
        from footprint.tui.report import ReportScreen

        self.app.push_screen(ReportScreen())

    def action_history(self) -> None:
        from footprint.tui.history import HistoryScreen

        self.app.push_screen(HistoryScreen())

    def action_back(self) -> None:
        self.app.pop_screen()
