"""The facts screen (optional): details to search for, masked on screen, kept in the keyring."""

from __future__ import annotations

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid
from textual.widgets import Input, Label, Static
from textual.worker import Worker, WorkerState

from footprint.errors import FootprintError
from footprint.facts import LISTS, Facts
from footprint.tui.base import Page, Tick

FIELDS = [
    ("full_name", "Full name", "Sam Example"),
    ("date_of_birth", "Date of birth", "YYYY-MM-DD"),
    ("birthplace", "Birthplace", "town or city"),
    ("football_team", "Football team", "club"),
    ("family", "Family names", "first names, separated by commas"),
    ("home_postcode", "Home postcode", "AB1 2CD"),
    ("phone", "Phone", "07700 900123"),
    ("email", "E-mail", "name@example.com"),
    ("usernames", "User names", "names you post under, separated by commas"),
]
INTRO = ("Optional: details you know about yourself, so that footprint can search for them exactly. "
         "They are hidden as you type and never written to a plain file. Leave them empty to skip.")


class FactsScreen(Page):
    SUB_TITLE = "Your details"
    BINDINGS = [
        Binding("ctrl+n", "next", "Run the audit", id="facts.next"),
        Binding("ctrl+r", "reveal", "Show/hide", id="facts.reveal"),
        Binding("escape", "back", "Back", id="facts.back"),
    ]

    def compose(self) -> ComposeResult:
        yield from self.top()
        yield Static(INTRO, classes="lead", markup=False)
        with Grid(id="facts"):
            for key, label, placeholder in FIELDS:
                yield Label(label)
                yield Input(self._value(self.fp.facts, key), placeholder=placeholder, password=True,
                            compact=True, id=f"fact-{key}")
        vault = self.fp.setup.vault is not None
        yield Tick("Keep these in the system keyring for next time", id="keep", value=vault,
                       disabled=not vault, compact=True)
        yield Static("", id="facts-note", markup=False)
        yield from self.bottom()

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one(f"#fact-{FIELDS[0][0]}", Input).focus()
        if self.fp.setup.vault is not None and self.fp.facts.empty:
            self.load()

    @staticmethod
    def _value(facts: Facts, key: str) -> str:
        value = getattr(facts, key)
        return ", ".join(value) if isinstance(value, tuple) else str(value)

    @work(thread=True, exclusive=True, exit_on_error=False, group="vault")
    def load(self) -> Facts:
        assert self.fp.setup.vault is not None
        return self.fp.setup.vault.load()

    @work(thread=True, exclusive=True, exit_on_error=False, group="vault")
    def keep(self, facts: Facts) -> None:
        assert self.fp.setup.vault is not None
        self.fp.setup.vault.save(facts)

    @on(Worker.StateChanged)
    def vault_answered(self, event: Worker.StateChanged) -> None:
        worker = event.worker
        if event.state is WorkerState.ERROR and worker.name == "load":
            self.query_one("#facts-note", Static).update(
                f"The keyring could not be read ({worker.error}); details typed here are used for this run only.")
            keep = self.query_one("#keep", Tick)
            keep.value, keep.disabled = False, True
        elif event.state is WorkerState.ERROR:
            self.notify(f"Your details were not kept in the keyring: {worker.error}", severity="warning")
        elif event.state is WorkerState.SUCCESS and worker.name == "load" and isinstance(worker.result, Facts):
            self.fp.facts = worker.result
            for key, _, _ in FIELDS:
                self.query_one(f"#fact-{key}", Input).value = self._value(worker.result, key)

    def facts(self) -> Facts:
        data: dict[str, object] = {}
        for key, _, _ in FIELDS:
            value = self.query_one(f"#fact-{key}", Input).value.strip()
            data[key] = [v.strip() for v in value.split(",") if v.strip()] if key in LISTS else value
        return Facts.from_dict(data, origin="your details")

    def action_reveal(self) -> None:
        if self.fp.setup.masked:
            self.notify("Presenter mode keeps these hidden.")
            return
        for box in self.query(Input):
            box.password = not box.password

    def action_next(self) -> None:
        try:
            facts = self.facts()
        except FootprintError as exc:
            self.query_one("#facts-note", Static).update(f"✗ {exc}")
            return
        self.fp.facts = facts
        if self.fp.setup.vault is not None and self.query_one("#keep", Tick).value:
            self.keep(facts)
        from footprint.tui.audit import AuditScreen

        self.app.push_screen(AuditScreen())

    def action_back(self) -> None:
        self.app.pop_screen()
