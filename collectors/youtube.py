"""YouTube: a channel page (/@handle, /channel/UC..., /c/NAME, /user/NAME, and their /about).

Read `ytInitialData`: `metadata.channelMetadataRenderer` (title, description, vanity URL),
the About panel `aboutChannelViewModel` (description, country, links) or its older form
`channelAboutFullMetadataRenderer`, the header's tagline (`c4TabbedHeaderRenderer` or
`pageHeaderViewModel`), and video titles the page lists; og/meta tags when the JSON is
missing or holds no description. A redirect to consent.youtube.com is reported as blocked.
"""

from __future__ import annotations

import json
import re
from functools import partial
from typing import Any, ClassVar
from urllib.parse import parse_qs, urlsplit

from bs4 import BeautifulSoup

from collectors import html as H
from collectors import text as T
from collectors.base import Collected, Collector, challenge, clean_url
from footprint.http import Response
from footprint.models import Profile, Status

_DATA = re.compile(r"(?:var\s+ytInitialData|window\[\s*[\"']ytInitialData[\"']\s*\])\s*=\s*")
_ESCAPED = re.compile(r"(?:var\s+ytInitialData|window\[\s*[\"']ytInitialData[\"']\s*\])\s*=\s*'((?:[^'\\]|\\.)*)'")
_TABS = r"(?:/(?:about|featured|videos|shorts|streams|playlists|community|posts|releases|podcasts))?"
_CONSENT_HOSTS = ("consent.youtube.com", "consent.google.com")
_VIDEO_KEYS = ("videoRenderer", "gridVideoRenderer", "reelItemRenderer", "compactVideoRenderer")
MAX_VIDEOS = 60
# YouTube's own description of itself, shown on pages without a channel description
_BOILERPLATE = re.compile(r"^\s*(?:Share your videos with friends, family,? and the world|"
                          r"Enjoy the videos and music you love)", re.I)


