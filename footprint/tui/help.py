"""The help screen: the keys of the screen underneath, and what the symbols mean."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen, Screen
from textual.widgets import Footer, Static

from footprint.tui.text import DONE, READING, SEVERITY, STATUS, WAITING

LEGEND = [
    ("Moving about", "Tab and Shift+Tab move between parts of a screen; arrows move in a list; "
                     "Enter chooses; Escape goes back. The mouse works too but is never needed."),
    ("Status of a source", "  ".join([WAITING, READING, *STATUS.values()])),
    ("Severity", "  ".join(SEVERITY.values()) + f"   ({DONE}: you marked it as dealt with)"),
    ("Login wall", "The platform showed a logged-out visitor nothing. Friends, followers and logged-in "
                   "users may still see more: check with the platform's 'view as' or a private window."),
]


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,f1,q,question_mark", "dismiss", "Close", id="help.close")]

    def __init__(self, under: Screen[object]) -> None:
        super().__init__()
        self.under = under

    def compose(self) -> ComposeResult:
        keys: list[tuple[str, str]] = []
        seen: set[str] = set()
        for key, active in self.under.active_bindings.items():
            binding = active.binding
            # the screen's and the app's own keys; a widget's (a table's arrows) are in "Moving about"
            if (not isinstance(active.node, (Screen, App)) or not binding.description
                    or binding.description in seen or binding.system):
                continue
            seen.add(binding.description)
            shown = self.app.get_key_display(Binding(key, binding.action))
            keys.append((shown, binding.tooltip or binding.description))
        lines: list[Content | str | tuple[str, str]] = [(f"Help: {self.under.sub_title or 'footprint'}\n\n", "bold")]
        lines.append(("Keys on this screen\n", "bold"))
        for key, what in keys:
            lines.append(f"  {key:<10} {what}\n")
        for title, text in LEGEND:
            lines += ["\n", (title + "\n", "bold"), f"  {text}\n"]
        with VerticalScroll(id="help-box"):
            yield Static(Content.assemble(*lines), id="help-text")
            yield Static("Escape closes this help.", classes="hint")
        yield Footer()
