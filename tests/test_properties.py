"""Property tests over hostile input: collectors, detectors, the HAR and facts readers and the text
renderer meet random and adversarial text, HTML and JSON. Nothing may raise past its own error
type, the command line exits 0 or 2 (never 1), and no control or bidi character from the input
reaches the output."""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

import collectors
from collectors.saved import read_saved_file
from footprint.cli import main
from footprint.detect import detect
from footprint.errors import CaptureError, FactsError, FetchError
from footprint.facts import Facts
from footprint.har import ReplayTransport
from footprint.http import Http
from footprint.models import AuditResult, Collected, Finding, Profile, Source, Status, TextBlock
from reports import FORMATS, render

# modest by default, to keep `make test` quick; FOOTPRINT_EXAMPLES=2000 for a deeper hunt
_SCALE = int(os.environ.get("FOOTPRINT_EXAMPLES", "60"))
PROPERTY = settings(max_examples=_SCALE, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=max(1, _SCALE // 3), deadline=None, suppress_health_check=[HealthCheck.too_slow])

# what must never reach a terminal or a report: C0 (but tab and newline), DEL, C1, bidi controls
UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")

HOSTILE = ["\x1b]2;PWNED\x07", "\x1b]52;c;Zm9v\x07", "\x1b[2J", "\x1b[31m", "\u202e", "\u2066", "\x00", "\x9b",
           "\r", "\x7f", "\u200b", "[@click=app.quit]x[/]", "[/bold]", "<script>alert(1)</script>",
           "javascript:alert(1)", "a@a.a@a." * 20, "0" * 200, " " * 300, "\ufeff", "&#0;", "&#x202e;",
           "&#x1b;[2J", "&#xD800;"]
WORDS = ["Sam", "Example", "born", "1990-03-12", "12 March 1990", "Romford", "Leeds", "07700 900123",
         "+44 7700 900123", "sam@example.com", "police", "officer", "PC", "Met", "my son", "my wife Ffion",
         "Arsenal", "Up the Gunners", "Lives in", "From", "https://x.com/sam", "https://example.com/"]
TAGS = ["<html>", "<head>", "<title>", "</title>", "<body>", "<div>", "</div>", "<p>", "</p>", "<br/>",
        '<script type="application/ld+json">', "</script>", '<meta property="og:description" content="',
        '<meta name="description" content="', '">', '<a rel="me" href="', '<a href="', "</a>", "<!--", "-->",
        "<![CDATA[", "]]>", "<h1>", "<time datetime=\"", '<img alt="', "<li>", "<table><tr><td>",
        "window._sharedData = ", '{"@type": "Person", "name": "', '"birthDate": "', '", "', "{", "}", "[", "]",
        '"', ":", ","]

KEYS = ["note", "display_name", "displayName", "fields", "name", "value", "bio", "description", "handle",
        "data", "children", "location", "blog", "user", "legacy", "entries", "text", "content", "account",
        "url", "created_at", "birthday", "hometown", "title", "selftext", "subreddit", "posts", "feed", "post",
        "record", "author", "profile", "verified_at", "login", "email", "company", "statuses", "id"]

text = st.lists(st.one_of(st.text(max_size=20), st.sampled_from(HOSTILE), st.sampled_from(WORDS)),
                max_size=20).map(" ".join)
html = st.lists(st.one_of(st.sampled_from(TAGS), st.sampled_from(TAGS), text), max_size=60).map("".join)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | text,
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=6),
                                                                inner, max_size=6),
    max_leaves=40)


def _bytes(value: str) -> bytes:
    return value.encode("utf-8", errors="surrogatepass")


page_bodies = st.one_of(html.map(_bytes), json_values.map(lambda v: json.dumps(v).encode()), st.binary(max_size=300))


def _assert_clean(collected: Collected) -> None:
    assert isinstance(collected, Collected)
    for block in collected.profile.blocks:
        assert not UNSAFE.search(block.text.replace("\n", "").replace("\t", "")), block.text
    for link in collected.profile.links:
        assert not UNSAFE.search(link.url), link.url
    assert not UNSAFE.search(collected.detail)


# ---------------------------------------------------------------- collectors

@PROPERTY
@given(body=page_bodies)
def test_every_collector_reads_any_saved_page_without_raising(body):
    for collector in collectors.COLLECTORS:
        _assert_clean(collector.read_saved(body, collector.example or "https://example.com/"))


@PROPERTY
@given(body=page_bodies)
def test_the_saved_file_reader_takes_any_bytes(body):
    collector = collectors.pick_for_saved(body, None, "file:///tmp/page.html")
    _assert_clean(read_saved_file(body, "file:///tmp/page.html", collector))


# ---------------------------------------------------------------- detectors

