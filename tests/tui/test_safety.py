"""Scraped text is data in the app: markup and terminal escapes in a page change nothing."""

from __future__ import annotations

import json
import subprocess
import sys

from footprint.tui.app import FootprintApp
from footprint.tui.audit import AuditScreen
from footprint.tui.findings import FindingsScreen
from footprint.tui.text import Masker, evidence, safe
from footprint.models import Finding
from tests.tui.support import cells, page_har, run, setup, text

HOSTILE = "\x1b]0;PWNED\x07[bold red]Sam Example[/] [@click=app.quit]PC with Kent Police[/] \x1b[2J"
PAGE = f"<html><head><title>{HOSTILE}</title></head><body><p>Call 07700 900123.</p></body></html>"
URL = "https://sam.example/"


def test_a_hostile_page_title_changes_neither_the_app_nor_its_title(tmp_path):
    app = FootprintApp(setup(tmp_path, page_har(tmp_path / "hostile.har", {URL: PAGE}), urls=[URL]))

    async def walk() -> None:
        async with app.run_test(size=(120, 40)) as pilot:
            app.push_screen(AuditScreen())
            await app.workers.wait_for_complete()
            await pilot.pause()
            await pilot.press("enter")
            assert isinstance(app.screen, FindingsScreen)
            assert cells(app, "#findings")[0] == ["", "▲ high", "Police link", "Kent Police", "website"]
            shown = text(app, "#detail")
            # the markup is shown as the words it is; the escapes are inert replacement characters
            assert ("Evidence: �]0;PWNED�[bold red]Sam Example[/] [@click=app.quit]PC with Kent Police[/] �[2J"
                    in shown)
            await pilot.click("#detail")  # a click on the [@click=app.quit] text runs nothing
            await pilot.pause()
            assert app.is_running and app.title == "footprint" and app.screen.sub_title == "Findings"

    run(walk)


def test_untrusted_text_is_plain_content_without_controls():
    shown = safe("[b]x[/b]\x1b]2;title\x07\u202eevil\x9b31m")
    assert shown.plain == "[b]x[/b]�]2;title�⟨U+202E⟩evil�31m"
    assert shown.spans == []


def test_matched_words_are_highlighted_and_masked_in_presenter_mode():
    finding = Finding(category="family", value="husband: Rhys", display="husband: Rhys", severity="high",
                      confidence=0.9, source_url="https://social.example/@bethcole", platform="mastodon",
                      field="post", evidence="My husband Rhys [b]fixed[/b] the gate", policy=[], matched="Rhys")
    plain = evidence(finding, Masker(None, False))
    assert plain.plain == "My husband Rhys [b]fixed[/b] the gate"
    assert [(s.start, s.end, s.style) for s in plain.spans] == [(11, 15, "bold underline reverse")]

    from footprint.models import AuditResult, Source, Status

    result = AuditResult(sources=[Source(finding.source_url, "mastodon", Status.OK)], findings=[finding])
    masker = Masker(result, True)
    masked = evidence(finding, masker)
    assert masked.plain == "My husband [name] [b]fixed[/b] the gate"
    assert [(s.start, s.end) for s in masked.spans] == [(11, 17)]
    assert masker.display(finding) == "husband: [name]"
    assert masker.url(finding.source_url, "mastodon") == "[mastodon address]"
    assert masker.text("see @bethcole or https://social.example/@bethcole, ring 07700 900555") == (
        "see [handle] or [link] ring [number]")


def test_the_json_audit_does_not_import_the_app(tmp_path):
    capture = page_har(tmp_path / "site.har", {URL: PAGE})
    (tmp_path / "facts.json").write_text("{}")
    argv = ["audit", "--replay", str(capture), "--facts", str(tmp_path / "facts.json"), "--format", "json", "-q", URL]
    probe = (f"import sys; from footprint.cli import main; code = main({argv!r}); "
             "print(code, sorted(m for m in sys.modules if m.startswith(('textual', 'footprint.tui'))), file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert done.stderr.strip().splitlines()[-1] == "0 []"
    assert [f["category"] for f in json.loads(done.stdout)["findings"]] == ["police_affiliation", "phone_number"]
