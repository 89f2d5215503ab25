"""Small readers shared by the social-network page collectors (Instagram, Threads, TikTok,
X, Facebook): the quoted bio inside a meta description, "Name (@handle)", text with emoji
images, JSON state embedded in scripts, and dates."""

from __future__ import annotations

import datetime as _dt
import json
import re
from collections.abc import Iterator
from typing import Any

from bs4 import BeautifulSoup, NavigableString, Tag

from footprint.models import Profile

_OPEN_QUOTES = '"\u201c'
_CLOSE_QUOTES = '"\u201d'
_NAME_HANDLE = re.compile(r"(?P<name>[^()\n]*?)\s*\(\s*[@\uff20](?P<user>[A-Za-z0-9._\-]{1,64})\s*\)")


def quoted(text: str | None, after: str = "") -> str | None:
    """The text between the first opening quote (after `after`, when given) and the last
    closing quote: `... on Instagram: "BIO"` -> BIO. Quotes inside the bio survive."""
    if not text:
        return None
    start = 0
    if after:
        at = text.find(after)
        if at < 0:
            return None
        start = at + len(after)
    opens = [i for i in (text.find(q, start) for q in _OPEN_QUOTES) if i >= 0]
    if not opens:
        return None
    first = min(opens)
    last = max(text.rfind(q) for q in _CLOSE_QUOTES)
    if last <= first:
        return None
    inner = text[first + 1:last].strip()
    return inner or None


def name_and_handle(text: str | None) -> tuple[str | None, str | None]:
    """("Sam Example", "sam.example") from "... Sam Example (@sam.example) ..."."""
    if not text:
        return None, None
    m = _NAME_HANDLE.search(text)
    if not m:
        return None, None
    return (m.group("name").strip() or None), m.group("user")


def rich_text(el: Tag | None, pre: bool = False) -> str:
    """An element's text with emoji images read from their alt text and <br> as a new line
    (X and Facebook draw emoji as <img alt="⚽">). With `pre`, new lines in the text are
    kept (X shows tweets and bios pre-wrapped); otherwise they are white space."""
    if el is None:
        return ""
    parts: list[str] = []
    for node in el.descendants:
        if isinstance(node, NavigableString):
            if not isinstance(node.parent, Tag) or node.parent.name not in ("script", "style", "title"):
                if type(node) is NavigableString:  # not a comment or CDATA
                    parts.append(str(node) if pre else re.sub(r"\s+", " ", str(node)))
        elif isinstance(node, Tag):
            if node.name == "img" and node.get("alt"):
                parts.append(str(node["alt"]))
            elif node.name == "br":
                parts.append("\n")
    text = "".join(parts)
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.split("\n")]
    return "\n".join(line for line in lines if line)


def dicts(obj: Any, limit: int = 200_000) -> Iterator[dict[str, Any]]:
    """Every dict inside a parsed JSON tree, breadth first, with a bound on the work."""
    stack: list[Any] = [obj]
    seen = 0
    while stack and seen < limit:
        item = stack.pop(0)
        seen += 1
        if isinstance(item, dict):
            yield item
            stack.extend(v for v in item.values() if isinstance(v, (dict, list)))
        elif isinstance(item, list):
            stack.extend(v for v in item if isinstance(v, (dict, list)))


def _loads_first_object(text: str) -> Any:
    """The JSON value that starts at the first "{" of `text` (trailing code ignored)."""
    at = text.find("{")
    if at < 0:
        return None
    try:
        value, _ = json.JSONDecoder().raw_decode(text[at:])
    except ValueError:
        return None
    return value


def scripts_json(soup: BeautifulSoup, needle: str) -> Iterator[Any]:
    """Parsed JSON from every <script> whose text contains `needle`: plain JSON scripts and
    `window.X = {...};` assignments alike."""
    for tag in soup.find_all("script"):
        text = tag.string or tag.get_text() or ""
        if needle not in text:
            continue
        try:
            yield json.loads(text)
            continue
        except ValueError:
            pass
        value = _loads_first_object(text)
        if value is not None:
            yield value


def iso_date(value: Any) -> str | None:
    """YYYY-MM-DD from an epoch (seconds or milliseconds), an ISO timestamp or a written
    date with a year ("4 September 2024", "September 4, 2024"); None otherwise."""
    if value is None or value == "":
        return None
    if isinstance(value, (int, float)) or (isinstance(value, str) and value.strip().isdigit()):
        seconds = float(value)
        if seconds > 1e11:
            seconds /= 1000
        if seconds <= 0:
            return None
        try:
            return _dt.datetime.fromtimestamp(seconds, _dt.timezone.utc).date().isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    text = str(value).strip()
    m = re.match(r"(\d{4}-\d{2}-\d{2})(?:[T ]|$)", text)
    if m:
        return m.group(1)
    cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text.split(" at ")[0]).replace(",", " ")
    cleaned = re.sub(r"\s+", " ", cleaned).strip()
    for fmt in ("%d %B %Y", "%B %d %Y", "%d %b %Y", "%b %d %Y"):
        try:
            return _dt.datetime.strptime(cleaned, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def with_scheme(url: str) -> str:
    """`example.com/x` -> `https://example.com/x`; URLs with a scheme are kept."""
    url = url.strip()
    if not url:
        return url
    if url.startswith("//"):
        return "https:" + url
    if not re.match(r"^[a-zA-Z][a-zA-Z0-9+.\-]*:", url):
        return "https://" + url
    return url


def add_once(profile: Profile, text: str | None, field: str, **kw: Any) -> None:
    """`profile.add`, unless a block with the same text, field and hint is already there."""
    if not text or not str(text).strip():
        return
    norm = " ".join(str(text).split()).casefold()
    for b in profile.blocks:
        if b.field == field and b.hint == kw.get("hint") and " ".join(b.text.split()).casefold() == norm:
            return
    profile.add(text, field, **kw)


def add_handle(profile: Profile, from_page: str | None, from_url: str | None) -> None:
    """The username block: the handle the page shows, else the one in the URL, but the
    latter only when the page gave something else (a page with nothing on it stays empty,
    so that it reads as "layout not recognised", not as a profile)."""
    handle = from_page or (from_url if (profile.blocks or profile.links) else None)
    add_once(profile, handle, "username", label="username")


def add_contact_link(profile: Profile, url: str, text: str = "") -> None:
    """A bio link: mailto:/tel:/wa.me become e-mail/phone text blocks, the rest a rel=me link
    (its title also goes in as a text block)."""
    url = url.strip()
    lower = url.lower()
    if lower.startswith("mailto:"):
        add_once(profile, url[7:].split("?")[0], "link", hint="email", label=text or "mailto")
    elif lower.startswith("tel:"):
        add_once(profile, url[4:], "link", hint="phone", label=text or "tel")
    elif re.match(r"^(https?://)?(www\.)?(wa\.me|api\.whatsapp\.com)/", lower):
        m = re.search(r"(?:wa\.me/|phone=)\+?(\d{6,15})", url)
        if m:
            add_once(profile, "+" + m.group(1), "link", hint="phone", label=text or "WhatsApp")
        profile.add_link(with_scheme(url), text=text, rel="me")
    else:
        profile.add_link(with_scheme(url), text=text, rel="me")
        if text and text.strip() and text.strip().lower() not in lower:
            add_once(profile, text, "link", label="link title")