facts_values = st.fixed_dictionaries({}, optional={
    "full_name": st.sampled_from(["Sam Example", "Jo Li", "Ffion Jones"]),
    "date_of_birth": st.sampled_from(["1990-03-12", "2000-02-29"]),
    "birthplace": st.sampled_from(["Romford", "Southend-on-Sea", "Ely"]),
    "football_team": st.sampled_from(["Arsenal", "Leeds United"]),
    "family": st.lists(st.sampled_from(["Owen", "Ffion", "Harry", "Oscar"]), max_size=4),
    "home_postcode": st.sampled_from(["SW1A 1AA", "LS1 4AP"]),
    "phone": st.just("07700 900123"),
    "email": st.just("sam@example.com")})


@PROPERTY
@given(blocks=st.lists(st.tuples(text, st.sampled_from(["bio", "post", "about", "location", "export", "title"]),
                                 st.sampled_from([None, "home_location", "birthplace", "date_of_birth", "family",
                                                  "employer", "relationship", "name"])), max_size=8),
       facts=facts_values)
def test_detectors_take_any_text(blocks, facts):
    raw = Profile(url="https://example.com/", platform="website",
                  blocks=[TextBlock(text=t, field=f, hint=h) for t, f, h in blocks])  # unclean on purpose
    cleaned = Profile(url="https://example.com/", platform="website")
    for t, f, h in blocks:
        cleaned.add(t, f, hint=h)
    the_facts = Facts.from_dict(facts)
    for profile in (raw, cleaned):
        for finding in detect(profile, the_facts):
            assert isinstance(finding, Finding)
    for finding in detect(cleaned, the_facts):
        assert not UNSAFE.search(finding.value + finding.display + finding.evidence.replace("\n", " ")), finding


# ---------------------------------------------------------------- the HAR and facts readers

har_entries = st.lists(st.fixed_dictionaries({}, optional={
    "request": st.one_of(json_values, st.fixed_dictionaries({"url": st.one_of(
        st.just("https://a.example/"), text, json_values)}, optional={"method": json_values})),
    "response": st.one_of(json_values, st.fixed_dictionaries({}, optional={
        "status": st.one_of(st.integers(), st.floats(), st.booleans(), text, st.just(200)),
        "headers": st.one_of(json_values, st.lists(st.fixed_dictionaries(
            {"name": st.one_of(st.sampled_from(["Content-Type", "Location"]), text, json_values),
             "value": st.one_of(text, json_values)}), max_size=3)),
        "content": st.one_of(json_values, st.fixed_dictionaries({}, optional={
            "text": st.one_of(text, html, json_values), "encoding": st.sampled_from(["base64", "", None])})),
        "redirectURL": st.one_of(text, json_values)}))}), max_size=4)
hars = st.one_of(json_values, har_entries.map(lambda e: {"log": {"entries": e}}))


@PROPERTY
@given(data=hars)
def test_the_har_reader_answers_or_raises_a_capture_error(data):
    try:
        transport = ReplayTransport.from_har(data)
    except CaptureError:
        return
    try:
        r = Http(transport).get("https://a.example/")
    except FetchError:
        return
    assert not any(UNSAFE.search(k + v) for k, v in r.headers.items())


@PROPERTY
@given(data=st.one_of(json_values, facts_values, st.dictionaries(
    st.sampled_from(["full_name", "date_of_birth", "birthplace", "football_team", "family", "home_postcode",
                     "phone", "email"]), json_values)))
def test_the_facts_reader_accepts_or_raises_a_facts_error(data):
    try:
        facts = Facts.from_dict(data)
    except FactsError:
        return
    detect(Profile(url="https://example.com/", platform="website",
                   blocks=[TextBlock(text="Sam Example, born 12 March 1990 in Romford", field="bio")]), facts)


# ---------------------------------------------------------------- the text renderer

sources = st.builds(Source, url=text, platform=text, status=st.sampled_from(list(Status)), detail=text)
findings = st.builds(Finding, category=st.sampled_from(["date_of_birth", "family", "phone_number", "other"]),
                     value=text, display=text, severity=st.sampled_from(["high", "medium", "low", "odd"]),
                     confidence=st.floats(0, 1), source_url=text, platform=text, field=text, evidence=text,
                     policy=st.lists(text, max_size=2), remediation=text, reason=text, matched=text)


@PROPERTY
@given(result=st.builds(AuditResult, sources=st.lists(sources, max_size=4), findings=st.lists(findings, max_size=6)),
       fmt=st.sampled_from(FORMATS), verbose=st.booleans())
def test_every_renderer_renders_any_result(result, fmt, verbose):
    assert isinstance(render(result, fmt, verbose=verbose), str)
    json.dumps(result.to_dict(), ensure_ascii=False).encode("utf-8", errors="replace")


def test_the_text_renderer_names_a_cancelled_source():
    out = render(AuditResult(sources=[Source("https://example.com/", "website", Status.CANCELLED, "stopped")]), "text")
    assert "  stopped: not checked\n  The audit was stopped before this was checked. Run it again to check it.\n" in out


# ---------------------------------------------------------------- the command line, end to end

