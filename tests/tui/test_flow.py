"""The app's main flow driven with the Pilot on a replayed capture: what the user sees at each step."""

from __future__ import annotations

import json

from footprint.tui.app import FootprintApp
from footprint.tui.audit import AuditScreen
from footprint.tui.facts_screen import FactsScreen
from footprint.tui.findings import FindingScreen, FindingsScreen
from footprint.tui.help import HelpScreen
from footprint.tui.profiles import GENERIC, ProfilesScreen
from footprint.tui.report import ReportScreen
from footprint.diff import finding_key
from tests.tui.support import INSTAGRAM, MASTODON, REDDIT, WEBSITE, X, Gate, cells, demo_har, run, setup, text

from footprint.har import ReplayTransport


async def type_in(pilot, text: str) -> None:
    await pilot.press(*[{" ": "space"}.get(ch, ch) for ch in text])


async def paste(pilot, text: str) -> None:
    pilot.app.screen.query_one("#url").value = text
    await pilot.pause()


def test_main_flow_on_a_replayed_capture(tmp_path):
    app = FootprintApp(setup(tmp_path))

    async def walk() -> None:
        async with app.run_test(size=(100, 40)) as pilot:
            await pilot.press("enter")
            assert isinstance(app.screen, ProfilesScreen)

            await type_in(pilot, "not an address")
            assert text(app, "#recognised") == "✗ not a web address: 'not an address' (profile URLs start with https://)"
            await pilot.press("enter")  # refused: nothing added
            assert app.urls == []
            await pilot.press(*["backspace"] * 14)

            await type_in(pilot, "bethancole.example/")  # no platform claims it: read as a website
            assert text(app, "#recognised") == GENERIC.format(title="Website")
            await pilot.press("enter")
            for url in (INSTAGRAM, MASTODON, X, REDDIT):
                await paste(pilot, url)
                await pilot.press("enter")
            await paste(pilot, "https://www.instagram.com/sam.example/")
            assert text(app, "#recognised") == "✓ Recognised: Instagram."
            await paste(pilot, "")
            assert cells(app, "#urls") == [["website", WEBSITE], ["instagram", INSTAGRAM], ["mastodon", MASTODON],
                                           ["x", X], ["reddit", REDDIT]]

            await pilot.press("ctrl+n")  # not yet: the accounts must be confirmed as the user's own
            assert isinstance(app.screen, ProfilesScreen)
            assert text(app, "#recognised").startswith("✗ Tick 'These are my own accounts'")
            await pilot.click("#own")
            await pilot.press("ctrl+n")
            assert isinstance(app.screen, FactsScreen)
            await pilot.press("ctrl+n")
            assert isinstance(app.screen, AuditScreen)

            await app.workers.wait_for_complete()
            await pilot.pause()
            assert cells(app, "#sources") == [
                ["1", "✓ ok", "website", "6", WEBSITE], ["2", "✓ ok", "instagram", "6", INSTAGRAM],
                ["3", "✓ ok", "mastodon", "5", MASTODON], ["4", "⊘ login wall", "x", "–", X],
                ["5", "✗ blocked", "reddit", "–", REDDIT]]
            assert text(app, "#audit-summary") == ("Finished: 17 findings, 3 of 5 sources read. "
                                                   "Enter shows them; R runs it again.")

            await pilot.press("enter")
            assert isinstance(app.screen, FindingsScreen)
            rows = cells(app, "#findings")
            assert rows[:3] == [["", "‼ critical", "Police link", "South Wales Police", "mastodon"],
                                ["", "‼ critical", "Police link", "police service (force not named)", "instagram"],
                                ["", "‼ critical", "Home location", "CF64 9ZZ", "website"]]
            assert len(rows) == 17

            await pilot.press("s", "s", "s", "s")  # severity: critical, high, medium, low
            assert cells(app, "#findings") == [["", "▽ low", "Linked account", MASTODON, "website"],
                                               ["", "▽ low", "Linked account", WEBSITE, "mastodon"]]
            assert text(app, "#filters") == ("2 of 17 shown, 0 done: low severity only, all categories, "
                                             "all platforms; sorted by severity.")
            await pilot.press("s", "p", "p", "p")  # severity back to all; platform: instagram, mastodon, website
            assert [r[3] for r in cells(app, "#findings")] == [
                "CF64 9ZZ", "12 Example Terrace", "Penarth", "+44 7700 900555", "bethan.bakes@example.com", MASTODON]
            await pilot.press("p")
            assert len(cells(app, "#findings")) == 17

            from textual.widgets import DataTable

            here = app.screen.query_one("#findings", DataTable).cursor_row
            await pilot.press(*["up"] * here, *["down"] * 8, "enter")  # husband: Rhys
            assert isinstance(app.screen, FindingScreen)
            shown = text(app, "#finding-text")
            assert shown.splitlines()[0] == "‼ critical  Family: husband: Rhys   (confidence 90%)"
            assert "Evidence: My husband Rhys finally fixed the garden gate." in shown
            assert "Status: not done yet (D marks it done)" in shown
            await pilot.press("d")
            assert text(app, "#finding-text").endswith("Status: ✓ done (D marks it not done)")
            await pilot.press("escape")
            assert isinstance(app.screen, FindingsScreen)
            assert cells(app, "#findings")[8] == ["✓", "‼ critical", "Family", "husband: Rhys", "mastodon"]

            await pilot.press("e")
            assert isinstance(app.screen, ReportScreen)
            await pilot.press("ctrl+s")
            saved = tmp_path / "footprint-report-2026-03-14.txt"
            assert text(app, "#report-note") == f"✓ Saved the text report to {saved}"
            assert saved.read_text() == app.setup.exporter.render(app.result, "text", False)
            assert saved.stat().st_mode & 0o777 == 0o600

            await pilot.click("#format-json")
            await pilot.click("#redact")
            await pilot.press("ctrl+s")
            redacted = json.loads((tmp_path / "footprint-report-2026-03-14.json").read_text())
            assert [f["display"] for f in redacted["findings"] if f["category"] == "family"] == [
                "child: [name]", "child: [name]", "husband: [name]"]
            assert "Rhys" not in json.dumps(redacted)

    run(walk)
    husband = next(f for f in app.result.findings if f.display == "husband: Rhys")
    assert app.setup.history.done() == {finding_key(husband)}  # kept, off the interface's thread
    assert [r.created for r in app.setup.history.audits()] == [app.result.created]
    assert app.setup.history.urls() == [WEBSITE, INSTAGRAM, MASTODON, X, REDDIT]


