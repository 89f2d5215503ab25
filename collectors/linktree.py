"""Linktree: the public page https://linktr.ee/NAME.

Read `__NEXT_DATA__` props.pageProps: username, page title, description (bio), the link
buttons (`account.links[]`: each a rel=me link and a text block with its title) and the
social icons (`socialLinks[]`: e-mail, phone and WhatsApp icons become contact blocks,
the others rel=me links). The visible buttons and icons are the fallback.
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

_RESERVED = {"s", "admin", "login", "register", "marketplace", "blog", "help", "privacy", "terms", "discover",
             "features", "pricing", "templates", "creator-report", "about", "careers", "contact", "sitemap",
             "api", "_next", "static", "examples", "press", "legal", "accessibility"}
_TITLE_SUFFIX = re.compile(r"\s*\|\s*Linktree\s*$", re.I)


class LinktreeCollector(Collector):
    name = "linktree"
    title = "Linktree"
    hosts: ClassVar[tuple[str, ...]] = ("linktr.ee",)
    path = re.compile(r"^/(?P<user>[A-Za-z0-9_.-]+)/?$")
    profile_url = "https://linktr.ee/{user}"
    example = "https://linktr.ee/samexample"
    requests = ("https://linktr.ee/NAME (the public page)",)

    def match(self, url: str) -> re.Match[str] | None:
        m = super().match(url)
        return m if m and m.group("user").lower() not in _RESERVED else None

    @classmethod
    def recognises(cls, soup: BeautifulSoup) -> bool:
        props = _props(soup)
        return ("linktr.ee/" in (H.meta(soup, "og:url") or "")) or bool(props.get("username") and "links" in props)

    def wall(self, soup: BeautifulSoup, response: Response) -> tuple[Status, str] | None:
        data = H.next_data(soup)
        props = _props(soup)
        title = H.title(soup).lower()
        if props.get("statusCode") == 404 or data.get("page") in ("/404", "/_error") \
                or (not props and any(t in title for t in ("doesn't exist", "doesn\u2019t exist", "page not found"))):
            return Status.NOT_FOUND, "Linktree has no page with this name"
        return challenge(soup)

    def parse(self, soup: BeautifulSoup, response: Response, profile: Profile) -> None:
        add = partial(T.add_once, profile)
        props = _props(soup)
        raw_account = props.get("account")
        account = raw_account if isinstance(raw_account, dict) else {}
        m = self.match(profile.url) or self.match(response.url)
        username = T.stripped(props.get("username")) or T.stripped(account.get("username")) \
            or (m.group("user") if m else "")
        title = T.stripped(props.get("pageTitle")) or T.stripped(account.get("pageTitle"))
        visible_title = soup.select_one("#profile-title, [data-testid='ProfileTitle'], h1")
        title = title or H.line(visible_title) \
            or _TITLE_SUFFIX.sub("", H.meta(soup, "og:title") or "")
        add(title, "name", hint="name", label="page title")
        bio = T.stripped(props.get("description")) or T.stripped(account.get("description"))
        if not bio and not props:
            bio = H.meta(soup, "og:description") or H.meta(soup, "description") or ""
        add(bio, "bio")

        raw_links, raw_socials = props.get("links"), props.get("socialLinks")
        links = raw_links if isinstance(raw_links, list) else account.get("links") or []
        socials = raw_socials if isinstance(raw_socials, list) else account.get("socialLinks") or []
        for link in links:
            if not isinstance(link, dict):
                continue
            text, url = T.stripped(link.get("title")), T.stripped(link.get("url"))
            if not url:
                add(text, "link", label="section header")
                continue
            if not T.add_contact(add, url, text):
                profile.add_link(url, text=text, rel="me")
            add(text, "link", label="link title")
        for social in socials:
            if not isinstance(social, dict):
                continue
            kind, url = T.stripped(social.get("type")).upper(), T.stripped(social.get("url"))
            label = kind.replace("_", " ").title()
            if not url:
                continue
            if kind.startswith("EMAIL") and not url.lower().startswith("mailto:"):
                add(url, "link", hint="email", label="e-mail icon")
            elif kind in ("PHONE", "SMS", "WHATSAPP", "TELEPHONE") and not T.add_contact(add, url, label):
                add(url, "link", hint="phone", label=f"{label} icon")
            elif not T.add_contact(add, url, label):
                profile.add_link(url, text=label, rel="me")

        if not links and not socials:
            # no embedded data: read the visible buttons and icons
            for a in soup.select("a[data-testid='LinkButton'], a[data-testid='SocialIcon'], "
                                 "[data-testid='NewLinkContainer'] a, #links-container a"):
                url, text = str(a.get("href", "")), H.line(a)
                label = text or str(a.get("aria-label") or "").replace("_", " ").title()
                if "linktr.ee" in url.lower() or not url:
                    continue
                if not T.add_contact(add, url, label):
                    profile.add_link(url, text=label, rel="me")
                add(text, "link", label="link title")

        T.add_username(profile, username, "Linktree name", first=True)
        if props.get("hasSensitiveContent") or account.get("contentWarning") or \
                (props.get("contentGating") not in (None, "none")):
            profile.notes.append("Linktree shows a sensitive-content warning before this page"
                                 + ("; the links behind it are still in the page" if profile.links else ""))


def _props(soup: BeautifulSoup) -> dict[str, Any]:
    props = H.next_data(soup).get("props", {})
    page = props.get("pageProps") if isinstance(props, dict) else None
    return page if isinstance(page, dict) else {}
