"""The report screen: export the audit in a chosen format, with or without redaction."""

from __future__ import annotations

from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Input, Label, RadioSet, Static

from footprint.errors import InputError
from footprint.files import write_private
from footprint.tui.base import Choice, Page, Tick

INTRO = ("Save the report to a file. 'manager' is a one-page summary for your line manager, with no personal "
         "details. Redaction hides every value, handle and address: use it for anything you share.")


class ReportScreen(Page):
    SUB_TITLE = "Report"
    BINDINGS = [
        Binding("ctrl+s", "save", "Save", id="report.save"),
        Binding("escape", "back", "Back", id="report.back"),
    ]

    def compose(self) -> ComposeResult:
        yield from self.top()
        yield Static(INTRO, classes="lead", markup=False)
        formats = list(self.fp.setup.exporter.formats)
        self.shown_format = formats[0]
        yield Label("Format (arrows choose):", classes="field")
        with RadioSet(id="format", compact=True):
            for i, name in enumerate(formats):
                yield Choice(name, value=i == 0, id=f"format-{name}", compact=True)
        yield Tick("Redact (for sharing)", id="redact", value=self.fp.setup.masked, compact=True)
        yield Label("Save as:", classes="field")
        yield Input(str(self.default_path(formats[0])), id="path", compact=True)
        yield Static("Ctrl+S saves.", id="report-note", markup=False)
        yield from self.bottom()

    def default_path(self, fmt: str) -> Path:
        ext = self.fp.setup.exporter.formats[fmt]
        return self.fp.setup.out_dir / f"footprint-report-{self.fp.setup.today().isoformat()}.{ext}"

    def chosen(self) -> str:
        pressed = self.query_one("#format", RadioSet).pressed_button
        return str(pressed.label) if pressed is not None else next(iter(self.fp.setup.exporter.formats))

    @on(RadioSet.Changed, "#format")
    def format_changed(self, event: RadioSet.Changed) -> None:
        box = self.query_one("#path", Input)
        if box.value == str(self.default_path(self.shown_format)):  # a name the user typed is kept
            box.value = str(self.default_path(self.chosen()))
        self.shown_format = self.chosen()

    def action_save(self) -> None:
        note = self.query_one("#report-note", Static)
        result = self.fp.result
        if result is None:
            note.update("✗ There is no audit to export yet.")
            return
        path = Path(self.query_one("#path", Input).value.strip()).expanduser()
        redact = self.query_one("#redact", Tick).value
        try:
            facts = self.fp.facts
            text = self.fp.setup.exporter.render(result, self.chosen(), redact, [facts.full_name, *facts.family])
            write_private(path, text.encode("utf-8", errors="replace"))
        except InputError as exc:
            note.update(f"✗ {exc}")
            return
        note.update(f"✓ Saved {'a redacted ' if redact else 'the '}{self.chosen()} report to {path}")

    def action_back(self) -> None:
        self.app.pop_screen()
