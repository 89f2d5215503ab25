"""JustGiving: a fundraising page (/page/NAME, /fundraising/NAME, /team/NAME, /crowdfunding/NAME).

Read the embedded Next.js state (`__NEXT_DATA__`, Apollo cache references resolved):
page title, story, the owner's name, the event and its date, the charity, and the
donors' messages (other people's words, marked not own); then JSON-LD, the visible story
and og tags for whatever the JSON did not give.
"""

from __future__ import annotations

import re
from functools import partial
from typing import Any, ClassVar

from bs4 import BeautifulSoup

from collectors import html as H
from collectors import text as T
from collectors.base import Collector, challenge
from footprint.http import Response
from footprint.models import Profile, Status

_MISSING = ("page not found", "we can't find", "we can\u2019t find", "this page doesn't exist",
            "this page doesn\u2019t exist", "page no longer exists")
MAX_MESSAGES = 50


class JustGivingCollector(Collector):
    name = "justgiving"
    title = "JustGiving"
    hosts: ClassVar[tuple[str, ...]] = ("justgiving.com",)
    path = re.compile(r"^/(?P<kind>page|fundraising|team|crowdfunding)/(?P<user>[^/]+)/?$")
    profile_url = "https://www.justgiving.com/{kind}/{user}"
    example = "https://www.justgiving.com/page/sam-example-marathon"
    requests = ("https://www.justgiving.com/page/NAME (the fundraising page itself)",)

    @classmethod
    def recognises(cls, soup: BeautifulSoup) -> bool:
        return "justgiving.com/" in (H.meta(soup, "og:url") or "") or \
            (H.meta(soup, "og:site_name") or "").lower() == "justgiving"

    def wall(self, soup: BeautifulSoup, response: Response) -> tuple[Status, str] | None:
        title = H.title(soup).lower()
        data = H.next_data(soup)
        if any(t in title for t in _MISSING) or data.get("page") in ("/404", "/_error") \
                or (data.get("props", {}).get("pageProps", {}) or {}).get("statusCode") == 404:
            return Status.NOT_FOUND, "JustGiving has no page at this address"
        return challenge(soup)

    def parse(self, soup: BeautifulSoup, response: Response, profile: Profile) -> None:
        add = partial(T.add_once, profile)
        m = self.match(profile.url) or self.match(response.url)
        data = H.next_data(soup)
        page = _page(data)
        if page:
            _read_page(page, data, add)
            for message in _messages(data)[:MAX_MESSAGES]:
                add(message[1], "comment", author=message[0] or None, label="donation message", own=False)

        for item in H.json_ld(soup):
            types = str(item.get("@type"))
            if "Person" in types:
                H.add_json_ld_person(profile, item)
            elif "Event" in types:
                event = ", ".join(p for p in (T.stripped(item.get("name")), T.stripped(item.get("startDate"))) if p)
                add(event, "about", label="event", date=T.iso_date(T.stripped(item.get("startDate"))))

        if not any(b.field == "story" for b in profile.blocks):
            found = soup.select("[data-testid*='story' i], [class*='story' i], [id*='story' i]")
            ids = {id(el) for el in found}
            for el in found:
                if el.name not in ("script", "style", "meta") and not any(id(p) in ids for p in el.parents):
                    add(H.text(str(el)), "story", label="story")
        if not any(b.field == "about" and b.label == "page title" for b in profile.blocks):
            title = H.meta(soup, "og:title") or H.title(soup)
            add(re.sub(r"\s*[-|]\s*JustGiving\s*$", "", title or ""), "about", label="page title")
        if not any(b.field == "story" for b in profile.blocks):
            add(H.meta(soup, "og:description") or H.meta(soup, "description"), "story", label="page description")
        T.add_username(profile, m.group("user") if m else None, "page address", first=True)


def _apollo(data: dict[str, Any]) -> dict[str, Any]:
    for d in H.walk(data.get("props", {})):
        for key in ("initialApolloState", "apolloState", "__APOLLO_STATE__"):
            if isinstance(d.get(key), dict):
                return d[key]
    return {}


