"""An account's RSS or Atom feed of public posts, the fallback when the API needs a login."""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup

from collectors import html as H
from collectors import text as T
from footprint.models import Profile


def read_rss(profile: Profile, body: bytes, user: str) -> int:
    """Posts from an account's RSS feed (https://HOST/@USER.rss) or Atom feed; returns how many
    were read that the profile page had not shown already."""
    soup = BeautifulSoup(body, "xml")
    count = 0
    for item in soup.find_all(["item", "entry"]):
        description = item.find("description") or item.find("content") or item.find("summary")
        text = H.text(description.get_text() if description else "")
        date_tag = item.find("pubDate") or item.find("published") or item.find("updated")
        raw_date = date_tag.get_text(strip=True) if date_tag else ""
        date = (_rss_date(raw_date) or T.iso_date(raw_date)) if raw_date else None
        norm = " ".join(text.split()).casefold()
        if text and not any(b.field == "post" and " ".join(b.text.split()).casefold() == norm
                            for b in profile.blocks):
            profile.add(text, "post", author=user, date=date)
            count += 1
    return count


def feed_url(soup: BeautifulSoup, base: str, host: str) -> str | None:
    """The RSS (else Atom) feed a profile page declares on its own instance (GoToSocial's
    /@USER/feed.rss, Akkoma's /users/USER/feed.atom), or None."""
    for kind in ("application/rss+xml", "application/atom+xml"):
        for link in soup.find_all("link", href=True, attrs={"type": kind}):
            url = urljoin(base, str(link["href"]))
            if urlsplit(url).scheme in ("http", "https") and urlsplit(url).netloc.lower() == host:
                return url
    return None


def _rss_date(value: str) -> str | None:
    import email.utils  # here, not on import: it pulls in socket and calendar for every audit

    try:
        return email.utils.parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError):
        return None