class YouTubeCollector(Collector):
    name = "youtube"
    title = "YouTube"
    hosts: ClassVar[tuple[str, ...]] = ("youtube.com",)
    path = re.compile(rf"^/(?:(?P<handle>@[^/]+)|channel/(?P<channel>UC[\w-]+)|c/(?P<c>[^/]+)|user/(?P<u>[^/]+))"
                      rf"{_TABS}/?$")
    example = "https://www.youtube.com/@samexample"
    requests = ("https://www.youtube.com/@HANDLE (the channel page, or its /about page as typed)",)

    def canonical(self, url: str) -> str:
        parts = urlsplit(clean_url(url))
        if not self.match(url):
            return clean_url(url)
        return f"https://www.youtube.com{parts.path}"

    def read_response(self, profile: Profile, response: Response) -> Collected:
        if any(urlsplit(u).netloc.lower() in _CONSENT_HOSTS for u in response.redirect_chain):
            return Collected(profile, Status.BLOCKED, "YouTube showed its cookie-consent page")
        return super().read_response(profile, response)

    @classmethod
    def recognises(cls, soup: BeautifulSoup) -> bool:
        return "ytInitialData" in " ".join(s.get_text()[:200] for s in H.marks(soup).scripts) \
            or (H.meta(soup, "og:site_name") or "") == "YouTube"

    def wall(self, soup: BeautifulSoup, response: Response) -> tuple[Status, str] | None:
        title = H.title(soup).lower()
        if "404 not found" in title:
            return Status.NOT_FOUND, "YouTube has no channel at this address"
        if soup.find("form", action=re.compile(r"consent\.(youtube|google)\.com")) or "before you continue" in title:
            return Status.BLOCKED, "YouTube showed its cookie-consent page"
        data = _initial_data(soup)
        for d in H.walk(data.get("alerts", [])):
            text = _text(d.get("text"))
            if re.search(r"does not exist|isn't available|has been terminated|not available", text, re.I):
                return Status.NOT_FOUND, f"YouTube says: {text}"
        return challenge(soup)

    def parse(self, soup: BeautifulSoup, response: Response, profile: Profile) -> None:
        add = partial(T.add_once, profile)
        data = _initial_data(soup)
        m = self.match(profile.url) or self.match(response.url)
        meta = data.get("metadata", {}).get("channelMetadataRenderer", {}) if isinstance(data, dict) else {}
        add(meta.get("title") or _header_title(data), "name", hint="name")
        add(meta.get("description"), "bio", label="description")
        for tagline in _header_taglines(data):
            _add_unless_contained(profile, tagline, "bio", label="tagline")
        for pronouns in _header_pronouns(data):
            add(pronouns, "metadata", label="pronouns")
        for title, target in _header_links(data):
            _add_link(profile, add, title, target)

        panels = (d["aboutChannelViewModel"] for d in H.walk(data) if isinstance(d.get("aboutChannelViewModel"), dict))
        for about in panels:
            add(_text(about.get("description")), "bio", label="description")
            add(_text(about.get("country")), "location", hint="home_location", label="country")
            for link in about.get("links") or []:
                view = link.get("channelExternalLinkViewModel") if isinstance(link, dict) else None
                if isinstance(view, dict):
                    _add_link(profile, add, _text(view.get("title")), _link_target(view.get("link")))
        for old in (d["channelAboutFullMetadataRenderer"] for d in H.walk(data)
                    if isinstance(d.get("channelAboutFullMetadataRenderer"), dict)):
            add(_text(old.get("description")), "bio", label="description")
            add(_text(old.get("country")), "location", hint="home_location", label="country")
            for link in old.get("primaryLinks") or []:
                url = ((link.get("navigationEndpoint") or {}).get("urlEndpoint") or {}).get("url")
                _add_link(profile, add, _text(link.get("title")), _unwrap(url))

        videos = 0
        for d in H.walk(data):
            for key in _VIDEO_KEYS:
                video = d.get(key)
                if isinstance(video, dict) and videos < MAX_VIDEOS:
                    title = _text(video.get("title") or video.get("headline"))
                    if title:
                        videos += 1
                        add(title, "post", label="video title")
            lockup = d.get("lockupViewModel")
            if isinstance(lockup, dict) and videos < MAX_VIDEOS:
                title = _text(((lockup.get("metadata") or {}).get("lockupMetadataViewModel") or {}).get("title"))
                if title:
                    videos += 1
                    add(title, "post", label="video title")

        if not data:
            add(H.meta(soup, "og:title") or H.meta(soup, "title"), "name", hint="name")
        if not any(b.field == "bio" for b in profile.blocks):
            # no description in the JSON (or no JSON): the channel's own meta description, if any
            description = H.meta(soup, "og:description", "description") or ""
            if description and not _BOILERPLATE.match(description):
                add(description, "bio", label="description")
        for key, label in (("u", "legacy username"), ("c", "custom URL")):
            if m and m.group(key):
                T.add_username(profile, m.group(key), label, first=True)
        handle = _handle(meta.get("vanityChannelUrl")) or (m.group("handle") if m and m.group("handle") else "")
        T.add_username(profile, handle.lstrip("@"), "handle", first=True)


def _initial_data(soup: BeautifulSoup) -> dict[str, Any]:
    for script in soup.find_all("script"):
        text = script.string or script.get_text() or ""
        if "ytInitialData" not in text:
            continue
        value = H.json_after(text, _DATA)
        if value is None:
            m = _ESCAPED.search(text)   # m.youtube.com hex-escapes the JSON inside a string
            if m:
                raw = re.sub(r"\\x([0-9a-fA-F]{2})", lambda x: chr(int(x.group(1), 16)), m.group(1))
                try:
                    value = json.loads(raw.replace("\\'", "'"))
                except ValueError:
                    value = None
        if isinstance(value, dict):
            return value
    return {}


def _text(value: Any) -> str:
    """YouTube text in any of its shapes: a string, {content}, {simpleText} or {runs: [...]}."""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, dict):
        if isinstance(value.get("content"), str):
            return value["content"].strip()
        if isinstance(value.get("simpleText"), str):
            return value["simpleText"].strip()
        if isinstance(value.get("runs"), list):
            return "".join(str(r.get("text", "")) for r in value["runs"] if isinstance(r, dict)).strip()
    return ""


def _header_title(data: dict[str, Any]) -> str:
    header = data.get("header", {}) if isinstance(data, dict) else {}
    for d in H.walk(header):
        if isinstance(d.get("pageTitle"), str):
            return d["pageTitle"]
        if "c4TabbedHeaderRenderer" in d:
            return _text(d["c4TabbedHeaderRenderer"].get("title"))
    return ""


