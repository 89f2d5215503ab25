"""Reddit collector: about/comments/submitted .json, the HTML fallback, statuses, URL forms."""

from __future__ import annotations

import pytest

import collectors
from collectors.base import LOGGED_IN_NOTE
from collectors.reddit import RedditCollector
from footprint.har import ReplayTransport, url_key
from footprint.http import Http
from footprint.models import Status
from tests.conftest import answer, capture, offline_http

C = RedditCollector()
URL = "https://www.reddit.com/user/Dunmow_Dave_77/"
BASE = "https://www.reddit.com/user/Dunmow_Dave_77"
ABOUT, COMMENTS, SUBMITTED = f"{BASE}/about.json", f"{BASE}/comments.json?limit=100", f"{BASE}/submitted.json?limit=100"
JSON = "application/json; charset=utf-8"


def ok_table() -> dict:
    return {ABOUT: answer(200, capture("reddit", "about.json"), JSON),
            COMMENTS: answer(200, capture("reddit", "comments.json"), JSON),
            SUBMITTED: answer(200, capture("reddit", "submitted.json"), JSON)}


def blocks(collected, field=None, **kw):
    return [b for b in collected.profile.blocks
            if (field is None or b.field == field) and all(getattr(b, k) == v for k, v in kw.items())]


def test_about_comments_and_posts_are_read():
    got = C.collect(URL, offline_http(ok_table()))
    assert got.status is Status.OK
    assert LOGGED_IN_NOTE in got.detail
    assert "hidden from search engines" in got.detail
    assert [b.text for b in blocks(got, "username")] == ["Dunmow_Dave_77"]
    assert [(b.text, b.hint) for b in blocks(got, "name")] == [("Dave Marsh", "name")]
    assert blocks(got, "bio")[0].text == "Ipswich fan exiled in Great Dunmow. Photos: https://davemarsh-photos.example"
    assert [(link.url, link.rel) for link in got.profile.links] == [("https://davemarsh-photos.example", "me")]
    comments = blocks(got, "comment")
    assert [(b.label, b.date, b.author, b.own) for b in comments] == [
        ("r/essex", "2025-05-23", "Dunmow_Dave_77", True),
        ("r/IpswichTownFC", "2025-04-18", "Dunmow_Dave_77", True)]
    assert "My wife Karen swears by the cod." in comments[0].text
    post = blocks(got, "post")[0]
    assert post.label == "r/AskUK" and post.date == "2025-02-19"
    assert post.text == ("Birthday present ideas for a dad who has everything?\n\n"
                         "Turning 48 next week (born 1977) and the kids want to know what to get me.")
    assert [(b.text, b.label) for b in blocks(got, "metadata")] == [("Great Dunmow", "user flair in r/essex")]


def test_listings_refused_still_ok():
    table = ok_table()
    table[COMMENTS] = answer(403, "<html><title>Blocked</title></html>")
    del table[SUBMITTED]
    got = C.collect(URL, offline_http(table))
    assert got.status is Status.OK
    assert "comments not available (403)" in got.detail
    assert "submitted not available (404)" in got.detail


def test_404_is_not_found():
    table = {ABOUT: answer(404, capture("reddit", "not_found.json"), JSON)}
    got = C.collect("https://www.reddit.com/u/Dunmow_Dave_77", offline_http(table))
    assert got.status is Status.NOT_FOUND
    assert "u/Dunmow_Dave_77" in got.detail


def test_suspended_account():
    table = {"https://www.reddit.com/user/Banned_Bob_12/about.json": answer(200, capture("reddit", "suspended.json"), JSON)}
    got = C.collect("https://www.reddit.com/user/Banned_Bob_12", offline_http(table))
    assert got.status is Status.NOT_FOUND
    assert "suspended" in got.detail


def test_403_falls_back_to_the_profile_page():
    table = {ABOUT: answer(403, capture("reddit", "blocked.html")),
             URL: answer(200, capture("reddit", "profile.html"))}
    got = C.collect(URL, offline_http(table))
    assert got.status is Status.OK
    assert "refused the .json API" in got.detail and "403" in got.detail
    assert [b.text for b in blocks(got, "username")] == ["Dunmow_Dave_77"]
    assert blocks(got, "bio")[0].text == "Ipswich fan exiled in Great Dunmow."
    post = blocks(got, "post")[0]
    assert (post.label, post.date, post.author, post.own) == ("r/AskUK", "2025-02-19", "Dunmow_Dave_77", True)
    assert "born 1977" in post.text
    comment = blocks(got, "comment")[0]
    assert (comment.label, comment.date) == ("r/essex", "2025-05-23")
    assert comment.text == "The one on the High Street, two doors from my house."


def test_403_everywhere_is_blocked():
    table = {ABOUT: answer(403, capture("reddit", "blocked.html")),
             URL: answer(403, capture("reddit", "blocked.html"))}
    got = C.collect(URL, offline_http(table))
    assert got.status is Status.BLOCKED
    assert "403" in got.detail


