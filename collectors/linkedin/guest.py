"""LinkedIn's guest layout, the page a logged-out visitor gets: the top card (name, headline,
location, current company, website), About, Experience, Education, Volunteering, the other
profile sections and the activity cards."""

from __future__ import annotations

import re
from functools import partial
from urllib.parse import parse_qs, urlsplit

from bs4 import BeautifulSoup, Tag

from collectors import html as H
from collectors import text as T
from footprint.http import Response
from footprint.models import Profile

_COUNTS = re.compile(r"^\d[\d,.]*\s*[KkMm+]*\s+(followers?|connections?)$|^\d+\+? connections?$", re.I)
# sections read on their own, or never read (other people's profiles, sign-up prompts)
_SPECIAL = {"summary", "about", "experience", "education", "educationsdetails", "volunteering",
            "posts", "activities", "articles", "people-also-viewed", "browsemap", "similar-profiles"}


def looks_like(soup: BeautifulSoup) -> bool:
    return soup.select_one("[class*=top-card-layout], a[data-tracking-control-name], "
                           "section.core-section-container, section[data-section]") is not None


def read(soup: BeautifulSoup, response: Response, profile: Profile) -> None:
    add = partial(T.add_once, profile)
    card = soup.select_one(".top-card-layout") or soup
    add(H.line(card.select_one(".top-card-layout__title")), "name", hint="name")
    add(H.line(card.select_one(".top-card-layout__headline")), "headline")
    subline = card.select_one(".top-card-layout__first-subline")
    if subline:
        location = _location(subline)
        add(location, "location", hint="home_location", label="Location")
    for el in card.select("span.top-card-layout__company, "
                          "a[data-tracking-control-name='public_profile_topcard-current-company'], "
                          "a[data-tracking-control-name='public_profile_topcard_current_company']"):
        add(H.line(el), "experience", hint="employer", label="Current company")
    for a in card.select("a[data-tracking-control-name*='website'], a[data-tracking-control-name*='topcard-link']"):
        profile.add_link(_unwrap(str(a.get("href", ""))), text=H.line(a), rel="me")

    rail = soup.select_one("main") or soup
    for section in rail.select("section.core-section-container, section[data-section]"):
        kind = _kind(section)
        heading = H.line(section.select_one(".core-section-container__title, h2")) or kind
        if kind in ("summary", "about"):
            body = section.select_one(".core-section-container__content") or section
            add(H.line(body), "about", label="About")
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
                add(H.line(li), "about", label=heading)



def _kind(section: Tag) -> str:
    kind = str(section.get("data-section") or "").lower()
    if kind:
        return kind
    classes = [c.lower() for c in section.get("class") or []]
    for c in ("summary", "experience", "education", "volunteering", "posts", "activities", "articles"):
        if c in classes:
            return c
    return H.line(section.select_one("h2")).lower()


def _is_prompt(section: Tag) -> bool:
    text = H.line(section).lower()
    return ("full profile" in text and "join" in text) or "sign in" in text or "see who you know" in text


def _location(subline: Tag) -> str:
    for el in subline.select(".not-first-middot > span, .top-card__subline-item, span, div"):
        text = H.line(el)
        if text and not el.find(["div", "span"]) and not _COUNTS.match(text) \
                and "connection" not in text.lower() and "follower" not in text.lower():
            return text
    for part in H.line(subline).split("\u00b7"):  # plain "City, Region · 500+ connections"
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
    title = H.line(item.select_one(".experience-item__title, .profile-section-card__title, h3"))
    company = H.line(item.select_one(".experience-item__subtitle, .profile-section-card__subtitle, h4"))
    group = item.find_parent("li", class_="experience-group")
    if group is not None:  # several roles at one company: the company is in the group's header
        company = H.line(group.select_one(".experience-group-header__company, .experience-group-header h4")) \
            or company
    dates = _dates(item)
    places = [H.line(p) for p in item.select(".experience-item__meta-item, .experience-item__location")
              if not p.select_one(".date-range, time") and H.line(p)]
    desc = H.line(item.select_one(".experience-item__description, .show-more-less-text, "
                                     ".profile-section-card__contents"))
    head = f"{title} at {company}" if title and company else (title or company)
    block = ", ".join(p for p in [head, dates, *places] if p)
    add(block, "experience", label=label)
    if employer and company:
        add(company, "experience", hint="employer", label="Company")
    if desc and desc not in block:
        add(desc, "experience", label=f"{label} description")


def _education(item: Tag, add: T.Add) -> None:
    school = H.line(item.select_one(".education__item--school-name, .profile-section-card__title, h3"))
    degree = H.line(item.select_one(".education__item--degree-info, .profile-section-card__subtitle, h4"))
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
        text = H.line(text_el)
        if not text:
            continue
        meta = H.line(card.select_one(".base-main-card__subtitle, .base-main-card__metadata, "
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
