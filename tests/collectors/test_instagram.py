"""Instagram: the logged-out profile page (meta description, og:title, embedded user JSON)."""

from __future__ import annotations

import pytest

from collectors import find
from collectors.base import SAVED_NOTE
from collectors.instagram import InstagramCollector, parse_description
from footprint.models import Status
from tests.conftest import answer, capture, offline_http

IG = InstagramCollector()
URL = "https://www.instagram.com/priya.fenwick.runs/"


def blocks(profile, field=None, hint=None):
    return [b for b in profile.blocks if (field is None or b.field == field) and (hint is None or b.hint == hint)]


def test_profile_page_reads_bio_name_links_and_contact():
    http = offline_http({URL: answer(200, capture("instagram", "profile.html"))})
    result = IG.collect(URL, http)
    assert result.status is Status.OK
    p = result.profile
    assert [b.text for b in blocks(p, "username")] == ["priya.fenwick.runs"]
    assert [b.text for b in blocks(p, "name", "name")] == ["Priya Fenwick"]
    bios = blocks(p, "bio")
    assert len(bios) == 1  # the JSON biography and the description's quoted bio are the same text
    bio = bios[0].text
    assert bio.startswith("Proud mama of Noah & Isla")
    assert "Response officer" in bio and "📍Basildon" in bio
    assert "\"Run the mile you're in\"" in bio  # quotes inside the bio survive
    urls = {link.url: link for link in p.links}
    assert urls["https://linktr.ee/priyafenwick"].rel == "me"
    assert urls["https://priyaruns.example/diary"].rel == "me"
    assert any(b.text == "Couch to 5K diary" and b.field == "link" for b in p.blocks)
    assert [b.text for b in blocks(p, hint="phone")] == ["+447700900417"]  # the wa.me link
    assert [b.text for b in blocks(p, hint="email")] == ["priya.runs@example.com"]
    posts = blocks(p, "post")
    assert posts[0].text.startswith("Parkrun PB at Gloucester Park")
    assert posts[0].date == "2024-05-01" and posts[0].author == "priya.fenwick.runs"
    assert not any("See Instagram photos" in b.text for b in p.blocks)
    assert "private account" not in result.detail


def test_description_only_page():
    html = capture("instagram", "profile.html").split(b"<body")[0] + b"<body></body></html>"
    result = IG.read_saved(html, URL)
    assert result.status is Status.OK
    assert [b.text for b in blocks(result.profile, "bio")][0].endswith("📍Basildon")
    assert [b.text for b in blocks(result.profile, "name")] == ["Priya Fenwick"]


def test_private_account_is_ok_with_a_note():
    result = IG.read_saved(capture("instagram", "private.html"), "https://www.instagram.com/gaz_lyle/")
    assert result.status is Status.OK
    assert "private account: name, bio and links are still public" in result.detail
    assert [b.text for b in blocks(result.profile, "bio")] == ["Dad of 3 👦👦👧 | Up the Posh 💙"]
    assert [b.text for b in blocks(result.profile, "username")] == ["gaz_lyle"]


@pytest.mark.parametrize("name,status", [
    ("login.html", Status.LOGIN_REQUIRED),
    ("not_found.html", Status.NOT_FOUND),
    ("shell.html", Status.LOGIN_REQUIRED),
])
def test_walls(name, status):
    result = IG.read_saved(capture("instagram", name), URL)
    assert result.status is status
    assert result.profile.is_empty


def test_redirect_to_login_is_login_required():
    http = offline_http({
        URL: answer(302, b"", location="https://www.instagram.com/accounts/login/?next=%2Fpriya.fenwick.runs%2F"),
        "https://www.instagram.com/accounts/login/?next=%2Fpriya.fenwick.runs%2F": answer(
            200, capture("instagram", "login.html")),
    })
    assert IG.collect(URL, http).status is Status.LOGIN_REQUIRED


def test_bare_host_is_fetched_at_www():
    http = offline_http({URL: answer(200, capture("instagram", "profile.html"))})
    result = IG.collect("https://instagram.com/priya.fenwick.runs?igsh=abc123", http)
    assert result.status is Status.OK


def test_missing_profile_404():
    assert IG.collect(URL, offline_http({})).status is Status.NOT_FOUND


def test_parse_description_forms():
    assert parse_description('1.2M Followers, 10 Following, 3 Posts - A B (@ab_c) on Instagram: "hi "there""') == (
        "A B", "ab_c", 'hi "there"')
    assert parse_description("5 Followers, 1 Following, 0 Posts - See Instagram photos and videos from "
                             "Jo Bloggs (@jo.b)") == ("Jo Bloggs", "jo.b", None)
    assert parse_description("") == (None, None, None)


@pytest.mark.parametrize("url,user", [
    ("https://www.instagram.com/priya.fenwick.runs/", "priya.fenwick.runs"),
    ("https://instagram.com/priya.fenwick.runs", "priya.fenwick.runs"),
    ("https://m.instagram.com/priya.fenwick.runs/?utm_source=ig_web", "priya.fenwick.runs"),
    ("http://www.instagram.com/Some_User", "Some_User"),
    ("https://www.instagram.com/_u/priya.fenwick.runs/", "priya.fenwick.runs"),
])
def test_matches(url, user):
    m = IG.match(url)
    assert m is not None and m.group("user") == user
    assert find(url).name == "instagram"


