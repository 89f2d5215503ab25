"""Strava: the logged-out athlete page at /athletes/ID (numeric id or vanity name).

The page is server-rendered with CSS-module class names whose hash suffix changes with
every build, so elements are found by class prefix (`Details_name__`, `..._location__`,
`Clubs_clubName__`, `RecentActivities_card__`), then by `data-testid`, then from the
embedded JSON (`__NEXT_DATA__`, or the older `data-react-props`), then from og tags.
"""

from __future__ import annotations

import json
import re
from functools import partial
from typing import Any, ClassVar

from bs4 import BeautifulSoup, Tag

from collectors import html as H
from collectors import text as T
from collectors.base import Collector, challenge
from footprint.http import Response
from footprint.models import Profile, Status

_NAME = ("Details_name__", "AthleteProfile_name__", "ProfileHeader_name__", "AthleteHeader_name__")
_LOCATION = ("Details_location__", "AthleteProfile_location__", "ProfileHeader_location__", "AthleteHeader_location__")
_BIO = ("Details_description__", "Details_bio__", "AthleteProfile_description__", "AthleteProfile_bio__",
        "ProfileHeader_description__")
_CLUB = ("Clubs_clubName__", "ClubsList_clubName__", "AthleteClubs_name__")
_CARD = ("RecentActivities_card__", "ActivityCard_card__", "RecentActivities_activity__")
_CARD_TITLE = ("RecentActivities_titleButton__", "RecentActivities_title__", "ActivityCard_title__")
_CARD_TIME = ("RecentActivities_timestamp__", "ActivityCard_timestamp__", "RecentActivities_date__")
# what the athlete wrote under an activity's title: as public as the title, and where the who-with is told
_CARD_TEXT = ("RecentActivities_description__", "ActivityCard_description__")
_TITLE_SUFFIX = re.compile(r"\s*\|\s*(?:[A-Za-z ]+ Profile\s*\|\s*)?Strava\s*$")


