"""Small helpers shared by the page collectors (LinkedIn, Strava, YouTube, Linktree,
parkrun, JustGiving): fetching the profile with a fallback to the URL as typed, bot
challenge pages, class-prefix lookups for CSS-module pages, embedded JSON and dates."""

from __future__ import annotations

import datetime as _dt
import json
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

from bs4 import BeautifulSoup, Tag

from collectors import html as H
from collectors.base import Collected, Collector, clean_url
from footprint.errors import FetchError, RobotsDisallowed
from footprint.http import Http
from footprint.models import Profile, Status


def collect_page(collector: Collector, url: str, http: Http) -> Collected:
    """Fetch `collector.canonical(url)`; when that answers 404 and the URL as typed is a
    different address (another host such as uk.linkedin.com or m.youtube.com), fetch the
    typed one too, so that a page saved under the typed address is still read."""
    profile = Profile(url=url, platform=collector.name)
    first = collector.canonical(url)
    typed = clean_url(url)
    try:
        response = http.get(first)
        if response.status == 404 and not response.history and _differs(first, typed):
            second = http.get(typed)
            if second.status != 404:
                response = second
    except RobotsDisallowed as exc:
        return Collected(profile, Status.BLOCKED, str(exc))
    except FetchError as exc:
        return Collected(profile, Status.ERROR, str(exc))
    return collector.read_response(profile, response)


def _differs(a: str, b: str) -> bool:
    pa, pb = urlsplit(a), urlsplit(b)
    return (pa.netloc.lower(), pa.path.rstrip("/"), pa.query) != (pb.netloc.lower(), pb.path.rstrip("/"), pb.query)


_CHALLENGE_TITLES = ("just a moment", "attention required", "access denied", "are you a robot",
                     "security check", "verify you are human", "captcha")


def challenge(soup: BeautifulSoup) -> tuple[Status, str] | None:
    """A bot-challenge or block page (Cloudflare, captcha) as BLOCKED."""
    title = H.title(soup).lower()
    if any(t in title for t in _CHALLENGE_TITLES) or soup.find(id="challenge-form") \
            or soup.find(id="cf-challenge-running") or soup.find("div", class_="g-recaptcha"):
        return Status.BLOCKED, "the platform showed a bot check (captcha or challenge page) instead of the profile"
    return None


_WHATSAPP = re.compile(r"^(?:https?://)?(?:www\.)?(?:wa\.me/|api\.whatsapp\.com/send/?\?(?:.*&)?phone=)\+?(\d{6,15})",
                       re.I)


def contact_link(add: Once, url: str, title: str = "") -> bool:
    """A mailto:, tel: or WhatsApp link as an e-mail or phone text block (True when it was one)."""
    from urllib.parse import unquote

    url = (url or "").strip()
    lower = url.lower()
    if lower.startswith("mailto:"):
        add(unquote(url[7:].split("?")[0]), "link", hint="email", label=title or "e-mail link")
    elif lower.startswith(("tel:", "sms:")):
        add(unquote(url[4:]), "link", hint="phone", label=title or "phone link")
    elif _WHATSAPP.match(url):
        add("+" + _WHATSAPP.match(url).group(1), "link", hint="phone", label=title or "WhatsApp link")
    else:
        return False
    return True


def add_username(profile: Profile, username: str | None, label: str) -> None:
    """The handle from the URL, first among the blocks, but only when the page itself gave
    something: a handle alone must not make an unreadable page look read."""
    if not username or profile.is_empty or any(b.field == "username" and b.text == username for b in profile.blocks):
        return
    profile.add(username, "username", label=label)
    profile.blocks.insert(0, profile.blocks.pop())


def by_class_prefix(soup: BeautifulSoup | Tag, *prefixes: str) -> list[Tag]:
    """Elements with a class starting with one of `prefixes` (CSS-module names such as
    `Details_name__GicQw`, whose hash suffix changes with every build)."""
    found: list[Tag] = []
    for prefix in prefixes:
        for el in soup.select(f'[class*="{prefix}"]'):
            classes = el.get("class") or []
            if any(c.startswith(prefix) for c in classes) and el not in found:
                found.append(el)
    return found


def text_of(el: Tag | None) -> str:
    return H.squash(el.get_text(" ", strip=True)) if isinstance(el, Tag) else ""


def next_data(soup: BeautifulSoup) -> dict[str, Any]:
    """The Next.js `__NEXT_DATA__` object, or an empty dict."""
    data = H.script_json(soup, id="__NEXT_DATA__")
    return data if isinstance(data, dict) else {}


def walk(value: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    """Every dict inside a JSON value, outermost first (bounded depth)."""
    if depth > 60:
        return
    if isinstance(value, dict):
        yield value
        for v in value.values():
            yield from walk(v, depth + 1)
    elif isinstance(value, list):
        for v in value:
            yield from walk(v, depth + 1)


def json_after(text: str, marker: re.Pattern[str]) -> Any:
    """The JSON value that starts right after `marker` in `text` (e.g. `var x = {...};`)."""
    m = marker.search(text)
    if not m:
        return None
    try:
        value, _ = json.JSONDecoder().raw_decode(text, m.end())
    except ValueError:
        return None
    return value


def plain(text: str | None) -> str:
    """Text that may hold HTML markup (a story, a description) as plain text."""
    if not text:
        return ""
    text = str(text)
    if "<" in text and ">" in text:
        text = BeautifulSoup(text, "lxml").get_text("\n", strip=True)
    return text.strip()


_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], 1)}
_MONTHS.update({k[:3]: v for k, v in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})")
_DMY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b")
_MDY = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")
_SLASH = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")


def iso_date(text: str | None) -> str | None:
    """YYYY-MM-DD from an ISO stamp, "2 March 2025", "March 2, 2025" or UK "02/03/2025"."""
    if not text:
        return None
    text = str(text)
    for pattern, order in ((_ISO, "ymd"), (_DMY, "dmy"), (_MDY, "mdy"), (_SLASH, "dmy")):
        m = pattern.search(text)
        if not m:
            continue
        parts = dict(zip(order, m.groups()))
        month = parts["m"]
        month_no = int(month) if month.isdigit() else _MONTHS.get(month.lower())
        try:
            return _dt.date(int(parts["y"]), month_no or 0, int(parts["d"])).isoformat()
        except (TypeError, ValueError):
            continue
    return None


class Once:
    """Adds each (text, field, hint) to a profile only once."""

    def __init__(self, profile: Profile) -> None:
        self.profile = profile
        self.seen: set[tuple[str, str, str | None]] = set()

    def __call__(self, text: Any, field: str, **kw: Any) -> None:
        if text is None:
            return
        text = str(text).strip()
        key = (text.casefold(), field, kw.get("hint"))
        if not text or key in self.seen:
            return
        self.seen.add(key)
        self.profile.add(text, field, **kw)