@pytest.mark.parametrize("url", [
    "https://www.instagram.com/p/C1a2B3c4D5e/",
    "https://www.instagram.com/reel/C1a2B3c4D5e/",
    "https://www.instagram.com/explore/",
    "https://www.instagram.com/accounts/login/",
    "https://www.instagram.com/stories/priya.fenwick.runs/123/",
    "https://www.instagram.com/about/",
    "https://www.instagram.com/legal/",
    "https://www.instagram.com/direct/",
    "https://www.instagram.com/",
    "https://www.instagram.com/priya.fenwick.runs/tagged/",
    "https://instagram.example/priya.fenwick.runs/",
    "https://www.threads.com/@priya.fenwick.runs",
])
def test_does_not_match(url):
    assert IG.match(url) is None


@pytest.mark.parametrize("url,expected", [
    ("https://instagram.com/priya.fenwick.runs", URL),
    ("https://m.instagram.com/priya.fenwick.runs/?igsh=xyz", URL),
    ("https://www.instagram.com/priya.fenwick.runs/?utm_source=qr", URL),
    ("https://www.instagram.com/_u/priya.fenwick.runs/", URL),
])
def test_canonical(url, expected):
    assert IG.canonical(url) == expected


def test_recognises_saved_page():
    from collectors import recognise

    assert recognise(capture("instagram", "profile.html")).name == "instagram"
    assert recognise(capture("instagram", "login.html")).name == "instagram"
    assert IG.match(IG.example)


def test_unrecognised_page_is_an_error_not_a_profile():
    result = IG.read_saved(b"<html><head><title>Something else</title></head><body><p></p></body></html>", URL)
    assert result.status is Status.ERROR
    assert result.profile.is_empty


def test_post_captions_from_the_current_timeline_query():
    from collectors.instagram import InstagramCollector

    page = ('<html><head><meta name="description" content="10 Followers, 2 Following, 3 Posts - Sam Example '
            '(&#064;sam.example) on Instagram: &quot;Baker&quot;"></head><body>'
            '<script type="application/json" data-sjs>{"require": [["x", {"result": {"data": {"conn": {"edges": ['
            '{"node": {"code": "A1", "taken_at": 1751307600, "caption": {"text": "Passed out at Hendon today!"}, '
            '"accessibility_caption": "Photo of 2 people in uniform", "user": {"username": "sam.example"}}},'
            '{"node": {"code": "A2", "taken_at": 1751307600, "caption": {"text": "Collab post by a friend"}, '
            '"user": {"username": "someone.else"}}}]}}}}]]}</script></body></html>').encode()
    profile = InstagramCollector().read_saved(page, "https://www.instagram.com/sam.example/").profile
    posts = {b.text: (b.own, b.date) for b in profile.blocks if b.field == "post"}
    assert posts["Passed out at Hendon today!"] == (True, "2025-06-30")
    assert posts["Collab post by a friend"][0] is False
    assert any(b.field == "image_alt" for b in profile.blocks)


def test_a_business_address_is_shown_but_not_taken_for_home():
    from collectors.instagram import InstagramCollector
    from footprint.detect import detect

    page = ('<html><head><meta name="description" content="1 Followers - Sam Example (&#064;sam.pt) on Instagram: '
            '&quot;PT&quot;"></head><body><script type="application/json" data-sjs>{"user": {"username": "sam.pt", '
            '"biography": "Bootcamps every Saturday", "business_address_json": "{\\"street_address\\": '
            '\\"Example Park, Park Road\\", \\"city_name\\": \\"Stevenage\\", \\"zip_code\\": \\"SG1 9ZZ\\"}"}}'
            '</script></body></html>').encode()
    profile = InstagramCollector().read_saved(page, "https://www.instagram.com/sam.pt/").profile
    assert any(b.label == "Business address" and "SG1 9ZZ" in b.text for b in profile.blocks)
    assert not any(f.category == "home_location" for f in detect(profile))


def test_a_page_saved_while_logged_in_is_read_as_the_browser_drew_it():
    # no bio in the preview tags, only the counts: the bio is in the visible header
    url = "https://www.instagram.com/sam.example.pc/"
    result = IG.read_saved(capture("instagram", "saved_logged_in_drawn.html"), url)
    assert result.status is Status.OK
    assert result.detail == "read from the page as the browser drew it; " + SAVED_NOTE
    assert [(b.text, b.field) for b in result.profile.blocks] == [
        ("Sam 🌊", "name"), ("sam.example.pc", "username"), ("sam.example.pc", "page"),
        ("Sam 🌊 Neighbourhood PCSO 👮 | Truro born and bred | Mum to Poppy", "page"),
        ("Photo by Sam on 3 May 2025. May be an image of beach.", "page"),
        ("Photo by Sam on 3 May 2025. May be an image of beach.", "image_alt")]


def test_a_fetched_page_that_gives_little_is_not_padded_with_page_text():
    http = offline_http({"https://www.instagram.com/sam.example.pc/": answer(
        200, capture("instagram", "saved_logged_in_drawn.html"))})
    result = IG.collect("https://www.instagram.com/sam.example.pc/", http)
    assert [b.field for b in result.profile.blocks] == ["name", "username"]
    assert result.detail.startswith("little could be read")
