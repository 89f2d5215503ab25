"""Strava: the logged-out athlete page (CSS-module class prefixes, embedded JSON, og tags)."""

from __future__ import annotations

import pytest

from collectors import find, recognise
from collectors.strava import StravaCollector
from footprint.models import Status
from tests.conftest import answer, capture, offline_http

ST = StravaCollector()
URL = "https://www.strava.com/athletes/robin_castell_1984"


def blocks(profile, field=None, hint=None):
    return [b for b in profile.blocks if (field is None or b.field == field) and (hint is None or b.hint == hint)]


def test_athlete_page_by_class_prefix():
    http = offline_http({URL: answer(200, capture("strava", "ok.html"))})
    result = ST.collect(URL, http)
    assert result.status is Status.OK, result.detail
    p = result.profile
    assert [b.text for b in blocks(p, "username")] == ["robin_castell_1984"]  # a vanity name can hide a year
    assert [b.text for b in blocks(p, "name", "name")] == ["Robin Castell"]
    assert [b.text for b in blocks(p, hint="home_location")] == ["Thornbury, England, United Kingdom"]
    assert [b.text for b in blocks(p, "bio")] == ["Commuter miles and Sunday hill repeats. Coffee stop regular at the Old Forge."]
    clubs = blocks(p, "club", "club")
    assert [b.text for b in clubs] == ["Severn Vale Wheelers", "Blue Light Cycling UK"]
    posts = blocks(p, "post")
    assert [(b.text, b.date) for b in posts] == [("Morning loop past the station", "2025-04-12"),
                                                 ("Recovery spin with Jess and the kids", "2025-03-30")]
    assert "Followers" not in result.detail


def test_older_react_props_page():
    url = "https://www.strava.com/athletes/4402117"
    result = ST.read_saved(capture("strava", "react_props.html"), url)
    assert result.status is Status.OK
    p = result.profile
    assert not blocks(p, "username")  # a numeric id is not a username
    assert [b.text for b in blocks(p, "name")] == ["Dana Whitcombe"]
    assert [b.text for b in blocks(p, hint="home_location")] == ["Frome, Somerset"]
    assert [b.text for b in blocks(p, "bio")] == ["Slow and steady. Mum of three."]
    assert [b.text for b in blocks(p, hint="club")] == ["Frome Harriers"]
    assert [(b.text, b.date) for b in blocks(p, "post")] == [("Long run along the canal", "2024-11-03")]


def test_older_layout_with_one_react_component_per_panel():
    url = "https://www.strava.com/athletes/5518302"
    result = ST.collect(url, offline_http({url: answer(200, capture("strava", "react_panels.html"))}))
    assert result.status is Status.OK, result.detail
    p = result.profile
    assert [b.text for b in blocks(p, "name", "name")] == ["Marcus Ellery"]
    assert [b.text for b in blocks(p, hint="home_location")] == ["Hexham, England, United Kingdom"]
    assert [b.text for b in blocks(p, "bio")] == ["Miles before smiles. Tyne Valley trails."]
    # the clubs and activities are in the AthleteClubs and AthleteRecentActivities props, not beside the athlete
    assert [(b.text, b.label) for b in blocks(p, "club", "club")] == [
        ("Northmoor Police Cycling Club", "Club"), ("Magpies Running Club (Newcastle United fans)", "Club")]
    assert [(b.text, b.date) for b in blocks(p, "post")] == [("Hadrian's Wall loop with the dog", "2025-06-07"),
                                                             ("Night shift legs, easy spin", "2025-06-04")]
    assert not any("km" in b.text or "Log in" in b.text for b in p.blocks)
    assert isinstance(recognise(capture("strava", "react_panels.html")), StravaCollector)


def test_followers_only_profile_is_ok_with_a_note():
    result = ST.read_saved(capture("strava", "followers_only.html"), "https://www.strava.com/athletes/9930021")
    assert result.status is Status.OK
    assert [b.text for b in blocks(result.profile, "name")] == ["Lee Harcourt"]
    assert "Followers" in result.detail and "name and photo are still public" in result.detail


def test_login_page_and_changed_layout():
    http = offline_http({URL: answer(302, b"", location="https://www.strava.com/login"),
                         "https://www.strava.com/login": answer(200, capture("strava", "login.html"))})
    assert ST.collect(URL, http).status is Status.LOGIN_REQUIRED
    assert ST.read_saved(capture("strava", "login.html"), URL).status is Status.LOGIN_REQUIRED
    changed = ST.read_saved(capture("strava", "changed.html"), URL)
    assert changed.status is Status.ERROR and "layout" in changed.detail


