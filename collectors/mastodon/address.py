"""Where a fediverse account lives: the profile URL forms (/@user, /users/user, /@user@other.host)
on any host but those of platforms whose /@name paths are not Mastodon."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from collectors.base import bare_host

# Hosts whose /@name paths are not Mastodon; collectors.find() asks the platforms' own
# collectors first, so their hosts never reach this one.
NOT_MASTODON = ("threads.net", "threads.com", "tiktok.com", "medium.com", "youtube.com", "substack.com",
                "instagram.com", "x.com", "twitter.com", "bsky.app", "linktr.ee", "vsco.co", "figma.com",
                "replit.com", "producthunt.com", "hashnode.com", "flipboard.com", "tumblr.com",
                "pinterest.com", "snapchat.com", "github.com", "reddit.com", "facebook.com", "linkedin.com")

_USER = r"[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?"
PATH = re.compile(rf"^/(?:web/@|@|users/)(?P<user>{_USER})(?:@(?P<domain>[A-Za-z0-9.-]+\.[A-Za-z]{{2,}}))?/?$")


def match(url: str) -> re.Match[str] | None:
    """The path match when `url` is a fediverse profile URL, else None."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    host = bare_host(url)
    if any(host == h or host.endswith("." + h) for h in NOT_MASTODON):
        return None
    return PATH.match(parts.path or "/")


def where(url: str) -> tuple[str, str]:
    """(instance host, user name) for a profile URL; @user@other.host means other.host."""
    m = match(url)
    if m is None:
        raise ValueError(f"not a Mastodon profile URL: {url}")
    host = (m.group("domain") or urlsplit(url).netloc).lower()
    return host, m.group("user")


def page_account(soup_user: str, *urls: str) -> tuple[str, str]:
    """(user name, instance host) of the profile a page shows, from the first of `urls` that is
    a profile URL, else from its `profile:username` meta tag (`soup_user`)."""
    for url in urls:
        try:
            host, user = where(url)
        except ValueError:
            continue
        return user, host
    user = soup_user.lstrip("@")
    return user.split("@")[0], (user.split("@")[1].lower() if "@" in user else "")
