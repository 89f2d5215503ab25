"""The app: a guided self-audit from the addresses to a checklist of what to change."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor

from textual import work
from textual.app import App
from textual.binding import Binding
from textual.message import Message
from textual.screen import Screen

from footprint.facts import Facts
from footprint.models import AuditResult
from footprint.tui.setup import MemoryHistory, Setup
from footprint.tui.text import Masker


class FootprintApp(App[None]):
    CSS_PATH = "app.tcss"
    TITLE = "footprint"
    ENABLE_COMMAND_PALETTE = False
    BINDINGS = [
        Binding("f1", "help", "Help", id="app.help", key_display="F1"),
        Binding("question_mark", "help", "Help", id="app.help_key", show=False),
        Binding("ctrl+q", "quit", "Quit", id="app.quit", priority=True),
    ]

    def __init__(self, setup: Setup) -> None:
        super().__init__()
        self.setup = setup
        self.urls: list[str] = list(setup.urls)
        self.facts: Facts = setup.facts
        self.follow_links = setup.follow_links
        self.result: AuditResult | None = None
        self.done: set[str] = set()
        self.writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="footprint-history")
        self.unkept = False
        if setup.masked:
            self.title = "footprint · presenter mode"

    def on_mount(self) -> None:
        self.preload()

    @work(thread=True, exit_on_error=False, group="preload")
    def preload(self) -> None:
        """Read the history (through the keyring, which may be slow) and load the collectors and the
        engine while the user reads the welcome screen."""
        try:
            self.setup.history.check()
            urls, done, problem = self.setup.history.urls(), self.setup.history.done(), ""
        except Exception as exc:  # no keyring, or a history that cannot be read: the app still works
            urls, done, problem = [], set(), str(exc)
        self.call_from_thread(self.history_read, urls, done, problem)
        self.setup.find("https://example.com/")
        self.setup.engine()

    def history_read(self, urls: list[str], done: set[str], problem: str) -> None:
        if problem:
            self.setup.history = MemoryHistory(where=f"only while the app is open: the history cannot be used "
                                                     f"({problem.rstrip('.')})")
        if not self.urls:
            self.urls = urls
        self.done |= done
        from footprint.tui.welcome import WelcomeScreen

        welcome = self.screen_stack[0]
        if isinstance(welcome, WelcomeScreen):
            welcome.show_promises()

    def get_default_screen(self) -> Screen[None]:
        from footprint.tui.welcome import WelcomeScreen

        return WelcomeScreen()

    @property
    def masker(self) -> Masker:
        return Masker(self.result, self.setup.masked)

    async def action_quit(self) -> None:
        from footprint.tui.audit import AuditScreen

        for screen in self.screen_stack:  # an audit in flight stops at once rather than hold the exit
            if isinstance(screen, AuditScreen):
                screen.cancel.set()
        self.exit()

    def action_help(self) -> None:
        from footprint.tui.help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            return
        self.push_screen(HelpScreen(self.screen))

    class Unkept(Message):
        """A write to the history failed (posted from the writer's thread)."""

        def __init__(self, text: str) -> None:
            super().__init__()
            self.text = text

    def keep(self, failure: str, write: Callable[[], object]) -> Future[object]:
        """Run a read or write of the history (the keyring may be slow) off the interface's thread,
        one at a time and in order; a failure is said in a notification starting with `failure`."""

        def run() -> object:
            try:
                return write()
            except Exception as exc:  # what was done on screen holds for this session
                self.post_message(self.Unkept(f"{failure}: {exc}"))
                raise

        return self.writer.submit(run)

    def on_footprint_app_unkept(self, message: Unkept) -> None:
        if not self.unkept:  # once: the same cause would be repeated at every mark
            self.notify(message.text, severity="warning")
        self.unkept = True

    def on_unmount(self) -> None:
        self.writer.shutdown(wait=True)  # the last marks and the last audit are kept before the app ends

    def mark_done(self, key: str, done: bool) -> None:
        (self.done.add if done else self.done.discard)(key)
        self.keep("Could not keep the mark for next time", lambda: self.setup.history.mark_done(key, done))
