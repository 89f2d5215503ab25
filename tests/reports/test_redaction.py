"""Redaction holds in every format: no value, handle or URL of the result survives (demo and corpus cases)."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest

import reports
from footprint.models import AuditResult, Finding
from reports.redact import mask_text, mask_url, mask_value, redact
from tests.reports.corpus import case_folders, case_result, demo_result

FORMATS = ("text", "json", "markdown", "html", "manager")
# path words of profile URLs that are not the user's handle
GENERIC = {"user", "users", "profile", "channel", "athletes", "results", "fundraising", "page", "api", "status",
           "statuses", "posts", "about", "index.html", "home", "author", "clubs", "video", "photo"}
# The words the reports write themselves (their code and data): a one-word value that is one of them (a
# village called Read, a name taken from "Find") cannot be told from the report's own "Read from a page
# you saved" by searching the output, or "Media" from the HTML report's own style sheet ("@media"), so it is
# not searched for.
REPORT_WORDS = frozenset(w for pattern in ("*.py", "*.json", "*.css", "*.j2")
                         for path in Path(reports.__file__).parent.rglob(pattern)
                         for w in re.findall(r"[a-z]+", path.read_text(encoding="utf-8").casefold()))


def _plain(fmt: str, out: str, fold: bool = True) -> str:
    """What a reader of the output sees, whitespace folded: escapes undone so that a leak cannot hide."""
    if fmt == "json":
        strings: list[str] = []

        def walk(node: object) -> None:
            if isinstance(node, dict):
                for v in node.values():
                    walk(v)
            elif isinstance(node, list):
                for v in node:
                    walk(v)
            elif isinstance(node, str):
                strings.append(node)

        walk(json.loads(out))
        out = "\n".join(strings)
    if fmt == "markdown":
        out = html.unescape(re.sub(r"\\(.)", r"\1", out))
    if fmt == "html":
        out = html.unescape(out)
    out = " ".join(out.split())
    return out.casefold() if fold else out


def _handles(url: str) -> set[str]:
    parts = urlsplit(url)
    if parts.scheme == "file":     # a path on this machine: the whole URL must go, its folders are not handles
        return set()
    found: set[str] = set()
    if _platform_host(parts.hostname or ""):
        # on a platform the path holds the handle; a personal site's address goes whole, so its
        # path words ("join", "about") are ordinary words the report may use
        found = {seg.lstrip("@") for seg in parts.path.split("/") if len(seg.lstrip("@")) >= 3}
        found = {h for h in found if h.casefold() not in GENERIC and not h.isdigit()}
    if parts.hostname:
        found.add(parts.hostname)
    return found


def exposed(result: AuditResult) -> set[str]:
    """Everything that must not survive redaction (names as words of their own when short)."""
    out: set[str] = set()
    for f in result.findings:
        if f.category == "police_affiliation" and f.value.casefold() == "police":
            continue
        if f.category == "family":
            continue   # names, checked as written (family_names)
        if f.category == "linked_account":
            out.add(f.value)
            out.update(h for h in _handles(f.value) if not _platform_host(h))
            continue
        out.update(v for v in (f.value, f.display, f.matched)
                   if len(v.strip()) >= 3 and v.strip().casefold() not in REPORT_WORDS)
    for url in {s.url for s in result.sources} | {f.source_url for f in result.findings}:
        out.add(url)
        out.update(h for h in _handles(url) if not _platform_host(h))
    return {" ".join(s.split()).casefold() for s in out}


def _platform_host(text: str) -> bool:
    return mask_url(f"https://{text}/x") != "[website]" and "." in text


def family_names(result: AuditResult) -> set[str]:
    """Relatives' names as written: a capitalised word wrongly taken for a name ("Find") must not
    make the report's own lower-case "find" a leak."""
    return {part for f in result.findings if f.category == "family"
            for part in f.value.partition(": ")[2].split() if len(part) >= 2}


def leaks(result: AuditResult, fmt: str) -> list[str]:
    shown = _plain(fmt, reports.render(redact(result), fmt), fold=False)
    seen = shown.casefold()
    # as words of their own: "Matt" must not appear, "matters" may
    return sorted([s for s in exposed(result) if re.search(rf"(?<!\w){re.escape(s)}(?!\w)", seen)]
                  + [n for n in family_names(result) if re.search(rf"(?<!\w){re.escape(n)}(?!\w)", shown)])


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_redacted_demo_leaks_nothing(fmt):
    assert leaks(demo_result(), fmt) == []


