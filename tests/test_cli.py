"""The command line: exit statuses, stdout carries only the result, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from footprint.cli import main

SITE = """<html><head><title>Sam Example</title>
<script type="application/ld+json">{"@type": "Person", "name": "Sam Example", "birthDate": "1990-03-12"}</script>
</head><body><p>Originally from Romford, now living in Chelmsford.</p>
<p>Call 07700 900123 or write to sam@example.com</p></body></html>"""


def write_har(path: Path, entries: list[tuple[str, int, str]]) -> Path:
    har = {"log": {"version": "1.2", "entries": [
        {"request": {"method": "GET", "url": url},
         "response": {"status": status, "headers": [{"name": "Content-Type", "value": "text/html; charset=utf-8"}],
                      "content": {"text": body, "mimeType": "text/html"}}} for url, status, body in entries]}}
    path.write_text(json.dumps(har))
    return path


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_audit_replay_json(tmp_path, capsys):
    capture = write_har(tmp_path / "c.har", [("https://sam.example/", 200, SITE)])
    facts = tmp_path / "facts.json"
    facts.write_text("{}")
    code, out, err = run(capsys, "audit", "--replay", str(capture), "--facts", str(facts), "--format", "json",
                         "https://sam.example/")
    assert code == 0
    result = json.loads(out)
    assert result["schema"] == "footprint.audit/1"
    assert result["sources"] == [{"url": "https://sam.example/", "platform": "website", "status": "ok",
                                  "detail": result["sources"][0]["detail"], "origin": "web"}]
    found = {(f["category"], f["value"]) for f in result["findings"]}
    assert {("date_of_birth", "1990-03-12"), ("birthplace", "Romford"), ("home_location", "Chelmsford"),
            ("phone_number", "+447700900123"), ("email_address", "sam@example.com")} <= found
    for f in result["findings"]:
        assert f["source_url"] == "https://sam.example/" and f["remediation"] and f["policy"]
    assert "[1/1]" in err  # progress goes to stderr


def test_missing_profile_is_not_found(tmp_path, capsys):
    capture = write_har(tmp_path / "c.har", [])
    code, out, _ = run(capsys, "audit", "--replay", str(capture), "--facts", str(tmp_path / "none.json"),
                       "--format", "json", "https://gone.example/")
    assert code == 2  # the facts file does not exist: a user mistake
    (tmp_path / "f.json").write_text("{}")
    code, out, _ = run(capsys, "audit", "--replay", str(capture), "--facts", str(tmp_path / "f.json"),
                       "--format", "json", "https://gone.example/")
    assert code == 0 and json.loads(out)["sources"][0]["status"] == "not_found"


@pytest.mark.parametrize("argv,message", [
    (["audit", "--format", "json", "not a url"], "not a web address"),
    (["audit", "--format", "json", "ftp://example.com/x"], "not a web address"),
    (["audit", "--replay", "/no/such.har", "https://a.example/"], "cannot read capture"),
    (["scan", "/no/such/file.html"], "no such file"),
    (["audit"], "required"),
    (["frobnicate"], "invalid choice"),
])
def test_user_mistakes_get_one_line_and_status_2(capsys, argv, message):
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    assert message in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_bad_har_and_bad_facts(tmp_path, capsys):
    bad = tmp_path / "bad.har"
    bad.write_text("{ nope")
    code, _, err = run(capsys, "audit", "--replay", str(bad), "https://a.example/")
    assert code == 2 and "not valid JSON" in err
    capture = write_har(tmp_path / "c.har", [])
    for content, message in [("[1, 2]", "JSON object"), ('{"date_of_birth": "12/03/1990"}', "YYYY-MM-DD"),
                             ('{"family": 3}', "list of names"), ("{", "not valid JSON")]:
        facts = tmp_path / "facts.json"
        facts.write_text(content)
        code, _, err = run(capsys, "audit", "--replay", str(capture), "--facts", str(facts), "https://a.example/")
        assert code == 2 and message in err, (content, err)


def test_scan_a_saved_page(tmp_path, capsys):
    page = tmp_path / "saved.html"
    page.write_text(SITE)
    facts = tmp_path / "f.json"
    facts.write_text('{"home_postcode": "CM1 1ZZ"}')
    code, out, _ = run(capsys, "scan", "--facts", str(facts), "--format", "json", "--platform", "website",
                       "--source-url", "https://sam.example/", str(page))
    result = json.loads(out)
    assert code == 0 and result["sources"][0]["url"] == "https://sam.example/"
    assert any(f["category"] == "birthplace" for f in result["findings"])


def test_scan_plain_text_file(tmp_path, capsys):
    text = tmp_path / "notes.txt"
    text.write_text("Proud police wife. My husband Tom works nights.\n")
    (tmp_path / "f.json").write_text("{}")
    code, out, _ = run(capsys, "scan", "--facts", str(tmp_path / "f.json"), "--format", "json", str(text))
    cats = {f["category"] for f in json.loads(out)["findings"]}
    assert code == 0 and {"police_affiliation", "family"} <= cats


@pytest.mark.parametrize("given,reported", [
    ("file:///home/sam/Documents/notes.txt", "file:///home/sam/Documents/notes.txt"),
    ("file://notes.txt", "file://notes.txt"),
    ("sam.example/about", "https://sam.example/about"),
])
def test_a_scans_source_url_may_be_a_file_uri_or_a_web_address(tmp_path, capsys, given, reported):
    text = tmp_path / "notes.txt"
    text.write_text("Proud police wife.\n")
    (tmp_path / "f.json").write_text("{}")
    code, out, _ = run(capsys, "scan", "--facts", str(tmp_path / "f.json"), "--format", "json", "--no-history",
                       "--source-url", given, str(text))
    assert code == 0 and [s["url"] for s in json.loads(out)["sources"]] == [reported]


@pytest.mark.parametrize("given", ["file://", "ftp://sam.example/notes.txt", "file:///notes\x1b[2J.txt"])
def test_a_scans_source_url_that_is_neither_is_refused(tmp_path, capsys, given):
    text = tmp_path / "notes.txt"
    text.write_text("Proud police wife.\n")
    code, out, err = run(capsys, "scan", "--facts", str(tmp_path / "f.json"), "--format", "json", "--no-history",
                         "--source-url", given, str(text))
    assert (code, out) == (2, "") and err.startswith("footprint: not a web address")


def test_text_format_is_readable(tmp_path, capsys):
    capture = write_har(tmp_path / "c.har", [("https://sam.example/", 200, SITE)])
    (tmp_path / "f.json").write_text("{}")
    code, out, _ = run(capsys, "audit", "--replay", str(capture), "--facts", str(tmp_path / "f.json"),
                       "--format", "text", "https://sam.example/")
    assert code == 0 and "Date of birth: 12 March 1990" in out and "What to change" in out and "Why it matters" in out


def test_platforms_lists_every_collector(capsys):
    import collectors

    code, out, _ = run(capsys, "platforms")
    assert code == 0
    for c in collectors.COLLECTORS:
        assert c.name in out and c.example in out


def test_python_dash_m_works():
    proc = subprocess.run([sys.executable, "-m", "footprint", "--version"], capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 0 and proc.stdout.startswith("footprint ")


def test_demo_text_says_fictional_opens_with_summary_ends_with_next_step(capsys):
    code, out, _ = run(capsys, "demo", "-q", "--format", "text")
    lines = out.splitlines()
    assert code == 0
    head, _, rest = out.partition("\n\nSummary\n")
    assert " ".join(head.split()) == ("footprint: what a stranger can learn from your profiles This is a demonstration: "
                                      "the person, their profiles and every detail below are fictional, and nothing "
                                      "was fetched from the internet.")
    assert rest.splitlines()[0] == "  Overall: Critical: details that put you or your family at risk can be joined up"
    assert lines[-1] == "Next step: run `footprint` to audit your own profiles."
    assert "Penarth" in out
    code, masked, _ = run(capsys, "demo", "-q", "--mask", "--format", "text")
    assert code == 0 and "Penarth" not in masked and "07700" not in masked and "husband: [name]" in masked


def test_demo_json_has_every_status_kind(capsys):
    code, out, _ = run(capsys, "demo", "-q", "--format", "json")
    result = json.loads(out)
    assert {s["status"] for s in result["sources"]} == {"ok", "login_required", "blocked"}
    cats = {f["category"] for f in result["findings"]}
    assert {"date_of_birth", "police_affiliation", "family", "home_location", "football_team", "phone_number",
            "email_address", "birthplace", "linked_account"} <= cats


def test_an_unexpected_failure_is_one_line_and_status_1(monkeypatch, capsys):
    import footprint.cli as cli

    def boom(args):
        raise RuntimeError("disk on fire")

    monkeypatch.setitem(cli.COMMANDS, "platforms", boom)
    code, _, err = run(capsys, "platforms")  # the tests run with FOOTPRINT_STRICT=1, as CI does
    assert code == 1 and "Traceback" in err
    monkeypatch.delenv("FOOTPRINT_STRICT")
    code, out, err = run(capsys, "platforms")
    assert code == 1 and out == "" and "unexpected failure" in err and "Traceback" not in err
    monkeypatch.setenv("FOOTPRINT_DEBUG", "1")
    code, _, err = run(capsys, "platforms")
    assert code == 1 and "Traceback" in err
