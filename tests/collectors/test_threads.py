"""Threads: the logged-out profile page (og:title, og:description bio, embedded posts)."""

from __future__ import annotations

import pytest

from collectors import find
from collectors.base import LITTLE_READ_NOTE
from collectors.threads import ThreadsCollector, description_bio
from footprint.models import Status
from tests.conftest import answer, capture, offline_http

TH = ThreadsCollector()
URL = "https://www.threads.com/@sian.rowley"


def texts(profile, field, hint=None):
    return [b.text for b in profile.blocks if b.field == field and (hint is None or b.hint == hint)]


def test_profile_reads_name_bio_and_posts():
    result = TH.collect("https://www.threads.net/@sian.rowley", offline_http({URL: answer(200, capture("threads", "profile.html"))}))
    assert result.status is Status.OK
    p = result.profile
    assert texts(p, "username") == ["sian.rowley"]
    assert texts(p, "name", "name") == ["Sian Rowley"]
    assert texts(p, "bio") == ['Custody sergeant 👮\u200d♀️ | Canvey Island born | "tea first" ☕']
    posts = [b for b in p.blocks if b.field == "post"]
    assert [(b.text, b.date, b.own) for b in posts] == [
        ("Ten years in the job today. Still love it 💙", "2024-07-01", True),
        ("Road closure on the seafront this weekend", "2024-07-02", False),
    ]
    assert not any("See the latest conversations" in b.text for b in p.blocks)


def test_profile_without_bio():
    result = TH.read_saved(capture("threads", "no_bio.html"), "https://www.threads.com/@dev_shah_")
    assert result.status is Status.OK
    assert texts(result.profile, "bio") == []
    assert texts(result.profile, "name") == ["Dev Shah"]
    assert result.detail.startswith(LITTLE_READ_NOTE)  # a name and a handle are little to go on


def test_login_wall():
    assert TH.read_saved(capture("threads", "login.html"), URL).status is Status.LOGIN_REQUIRED
    http = offline_http({URL: answer(302, b"", location="https://www.threads.com/login?next=%2F%40sian.rowley"),
                         "https://www.threads.com/login?next=%2F%40sian.rowley": answer(200, capture("threads", "login.html"))})
    assert TH.collect(URL, http).status is Status.LOGIN_REQUIRED


def test_missing_profile():
    assert TH.collect(URL, offline_http({})).status is Status.NOT_FOUND
    http = offline_http({URL: answer(302, b"", location="https://www.threads.com/"),
                         "https://www.threads.com/": answer(200, "<html><head><title>Threads</title></head></html>")})
    assert TH.collect(URL, http).status is Status.NOT_FOUND


def test_description_bio():
    assert description_bio('1 Followers • 2 Threads • "a "b" c". See the latest conversations with @x.') == 'a "b" c'
    assert description_bio("1 Followers • 2 Threads • See the latest conversations with @x.") is None


@pytest.mark.parametrize("url,user", [
    ("https://www.threads.com/@sian.rowley", "sian.rowley"),
    ("https://threads.net/@sian.rowley/", "sian.rowley"),
    ("https://www.threads.net/@sian.rowley?igshid=abc", "sian.rowley"),
    ("https://www.threads.com/@Sian_R", "Sian_R"),
])
def test_matches(url, user):
    m = TH.match(url)
    assert m is not None and m.group("user") == user
    assert find(url).name == "threads"


@pytest.mark.parametrize("url", [
    "https://www.threads.com/@sian.rowley/post/C9abc",
    "https://www.threads.com/login",
    "https://www.threads.com/search",
    "https://www.threads.com/sian.rowley",
    "https://www.instagram.com/sian.rowley/",
])
def test_does_not_match(url):
    assert TH.match(url) is None


@pytest.mark.parametrize("url", [
    "https://threads.net/@sian.rowley",
    "https://www.threads.net/@sian.rowley/?igshid=abc",
    "https://www.threads.com/@sian.rowley",
])
def test_canonical(url):
    assert TH.canonical(url) == URL


def test_recognises():
    from collectors import recognise

    assert recognise(capture("threads", "profile.html")).name == "threads"
    assert TH.match(TH.example)


def test_unrecognised_page_is_an_error_not_a_profile():
    result = TH.read_saved(b"<html><head><title>Something else</title></head><body><p></p></body></html>", URL)
    assert result.status is Status.ERROR
    assert result.profile.is_empty


# The bare forms follow the description Threads serves (pavi2410/folo
# workers/src/data/platforms/threads.ts reads "... N Followers." from it; tests/captures/README.md)
@pytest.mark.parametrize("page,bio", [
    ("bare_bio.html", "Response driver, Medway. Dad of two. Gills till I die ⚽"),
    ("short_counts.html", "Response driver, Medway. Dad of two."),
])
def test_unquoted_bio(page, bio):
    result = TH.read_saved(capture("threads", page), "https://www.threads.com/@t.nowell_runs")
    assert result.status is Status.OK
    assert texts(result.profile, "name") == ["Tomasz Nowell"]
    assert texts(result.profile, "bio") == [bio]


@pytest.mark.parametrize("desc,bio", [
    ("2K Followers. Nurse in Hull", "Nurse in Hull"),
    ("1.2M Followers • 9 Threads • Baker. See the latest conversations with @x.", "Baker"),
    ("15 Followers • 18 Threads. See the latest conversations with @x.", None),
    ("980 Followers", None),
    ('7 Followers • 1 Threads • “quoted bio”. See the latest conversations with @x.', "quoted bio"),
    ("Join Threads to share ideas, ask questions and more.", None),  # the marketing page, no counts
])
def test_description_bio_forms(desc, bio):
    assert description_bio(desc) == bio