@pytest.mark.parametrize("folder", case_folders(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_redacted_corpus_results_leak_nothing(folder: Path, tmp_path_factory):
    result = case_result(folder, tmp_path_factory.getbasetemp())
    assert {fmt: leaks(result, fmt) for fmt in FORMATS} == {fmt: [] for fmt in FORMATS}


def test_the_leak_check_finds_what_is_not_redacted():
    """The check above is not vacuous: the same result unredacted shows its values."""
    result = demo_result()
    seen = _plain("text", reports.render(result, "text"))
    assert {"penarth", "swansea", "+44 7700 900555", "bethan.bakes@example.com"} <= exposed(result)
    assert all(s in seen for s in ("penarth", "swansea", "+44 7700 900555", "bethan.bakes@example.com"))


@pytest.mark.parametrize("category, value, mask", [
    ("family", "husband: Tom Jones", "husband: [name]"),
    ("family", "daughter", "daughter"),
    ("date_of_birth", "1990-03-12", "[day month year]"),
    ("date_of_birth", "--02-14", "[day month]"),
    ("date_of_birth", "1988", "[year]"),
    ("home_location", "CM1 1AA", "CM1 ***"),
    ("home_location", "Chelmsford", "[place]"),
    ("police_affiliation", "Essex Police", "[police force]"),
    ("police_affiliation", "police", "police"),
    ("phone_number", "+447700900123", "[phone number]"),
    ("email_address", "sam@example.com", "[e-mail address]"),
    ("football_team", "West Ham United", "[football club]"),
    ("birthplace", "Romford", "[place]"),
    ("linked_account", "https://www.instagram.com/sam.taylor90/", "https://www.instagram.com/[handle]"),
])
def test_masks_keep_the_kind_of_detail_and_hide_length_and_first_letter(category, value, mask):
    assert mask_value(category, value) == mask


@pytest.mark.parametrize("url, mask", [
    ("https://www.instagram.com/sam.taylor90/", "https://www.instagram.com/[handle]"),
    ("https://mastodon.social/@samt", "https://mastodon.social/[handle]"),
    ("https://www.reddit.com/user/samt/", "https://www.reddit.com/[handle]"),
    ("https://samtaylor.example/", "[website]"),
    ("https://samtaylor.example/about", "[website]"),
    ("file:///home/sam/Downloads/sam-taylor-facebook.html", "[saved file]"),
    ("https://www.facebook.com/", "https://www.facebook.com"),
])
def test_urls_are_masked(url, mask):
    assert mask_url(url) == mask


@pytest.mark.parametrize("text, masked", [
    ("cakes: bethan.bakes [at] example [dot] com!", "cakes: [e-mail address]!"),
    ("mail jo (at) example (dot) co (dot) uk", "mail [e-mail address]"),
    ("write to jo at example dot com today", "write to [e-mail address] today"),
    ("or jo.bloggs@example.co.uk", "or [e-mail address]"),
    ("ring 07700 900123 or +44 (0)7700 900 124", "ring [phone number] or [phone number]"),
    ("we are in CM1 1AA", "we are in CM1 ***"),
    ("born 12/03/1990, party 14th February", "born [date], party [date]"),
    ("follow @sam_t and see https://x.com/sam_t", "follow @[handle] and see https://x.com/[handle]"),
])
def test_free_text_is_masked_without_knowing_the_values(text, masked):
    assert mask_text(text, []) == masked


def test_distinct_sources_stay_distinct_when_masked():
    from footprint.models import Source, Status

    result = AuditResult(sources=[Source("https://one.example/", "website", Status.OK),
                                  Source("https://two.example/", "website", Status.OK)],
                         findings=[Finding("phone_number", "+447700900123", "+44 7700 900123", "high", 1.0,
                                           "https://two.example/", "website", "bio", "call 07700 900123", ["5.0"],
                                           matched="07700 900123")])
    masked = redact(result)
    assert [s.url for s in masked.sources] == ["[website]", "[website 2]"]
    assert [(f.source_url, f.value, f.evidence) for f in masked.findings] == [
        ("[website 2]", "[phone number]", "call [phone number]")]


def test_the_words_of_a_handle_and_the_users_own_name_are_masked_as_names():
    from footprint.models import Source, Status

    url = "https://www.instagram.com/sam.taylor90/"
    result = AuditResult(sources=[Source(url, "instagram", Status.OK)],
                         findings=[Finding("birthplace", "Romford", "Romford", "medium", 1.0, url, "instagram", "bio",
                                           "Sam Taylor from Romford, for example", ["3.4"], matched="Romford")])
    assert redact(result).findings[0].evidence == "[name] [name] from [place], for example"
    assert redact(result, extra=["Sam Taylor"]).findings[0].evidence == "[name] from [place], for example"
