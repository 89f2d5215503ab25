"""Bluesky collector: getProfile and getAuthorFeed, reposts and quotes, statuses, URL forms."""

from __future__ import annotations

import pytest

import collectors
from collectors.base import LOGGED_IN_NOTE
from collectors.bluesky import BlueskyCollector
from footprint.har import ReplayTransport, url_key
from footprint.http import Http
from footprint.models import Status
from tests.conftest import answer, capture, offline_http

C = BlueskyCollector()
URL = "https://bsky.app/profile/jonnyhale.bsky.social"
API = "https://public.api.bsky.app/xrpc"
PROFILE = f"{API}/app.bsky.actor.getProfile?actor=jonnyhale.bsky.social"
FEED = f"{API}/app.bsky.feed.getAuthorFeed?actor=jonnyhale.bsky.social&limit=50"
JSON = "application/json; charset=utf-8"


def ok_table() -> dict:
    return {PROFILE: answer(200, capture("bluesky", "profile.json"), JSON),
            FEED: answer(200, capture("bluesky", "feed.json"), JSON)}


def blocks(collected, field=None, **kw):
    return [b for b in collected.profile.blocks
            if (field is None or b.field == field) and all(getattr(b, k) == v for k, v in kw.items())]


def test_profile_is_read():
    got = C.collect(URL, offline_http(ok_table()))
    assert got.status is Status.OK
    assert LOGGED_IN_NOTE in got.detail
    assert "logged-out visibility is off, yet the public API still shows the profile" in got.detail
    assert [(b.text, b.hint) for b in blocks(got, "name")] == [("Jonny Hale", "name")]
    assert [b.text for b in blocks(got, "username")] == ["jonnyhale.bsky.social"]
    assert blocks(got, "bio")[0].text.startswith("Dad of three, Norwich City till I die 💛💚\nRunning club:")
    website = blocks(got, "link", hint="website")
    assert [b.text for b in website] == ["https://jonnyhale.example"]
    links = {link.url: link.rel for link in got.profile.links}
    assert links == {"https://runclub.example/members/jhale": "me", "https://jonnyhale.example": "me"}


def test_feed_posts_reposts_and_quotes():
    got = C.collect(URL, offline_http(ok_table()))
    posts = blocks(got, "post")
    own = [b for b in posts if b.own]
    assert [b.text for b in own] == ["Parkrun PB this morning at Eaton Park, 22:41 💪", "This is so true 😂"]
    assert own[0].date == "2025-05-31" and own[0].author == "jonnyhale.bsky.social"
    repost = [b for b in posts if b.label == "repost"]
    assert len(repost) == 1 and not repost[0].own
    assert repost[0].author == "keeleyq.bsky.social" and repost[0].date == "2025-05-20"
    quote = [b for b in posts if b.label == "quote"]
    assert len(quote) == 1 and not quote[0].own
    assert quote[0].author == "pcmoaner.bsky.social" and "07700 900777" in quote[0].text
    alt = blocks(got, "image_alt")
    assert [(b.text, b.own) for b in alt] == [("Me and my son Oscar at the finish funnel", True)]


def test_feed_missing_still_ok():
    table = ok_table()
    del table[FEED]
    got = C.collect(URL, offline_http(table))
    assert got.status is Status.OK
    assert "posts not available (404)" in got.detail


def test_profile_not_found():
    got = C.collect(URL, offline_http({PROFILE: answer(400, capture("bluesky", "not_found.json"), JSON)}))
    assert got.status is Status.NOT_FOUND
    assert "Profile not found" in got.detail


def test_nothing_recorded_is_not_found():
    assert C.collect(URL, offline_http({})).status is Status.NOT_FOUND


def test_taken_down_account():
    got = C.collect(URL, offline_http({PROFILE: answer(400, capture("bluesky", "takedown.json"), JSON)}))
    assert got.status is Status.NOT_FOUND
    assert "suspended" in got.detail


def test_403_is_blocked():
    got = C.collect(URL, offline_http({PROFILE: answer(403, "Forbidden", "text/plain")}))
    assert got.status is Status.BLOCKED


