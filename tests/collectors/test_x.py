"""X (Twitter): a logged-out fetch is a login wall; a saved profile page is read."""

from __future__ import annotations

import pytest

from collectors import find
from collectors.x import LOGIN_DETAIL, PREVIEW_NOTE, XCollector
from footprint.models import Status
from tests.conftest import answer, capture, offline_http

X = XCollector()
URL = "https://x.com/kez_whitby_"


def texts(profile, field, hint=None):
    return [b.text for b in profile.blocks if b.field == field and (hint is None or b.hint == hint)]


def test_twitter_redirect_to_login_flow_is_login_required():
    login = "https://x.com/i/flow/login?redirect_after_login=%2Fkez_whitby_"
    http = offline_http({
        "https://twitter.com/kez_whitby_": answer(301, b"", location=URL),
        URL: answer(302, b"", location=login),
        login: answer(200, capture("x", "shell.html")),
    })
    result = X.collect("https://twitter.com/kez_whitby_", http)
    assert result.status is Status.LOGIN_REQUIRED
    assert result.detail == LOGIN_DETAIL
    assert result.profile.is_empty


def test_js_shell_is_login_required():
    http = offline_http({URL: answer(200, capture("x", "shell.html"))})
    result = X.collect("https://mobile.twitter.com/kez_whitby_", http)
    assert result.status is Status.LOGIN_REQUIRED
    assert "footprint scan" in result.detail


def test_saved_profile_header():
    result = X.read_saved(capture("x", "saved_profile.html"), URL)
    assert result.status is Status.OK
    p = result.profile
    assert texts(p, "username") == ["kez_whitby_"]
    assert texts(p, "name", "name") == ["Kerry Whitby 🦋"]
    bio = texts(p, "bio")[0]
    assert bio.startswith("Neighbourhood officer in Tendring 🚓\nViews my own. Mum of two. #UTU")
    assert texts(p, "location", "home_location") == ["Clacton-on-Sea, Essex"]
    assert texts(p, "about", "date_of_birth") == ["9 November 1988"]
    assert not any("2012" in b.text for b in p.blocks)  # the join date is not read
    assert texts(p, "headline") == ["Public Service"]
    links = {link.url: link for link in p.links}
    assert links["https://kerrywhitby.example"].rel == "me"
    # a cut-short bio link keeps its t.co-free address from the href
    assert "https://bsky.app/profile/kerrywhitby.bsky.social" in links
    assert not any("tendring_updates" in url or "hashtag" in url for url in links)


def test_saved_profile_posts():
    p = X.read_saved(capture("x", "saved_profile.html"), URL).profile
    posts = [(b.text, b.author, b.date, b.own) for b in p.blocks if b.field == "post"]
    assert posts == [
        ("Proud day at the passing out parade for our new PCSOs 👏\nFrinton & Walton team are lucky to have you",
         "kez_whitby_", "2024-05-13", True),
        ("Smoke alarm checks this weekend in Colchester", "essexfire_example", "2024-05-10", False),
        ("This. Every single shift.", "kez_whitby_", "2024-04-02", True),
        ("Nobody tells you how much paperwork there is", "blueline_example", "2024-04-01", False),
    ]


def test_missing_account():
    assert X.read_saved(capture("x", "not_found.html"), URL).status is Status.NOT_FOUND
    assert X.collect(URL, offline_http({})).status is Status.NOT_FOUND


def test_rate_limited():
    assert X.collect(URL, offline_http({URL: answer(429, "Rate limit exceeded")})).status is Status.BLOCKED


@pytest.mark.parametrize("url,user", [
    ("https://x.com/kez_whitby_", "kez_whitby_"),
    ("https://twitter.com/kez_whitby_", "kez_whitby_"),
    ("https://www.twitter.com/kez_whitby_/", "kez_whitby_"),
    ("https://mobile.twitter.com/kez_whitby_?ref_src=twsrc%5Etfw", "kez_whitby_"),
    ("https://mobile.x.com/KezW", "KezW"),
])
def test_matches(url, user):
    m = X.match(url)
    assert m is not None and m.group("user") == user
    assert find(url).name == "x"


@pytest.mark.parametrize("url", [
    "https://x.com/i/flow/login",
    "https://x.com/home",
    "https://x.com/search?q=police",
    "https://x.com/explore",
    "https://x.com/settings",
    "https://x.com/settings/profile",
    "https://x.com/kez_whitby_/status/1790000000000000001",
    "https://x.com/login",
    "https://x.com/",
    "https://twitter.com/hashtag/UTU",
    "https://x.example/kez_whitby_",
    "https://x.com/a_name_that_is_far_too_long",
])
def test_does_not_match(url):
    assert X.match(url) is None


@pytest.mark.parametrize("url", [
    "https://twitter.com/kez_whitby_",
    "https://mobile.twitter.com/kez_whitby_/?s=20&t=abc",
    "https://www.x.com/kez_whitby_",
])
def test_canonical(url):
    assert X.canonical(url) == URL


def test_recognises():
    from collectors import by_name, recognise

    assert recognise(capture("x", "saved_profile.html")).name == "x"
    assert by_name("twitter") is not None and by_name("twitter").name == "x"
    assert X.match(X.example)


def test_unrecognised_page_is_an_error_not_a_profile():
    result = X.read_saved(b"<html><head><title>Something else</title></head><body><p></p></body></html>", URL)
    assert result.status is Status.ERROR
    assert result.profile.is_empty


def test_protected_account_is_ok_with_a_note():
    html = capture("x", "saved_profile.html").replace(
        b'<div data-testid="UserDescription"',
        b'<svg data-testid="icon-lock" aria-label="Protected account"></svg><div data-testid="UserDescription"')
    result = X.read_saved(html, URL)
    assert result.status is Status.OK
    assert "protected account" in result.detail
    assert texts(result.profile, "location") == ["Clacton-on-Sea, Essex"]


def test_bare_page_preview_tags_are_read():
    """The page X serves to clients that run no JavaScript: its head keeps the real structure
    of x.com's served page (preconnects, `og:site_name` "X (formerly Twitter)", the
    "JavaScript is not available." body); name and bio are only in the preview tags."""
    http = offline_http({"https://x.com/dan_okafor_pc": answer(200, capture("x", "bare_profile.html"))})
    result = X.collect("https://twitter.com/dan_okafor_pc", http)
    assert result.status is Status.OK
    p = result.profile
    assert [(b.field, b.text) for b in p.blocks] == [
        ("name", "Dan Okafor"),
        ("bio", "Dog section handler 🐕 West Mercia. Proud dad of Tayo & Femi. Villa season ticket. "
                "DMs open: dan.okafor@example.com"),
        ("username", "dan_okafor_pc"),
    ]
    assert result.detail.startswith(PREVIEW_NOTE)


def test_post_card_is_not_a_profile_preview():
    page = capture("x", "bare_profile.html").replace(b'content="profile"', b'content="article"')
    http = offline_http({URL: answer(200, page)})
    assert X.collect(URL, http).status is Status.LOGIN_REQUIRED
