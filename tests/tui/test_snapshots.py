"""Every screen of the app as the user sees it, at 80x24 and at 120x40 (pytest-textual-snapshot).

Nothing in them depends on the time: the history holds fixed dates, the report's name a fixed day,
and the cursor does not blink. Update them with `pytest tests/tui --snapshot-update` and look at
the pictures the report links before committing them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from footprint import wiring
from footprint.demo import run_demo
from footprint.tui.app import FootprintApp
from footprint.tui.audit import AuditScreen
from footprint.tui.facts_screen import FactsScreen
from footprint.tui.history import HistoryScreen
from footprint.tui.profiles import ProfilesScreen
from footprint.tui.setup import MemoryHistory
from tests.tui.support import PERSONA, past, setup

SIZES = [(80, 24), (120, 40)]


def demo_app(tmp_path: Path, **options) -> FootprintApp:
    from footprint.tui.launch import demo

    app = FootprintApp(setup(tmp_path, urls=list(PERSONA["urls"]), out_dir=Path("/home/officer"),
                             demo=demo().demo, **options))
    return app


async def audited(pilot) -> None:
    pilot.app.push_screen(ProfilesScreen())
    await pilot.pause()
    pilot.app.push_screen(AuditScreen())
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def screen_walks():
    async def welcome(pilot):
        await pilot.pause()

    async def profiles(pilot):
        await pilot.press("enter")
        await pilot.press(*"github.com/sam")

    async def facts(pilot):
        pilot.app.push_screen(FactsScreen())
        await pilot.pause()

    async def audit(pilot):
        await audited(pilot)
        await pilot.press("down", "down", "down")  # the login wall, and why

    async def findings(pilot):
        await audited(pilot)
        await pilot.press("enter", "down", "down", "down", "down", "down", "down", "d")

    async def finding(pilot):
        await findings(pilot)
        await pilot.press("enter")

    async def report(pilot):
        await audited(pilot)
        await pilot.press("enter", "e")

    async def history(pilot):
        pilot.app.push_screen(HistoryScreen())
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()

    async def help_screen(pilot):
        await audited(pilot)
        await pilot.press("enter", "f1")

    return {"welcome": welcome, "profiles": profiles, "facts": facts, "audit": audit, "findings": findings,
            "finding": finding, "report": report, "history": history, "help": help_screen}


WALKS = screen_walks()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("screen", list(WALKS))
def test_screen(snap_compare, tmp_path, screen, size):
    history = MemoryHistory()
    if screen == "history":
        result = run_demo(wiring.engine())
        earlier = past("2026-03-01T09:30:00+00:00", result)
        fewer = past("2026-03-14T18:05:00+00:00", result)
        fewer.findings = [f for f in result.findings if f.category != "family"]
        history.saved = [earlier, fewer]
    app = demo_app(tmp_path, history=history)
    assert snap_compare(app, terminal_size=size, run_before=WALKS[screen])


def test_presenter_mode_hides_values(snap_compare, tmp_path):
    app = demo_app(tmp_path, masked=True)
    assert snap_compare(app, terminal_size=(80, 24), run_before=WALKS["findings"])
