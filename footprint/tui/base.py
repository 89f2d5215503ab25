"""What every screen of the app shares: the title bar, the demo banner and the footer of bindings."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Checkbox, Footer, Header, Input, RadioButton, Static

if TYPE_CHECKING:
    from footprint.tui.app import FootprintApp


class Page(Screen[None]):
    """A step of the app. Subclasses compose their body between `top()` and `Footer()`."""

    @property
    def fp(self) -> FootprintApp:
        return cast("FootprintApp", self.app)

    def top(self) -> ComposeResult:
        yield Header()
        if self.fp.setup.demo:
            yield Static(self.fp.setup.demo, id="banner", markup=False)

    def bottom(self) -> ComposeResult:
        yield Footer()

    def on_mount(self) -> None:
        if self.fp.setup.still:  # a blinking cursor would make every snapshot differ
            for box in self.query(Input):
                box.cursor_blink = False


class Tick(Checkbox):
    """A checkbox whose state shows by its mark, not by colour alone (NO_COLOR, monochrome)."""

    @property
    def BUTTON_INNER(self) -> str:  # type: ignore[override]  # a class constant in Textual; here it follows the value
        return "✓" if self.value else " "


class Choice(RadioButton):
    """A radio button whose state shows by its mark, not by colour alone."""

    @property
    def BUTTON_INNER(self) -> str:  # type: ignore[override]  # as for Tick
        return "●" if self.value else "○"
