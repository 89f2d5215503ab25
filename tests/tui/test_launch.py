"""Which front end the command line opens: the app on a terminal, the help or the text report off one."""

from __future__ import annotations

import pytest

from footprint import cli
from footprint.tui import launch
from footprint.tui.setup import Setup


@pytest.fixture
def opened(monkeypatch) -> list[Setup]:
    """The setups the app was started with, instead of starting it."""
    started: list[Setup] = []
    monkeypatch.setattr(launch, "run", lambda setup: started.append(setup) or 0)
    return started


def test_footprint_alone_on_a_terminal_opens_the_app(monkeypatch, opened):
    monkeypatch.setattr(cli, "interactive", lambda: True)
    assert cli.main([]) == 0
    [setup] = opened
    assert (setup.urls, setup.demo, setup.masked, setup.follow_links) == ([], "", False, False)
    assert type(setup.vault).__name__ == "KeyringVault"


def test_footprint_alone_off_a_terminal_prints_the_help(capsys, opened):
    assert cli.main([]) == 2
    assert capsys.readouterr().err.startswith("usage: footprint")
    assert opened == []


def test_footprint_tui_takes_addresses_and_options(monkeypatch, opened):
    monkeypatch.setattr(cli, "interactive", lambda: False)  # asked for by name, it opens anyway
    assert cli.main(["tui", "--follow-links", "--mask", "sam.example", "https://x.com/sam_example"]) == 0
    [setup] = opened
    assert (setup.urls, setup.follow_links, setup.masked) == (
        ["https://sam.example", "https://x.com/sam_example"], True, True)


def test_footprint_demo_on_a_terminal_opens_the_app_on_the_fictional_officer(monkeypatch, opened):
    monkeypatch.setattr(cli, "interactive", lambda: True)
    assert cli.main(["demo", "--mask"]) == 0
    [setup] = opened
    assert setup.demo == "DEMO: Bethan Cole is fictional. Every detail and page here is invented."
    assert (setup.masked, setup.vault, setup.history.where) == (True, None, "nowhere: this is a demonstration")
    assert setup.urls == launch.demo().urls != []


def test_footprint_demo_off_a_terminal_prints_the_text_report(capsys, opened):
    assert cli.main(["demo", "-q"]) == 0
    assert capsys.readouterr().out.startswith("footprint: what a stranger can learn from your profiles\n")
    assert opened == []


def test_the_app_on_a_replayed_capture_keeps_its_audits_only_while_open(tmp_path, opened):
    capture = tmp_path / "capture.har"
    capture.write_text('{"log": {"entries": []}}')
    assert cli.main(["tui", "--replay", str(capture), "sam.example"]) == 0
    assert cli.main(["tui", "sam.example"]) == 0
    replayed, real = opened
    # as `footprint audit --replay` is not saved: a later real audit is never compared with a rehearsal
    assert (type(replayed.history).__name__, replayed.history.where) == (
        "MemoryHistory", "only while the app is open: audits of a replayed capture are not saved")
    assert type(real.history).__name__ == "StoreHistory"
