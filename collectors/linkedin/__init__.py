"""LinkedIn: the guest (logged-out) profile page at /in/SLUG.

Read: the top card (name, headline, location), About, Experience (each item one block
plus the employer), Education, Volunteering, other profile sections, the activity cards
when the page shows them, and the JSON-LD Person. One module per layout: guest.py (the
logged-out page), signed_in.py (pv-top-card, pvs-list: a page saved by a signed-in viewer).
Past jobs' places are never taken as where the member lives; only the top-card location and
the Person's own address are.
"""

from __future__ import annotations

import re
from functools import partial
from typing import Any, ClassVar
from urllib.parse import urlsplit

from bs4 import BeautifulSoup

from collectors import html as H
from collectors import text as T
from collectors.base import Collected, Collector, Layout, challenge, read_layouts
from collectors.linkedin import guest, signed_in
from footprint.http import Response
from footprint.models import Profile, Status

_WALL_TITLES = ("sign up | linkedin", "join linkedin", "linkedin login", "sign in | linkedin",
                "linkedin: log in or sign up")
_MISSING = ("profile not found", "page not found", "this page doesn", "this profile is not available")

LAYOUTS: tuple[Layout, ...] = (guest, signed_in)


class LinkedInCollector(Collector):
    name = "linkedin"
    title = "LinkedIn"
    hosts: ClassVar[tuple[str, ...]] = ("linkedin.com",)
    path = re.compile(r"^/in/(?P<user>[^/]+)/?(?:[a-z]{2}(?:[-_][a-zA-Z]{2})?/?)?$")
    profile_url = "https://www.linkedin.com/in/{user}/"
    example = "https://www.linkedin.com/in/sam-example-1a2b3c/"
    requests = ("https://www.linkedin.com/in/SLUG/ (the guest profile page)",)

    def match(self, url: str) -> re.Match[str] | None:
        host = urlsplit(url).netloc.lower().split(":")[0]
        # country subdomains: uk.linkedin.com, de.linkedin.com ...
        if re.fullmatch(r"[a-z]{2}\.linkedin\.com", host):
            url = url.replace(urlsplit(url).netloc, "www.linkedin.com", 1)
        return super().match(url)

    @classmethod
    def recognises(cls, soup: BeautifulSoup) -> bool:
        page_key = H.meta(soup, "pageKey") or ""
        canonical = next((link for link in H.marks(soup).links if "canonical" in (link.get("rel") or [])), None)
        href = str(canonical.get("href", "")) if canonical is not None else ""
        return page_key.startswith("public_profile") or ("linkedin.com/in/" in href)

    def wall(self, soup: BeautifulSoup, response: Response) -> tuple[Status, str] | None:
        if soup.select_one(".top-card-layout__title") or (signed_in.looks_like(soup) and soup.find("h1")):
            return None
        title = H.title(soup).lower()
        if any(t in title for t in _MISSING):
            return Status.NOT_FOUND, "LinkedIn says this profile does not exist or is not public"
        scripts = " ".join(s.get_text() for s in soup.find_all("script"))
        if any(t in title for t in _WALL_TITLES) or "authwall" in scripts.lower() \
                or soup.select_one(".authwall-join-form, form.join-form, #join-form, [data-id='sign-in-form']") \
                or (H.meta(soup, "pageKey") or "").startswith(("d_checkpoint", "public_authwall", "auth_wall")):
            return Status.LOGIN_REQUIRED, "LinkedIn showed its sign-in wall instead of the public profile"
        return challenge(soup)

    def parse(self, soup: BeautifulSoup, response: Response, profile: Profile) -> None:
        add = partial(T.add_once, profile)
        m = self.match(profile.url) or self.match(response.url)
        read_layouts(LAYOUTS, soup, response, profile)
        for ld in H.json_ld(soup):
            if "Person" in str(ld.get("@type")):
                _person(ld, add, profile)
        T.add_username(profile, m.group("user") if m else None, "public profile URL", first=True)

    def read_response(self, profile: Profile, response: Response) -> Collected:
        if response.status == 999:
            return Collected(profile, Status.BLOCKED,
                             "LinkedIn refused a logged-out automated visitor (its HTTP 999 answer)")
        return super().read_response(profile, response)


def _names(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [n for v in value for n in _names(v)]
    if isinstance(value, dict) and isinstance(value.get("name"), str):
        return [value["name"]]
    return []


def _person(item: dict[str, Any], add: T.Add, profile: Profile) -> None:
    """The JSON-LD Person: only what the visible page did not already give."""
    if not any(b.field == "name" for b in profile.blocks):
        for n in _names(item.get("name")):
            add(n, "name", hint="name", label="name")
    for n in _names(item.get("jobTitle")):
        add(n, "experience", hint="job", label="jobTitle")
    for n in _names(item.get("worksFor")):
        add(n, "experience", hint="employer", label="worksFor")
    for n in _names(item.get("alumniOf")):
        add(n, "education", hint="education", label="alumniOf")
    address = item.get("address")
    for addr in address if isinstance(address, list) else [address]:
        if isinstance(addr, dict):
            add(addr.get("addressLocality"), "location", hint="home_location", label="address")
        elif isinstance(addr, str):
            add(addr, "location", hint="home_location", label="address")
    if not any(b.field == "headline" for b in profile.blocks):
        add(item.get("disambiguatingDescription"), "headline")
    if not any(b.field == "about" for b in profile.blocks):
        add(item.get("description"), "about", label="About")
    own = {slug for slug in (_slug(profile.url), _slug(item.get("url"))) if slug}
    same = item.get("sameAs")
    for link in same if isinstance(same, list) else [same]:
        if isinstance(link, str) and _slug(link) not in own:
            profile.add_link(link, rel="me", field="metadata")


def _slug(url: Any) -> str | None:
    """The /in/SLUG of a LinkedIn profile URL (None for anything else)."""
    if not isinstance(url, str):
        return None
    m = re.search(r"linkedin\.com/in/([^/?#]+)", url, re.I)
    return m.group(1).lower() if m else None
