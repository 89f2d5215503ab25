"""The collectors, one module or package per platform, in one explicit registry.

`find(url)` returns the collector for a profile URL: platforms with hosts of their own are
asked first, then those on any host (Mastodon), and a URL no platform claims goes to the
generic web-page collector.
"""

from __future__ import annotations

import logging
import re

import collectors.lxml_only  # noqa: F401  # first, before anything imports bs4
from collectors.base import Collected, Collector, bare_host
from collectors.bluesky import BlueskyCollector
from collectors.facebook import FacebookCollector
from collectors.generic import GenericCollector
from collectors.github import GitHubCollector
from collectors.instagram import InstagramCollector
from collectors.justgiving import JustGivingCollector
from collectors.linkedin import LinkedInCollector
from collectors.linktree import LinktreeCollector
from collectors.mastodon import MastodonCollector
from collectors.parkrun import ParkrunCollector
from collectors.reddit import RedditCollector
from collectors.strava import StravaCollector
from collectors.threads import ThreadsCollector
from collectors.tiktok import TikTokCollector
from collectors.x import XCollector
from collectors.youtube import YouTubeCollector

log = logging.getLogger(__name__)

# Order matters only where patterns could overlap; the generic collector comes last.
# find() ranks collectors with hosts of their own before those that match any host.
COLLECTORS: list[Collector] = [
    LinkedInCollector(),
    StravaCollector(),
    YouTubeCollector(),
    LinktreeCollector(),
    ParkrunCollector(),
    JustGivingCollector(),
    BlueskyCollector(),
    RedditCollector(),
    GitHubCollector(),
    InstagramCollector(),
    FacebookCollector(),
    XCollector(),
    ThreadsCollector(),
    TikTokCollector(),
    MastodonCollector(),
    GenericCollector(),
]


def find(url: str) -> Collector:
    """The collector that claims `url` (the generic one when no platform does). A host that
    belongs to a platform is that platform's alone: a path it does not claim is a web page."""
    host = bare_host(url)
    own = [c for c in COLLECTORS if c.hosts]
    for collector in own:
        if collector.match(url):
            return collector
    if any(host in c.hosts for c in own):
        return COLLECTORS[-1]
    for collector in COLLECTORS:
        if not collector.hosts and not isinstance(collector, GenericCollector) and collector.match(url):
            return collector
    return COLLECTORS[-1]


def recognise(body: bytes) -> Collector:
    """The platform a saved page came from, judged from its content (generic when unsure). A page
    that shows no platform's signs is not built with BeautifulSoup to be judged."""
    from collectors.html import fast, soup_of

    root = fast.tree_of(body)
    if root is not None:
        shown = fast.signs(root)
        if not any(c.signs is None or re.search(c.signs, shown, re.M) for c in COLLECTORS if judges(c)):
            fast.keep(body, None, root)      # the generic reader reads this same tree
            return COLLECTORS[-1]
    soup = soup_of(body, keep=True)      # the collector chosen reads this same tree
    for collector in COLLECTORS:
        if collector.recognises(soup):
            return collector
    return COLLECTORS[-1]


def judges(collector: Collector) -> bool:
    """True when the collector recognises saved pages of its platform (overrides `recognises`)."""
    return type(collector).recognises.__func__ is not Collector.recognises.__func__  # type: ignore[attr-defined]


ALIASES = {"twitter": "x", "site": "website", "web": "website", "blog": "website", "personal": "website",
           "generic": "website", "fb": "facebook", "ig": "instagram", "bsky": "bluesky"}


def by_name(name: str) -> Collector | None:
    """The collector with this platform name ("instagram", "website", ...)."""
    name = name.strip().lower()
    name = ALIASES.get(name, name)
    for collector in COLLECTORS:
        if collector.name == name:
            return collector
    return None


def pick_for_saved(body: bytes, platform: str | None, source_url: str) -> Collector:
    """The collector for a saved page: the platform the user named, else the one its URL or
    its content shows, else the generic reader."""
    if platform:
        chosen = by_name(platform)
        if chosen is not None:
            return chosen
        names = ", ".join(c.name for c in COLLECTORS)
        log.warning("unknown platform %r (known: %s); reading the page as a generic web page", platform, names)
    if source_url.startswith(("http://", "https://")):
        by_url = find(source_url)
        if by_url.name != "website":
            return by_url
    return recognise(body)


__all__ = ["COLLECTORS", "Collected", "Collector", "find", "by_name", "pick_for_saved", "recognise"]
