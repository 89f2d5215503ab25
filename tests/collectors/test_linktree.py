"""Linktree: __NEXT_DATA__ pageProps (bio, link buttons, social icons), visible buttons as fallback."""

from __future__ import annotations

import pytest

from collectors import find, recognise
from collectors.linktree import LinktreeCollector
from footprint.models import Status
from tests.conftest import answer, capture, offline_http

LT = LinktreeCollector()
URL = "https://linktr.ee/kerys.nails"


def blocks(profile, field=None, hint=None):
    return [b for b in profile.blocks if (field is None or b.field == field) and (hint is None or b.hint == hint)]


def test_page_reads_bio_links_and_contact_icons():
    http = offline_http({URL: answer(200, capture("linktree", "ok.html"))})
    result = LT.collect(URL, http)
    assert result.status is Status.OK, result.detail
    p = result.profile
    assert [b.text for b in blocks(p, "username")] == ["kerys.nails"]
    assert [b.text for b in blocks(p, "name", "name")] == ["Kerys Vaughan"]
    assert [b.text for b in blocks(p, "bio")] == ["Nail tech in Pontypridd 💅 | off-duty PCSO | DM for bookings"]
    urls = {link.url: link for link in p.links}
    assert urls["https://nailsbykerys.example/book"].rel == "me"
    assert urls["https://nailsbykerys.example/book"].text == "Nails by Kerys – book online"
    assert urls["https://www.tiktok.com/@kerys.nails"].rel == "me"
    assert urls["https://instagram.com/kerys.nails"].rel == "me"
    titles = {b.text for b in blocks(p, "link") if b.hint is None}
    assert {"Nails by Kerys – book online", "My TikTok tutorials", "Shop"} <= titles
    assert [b.text for b in blocks(p, hint="email")] == ["bookings@nailsbykerys.example"]  # mailto: and ?subject dropped
    assert [b.text for b in blocks(p, hint="phone")] == ["07700900581", "+447700900582", "+447700900583"]
    assert not any(u.startswith(("mailto:", "tel:", "sms:")) or "wa.me" in u for u in urls)
    assert "sensitive" not in result.detail


def test_visible_buttons_when_the_json_is_missing():
    result = LT.read_saved(capture("linktree", "visible_only.html"), "https://linktr.ee/djowainp")
    assert result.status is Status.OK
    p = result.profile
    assert [b.text for b in blocks(p, "username")] == ["djowainp"]
    assert [b.text for b in blocks(p, "name")] == ["Owain Pryce"]
    assert [b.text for b in blocks(p, "bio")] == ["Wedding DJ and karaoke nights across the valleys"]
    assert [b.text for b in blocks(p, hint="email")] == ["owain.dj@example.com"]
    urls = {link.url for link in p.links}
    assert urls == {"https://facebook.com/djowainp", "https://djowainp.example/"}  # the Linktree footer is not theirs
    assert "Check dates and prices" in {b.text for b in blocks(p, "link")}


def test_sensitive_content_gate_is_a_note():
    result = LT.read_saved(capture("linktree", "sensitive.html"), "https://linktr.ee/night.owl.tattoo")
    assert result.status is Status.OK
    assert "sensitive-content warning" in result.detail
    assert [link.url for link in result.profile.links] == ["https://nightowltattoo.example/flash"]


def test_missing_page():
    assert LT.collect(URL, offline_http({})).status is Status.NOT_FOUND
    result = LT.read_saved(capture("linktree", "missing.html"), "https://linktr.ee/nobody.here")
    assert result.status is Status.NOT_FOUND
    assert LT.collect(URL, offline_http({URL: answer(403, b"")})).status is Status.BLOCKED


def test_saved_page_is_recognised():
    assert isinstance(recognise(capture("linktree", "ok.html")), LinktreeCollector)


@pytest.mark.parametrize("url", [
    "https://linktr.ee/kerys.nails",
    "https://linktr.ee/kerys.nails/",
    "https://www.linktr.ee/kerys.nails",
    "http://linktr.ee/kerys.nails?utm_source=ig&utm_medium=social",
])
def test_matches_and_canonical(url):
    assert LT.match(url) is not None
    assert find(url).name == "linktree"
    assert LT.canonical(url) == URL


@pytest.mark.parametrize("url", [
    "https://linktr.ee/",
    "https://linktr.ee/s/about/",
    "https://linktr.ee/login",
    "https://linktr.ee/admin",
    "https://linktr.ee/marketplace",
    "https://linktr.ee/kerys.nails/extra",
    "https://linktree.example/kerys.nails",
])
def test_does_not_match_other_urls(url):
    assert LT.match(url) is None