class StravaCollector(Collector):
    name = "strava"
    title = "Strava"
    hosts: ClassVar[tuple[str, ...]] = ("strava.com",)
    path = re.compile(r"^/athletes/(?P<user>[A-Za-z0-9_.-]+)/?$")
    profile_url = "https://www.strava.com/athletes/{user}"
    example = "https://www.strava.com/athletes/12345678"
    requests = ("https://www.strava.com/athletes/ID (the logged-out athlete page)",)

    @classmethod
    def recognises(cls, soup: BeautifulSoup) -> bool:
        return (H.meta(soup, "og:site_name") or "").lower() == "strava" and "/athletes/" in (
            H.meta(soup, "og:url") or str(soup.find("link", rel="canonical") or ""))

    def wall(self, soup: BeautifulSoup, response: Response) -> tuple[Status, str] | None:
        data = H.next_data(soup)
        title = H.title(soup).lower()
        if data.get("page") in ("/404", "/_error") or "page not found" in title:
            return Status.NOT_FOUND, "Strava has no athlete at this address"
        if _first(soup, _NAME) is None and (title.startswith(("log in", "login", "sign up"))
                                           or soup.select_one("form#login_form, form[action*='/session']")):
            return Status.LOGIN_REQUIRED, "Strava showed its log-in page instead of the athlete profile"
        return challenge(soup)

    def parse(self, soup: BeautifulSoup, response: Response, profile: Profile) -> None:
        add = partial(T.add_once, profile)
        m = self.match(profile.url) or self.match(response.url)
        athlete = _athlete_json(soup)

        name = H.line(_first(soup, _NAME) or soup.select_one("[data-testid='athlete-name']"))
        if not name:
            # the full name when the props carry it: "firstName" alone is only part of it
            name = str(athlete.get("name") or "").strip() \
                or " ".join(str(athlete.get(k) or "") for k in ("firstName", "lastName")).strip()
        if not name:
            title = H.meta(soup, "og:title") or H.title(soup)
            name = _TITLE_SUFFIX.sub("", title) if _TITLE_SUFFIX.search(title) else ""
        add(name, "name", hint="name")

        location = H.line(_first(soup, _LOCATION) or soup.select_one("[data-testid='athlete-location']")) \
            or T.stripped(athlete.get("location")) \
            or ", ".join(str(athlete[k]) for k in ("city", "state", "country") if athlete.get(k))
        add(location, "location", hint="home_location", label="Location")

        bio = H.line(_first(soup, _BIO) or soup.select_one("[data-testid='athlete-description']")) \
            or T.stripped(athlete.get("description") or athlete.get("bio"))
        add(bio, "bio")

        clubs = [H.line(el) for el in H.by_class_prefix(soup, *_CLUB)]
        clubs += [T.stripped(c.get("name")) for c in _list(athlete, "clubs", "athleteClubs")]
        if not clubs:
            clubs = [H.line(a) for a in soup.select("a[href*='/clubs/']")]
        for club in clubs:
            add(club, "club", hint="club", label="Club")

        activities = 0
        for card in H.by_class_prefix(soup, *_CARD):
            title = H.line(_first(card, _CARD_TITLE) or card.select_one("h3, h4, a[href*='/activities/']"))
            when = _first(card, _CARD_TIME) or card.select_one("time")
            stamp = (str(when.get("datetime") or "") or H.line(when)) if isinstance(when, Tag) else ""
            if title:
                activities += 1
                add(title, "post", label="activity", date=T.iso_date(stamp))
                add(H.line(_first(card, _CARD_TEXT)), "post", label="activity", date=T.iso_date(stamp))
        for act in _list(athlete, "recentActivities", "activities", "recent_activities"):
            title = T.stripped(act.get("name") or act.get("title"))
            if title:
                activities += 1
                date = T.iso_date(T.stripped(act.get("startDateLocal") or act.get("start_date_local")
                                             or act.get("startDate") or act.get("date")))
                add(title, "post", label="activity", date=date)
                add(T.stripped(act.get("description")), "post", label="activity", date=date)

        if m and not m.group("user").isdigit():
            T.add_username(profile, m.group("user"), "vanity URL", first=True)
        if name and not (location or clubs or activities or bio):
            profile.notes.append("Strava shows only a reduced card (the profile looks set to Followers): "
                                 "name and photo are still public")


def _first(soup: BeautifulSoup | Tag, prefixes: tuple[str, ...]) -> Tag | None:
    found = H.by_class_prefix(soup, *prefixes)
    return found[0] if found else None


def _list(data: dict[str, Any], *keys: str) -> list[dict[str, Any]]:
    for key in keys:
        if isinstance(data.get(key), list):
            return [d for d in data[key] if isinstance(d, dict)]
    return []


def _blobs(soup: BeautifulSoup) -> list[Any]:
    """The page's embedded JSON: `__NEXT_DATA__` props and every `data-react-props` blob."""
    blobs: list[Any] = [H.next_data(soup).get("props", {})]
    for el in soup.select("[data-react-props]"):
        try:
            blobs.append(json.loads(str(el["data-react-props"])))
        except ValueError:
            continue
    return blobs


def _athlete_json(soup: BeautifulSoup) -> dict[str, Any]:
    """The athlete object from the embedded JSON, with the clubs and recent activities that
    sit beside it or in other components' props (the older layout gives each panel,
    AthleteProfileHeader, AthleteClubs, AthleteRecentActivities, its own blob)."""
    blobs = _blobs(soup)
    athlete: dict[str, Any] = {}
    for blob in blobs:
        for d in H.walk(blob):
            found = d.get("athlete")
            if isinstance(found, dict) and any(k in found for k in ("firstName", "lastName", "name", "location")):
                athlete = dict(found)
                break
        if athlete:
            break
    for key, names in (("clubs", ("clubs", "athleteClubs")),
                       ("recentActivities", ("recentActivities", "activities", "recent_activities"))):
        if _list(athlete, *names):
            continue
        found_list = [item for blob in blobs for d in H.walk(blob) for item in _list(d, *names)
                      if isinstance(item.get("name") or item.get("title"), str)]
        if found_list:
            athlete[key] = found_list
    return athlete
