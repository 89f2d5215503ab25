"""LinkedIn: the guest (logged-out) profile page at /in/SLUG.

Read: the top card (name, headline, location), About, Experience (each item one block
plus the employer), Education, Volunteering, other profile sections, the activity cards
when the page shows them, and the JSON-LD Person. Pages in the signed-in style layout
(pv-top-card, pvs-list) are read by collectors/linkedin_pv.py. Past jobs' places are never taken as
where the member lives; only the top-card location and the Person's own address are.
"""

from __future__ import annotations

import re
from functools import partial
from typing import Any, ClassVar
from urllib.parse import parse_qs, urlsplit

from bs4 import BeautifulSoup, Tag

from collectors import html as H
from collectors import linkedin_pv as P
from collectors import text as T
from collectors.base import Collected, Collector, challenge
from footprint.http import Response
from footprint.models import Profile, Status

_COUNTS = re.compile(r"^\d[\d,.]*\s*[KkMm+]*\s+(followers?|connections?)$|^\d+\+? connections?$", re.I)
_WALL_TITLES = ("sign up | linkedin", "join linkedin", "linkedin login", "sign in | linkedin",
                "linkedin: log in or sign up")
_MISSING = ("profile not found", "page not found", "this page doesn", "this profile is not available")
# sections read on their own, or never read (other people's profiles, sign-up prompts)
_SPECIAL = {"summary", "about", "experience", "education", "educationsdetails", "volunteering",
            "posts", "activities", "articles", "people-also-viewed", "browsemap", "similar-profiles"}


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
        canonical = soup.find("link", rel="canonical")
        href = str(canonical.get("href", "")) if isinstance(canonical, Tag) else ""
        return page_key.startswith("public_profile") or ("linkedin.com/in/" in href)

    def wall(self, soup: BeautifulSoup, response: Response) -> tuple[Status, str] | None:
        if soup.select_one(".top-card-layout__title") or (P.is_pv(soup) and soup.find("h1")):
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
        card = soup.select_one(".top-card-layout") or soup
        add(H.text_of(card.select_one(".top-card-layout__title")), "name", hint="name")
        add(H.text_of(card.select_one(".top-card-layout__headline")), "headline")
        subline = card.select_one(".top-card-layout__first-subline")
        if subline:
            location = _location(subline)
            add(location, "location", hint="home_location", label="Location")
        for el in card.select("span.top-card-layout__company, "
                              "a[data-tracking-control-name='public_profile_topcard-current-company'], "
                              "a[data-tracking-control-name='public_profile_topcard_current_company']"):
            add(H.text_of(el), "experience", hint="employer", label="Current company")
        for a in card.select("a[data-tracking-control-name*='website'], a[data-tracking-control-name*='topcard-link']"):
            profile.add_link(_unwrap(str(a.get("href", ""))), text=H.text_of(a), rel="me")

        rail = soup.select_one("main") or soup
        for section in rail.select("section.core-section-container, section[data-section]"):
            kind = _kind(section)
            heading = H.text_of(section.select_one(".core-section-container__title, h2")) or kind
            if kind in ("summary", "about"):
                body = section.select_one(".core-section-container__content") or section
                add(H.text_of(body), "about", label="About")
            elif kind == "experience":
                for item in section.select("li.experience-item, li.profile-section-card, li.experience-group-position"):
                    if item.find("li") is None:
                        _experience(item, add, employer=True)
            elif kind in ("volunteering",):
                for item in section.select("li"):
                    _experience(item, add, employer=False, label="Volunteering")
            elif kind in ("education", "educationsdetails"):
                for item in section.select("li"):
                    _education(item, add)
            elif kind in ("posts", "activities", "articles"):
                _activity(section, add, heading)
            elif kind not in _SPECIAL and section.find_parent("aside") is None and not _is_prompt(section):
                for li in section.select("li") or [section.select_one(".core-section-container__content")]:
                    add(H.text_of(li), "about", label=heading)

        if P.is_pv(soup):
            P.read(soup, add)

        for ld in H.json_ld(soup):
            if "Person" in str(ld.get("@type")):
                _person(ld, add, profile)
        T.add_username(profile, m.group("user") if m else None, "public profile URL", first=True)

    def read_response(self, profile: Profile, response: Response) -> Collected:
        if response.status == 999:
            return Collected(profile, Status.BLOCKED,
                             "LinkedIn refused a logged-out automated visitor (its HTTP 999 answer)")
        return super().read_response(profile, response)