def test_escape_stops_the_audit_and_the_app_stays_responsive(tmp_path):
    gate = Gate(ReplayTransport.from_file(demo_har(tmp_path / "demo.har")), INSTAGRAM)
    app = FootprintApp(setup(tmp_path, transport=gate, workers=1, urls=[INSTAGRAM, MASTODON, WEBSITE]))

    async def walk() -> None:
        async with app.run_test(size=(100, 40)) as pilot:
            app.push_screen(AuditScreen())
            for _ in range(200):  # until the first source is being read (and held at the gate)
                await pilot.pause(0.02)
                if cells(app, "#sources")[:1] == [["1", "… reading", "instagram", "", INSTAGRAM]]:
                    break
            assert cells(app, "#sources") == [["1", "… reading", "instagram", "", INSTAGRAM],
                                              ["2", "· waiting", "mastodon", "", MASTODON],
                                              ["3", "· waiting", "website", "", WEBSITE]]
            await pilot.press("f1")  # the interface answers while a source is being read
            assert isinstance(app.screen, HelpScreen)
            await pilot.press("escape")
            await pilot.press("escape")  # stops the audit
            assert text(app, "#audit-summary") == "Stopping: the requests in flight finish, the rest are marked cancelled…"
            gate.open.set()
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert cells(app, "#sources") == [["1", "✓ ok", "instagram", "6", INSTAGRAM],
                                              ["2", "– cancelled", "mastodon", "–", MASTODON],
                                              ["3", "– cancelled", "website", "–", WEBSITE]]
            assert text(app, "#audit-summary") == ("Finished (stopped early): 6 findings, 1 of 3 sources read. "
                                                   "Enter shows them; R runs it again.")
            await pilot.press("r")  # and it can run again, to the end this time
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert [row[1] for row in cells(app, "#sources")] == ["✓ ok", "✓ ok", "✓ ok"]

    run(walk)


def test_quitting_during_an_audit_stops_it(tmp_path):
    gate = Gate(ReplayTransport.from_file(demo_har(tmp_path / "demo.har")), INSTAGRAM)
    app = FootprintApp(setup(tmp_path, transport=gate, workers=1, urls=[INSTAGRAM, MASTODON]))

    async def walk() -> None:
        async with app.run_test() as pilot:
            audit = AuditScreen()
            app.push_screen(audit)
            for _ in range(200):
                await pilot.pause(0.02)
                if cells(app, "#sources")[:1] == [["1", "… reading", "instagram", "", INSTAGRAM]]:
                    break
            await pilot.press("ctrl+q")
            assert audit.cancel.is_set()
            gate.open.set()

    run(walk)
    assert app.return_code == 0


def test_an_address_can_be_removed_from_the_list(tmp_path):
    app = FootprintApp(setup(tmp_path, urls=[INSTAGRAM, MASTODON, WEBSITE]))

    async def walk() -> None:
        async with app.run_test() as pilot:
            await pilot.press("enter", "tab", "down", "delete")
            assert isinstance(app.screen, ProfilesScreen)
            assert cells(app, "#urls") == [["instagram", INSTAGRAM], ["website", WEBSITE]]
            assert app.urls == [INSTAGRAM, WEBSITE]

    run(walk)


def test_no_color_is_respected(tmp_path, monkeypatch):
    from textual.filter import Monochrome, NoColor

    monkeypatch.setenv("NO_COLOR", "1")
    app = FootprintApp(setup(tmp_path))
    # Textual turns every colour into shades of grey; status and severity still read by word and symbol
    assert app.no_color
    assert [type(f) for f in app._filters if isinstance(f, (Monochrome, NoColor))] == [Monochrome]


def test_enter_on_an_empty_address_box_is_no_mistake(tmp_path):
    from footprint.tui.profiles import HINT

    app = FootprintApp(setup(tmp_path, urls=[INSTAGRAM]))

    async def walk() -> None:
        async with app.run_test() as pilot:
            await pilot.press("enter", "enter")
            assert isinstance(app.screen, ProfilesScreen)
            assert text(app, "#recognised") == HINT
            assert app.urls == [INSTAGRAM]

    run(walk)