def _header_taglines(data: dict[str, Any]) -> list[str]:
    """The short description a channel header shows: `c4TabbedHeaderRenderer.tagline` (older
    pages) or the `pageHeaderViewModel` description preview (newer ones)."""
    header = data.get("header", {}) if isinstance(data, dict) else {}
    found: list[str] = []
    for d in H.walk(header):
        for key in ("channelTaglineRenderer", "descriptionPreviewViewModel"):
            inner = d.get(key)
            if isinstance(inner, dict):
                text = _text(inner.get("content")) or _text(inner.get("description"))
                if text and text not in found:
                    found.append(text)
    return found


_PRONOUNS = re.compile(r"^\s*(?:he|she|they|xe|ze|it|any)\s*/\s*(?:him|her|them|xem|zir|hir|its|he|she|they|any)"
                       r"(?:\s*/\s*\w+)*\s*$", re.I)


def _header_pronouns(data: dict[str, Any]) -> list[str]:
    """Pronouns the header shows among its metadata parts (`@handle • she/her • ...`)."""
    header = data.get("header", {}) if isinstance(data, dict) else {}
    found: list[str] = []
    for d in H.walk(header):
        parts = d.get("metadataParts")
        for part in parts if isinstance(parts, list) else []:
            text = _text(part.get("text")) if isinstance(part, dict) else ""
            if _PRONOUNS.match(text) and text not in found:
                found.append(text)
    return found


def _header_links(data: dict[str, Any]) -> list[tuple[str, str]]:
    """The external link a channel header shows first ("example.com and 2 more links"): the
    `attributionViewModel` of newer headers, `channelHeaderLinksViewModel.firstLink` or the
    `channelHeaderLinksRenderer.primaryLinks` of older ones. Only text that carries a link
    target counts: the same view model holds plain text on other channels."""
    header = data.get("header", {}) if isinstance(data, dict) else {}
    found: list[tuple[str, str]] = []
    for d in H.walk(header):
        texts = [(d.get("attributionViewModel") or {}).get("text"),
                 (d.get("channelHeaderLinksViewModel") or {}).get("firstLink")]
        for text in texts:
            if isinstance(text, dict):
                url = next((_unwrap(e["urlEndpoint"].get("url")) for e in H.walk(text.get("commandRuns") or [])
                            if isinstance(e.get("urlEndpoint"), dict)), "")
                if url:
                    found.append((_text(text), url))
        for link in (d.get("channelHeaderLinksRenderer") or {}).get("primaryLinks") or []:
            if isinstance(link, dict):
                target = _unwrap(((link.get("navigationEndpoint") or {}).get("urlEndpoint") or {}).get("url"))
                if target:
                    found.append((_text(link.get("title")), target))
    return found


def _add_unless_contained(profile: Profile, text: str, field: str, **kw: Any) -> None:
    """Add `text` unless a block of the same field already contains it (a header tagline is
    usually the first line of the description)."""
    norm = " ".join(text.split()).casefold()
    if not norm or any(b.field == field and norm in " ".join(b.text.split()).casefold() for b in profile.blocks):
        return
    profile.add(text, field, **kw)


def _handle(url: Any) -> str:
    if isinstance(url, str):
        m = re.search(r"/(@[^/?#]+)", url)
        if m:
            return m.group(1)
    return ""


def _unwrap(url: Any) -> str:
    """youtube.com/redirect?q=TARGET -> TARGET."""
    if not isinstance(url, str) or not url:
        return ""
    parts = urlsplit(url)
    if parts.netloc.endswith("youtube.com") and parts.path == "/redirect":
        return parse_qs(parts.query).get("q", [""])[0]
    return url


def _link_target(link: Any) -> str:
    if not isinstance(link, dict):
        return _text(link)
    for d in H.walk(link.get("commandRuns") or []):
        url = (d.get("urlEndpoint") or {}).get("url") if isinstance(d.get("urlEndpoint"), dict) else None
        if url:
            return _unwrap(url)
    return T.with_https(_text(link))


def _add_link(profile: Profile, add: T.Add, title: str, url: str) -> None:
    if not T.add_contact(add, url, title) and url:
        profile.add_link(url, text=title, rel="me")
    if title:
        add(title, "link", label="link title")