def _kind(section: Tag) -> str:
    kind = str(section.get("data-section") or "").lower()
    if kind:
        return kind
    classes = [c.lower() for c in section.get("class") or []]
    for c in ("summary", "experience", "education", "volunteering", "posts", "activities", "articles"):
        if c in classes:
            return c
    return H.text_of(section.select_one("h2")).lower()


def _is_prompt(section: Tag) -> bool:
    text = H.text_of(section).lower()
    return ("full profile" in text and "join" in text) or "sign in" in text or "see who you know" in text


def _location(subline: Tag) -> str:
    for el in subline.select(".not-first-middot > span, .top-card__subline-item, span, div"):
        text = H.text_of(el)
        if text and not el.find(["div", "span"]) and not _COUNTS.match(text) \
                and "connection" not in text.lower() and "follower" not in text.lower():
            return text
    for part in H.text_of(subline).split("\u00b7"):  # plain "City, Region · 500+ connections"
        part = part.strip()
        if part and not _COUNTS.match(part) and "connection" not in part.lower() and "follower" not in part.lower():
            return part
    return ""


def _dates(item: Tag) -> str:
    el = item.select_one(".date-range, .experience-item__duration, time")
    if el is None:
        return ""
    el = el.parent if el.name == "time" and el.parent is not None else el
    parts = [s.strip() for s in el.find_all(string=True)
             if not any("middot" in " ".join(p.get("class") or []) or "duration" in " ".join(p.get("class") or [])
                        for p in s.parents if isinstance(p, Tag) and p is not el)]
    return H.squash(" ".join(p for p in parts if p)).strip(" -·")


def _experience(item: Tag, add: T.Add, employer: bool, label: str = "Experience") -> None:
    title = H.text_of(item.select_one(".experience-item__title, .profile-section-card__title, h3"))
    company = H.text_of(item.select_one(".experience-item__subtitle, .profile-section-card__subtitle, h4"))
    group = item.find_parent("li", class_="experience-group")
    if group is not None:  # several roles at one company: the company is in the group's header
        company = H.text_of(group.select_one(".experience-group-header__company, .experience-group-header h4")) \
            or company
    dates = _dates(item)
    places = [H.text_of(p) for p in item.select(".experience-item__meta-item, .experience-item__location")
              if not p.select_one(".date-range, time") and H.text_of(p)]
    desc = H.text_of(item.select_one(".experience-item__description, .show-more-less-text, "
                                     ".profile-section-card__contents"))
    head = f"{title} at {company}" if title and company else (title or company)
    block = ", ".join(p for p in [head, dates, *places] if p)
    add(block, "experience", label=label)
    if employer and company:
        add(company, "experience", hint="employer", label="Company")
    if desc and desc not in block:
        add(desc, "experience", label=f"{label} description")


def _education(item: Tag, add: T.Add) -> None:
    school = H.text_of(item.select_one(".education__item--school-name, .profile-section-card__title, h3"))
    degree = H.text_of(item.select_one(".education__item--degree-info, .profile-section-card__subtitle, h4"))
    dates = _dates(item)
    if school:
        add(school, "education", hint="education", label="School")
    rest = ", ".join(p for p in [degree, dates] if p)
    if rest:
        add(f"{school}, {rest}" if school else rest, "education", label="Education")


def _activity(section: Tag, add: T.Add, heading: str) -> None:
    cards = section.select("li") or [section]
    for card in cards:
        text_el = card.select_one(".base-main-card__title, .base-card__title, .attributed-text-segment-list__content, "
                                  "h3, p")
        text = H.text_of(text_el)
        if not text:
            continue
        meta = H.text_of(card.select_one(".base-main-card__subtitle, .base-main-card__metadata, "
                                         ".base-card__metadata, time, .body-text")).lower()
        shared = any(w in meta for w in ("liked by", "reposted by", "shared by")) or "liked" in meta
        when = card.select_one("time[datetime]")
        add(text, "post", label=heading, own=not shared,
            date=T.iso_date(str(when.get("datetime"))) if isinstance(when, Tag) else None)


def _unwrap(href: str) -> str:
    """LinkedIn wraps outbound links in /redir/redirect?url=...; return the target."""
    parts = urlsplit(href)
    if "linkedin.com" in parts.netloc and "redir" in parts.path:
        target = parse_qs(parts.query).get("url")
        if target:
            return target[0]
    return href


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