def test_block_page_with_200_is_blocked():
    table = {ABOUT: answer(403, "", "text/plain"), URL: answer(200, capture("reddit", "blocked.html"))}
    got = C.collect(URL, offline_http(table))
    assert got.status is Status.BLOCKED
    assert "network security" in got.detail


def test_403_then_page_missing_is_not_found():
    table = {ABOUT: answer(403, "", "text/plain"),
             URL: answer(200, "<html><body><p>Sorry, nobody on Reddit goes by that name.</p></body></html>")}
    assert C.collect(URL, offline_http(table)).status is Status.NOT_FOUND


def test_nothing_recorded_is_not_found():
    assert C.collect(URL, offline_http({})).status is Status.NOT_FOUND


def test_429_waits_once_then_falls_back():
    waits: list[float] = []
    transport = ReplayTransport({("GET", url_key(ABOUT)): answer(429, "", "text/plain", Retry_After="1"),
                                 ("GET", url_key(URL)): answer(429, "", "text/plain", Retry_After="1")})
    got = C.collect(URL, Http(transport, sleep=waits.append))
    assert waits == [1.0, 1.0]
    assert got.status is Status.BLOCKED


def test_live_network_stack(live_http, httpserver):
    httpserver.expect_oneshot_request("/user/Dunmow_Dave_77/about.json") \
        .respond_with_data("", status=429, headers={"Retry-After": "0"})
    httpserver.expect_request("/user/Dunmow_Dave_77/about.json") \
        .respond_with_data(capture("reddit", "about.json"), content_type=JSON)
    httpserver.expect_request("/user/Dunmow_Dave_77/comments.json", query_string="limit=100") \
        .respond_with_data(capture("reddit", "comments.json"), content_type=JSON)
    httpserver.expect_request("/user/Dunmow_Dave_77/submitted.json", query_string="limit=100") \
        .respond_with_data(capture("reddit", "submitted.json"), content_type=JSON)
    got = C.collect("https://old.reddit.com/u/Dunmow_Dave_77", live_http)
    assert got.status is Status.OK
    assert len(blocks(got, "comment")) == 2 and len(blocks(got, "post")) == 1


def test_saved_page_is_recognised():
    body = capture("reddit", "profile.html")
    assert collectors.recognise(body).name == "reddit"
    got = C.read_saved(body, URL)
    assert got.status is Status.OK
    assert blocks(got, "comment")


@pytest.mark.parametrize("url", [
    "https://www.reddit.com/user/Dunmow_Dave_77/",
    "https://www.reddit.com/user/Dunmow_Dave_77",
    "https://reddit.com/u/Dunmow_Dave_77",
    "https://old.reddit.com/user/Dunmow_Dave_77/",
    "https://m.reddit.com/u/Dunmow_Dave_77",
    "https://np.reddit.com/user/Dunmow_Dave_77",
    "https://new.reddit.com/user/Dunmow_Dave_77/comments/",
    "https://www.reddit.com/user/Dunmow_Dave_77/submitted/?sort=new",
    "https://www.reddit.com/u/Dunmow_Dave_77/?utm_source=share&utm_medium=ios_app&utm_name=iossmf",
    "https://www.reddit.com/user/dunmow-dave/overview",
])
def test_matches(url):
    assert C.match(url)
    assert collectors.find(url).name == "reddit"


@pytest.mark.parametrize("url", [
    "https://www.reddit.com/r/essex/",
    "https://www.reddit.com/r/essex/comments/abc123/best_chippy/",
    "https://www.reddit.com/user/Dunmow_Dave_77/comments/abc123/title/",
    "https://www.reddit.com/settings",
    "https://www.reddit.com/login",
    "https://www.reddit.com/explore",
    "https://www.reddit.com/",
    "https://reddit.example/user/Dunmow_Dave_77",
    "https://www.redd.it/user/Dunmow_Dave_77",
])
def test_does_not_match(url):
    assert not C.match(url)


@pytest.mark.parametrize("url, expected", [
    ("https://reddit.com/u/Dunmow_Dave_77", URL),
    ("https://old.reddit.com/user/Dunmow_Dave_77", URL),
    ("https://m.reddit.com/u/Dunmow_Dave_77/?utm_source=share", URL),
    ("https://np.reddit.com/user/Dunmow_Dave_77/comments/", URL),
])
def test_canonical(url, expected):
    assert C.canonical(url) == expected
    assert C.match(C.example)


