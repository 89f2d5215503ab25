"""The command line's report options: formats, -o (atomic), --redact/--mask, --verbose, NO_COLOR, `report`."""

from __future__ import annotations

import json
import sys

import pytest

from footprint.cli import main
from reports import text


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def saved(tmp_path, capsys):
    path = tmp_path / "audit.json"
    code, _, _ = run(capsys, "demo", "-q", "--format", "json", "-o", str(path))
    assert code == 0
    return path


def test_output_file_is_written_whole_and_private(saved, capsys):
    code, out, _ = run(capsys, "report", str(saved), "--format", "json")
    assert code == 0 and out == saved.read_text("utf-8")
    assert sorted(p.name for p in saved.parent.iterdir()) == ["audit.json"]   # no temporary file left
    assert saved.stat().st_mode & 0o077 == 0


def test_report_re_renders_a_saved_result_unchanged(saved, capsys):
    original = json.loads(saved.read_text("utf-8"))
    code, out, _ = run(capsys, "report", str(saved), "--format", "json")
    assert code == 0 and json.loads(out) == original


@pytest.mark.parametrize("suffix, start", [(".html", "<!DOCTYPE html>"), (".md", "# footprint"),
                                           (".txt", "footprint: what a stranger"), (".json", "{")])
def test_the_format_follows_the_output_files_extension(saved, capsys, suffix, start):
    target = saved.with_name("out" + suffix)
    assert run(capsys, "report", str(saved), "-o", str(target))[0] == 0
    assert target.read_text("utf-8").startswith(start)


@pytest.mark.parametrize("flag", ["--redact", "--mask"])
@pytest.mark.parametrize("fmt", ["json", "text", "markdown", "html", "manager"])
def test_redaction_applies_to_every_format(saved, capsys, flag, fmt):
    code, out, _ = run(capsys, "report", str(saved), "--format", fmt, flag)
    assert code == 0
    for value in ("Penarth", "Swansea", "900555", "bethan.bakes", "bethcole", "bethancole", "Rhys", "14.02"):
        assert value not in out


def test_the_manager_summary_names_no_personal_value_even_unredacted(saved, capsys):
    code, out, _ = run(capsys, "report", str(saved), "--format", "manager")
    assert code == 0 and out.startswith("Online exposure: summary for the line manager (procedure 3.3)")
    for value in ("Penarth", "Swansea", "900555", "bethan", "bethcole", "Rhys", "Evie", "South Wales", "Cardiff",
                  "http", "@"):
        assert value not in out
    assert len(out.splitlines()) <= 50   # one printed page


def test_verbose_adds_the_technical_detail(saved, capsys):
    _, plain, _ = run(capsys, "report", str(saved), "--format", "text")
    _, verbose, _ = run(capsys, "report", str(saved), "--format", "text", "--verbose")
    assert "(403)" not in plain and "(403)" in verbose


def test_emphasis_on_a_terminal_unless_no_color(saved, capsys, monkeypatch):
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    monkeypatch.delenv("NO_COLOR", raising=False)
    _, coloured, _ = run(capsys, "report", str(saved))
    monkeypatch.setenv("NO_COLOR", "1")
    _, plain, _ = run(capsys, "report", str(saved))
    assert "\x1b[1m" in coloured and "\x1b[" not in plain
    assert plain.startswith("footprint: what a stranger can learn from your profiles\n")


@pytest.mark.parametrize("width", [50, 72, 120])
def test_text_fits_the_width(saved, width):
    from reports.load import from_dict
    from reports.redact import redact

    out = text.render(redact(from_dict(json.loads(saved.read_text("utf-8")))), width=width)
    assert max(len(line) for line in out.splitlines()) <= width


def test_a_saved_text_file_is_worded_as_a_file_not_a_visit(tmp_path, capsys):
    notes = tmp_path / "notes.txt"
    notes.write_text("Born 12/03/1990 in Romford. Call me on 07700 900123.\n")
    code, out, _ = run(capsys, "scan", "-q", "--facts", str(tmp_path / "none.json"), "--format", "text", str(notes))
    assert code == 2   # the facts file must exist
    (tmp_path / "facts.json").write_text("{}")
    code, out, _ = run(capsys, "scan", "-q", "--facts", str(tmp_path / "facts.json"), "--format", "text", str(notes))
    assert code == 0
    assert "read from a text file you saved" in out and "logged-out visitor" not in out
    assert "Wherever you published this text: Take the number out" in " ".join(out.split())


def test_report_refuses_a_file_that_is_not_a_result(tmp_path, capsys):
    bad = tmp_path / "x.json"
    bad.write_text('{"hello": 1}')
    code, _, err = run(capsys, "report", str(bad))
    assert (code, err) == (2, 'footprint: not a footprint result (expected "schema": "footprint.audit/1")\n')


def test_progress_lines_are_masked_when_redacting(capsys):
    code, _, err = run(capsys, "demo", "--redact", "--format", "json")
    assert code == 0
    assert [line.split(" ...")[0] for line in err.splitlines() if line.endswith(" ...")] == [
        "[1/5] instagram: https://www.instagram.com/[handle]", "[2/5] mastodon: [website]", "[3/5] website: [website]",
        "[4/5] x: https://twitter.com/[handle]", "[5/5] reddit: https://www.reddit.com/[handle]"]


def test_json_advice_for_a_saved_file_says_so(tmp_path, capsys):
    notes = tmp_path / "notes.txt"
    notes.write_text("Call me on 07700 900123.\n")
    (tmp_path / "facts.json").write_text("{}")
    code, out, _ = run(capsys, "scan", "-q", "--facts", str(tmp_path / "facts.json"), "--format", "json", str(notes))
    doc = json.loads(out)
    assert code == 0 and [s["origin"] for s in doc["sources"]] == ["file"]
    assert [f["remediation"] for f in doc["findings"]] == [
        "A public phone number lets anyone call, message or look you up, and is used to reset accounts (procedure "
        "5.0). Wherever you published this text: Take the number out, or make it visible to you only. Changing the "
        "original does not change the copy you saved, nor copies others kept. Read from a text file you saved: "
        "change the detail wherever you published the text. (Menu path last checked August 2026; menus move.)"]


def test_redaction_hides_the_name_from_the_facts_file(tmp_path, capsys):
    notes = tmp_path / "notes.txt"
    notes.write_text("Jo Quimby here. Call me on 07700 900123.\n")
    (tmp_path / "facts.json").write_text('{"full_name": "Jo Quimby"}')
    code, out, _ = run(capsys, "scan", "-q", "--facts", str(tmp_path / "facts.json"), "--format", "json", "--redact",
                       str(notes))
    assert code == 0
    assert [f["evidence"] for f in json.loads(out)["findings"]] == ["[name] here. Call me on [phone number]."]


def test_the_demo_is_text_even_through_a_pipe(capsys):
    code, out, _ = run(capsys, "demo", "-q")
    assert code == 0 and out.startswith("footprint: what a stranger can learn from your profiles\n")