def test_429_is_blocked_after_one_wait():
    waits: list[float] = []
    transport = ReplayTransport({("GET", url_key(PROFILE)): answer(429, "{}", JSON, Retry_After="3")})
    got = C.collect(URL, Http(transport, sleep=waits.append))
    assert waits == [3.0]
    assert got.status is Status.BLOCKED


def test_500_is_error():
    got = C.collect(URL, offline_http({PROFILE: answer(500, "oops", "text/plain")}))
    assert got.status is Status.ERROR


def test_did_url_asks_by_did():
    did = "did:plc:fict4example0000000000aa"
    table = {f"{API}/app.bsky.actor.getProfile?actor={did}": answer(200, capture("bluesky", "profile.json"), JSON)}
    got = C.collect(f"https://bsky.app/profile/{did}", offline_http(table))
    assert got.status is Status.OK
    assert "posts not available" in got.detail


def test_live_network_stack(live_http, httpserver):
    httpserver.expect_oneshot_request("/xrpc/app.bsky.actor.getProfile") \
        .respond_with_data("", status=429, headers={"Retry-After": "0"})
    httpserver.expect_request("/xrpc/app.bsky.actor.getProfile", query_string="actor=jonnyhale.bsky.social") \
        .respond_with_data(capture("bluesky", "profile.json"), content_type=JSON)
    httpserver.expect_request("/xrpc/app.bsky.feed.getAuthorFeed") \
        .respond_with_data(capture("bluesky", "feed.json"), content_type=JSON)
    got = C.collect(URL, live_http)
    assert got.status is Status.OK
    assert any(b.field == "post" and b.label == "repost" and not b.own for b in got.profile.blocks)


def test_saved_page_is_recognised_and_read():
    body = capture("bluesky", "profile.html")
    assert collectors.recognise(body).name == "bluesky"
    got = C.read_saved(body, URL)
    assert got.status is Status.OK
    assert [b.text for b in blocks(got, "name")] == ["Jonny Hale"]
    assert [b.text for b in blocks(got, "username")] == ["jonnyhale.bsky.social"]
    assert "Running club" in blocks(got, "bio")[0].text
    assert got.profile.links[0].url == "https://runclub.example/members/jhale"


def test_saved_page_for_signed_in_users_only():
    body = b"<html><head><title>@x.bsky.social on Bluesky</title></head><body><p>This user has requested " \
           b"that their content only be shown to signed-in users.</p></body></html>"
    assert C.read_saved(body, URL).status is Status.LOGIN_REQUIRED


@pytest.mark.parametrize("url", [
    "https://bsky.app/profile/jonnyhale.bsky.social",
    "https://bsky.app/profile/jonnyhale.bsky.social/",
    "https://www.bsky.app/profile/JonnyHale.bsky.social",
    "https://bsky.app/profile/jonnyhale.example?utm_source=share",
    "https://bsky.app/profile/did:plc:fict4example0000000000aa",
    "https://bsky.app/profile/@jonnyhale.bsky.social",
])
def test_matches(url):
    assert C.match(url)
    assert collectors.find(url).name == "bluesky"


@pytest.mark.parametrize("url", [
    "https://bsky.app/profile/jonnyhale.bsky.social/post/3lq0000000001",
    "https://bsky.app/search?q=jonny",
    "https://bsky.app/settings",
    "https://bsky.app/",
    "https://bsky.social/about",
    "https://example.com/profile/jonnyhale.bsky.social",
])
def test_does_not_match(url):
    assert not C.match(url)


@pytest.mark.parametrize("url, expected", [
    ("https://bsky.app/profile/JonnyHale.bsky.social/", "https://bsky.app/profile/jonnyhale.bsky.social"),
    ("https://www.bsky.app/profile/jonnyhale.bsky.social?ref=x", "https://bsky.app/profile/jonnyhale.bsky.social"),
    ("https://bsky.app/profile/did:plc:AbC123", "https://bsky.app/profile/did:plc:AbC123"),
])
def test_canonical(url, expected):
    assert C.canonical(url) == expected
    assert C.match(C.example)
