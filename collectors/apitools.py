"""Small helpers shared by the API collectors (Mastodon, Bluesky, Reddit, GitHub):
HTML fragments to text, dates, URLs inside plain text, and fetch errors to a status."""

from __future__ import annotations

import datetime as _dt
import re
from typing import Any

from bs4 import BeautifulSoup, Tag

from collectors.base import Collected
from footprint.errors import FetchError, RobotsDisallowed
from footprint.http import Response
from footprint.models import Profile, Status

_BREAK_AFTER = {"p": "\n\n", "div": "\n", "li": "\n", "blockquote": "\n\n", "pre": "\n\n", "tr": "\n",
                "h1": "\n\n", "h2": "\n\n", "h3": "\n\n", "h4": "\n\n", "h5": "\n\n", "h6": "\n\n"}
_SPACES = re.compile(r"[ \t\u00a0]+")
_MANY_BREAKS = re.compile(r"\n{3,}")
URL_IN_TEXT = re.compile(r"https?://[^\s<>\"'()\[\]]+", re.I)
_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})")


def html_text(html: str | None) -> str:
    """Text of an HTML fragment (a Mastodon note or status), keeping line and paragraph breaks.

    Inline elements are joined without spaces, so `#<span>tag</span>` stays `#tag` and a
    Mastodon link split into invisible/ellipsis spans comes out whole."""
    if not html:
        return ""
    soup = BeautifulSoup(str(html), "lxml")
    for br in soup.find_all("br"):
        br.replace_with("\n")
    for tag in soup.find_all(list(_BREAK_AFTER)):
        tag.append(_BREAK_AFTER[tag.name])
    text = soup.get_text("")
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _MANY_BREAKS.sub("\n\n", "\n".join(lines)).strip()


def html_links(html: str | None) -> list[tuple[str, str, list[str]]]:
    """(href, text, classes) of every http(s) link in an HTML fragment."""
    if not html:
        return []
    out = []
    for a in BeautifulSoup(str(html), "lxml").find_all("a", href=True):
        href = str(a["href"]).strip()
        if href.lower().startswith(("http://", "https://")):
            classes = a.get("class") or []
            out.append((href, a.get_text("", strip=True), list(classes) if isinstance(classes, list) else []))
    return out


def urls_in(text: str | None) -> list[str]:
    """http(s) URLs written out in plain text, without trailing punctuation."""
    return [u.rstrip(".,;:!?") for u in URL_IN_TEXT.findall(text or "")]


def iso_date(value: Any) -> str | None:
    """YYYY-MM-DD from an ISO timestamp string or a Unix time (seconds), else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        try:
            return _dt.datetime.fromtimestamp(float(value), _dt.timezone.utc).date().isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    if isinstance(value, str):
        m = _DATE.match(value.strip())
        if m:
            try:
                return _dt.date.fromisoformat(m.group(1)).isoformat()
            except ValueError:
                return None
    return None


def json_of(response: Response) -> Any:
    """The JSON body of an answer, or None when it is not JSON."""
    return response.json() if response.body else None


def failed(profile: Profile, exc: FetchError) -> Collected:
    """A request that could not be made: robots.txt is a block, anything else an error."""
    if isinstance(exc, RobotsDisallowed):
        return Collected(profile, Status.BLOCKED, str(exc))
    return Collected(profile, Status.ERROR, str(exc))


def text_of(tag: Tag | None) -> str:
    """Text of one element with its line breaks kept (see html_text)."""
    return html_text(str(tag)) if isinstance(tag, Tag) else ""