@contextlib.contextmanager
def _captured() -> Iterator[tuple[io.BytesIO, io.StringIO]]:
    out, err = io.BytesIO(), io.StringIO()
    wrapper = io.TextIOWrapper(out, encoding="utf-8")
    old = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = wrapper, err
    try:
        yield out, err
    finally:
        sys.stdout, sys.stderr = old
        wrapper.flush()
        wrapper.detach()  # so that collecting the wrapper does not close `out`


def _cli(*argv: str) -> tuple[int, str, str]:
    with _captured() as (out, err):
        code = main(list(argv))
    return code, out.getvalue().decode("utf-8"), err.getvalue()


def _assert_safe_output(code: int, out: str, err: str) -> None:
    assert code in (0, 2), err
    assert "unexpected failure" not in err and "Traceback" not in err
    for stream in (out, err):
        assert not UNSAFE.search(stream.replace("\n", "").replace("\t", "")), stream


@SLOW
@given(body=page_bodies, fmt=st.sampled_from(["json", "text"]))
def test_scan_of_any_file_exits_0_or_2_and_prints_nothing_unsafe(body, fmt):
    with tempfile.TemporaryDirectory() as tmp:
        page, facts = Path(tmp, "page.html"), Path(tmp, "facts.json")
        page.write_bytes(body)
        facts.write_text("{}")
        _assert_safe_output(*_cli("scan", "--format", fmt, "--facts", str(facts), str(page)))


@SLOW
@given(data=hars, raw=st.one_of(st.none(), st.binary(max_size=200)), fmt=st.sampled_from(["json", "text"]))
def test_replay_of_any_capture_exits_0_or_2_and_prints_nothing_unsafe(data, raw, fmt):
    with tempfile.TemporaryDirectory() as tmp:
        capture, facts = Path(tmp, "c.har"), Path(tmp, "facts.json")
        capture.write_bytes(raw if raw is not None else json.dumps(data).encode())
        facts.write_text("{}")
        _assert_safe_output(*_cli("audit", "--replay", str(capture), "--format", fmt, "--facts", str(facts),
                                  "https://a.example/"))


@SLOW
@given(data=st.one_of(json_values, facts_values))
def test_any_facts_file_exits_0_or_2(data: Any):
    with tempfile.TemporaryDirectory() as tmp:
        page, facts = Path(tmp, "page.txt"), Path(tmp, "facts.json")
        page.write_text("Sam Example, born 12 March 1990 in Romford")
        facts.write_text(json.dumps(data))
        _assert_safe_output(*_cli("scan", "--format", "json", "--facts", str(facts), str(page)))


# ---------------------------------------------------------------- long adversarial runs (ReDoS)

RUNS = {"e-mail-like": "a@a.a@a." * 12_500, "digits": "0" * 100_000, "spaces": " " * 100_000,
        "phone-like": "07700 " * 16_000, "dates": "1-" * 50_000, "relations": "my son my " * 10_000,
        "capitals": "Sam " * 25_000, "dots": "." * 100_000, "postcode-like": "SW1A " * 20_000,
        "plus": "+44 " * 25_000, "hashes": "#tag" * 25_000, "urls": "https://a.example/" * 5_000}


@pytest.mark.parametrize("name", sorted(RUNS))
def test_detectors_finish_on_100_kb_adversarial_runs(name):
    """No timing asserted (that is bench/'s job); a pattern that backtracks catastrophically would
    never finish, and the suite with it."""
    profile = Profile(url="https://example.com/", platform="website")
    profile.add(RUNS[name], "bio")
    facts = Facts.from_dict({"full_name": "Sam Example", "family": ["Owen"], "birthplace": "Romford",
                             "date_of_birth": "1990-03-12", "phone": "07700 900123", "email": "sam@example.com"})
    assert all(isinstance(f, Finding) for f in detect(profile, facts))


saved_results = st.fixed_dictionaries({"schema": st.just("footprint.audit/1")}, optional={
    "sources": st.one_of(json_values, st.lists(st.fixed_dictionaries({}, optional={
        "url": st.one_of(text, json_values), "platform": st.one_of(text, json_values),
        "status": st.one_of(st.sampled_from([s.value for s in Status]), json_values),
        "detail": st.one_of(text, json_values)}), max_size=3)),
    "findings": st.one_of(json_values, st.lists(st.dictionaries(st.sampled_from(
        ["category", "value", "display", "severity", "confidence", "source_url", "platform", "field", "evidence",
         "policy", "remediation", "reason"]), json_values), max_size=3))})


@SLOW
@given(data=st.one_of(saved_results, json_values), fmt=st.sampled_from(["json", "text", "markdown"]))
def test_report_of_any_saved_result_exits_0_or_2(data: Any, fmt: str):
    with tempfile.TemporaryDirectory() as tmp:
        saved = Path(tmp, "result.json")
        saved.write_text(json.dumps(data))
        code, out, err = _cli("report", "--format", fmt, str(saved))
        assert code in (0, 2), err
        assert "unexpected failure" not in err and "Traceback" not in err
