"""The real program in a real terminal (tmux): `footprint demo` driven with keys, read off the screen."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.tui.support import page_har
from tests.tui.test_safety import PAGE, URL

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")


class Terminal:
    """One tmux server of our own (its own socket), one window of 80x24 running a command."""

    def __init__(self, tmp_path: Path) -> None:
        self.socket = f"footprint-test-{os.getpid()}-{tmp_path.name}"
        self.tmp_path = tmp_path

    def tmux(self, *args: str) -> str:
        done = subprocess.run(["tmux", "-L", self.socket, *args], capture_output=True, text=True, timeout=30)
        return done.stdout

    def start(self, *argv: str) -> None:
        # a bare environment: no D-Bus session, so no keyring of the user's can be touched
        env = {"HOME": str(self.tmp_path), "PATH": os.environ.get("PATH", ""), "LANG": "C.UTF-8",
               "TERM": "xterm-256color", "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
        command = " ".join([sys.executable, "-m", "footprint", *argv])
        subprocess.run(["tmux", "-L", self.socket, "-f", "/dev/null", "new-session", "-d", "-s", "app",
                        "-x", "80", "-y", "24", *[a for k, v in env.items() for a in ("-e", f"{k}={v}")],
                        command], check=True, timeout=30)
        self.tmux("set-option", "-t", "app", "remain-on-exit", "on")

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p", "-t", "app")

    def wait_for(self, words: str, seconds: float = 30) -> str:
        """The screen once it shows `words` (a bound on waiting, not a timing assertion)."""
        ends = time.monotonic() + seconds
        while time.monotonic() < ends:
            shown = self.screen()
            if words in shown:
                return shown
            time.sleep(0.1)
        raise AssertionError(f"{words!r} never appeared; the screen shows:\n{self.screen()}")

    def keys(self, *keys: str) -> None:
        for key in keys:  # one at a time, letting the app settle, as a person types
            self.tmux("send-keys", "-t", "app", key)
            time.sleep(0.2)

    def title(self) -> str:
        return self.tmux("display-message", "-p", "-t", "app", "#{pane_title}").strip()

    def dead(self) -> bool:
        return self.tmux("display-message", "-p", "-t", "app", "#{pane_dead}").strip() == "1"

    def stop(self) -> None:
        self.tmux("kill-server")


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[Terminal]:
    term = Terminal(tmp_path)
    yield term
    term.stop()


def findings_on(screen: str) -> list[list[str]]:
    """The rows of the findings table as the screen shows them (columns are two or more spaces apart)."""
    import re

    rows = []
    for line in screen.splitlines():
        if re.search(r"[‼▲■▽] (critical|high|medium|low)", line):
            cells = re.split(r"\s{2,}", line.strip().lstrip("✓").strip())
            rows.append([c for c in cells if c.strip("▁▂▃▄▅▆▇█▉▊▋▌▍▎▏")])  # not the scroll bar
    return rows


def test_the_demo_in_a_real_terminal(terminal):
    terminal.start("demo")
    terminal.wait_for("DEMO: Bethan Cole is fictional.")
    terminal.keys("Enter")
    terminal.wait_for("Your profiles")
    terminal.keys("C-n")
    terminal.wait_for("Your details")
    terminal.keys("C-n")
    terminal.wait_for("Finished: 17 findings, 3 of 5 sources read.")
    terminal.keys("Enter")
    screen = terminal.wait_for("17 of 17 shown, 0 done")
    assert findings_on(screen)[:6] == [
        ["‼ critical", "Police link", "South Wales Police", "mastodon"],
        ["‼ critical", "Police link", "police service (force no", "instagram"],  # cut at 80 columns
        ["‼ critical", "Home location", "CF64 9ZZ", "website"],
        ["‼ critical", "Home location", "12 Example Terrace", "website"],
        ["‼ critical", "Home location", "Penarth", "website"],
        ["‼ critical", "Home location", "Penarth", "instagram"],
    ]
    terminal.keys("d")
    terminal.wait_for("17 of 17 shown, 1 done")
    terminal.keys("C-q")
    for _ in range(100):
        if terminal.dead():
            break
        time.sleep(0.1)
    assert terminal.dead()


def test_presenter_mode_in_a_real_terminal(terminal):
    terminal.start("demo", "--mask")
    terminal.wait_for("presenter mode")
    terminal.keys("Enter")
    terminal.wait_for("[instagram address]")
    terminal.keys("C-n")
    terminal.wait_for("Your details")
    terminal.keys("C-n")
    terminal.wait_for("Finished: 17 findings")
    terminal.keys("Enter")
    screen = terminal.wait_for("17 of 17 shown")
    assert [row[2] for row in findings_on(screen)[:7]] == [
        "[police link]", "police service (force no", "[place]", "[place]", "[place]", "[place]", "child: [name]"]
    for secret in ("Bethan", "Rhys", "Evie", "bethcole", "14 February", "South Wales"):
        assert secret not in screen.replace("Bethan Cole is fictional", "")


def test_a_hostile_page_title_does_not_reach_the_terminal(terminal, tmp_path):
    capture = page_har(tmp_path / "hostile.har", {URL: PAGE})
    terminal.start("tui", "--replay", str(capture), URL)
    terminal.wait_for("Welcome")
    before = terminal.title()
    terminal.keys("Enter")
    terminal.wait_for("Your profiles")
    terminal.keys("Tab", "Tab", "Space", "C-n")
    terminal.wait_for("The keyring could not be read")  # none in this bare environment: nothing is kept
    terminal.keys("C-n")
    terminal.wait_for("Finished: 2 findings")
    terminal.keys("Enter")
    screen = terminal.wait_for("2 of 2 shown")
    words = " ".join(screen.split())  # the evidence wraps at 80 columns
    assert "Evidence: �]0;PWNED�[bold red]Sam Example[/] [@click=app.quit]PC with Kent Police[/] �[2J" in words
    assert terminal.title() == before
    assert "PWNED" not in terminal.title() and not terminal.dead()