def test_status_codes():
    assert ST.collect(URL, offline_http({})).status is Status.NOT_FOUND
    assert ST.collect(URL, offline_http({URL: answer(403, b"")})).status is Status.BLOCKED
    assert ST.collect(URL, offline_http({URL: answer(500, b"")})).status is Status.ERROR


def test_saved_page_is_recognised():
    assert isinstance(recognise(capture("strava", "ok.html")), StravaCollector)


@pytest.mark.parametrize("url,canonical", [
    ("https://www.strava.com/athletes/4402117", "https://www.strava.com/athletes/4402117"),
    ("https://strava.com/athletes/4402117/", "https://www.strava.com/athletes/4402117"),
    ("https://m.strava.com/athletes/4402117?utm_source=share", "https://www.strava.com/athletes/4402117"),
    ("https://www.strava.com/athletes/robin_castell_1984", "https://www.strava.com/athletes/robin_castell_1984"),
])
def test_matches_and_canonical(url, canonical):
    assert ST.match(url) is not None
    assert find(url).name == "strava"
    assert ST.canonical(url) == canonical


@pytest.mark.parametrize("url", [
    "https://www.strava.com/activities/123456789",
    "https://www.strava.com/clubs/severn-vale-wheelers",
    "https://www.strava.com/athletes/4402117/posts/99",
    "https://www.strava.com/login",
    "https://www.strava.com/dashboard",
    "https://www.strava.com/athletes/",
    "https://strava.example.com/athletes/4402117",
])
def test_does_not_match_other_urls(url):
    assert ST.match(url) is None


def test_athlete_profile_app_props_as_real_pages_carry_them():
    """The `AthleteProfileApp` react props with the field set real logged-out pages carried
    (read by fawda123/rStrava R/athlind_fun.R and recent_fun.R: athlete.name, location,
    recentActivities[id, name, type, startDateLocal "March 30, 2025" or "Yesterday", distance,
    elevation, movingTime]); a relative date gives no date rather than a wrong one."""
    url = "https://www.strava.com/athletes/70000123"
    result = ST.collect(url, offline_http({url: answer(200, capture("strava", "athlete_profile_app.html"))}))
    assert result.status is Status.OK
    assert [(b.field, b.text, b.date) for b in result.profile.blocks] == [
        ("name", "Imogen Tarrant", None),
        ("location", "Ludlow, England, United Kingdom", None),
        ("post", "Whitcliffe hill reps", None),
        ("post", "Club run from the Castle Square", "2025-03-30"),
        ("post", "Commute", "2025-03-28"),
    ]


def test_details_panel_with_the_real_class_names():
    """The Next.js page's header with the class names real scrapers select
    (`h2.Details_name__Wz5bH` in fawda123/rStrava R/athlind_fun.R, `.Details_details__LVsuT
    .Details_location__glkUL` in R/location_fun.R, the avatar `img` titled with the name)."""
    result = ST.read_saved(capture("strava", "details_2025.html"), "https://www.strava.com/athletes/70000123")
    assert result.status is Status.OK
    assert [(b.field, b.text) for b in result.profile.blocks] == [
        ("name", "Imogen Tarrant"), ("location", "Ludlow, England, United Kingdom")]


def test_what_the_athlete_wrote_under_an_activity_is_read_as_a_post():
    page = (capture("strava", "ok.html").decode()
            .replace('<div class="ActivityStats_statValue__St90U">',
                     '<p class="RecentActivities_description__Zx12Y">Pushed Nell (8 months) round the lake, '
                     'Huw on the bike</p><div class="ActivityStats_statValue__St90U">'))
    p = ST.read_saved(page.encode(), URL).profile
    assert [(b.text, b.date) for b in blocks(p, "post")] == [
        ("Morning loop past the station", "2025-04-12"),
        ("Pushed Nell (8 months) round the lake, Huw on the bike", "2025-04-12"),
        ("Recovery spin with Jess and the kids", "2025-03-30")]
    props = (capture("strava", "react_props.html").decode()
             .replace("&quot;name&quot;:&quot;Long run along the canal&quot;,",
                      "&quot;name&quot;:&quot;Long run along the canal&quot;,"
                      "&quot;description&quot;:&quot;Dropped Ifan at his nan&#x27;s first&quot;,"))
    p = ST.read_saved(props.encode(), "https://www.strava.com/athletes/4402117").profile
    assert [b.text for b in blocks(p, "post")] == ["Long run along the canal", "Dropped Ifan at his nan's first"]
