"""The welcome screen: what footprint does and does not do, in five lines."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Static

from footprint.tui.base import Page

PROMISES = [
    "It reads only the addresses you enter, and links they show if you allow it.",
    "It sees what a logged-out stranger sees: it never logs in, sends no cookies.",
    "Nothing is sent anywhere else: pages are checked on this computer.",
    "Results are kept {where}.",
    "For each detail found: why it matters and exactly what to change.",
]


class WelcomeScreen(Page):
    SUB_TITLE = "Welcome"
    BINDINGS = [
        Binding("enter", "start", "Start", id="welcome.start"),
        Binding("h", "history", "History", id="welcome.history"),
    ]

    def compose(self) -> ComposeResult:
        yield from self.top()
        with Vertical(id="welcome"):
            yield Static("See what a stranger can learn from your public profiles, and what to change.",
                         classes="lead")
            yield Static(self.promises(), id="promises", markup=False)
            yield Static("Press Enter to start, H for past audits, F1 for help, Ctrl+Q to quit.", classes="hint")
        yield from self.bottom()

    def promises(self) -> str:
        where = getattr(self.fp.setup.history, "where", "on this computer")
        return "\n".join(f"• {line.format(where=where)}" for line in PROMISES)

    def show_promises(self) -> None:
        self.query_one("#promises", Static).update(self.promises())

    def action_start(self) -> None:
        from footprint.tui.profiles import ProfilesScreen

        self.app.push_screen(ProfilesScreen())

    def action_history(self) -> None:
        from footprint.tui.history import HistoryScreen

        self.app.push_screen(HistoryScreen())
