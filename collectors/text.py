"""Text utilities shared by the collectors: dates, URLs, handles, and adding blocks to a profile once."""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable
from functools import partial
from typing import Any
from urllib.parse import unquote

from footprint.dates import MONTHS
from footprint.models import Profile

Add = Callable[..., None]   # profile.add, or add_once bound to a profile

URL_IN_TEXT = re.compile(r"https?://[^\s<>\"'()\[\]]+", re.I)
# "example.com:8080" is a host with a port, not a scheme
_SCHEME = re.compile(r"^(?![\w-]+(?:\.[\w-]+)+:\d)[a-zA-Z][a-zA-Z0-9+.\-]*:")
_WHATSAPP = re.compile(r"^(?:https?://)?(?:www\.)?(?:wa\.me/|api\.whatsapp\.com/send/?\?(?:.*&)?phone=)\+?(\d{6,15})",
                       re.I)
_OPEN_QUOTES = '"\u201c'
_CLOSE_QUOTES = '"\u201d'
_NAME_HANDLE = re.compile(r"(?P<name>[^()\n]*?)\s*\(\s*[@\uff20](?P<user>[A-Za-z0-9._\-]{1,64})\s*\)")

_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})")
_DMY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?,?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b")
_MDY = re.compile(r"\b([A-Za-z]{3,9})\.?,?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")
_SLASH = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")


def iso_date(value: Any) -> str | None:
    """YYYY-MM-DD from a Unix time (seconds or milliseconds, as a number or digits), an ISO
    stamp, "2 March 2025", "March 2, 2025" or a UK "02/03/2025"; None otherwise."""
    if value is None or isinstance(value, bool):
        return None
    # digits as text are a Unix time too (TikTok), but a year alone ("2019") is not
    if isinstance(value, (int, float)) or (isinstance(value, str) and len(value.strip()) > 8
                                           and value.strip().isdigit()):
        seconds = float(value)
        if seconds > 1e11:
            seconds /= 1000
        if seconds <= 0:
            return None
        try:
            return _dt.datetime.fromtimestamp(seconds, _dt.timezone.utc).date().isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    text = str(value)
    for pattern, order in ((_ISO, "ymd"), (_DMY, "dmy"), (_MDY, "mdy"), (_SLASH, "dmy")):
        m = pattern.search(text)
        if not m:
            continue
        parts = dict(zip(order, m.groups(), strict=True))
        month = parts["m"]
        month_no = int(month) if month.isdigit() else MONTHS.get(month.lower())
        try:
            return _dt.date(int(parts["y"]), month_no or 0, int(parts["d"])).isoformat()
        except (TypeError, ValueError):
            continue
    return None


def stripped(value: Any) -> str:
    """A JSON value as stripped text; "" when it is not a string."""
    return value.strip() if isinstance(value, str) else ""


def urls_in(text: str | None) -> list[str]:
    """http(s) URLs written out in plain text, without trailing punctuation."""
    return [u.rstrip(".,;:!?") for u in URL_IN_TEXT.findall(text or "")]


def with_https(url: str) -> str:
    """`example.com/x` -> `https://example.com/x`; URLs with a scheme are kept."""
    url = url.strip()
    if not url:
        return url
    if url.startswith("//"):
        return "https:" + url
    if not _SCHEME.match(url):
        return "https://" + url
    return url


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


def add_once(profile: Profile, text: Any, field: str, **kw: Any) -> None:
    """`profile.add`, unless a block with the same text (white space and case aside), field
    and hint is already there."""
    if text is None or not str(text).strip():
        return
    norm = " ".join(str(text).split()).casefold()
    for b in profile.blocks:
        if b.field == field and b.hint == kw.get("hint") and " ".join(b.text.split()).casefold() == norm:
            return
    profile.add(text, field, **kw)


def add_username(profile: Profile, username: str | None, label: str = "username", *,
                 shown: str | None = None, first: bool = False) -> None:
    """The username block: `shown` (the handle the page itself shows) when there is one, else
    `username` (from the URL) but only when the page gave something else, because a handle
    alone must not make an unreadable page look read. `first` puts it before the other blocks."""
    handle = shown or (username if not profile.is_empty else None)
    if not handle or not str(handle).strip() or any(b.field == "username" and b.text == handle for b in profile.blocks):
        return
    profile.add(handle, "username", label=label)
    if first:
        profile.blocks.insert(0, profile.blocks.pop())


def add_contact(add: Add, url: str, title: str = "") -> str | None:
    """A mailto:, tel:, sms: or WhatsApp link as an e-mail or phone block; returns which of
    them it was, or None for any other link (nothing is added then)."""
    url = (url or "").strip()
    lower = url.lower()
    if lower.startswith("mailto:"):
        kind, value, hint = "mailto", unquote(url[7:].split("?")[0]), "email"
    elif lower.startswith(("tel:", "sms:")):
        kind, value, hint = lower[:3], unquote(url[4:]), "phone"
    elif whatsapp := _WHATSAPP.match(url):
        kind, value, hint = "WhatsApp", "+" + whatsapp.group(1), "phone"
    else:
        return None
    add(value, "link", hint=hint, label=title or kind)
    return kind


def add_bio_link(profile: Profile, url: str, text: str = "") -> None:
    """A link the profile shows: mailto:, tel: and sms: become e-mail or phone blocks, anything
    else a rel=me link (a WhatsApp link a phone block as well), with its title as a text
    block when the title says more than the address."""
    url = url.strip()
    kind = add_contact(partial(add_once, profile), url, text)
    if kind in ("mailto", "tel", "sms"):
        return
    profile.add_link(with_https(url), text=text, rel="me")
    if kind is None and text and text.strip() and text.strip().lower() not in url.lower():
        add_once(profile, text, "link", label="link title")
