"""TikTok: the logged-out profile page (rehydration JSON, legacy SIGI_STATE, meta description)."""

from __future__ import annotations

import pytest

from collectors import find
from collectors.tiktok import TikTokCollector, parse_description
from footprint.models import Status
from tests.conftest import answer, capture, offline_http

TT = TikTokCollector()
URL = "https://www.tiktok.com/@leon.marsh.k9"


def texts(profile, field, hint=None):
    return [b.text for b in profile.blocks if b.field == field and (hint is None or b.hint == hint)]


def test_profile_reads_user_bio_link_and_captions():
    result = TT.collect(URL, offline_http({URL: answer(200, capture("tiktok", "profile.html"))}))
    assert result.status is Status.OK
    p = result.profile
    assert texts(p, "username") == ["leon.marsh.k9"]
    assert texts(p, "name", "name") == ["Leon Marsh 🐕"]
    assert texts(p, "bio") == ["Dog handler 🚔 | Kentish through and through | Gills fan ⚽\nDMs closed"]
    assert [(link.url, link.rel) for link in p.links] == [("https://leonmarsh.example/k9", "me")]
    posts = [b for b in p.blocks if b.field == "post"]
    assert [(b.text, b.date, b.author, b.own) for b in posts] == [
        ("Training day with Bruno 🐕 #policedogs", "2024-06-01", "leon.marsh.k9", True),
        ("Half term at Margate with the kids 🌊", "2024-04-19", "leon.marsh.k9", True),
    ]
    assert "private account" not in result.detail


def test_private_account_still_reads_bio():
    result = TT.read_saved(capture("tiktok", "private.html"), "https://www.tiktok.com/@hannah.p.fit")
    assert result.status is Status.OK
    assert "private account: name, bio and links are still public" in result.detail
    assert texts(result.profile, "bio") == ["Gym, dogs and night shifts 🌙 | Margate"]
    assert result.profile.links[0].url == "https://hannahp.example"


def test_legacy_sigi_state():
    result = TT.read_saved(capture("tiktok", "sigi.html"), "https://www.tiktok.com/@old.layout.user")
    assert result.status is Status.OK
    p = result.profile
    assert texts(p, "username") == ["old.layout.user"]
    assert texts(p, "name") == ["Ollie Layout"]
    assert texts(p, "bio") == ["Special Constable 🚓 | Folkestone"]
    assert p.links[0].url == "https://linktr.ee/ollielayout"
    assert [(b.text, b.date) for b in p.blocks if b.field == "post"] == [("Night shift snacks ranked", "2023-07-22")]


def test_meta_description_fallback():
    result = TT.read_saved(capture("tiktok", "meta_only.html"), "https://www.tiktok.com/@rita.okon")
    assert result.status is Status.OK
    assert texts(result.profile, "bio") == ["Nurse 💉 | Medway | born 04/07/92"]
    assert texts(result.profile, "name") == ["Rita Okon"]
    assert texts(result.profile, "username") == ["rita.okon"]


@pytest.mark.parametrize("name,status", [
    ("not_found.html", Status.NOT_FOUND),
    ("verify.html", Status.BLOCKED),
])
def test_walls(name, status):
    result = TT.read_saved(capture("tiktok", name), URL)
    assert result.status is status


def test_redirect_to_login_and_http_statuses():
    http = offline_http({URL: answer(302, b"", location="https://www.tiktok.com/login?redirect_url=%2F%40leon.marsh.k9"),
                         "https://www.tiktok.com/login?redirect_url=%2F%40leon.marsh.k9": answer(200, "<html></html>")})
    assert TT.collect(URL, http).status is Status.LOGIN_REQUIRED
    assert TT.collect(URL, offline_http({})).status is Status.NOT_FOUND
    assert TT.collect(URL, offline_http({URL: answer(403, "Forbidden")})).status is Status.BLOCKED


def test_parse_description():
    assert parse_description("A (@a.b) on TikTok | 5 Likes. 2 Followers. Hi. There.Watch the latest video from A (@a.b).") == (
        "A", "a.b", "Hi. There")
    assert parse_description("nothing like it") == (None, None, None)