def _deref(value: Any, cache: dict[str, Any], depth: int = 0) -> Any:
    if isinstance(value, dict) and isinstance(value.get("__ref"), str) and depth < 5:
        return _deref(cache.get(value["__ref"], {}), cache, depth + 1)
    return value


def _page(data: dict[str, Any]) -> dict[str, Any]:
    """The fundraising page object: the first dict with a story, or a title and an owner."""
    for d in H.walk(data.get("props", {})):
        if "story" in d or ("title" in d and any(k in d for k in ("owner", "pageOwner", "ownerName", "fundraiser"))):
            return d
    return {}


def _name(person: Any) -> str:
    if isinstance(person, str):
        return person
    if not isinstance(person, dict):
        return ""
    for key in ("name", "displayName", "fullName"):
        if T.stripped(person.get(key)):
            return T.stripped(person[key])
    return " ".join(p for p in (T.stripped(person.get("firstName")), T.stripped(person.get("lastName"))) if p)


def _read_page(page: dict[str, Any], data: dict[str, Any], add: T.Add) -> None:
    cache = _apollo(data)
    get = lambda key: _deref(page.get(key), cache)  # noqa: E731
    add(T.stripped(get("title")) or T.stripped(get("pageTitle")), "about", label="page title")
    story = get("story")
    if isinstance(story, dict):
        story = story.get("html") or story.get("text") or story.get("content")
    add(H.text(story if isinstance(story, str) else ""), "story", label="story")
    add(T.stripped(get("summary")) or T.stripped(get("subtitle")), "about", label="summary")
    # the API-shaped page object says what and why in two fields
    add(" ".join(p for p in (T.stripped(get("pageSummaryWhat")), T.stripped(get("pageSummaryWhy"))) if p),
        "about", label="summary")
    owner = _name(_deref(get("owner") or get("pageOwner") or get("fundraiser"), cache)) or T.stripped(get("ownerName"))
    add(owner, "name", hint="name", label="page owner")
    event = _deref(get("event"), cache)
    event_name = _name(event) or T.stripped(get("eventName"))
    event_date = _json_date((T.stripped(event.get("startDate") or event.get("date") or event.get("eventDate"))
                             if isinstance(event, dict) else "") or T.stripped(get("eventDate")))
    if event_name or event_date:
        shown = event_name + (f" ({event_date[:10]})" if event_date else "")
        add(shown.strip(), "about", label="event", date=T.iso_date(event_date))
    charities = [_deref(get("charity"), cache)]
    for key in ("beneficiaries", "relationships"):
        for d in H.walk(get(key)):
            d = _deref(d, cache)
            if isinstance(d, dict) and (d.get("__typename") in ("Charity", "Beneficiary") or "charityName" in d):
                charities.append(d)
    for charity in charities:
        add(_name(charity) or (T.stripped(charity.get("charityName")) if isinstance(charity, dict) else ""),
            "about", label="charity")
    add(T.stripped(get("charityName")), "about", label="charity")


def _json_date(value: str) -> str:
    """An ISO date for the .NET form the JustGiving API writes ("/Date(1746000000000+0100)/"),
    anything else unchanged."""
    m = re.match(r"^/Date\((-?\d+)(?:[+-]\d{4})?\)/$", value)
    return (T.iso_date(int(m.group(1))) or "") if m else value


def _messages(data: dict[str, Any]) -> list[tuple[str, str]]:
    out = []
    for d in H.walk(data.get("props", {})):
        message = T.stripped(d.get("message")) or T.stripped(d.get("donorMessage"))
        if message and any(k in d for k in ("amount", "donationDate", "donorDisplayName", "displayName", "donor")):
            who = T.stripped(d.get("donorDisplayName")) or T.stripped(d.get("displayName")) or _name(d.get("donor"))
            out.append((who, message))
    return out