def test_escaped_text_is_unescaped():
    """Reddit's listings without raw_json=1 escape &, < and > (the layout of praw-dev/praw's
    recorded cassettes tests/integration/cassettes/TestRedditor.*.json); the requests stay
    those of the contract, and the text is unescaped once."""
    base = "https://www.reddit.com/user/pri_walks"
    got = C.collect("https://www.reddit.com/u/pri_walks", offline_http({
        f"{base}/about.json": answer(200, capture("reddit", "escaped_about.json"), JSON),
        f"{base}/comments.json?limit=100": answer(200, capture("reddit", "escaped_comments.json"), JSON)}))
    assert got.status is Status.OK
    assert [b.text for b in blocks(got, "name")] == ["Priya & the pups"]
    assert [b.text for b in blocks(got, "bio")] == [
        "Mum of 3 & dog walker >> Chelmsford. Photos: https://photos.example/album?id=7&share=1"]
    assert [link.url for link in got.profile.links] == ["https://photos.example/album?id=7&share=1"]
    assert [b.text for b in blocks(got, "comment")] == [
        "Fish & chips on Fridays <3 and I typed &lt; on purpose", "a > b"]
    assert [b.text for b in blocks(got, "metadata")] == ["Chelmsford & Writtle"]


@pytest.mark.parametrize("escaped,text", [
    ("AT&amp;T", "AT&T"),
    ("&lt;3 &gt;:(", "<3 >:("),
    ("I typed &amp;lt; here", "I typed &lt; here"),   # one pass: the user's own entity survives
    ("&quot;quoted&quot; &#39;as typed&#39;", "&quot;quoted&quot; &#39;as typed&#39;"),  # Reddit escapes only &, <, >
    ("no entities", "no entities"),
])
def test_raw_undoes_only_reddits_escaping(escaped, text):
    from collectors.reddit import raw

    assert raw(escaped) == text


def test_saved_post_page_is_the_posters_own():
    """A post's comments page the user saved is their own post: the poster is the owner (their
    reply is theirs), the commenters' towns and numbers are not."""
    from footprint.detect import detect

    result = RedditCollector().read_saved(capture("reddit", "post_page.html"),
                                          "https://www.reddit.com/r/kidderminster/comments/q7x2lm/lost_cat/")
    p = result.profile
    assert p.owner == "quiet_kestrel"
    assert [(b.field, b.author, b.own) for b in p.blocks if b.author] == [
        ("post", "quiet_kestrel", True), ("comment", "hedge_hopper", False), ("comment", "quiet_kestrel", True)]
    assert result.detail.startswith("took quiet_kestrel, the post's author, for you")
    assert {(f.category, f.value) for f in detect(p)} == {
        ("home_location", "Mayfield Crescent"), ("phone_number", "+447700900231"), ("family", "husband: Dean")}


OLD_LAYOUT = """<html><head><title>overview for Tidewater_Tam</title><meta property="og:site_name" content="reddit">
</head><body class="listing-page profile-page">
<div class="side"><div class="titlebox"><h1>Tidewater_Tam</h1><div class="md"><p>Tea, tides, night shifts.</p></div>
</div></div>
<div id="siteTable" class="sitetable linklisting">
<div class="thing id-t1_a1 comment" data-author="Tidewater_Tam" data-subreddit="AskUK" data-type="comment">
<p class="parent"><a class="title" href="/r/AskUK/comments/x1/">Born in Perth, raised in Fife: where am I from?</a> by
<a class="author" href="/user/someone_else">someone_else</a></p>
<div class="entry"><p class="tagline"><a class="author">Tidewater_Tam</a><span class="flair">Verified - Harbour Pilot</span>
<time datetime="2026-03-02T10:00:00+00:00">5 days ago</time></p>
<form class="usertext"><div class="usertext-body"><div class="md"><p>Easy, Arbroath born and bred.</p></div></div></form>
</div></div>
<div class="thing id-t3_b2 link self" data-author="Tidewater_Tam" data-subreddit="daddit" data-type="link">
<div class="entry"><p class="title"><a class="title" href="/r/daddit/comments/b2/">Teething at 3am</a></p>
<p class="tagline">submitted <time datetime="2026-02-20T03:10:00+00:00">2 weeks ago</time></p>
<div class="expando"><form class="usertext"><div class="usertext-body"><div class="md"><p>Any tips welcome.</p></div>
</div></form></div></div></div>
</div></body></html>"""


def test_a_saved_page_of_the_old_layout():
    """old.reddit.com: each comment's text sits in a `form.usertext` the generic reader skips as a form; the post
    a comment answers is another user's title; the flair in the tagline is the user's."""
    result = C.read_saved(OLD_LAYOUT.encode(), "https://old.reddit.com/user/Tidewater_Tam/")
    got = [(b.field, b.text, b.own) for b in result.profile.blocks if b.field in ("post", "comment", "bio", "metadata")
           and b.label != "title"]
    assert got == [("post", "Born in Perth, raised in Fife: where am I from?", False),
                   ("metadata", "Verified - Harbour Pilot", True),
                   ("comment", "Easy, Arbroath born and bred.", True),
                   ("post", "Teething at 3am\n\nAny tips welcome.", True),
                   ("bio", "Tea, tides, night shifts.", True)]
    comment = next(b for b in result.profile.blocks if b.field == "comment")
    assert comment.date == "2026-03-02" and comment.label == "r/AskUK"