@pytest.mark.parametrize("url,user", [
    ("https://www.tiktok.com/@leon.marsh.k9", "leon.marsh.k9"),
    ("https://tiktok.com/@leon.marsh.k9/", "leon.marsh.k9"),
    ("https://m.tiktok.com/@leon.marsh.k9?is_from_webapp=1&sender_device=pc", "leon.marsh.k9"),
    ("https://www.tiktok.com/@Leon_Marsh", "Leon_Marsh"),
])
def test_matches(url, user):
    m = TT.match(url)
    assert m is not None and m.group("user") == user
    assert find(url).name == "tiktok"


@pytest.mark.parametrize("url", [
    "https://www.tiktok.com/@leon.marsh.k9/video/",
    "https://www.tiktok.com/@leon.marsh.k9/live",
    "https://www.tiktok.com/foryou",
    "https://www.tiktok.com/login",
    "https://www.tiktok.com/explore",
    "https://www.tiktok.com/leon.marsh.k9",
    "https://www.tiktok.example/@leon.marsh.k9",
    "https://mastodon.example/@leon",
])
def test_does_not_match(url):
    assert TT.match(url) is None


@pytest.mark.parametrize("url", [
    "https://tiktok.com/@leon.marsh.k9",
    "https://m.tiktok.com/@leon.marsh.k9/?is_from_webapp=1&sender_device=pc",
    "https://www.tiktok.com/@leon.marsh.k9?lang=en",
])
def test_canonical(url):
    assert TT.canonical(url) == URL


def test_recognises():
    from collectors import recognise

    assert recognise(capture("tiktok", "profile.html")).name == "tiktok"
    assert recognise(capture("tiktok", "sigi.html")).name == "tiktok"
    assert recognise(capture("tiktok", "verify.html")).name == "tiktok"
    assert TT.match(TT.example)


def test_unrecognised_page_is_an_error_not_a_profile():
    result = TT.read_saved(b"<html><head><title>Something else</title></head><body><p></p></body></html>", URL)
    assert result.status is Status.ERROR
    assert result.profile.is_empty


VIDEO_URL = "https://www.tiktok.com/@leon.marsh.k9/video/7300000000000000001"
VIDEO = """<html><head><title>Bruno's last shift | TikTok</title>
<meta name="description" content="Leon Marsh (@leon.marsh.k9) on TikTok | 9.1K Likes. 312 Comments. Bruno's last shift">
<script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application/json">{"__DEFAULT_SCOPE__": {"webapp.video-detail":
 {"statusCode": 0, "itemInfo": {"itemStruct": {"id": "7300000000000000001", "createTime": 1717236000,
  "desc": "Bruno's last shift before retirement, moving in with us in Faversham for good",
  "author": {"uniqueId": "leon.marsh.k9", "nickname": "Leon Marsh", "signature": "Dog handler | Gills fan"}}}}}}
</script></head><body><div data-e2e="browse-video-desc">Bruno's last shift</div>
<div class="comment-item"><a href="/@kerry_b">Kerry</a><p>I'm in Faversham too, born in Margate!</p></div>
</body></html>"""


@pytest.mark.parametrize("url", [VIDEO_URL, VIDEO_URL + "?lang=en",
                                 "https://m.tiktok.com/@leon.marsh.k9/video/7300000000000000001/"])
def test_a_videos_address_is_kept_as_the_videos(url):
    assert find(url).name == "tiktok"
    assert TT.canonical(url) == VIDEO_URL
    assert TT.user_in(url) == "leon.marsh.k9"


def test_a_videos_page_gives_its_caption_as_the_posters_post_and_not_the_comments():
    result = TT.collect(VIDEO_URL, offline_http({VIDEO_URL: answer(200, VIDEO.encode())}))
    assert result.status is Status.OK
    p = result.profile
    assert [(b.field, b.text, b.date, b.author, b.own) for b in p.blocks if b.field in ("post", "bio")] == [
        ("post", "Bruno's last shift before retirement, moving in with us in Faversham for good", "2024-06-01",
         "leon.marsh.k9", True)]
    assert texts(p, "username") == ["leon.marsh.k9"]
    assert not any("Margate" in b.text for b in p.blocks)     # a commenter's words are not read
    other = TT.collect(VIDEO_URL.replace("leon.marsh.k9", "kerry_b"),
                       offline_http({VIDEO_URL.replace("leon.marsh.k9", "kerry_b"): answer(200, VIDEO.encode())}))
    assert [b.own for b in other.profile.blocks if b.field == "post"] == [False]   # not the given account's video
