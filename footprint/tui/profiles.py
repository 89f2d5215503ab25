"""The profiles screen: the addresses to audit, recognised as they are typed."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Input, Label, Static

from footprint.engine import check_url
from footprint.errors import UsageError
from footprint.tui.base import Page, Tick
from footprint.tui.text import cell

HINT = "Type or paste it; Enter adds it to the list. Tab moves to the list (Delete removes one)."
GENERIC = ("○ {title}: not a platform footprint knows, so it is read as a generic website "
           "(the page's own text and links, as a stranger sees them).")
FOLLOW = "Following links also reads up to 10 pages your profiles link to, as each site's robots.txt allows."


def recognise(find_title: str, name: str) -> str:
    if name == "website":
        return GENERIC.format(title="Website")
    return f"✓ Recognised: {find_title}."


class ProfilesScreen(Page):
    SUB_TITLE = "Your profiles"
    BINDINGS = [
        Binding("ctrl+n", "next", "Next", id="profiles.next"),
        Binding("delete,ctrl+d", "remove", "Remove", id="profiles.remove"),
        Binding("escape", "back", "Back", id="profiles.back"),
    ]

    def compose(self) -> ComposeResult:
        yield from self.top()
        yield Label("Address of one of your profiles:", classes="field")
        yield Input(placeholder="https://www.instagram.com/your.name/", id="url", compact=True)
        yield Static(HINT, id="recognised", markup=False)
        table: DataTable[str] = DataTable(id="urls", cursor_type="row", show_cursor=True)
        yield table
        yield Tick("These are my own accounts", id="own", value=bool(self.fp.setup.demo), compact=True)
        yield Tick("Also read links my profiles point to", id="follow", value=self.fp.follow_links,
                       compact=True)
        yield Static(FOLLOW, classes="hint", id="follow-hint", markup=False)
        yield from self.bottom()

    def on_mount(self) -> None:
        super().on_mount()
        table = self.query_one("#urls", DataTable)
        table.add_column("Platform", key="platform", width=12)
        table.add_column("Address", key="url")
        for url in self.fp.urls:
            self._add_row(url)
        self.query_one("#url", Input).focus()

    def _add_row(self, url: str) -> None:
        platform = self.fp.setup.find(url).name
        self.query_one("#urls", DataTable).add_row(platform, cell(self.fp.masker.url(url, platform)), key=url)

    @on(Input.Changed, "#url")
    def typed(self, event: Input.Changed) -> None:
        self.query_one("#recognised", Static).update(self.describe(event.value))

    def describe(self, text: str) -> str:
        if not text.strip():
            return HINT
        try:
            url = check_url(text)
        except UsageError as exc:
            return f"✗ {exc}"
        platform = self.fp.setup.find(url)
        return recognise(platform.title, platform.name)

    @on(Input.Submitted, "#url")
    def add(self, event: Input.Submitted) -> None:
        note = self.query_one("#recognised", Static)
        if not event.value.strip():  # Enter on an empty box: nothing to add, nothing wrong
            note.update(HINT)
            return
        try:
            url = check_url(event.value)
        except UsageError as exc:
            note.update(f"✗ {exc}")
            return
        if url in self.fp.urls:
            note.update("✗ That address is already in the list.")
            return
        self.fp.urls.append(url)
        self._add_row(url)
        event.input.clear()
        note.update(f"Added: {self.describe(url)[2:]}")

    def action_remove(self) -> None:
        table = self.query_one("#urls", DataTable)
        if not self.fp.urls or table.row_count == 0:
            return
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key
        table.remove_row(key)
        self.fp.urls.remove(str(key.value))

    @on(Tick.Changed, "#follow")
    def follow(self, event: Tick.Changed) -> None:
        self.fp.follow_links = event.value

    def action_next(self) -> None:
        note = self.query_one("#recognised", Static)
        if not self.fp.urls:
            note.update("✗ Add at least one address first.")
            return
        if not self.query_one("#own", Tick).value:
            note.update("✗ Tick 'These are my own accounts': footprint is for auditing your own profiles only.")
            self.query_one("#own", Tick).focus()
            return
        urls = list(self.fp.urls)
        self.fp.keep("Could not remember the addresses", lambda: self.fp.setup.history.remember_urls(urls))
        from footprint.tui.facts_screen import FactsScreen

        self.app.push_screen(FactsScreen())

    def action_back(self) -> None:
        self.app.pop_screen()
