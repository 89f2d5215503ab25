"""The collectors, one module or package per platform, in one explicit registry.

`find(url)` returns the collector for a profile URL: platforms with hosts of their own are
asked first, then those on any host (Mastodon), and a URL no platform claims goes to the
generic web-page collector. A platform's module is imported when first needed: `find` imports
only those whose hosts the URL's host could be, so an audit of a personal site loads no
platform reader; COLLECTORS, `recognise` and `by_name` load them all.
"""

from __future__ import annotations

import importlib
import logging
import re
import threading

import collectors.lxml_only  # noqa: F401  # first, before anything imports bs4
from collectors.base import Collected, Collector, bare_host
from collectors.generic import GenericCollector

log = logging.getLogger(__name__)

# Each platform: its module, its collector class, and words one of which the host of every URL it
# claims contains (its `hosts`, and for parkrun the national domains its `match` accepts; checked by
# tests.test_registry), or None for a platform on any host. Order matters only where patterns
# could overlap; find() ranks collectors with hosts of their own before those that match any host.
PLATFORMS: list[tuple[str, str, tuple[str, ...] | None]] = [
    ("collectors.linkedin", "LinkedInCollector", ("linkedin.com",)),
    ("collectors.strava", "StravaCollector", ("strava.com",)),
    ("collectors.youtube", "YouTubeCollector", ("youtube.com",)),
    ("collectors.linktree", "LinktreeCollector", ("linktr.ee",)),
    ("collectors.parkrun", "ParkrunCollector", ("parkrun.",)),
    ("collectors.justgiving", "JustGivingCollector", ("justgiving.com",)),
    ("collectors.bluesky", "BlueskyCollector", ("bsky.app",)),
    ("collectors.reddit", "RedditCollector", ("reddit.com",)),
    ("collectors.github", "GitHubCollector", ("github.com",)),
    ("collectors.instagram", "InstagramCollector", ("instagram.com",)),
    ("collectors.facebook", "FacebookCollector", ("facebook.com", "fb.com")),
    ("collectors.x", "XCollector", ("x.com", "twitter.com")),
    ("collectors.threads", "ThreadsCollector", ("threads.net", "threads.com")),
    ("collectors.tiktok", "TikTokCollector", ("tiktok.com",)),
    ("collectors.mastodon", "MastodonCollector", None),
]
# Each platform that recognises saved pages (overrides Collector.recognises): a regular expression
# that finds a line of a page's signs (collectors.html.fast.signs: "kind=value" lines, lower case)
# whenever its `recognises` could be true. A page that shows no platform's signs is read as a web
# page from lxml's tree, without importing the platforms' readers or building BeautifulSoup's tree
# (ten times the cost of lxml's parse) for them to judge. tests.collectors.test_fast checks them.
SIGNS: dict[str, str] = {
    "collectors.linkedin": r"^meta pagekey=public_profile|^link rel=.*canonical.*href=.*linkedin\.com/in/",
    "collectors.strava": r"^meta og:site_name=strava$",
    "collectors.youtube": r"^script .*ytinitialdata|^meta og:site_name=youtube$",
    "collectors.linktree": r"^meta og:url=.*linktr\.ee/|^script id=__next_data__ ",
    "collectors.parkrun": r"^title=.*parkrun",
    "collectors.justgiving": r"^meta og:url=.*justgiving\.com/|^meta og:site_name=justgiving$",
    "collectors.bluesky": r"^id=bsky_handle$|^title=.*on bluesky$",
    "collectors.reddit": r"^tag=shreddit-(app|post|profile-comment)$|^meta og:site_name=reddit$",
    "collectors.github": r"^class=vcard-username$|^meta og:site_name=github$",
    "collectors.instagram": r"^meta (al:ios:app_name|al:android:app_name|og:site_name)=instagram$"
                            r"|^meta og:url=.*instagram\.com/|^title=.*[•·]\s*instagram\b"
                            r"|^meta description=.*\bon instagram\b",
    "collectors.facebook": r"^html id=facebook |^meta og:url=https?://([a-z]+\.)?facebook\.com/"
                           r"|^comment=.*saved from url=.*facebook\.com/"
                           r"|^id=(intro_container_id|m-timeline-cover-section)$",
    "collectors.x": r"^meta og:site_name=(x \(formerly twitter\)|twitter$)|^title=.*\s/\s(x|twitter)$"
                    r"|^link .*href=.*abs\.twimg\.com|^testid=primarycolumn$",
    "collectors.threads": r"^meta og:site_name=threads$|^(meta og:title|title)=.*[•·]\s*threads\b|^html .*barcelona",
    "collectors.tiktok": r"^script id=(__universal_data_for_rehydration__|sigi_state) |^(id|class)=tiktok-verify-page$"
                         r"|^meta og:site_name=tiktok$|^meta og:url=.*tiktok\.com/@",
    "collectors.mastodon": r"^id=mastodon$|^link .*activity\+json",
}
GENERIC = GenericCollector()
_loaded: dict[str, Collector] = {}
_loading = threading.Lock()       # the engine's workers may ask for a platform at once


def _collector(module: str, name: str) -> Collector:
    """The one instance of a platform's collector, its module imported on first use."""
    found = _loaded.get(module)
    if found is None:
        with _loading:
            found = _loaded.get(module)
            if found is None:
                found = _loaded[module] = getattr(importlib.import_module(module), name)()
    return found


def _all() -> list[Collector]:
    return [*(_collector(module, name) for module, name, _ in PLATFORMS), GENERIC]


def __getattr__(name: str) -> list[Collector]:
    if name == "COLLECTORS":        # every collector, the generic one last
        return _all()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def find(url: str) -> Collector:
    """The collector that claims `url` (the generic one when no platform does). A host that
    belongs to a platform is that platform's alone: a path it does not claim is a web page."""
    host = bare_host(url)
    candidates = [_collector(module, name) for module, name, words in PLATFORMS
                  if words is None or any(word in host for word in words)]
    own = [c for c in candidates if c.hosts]
    for collector in own:
        if collector.match(url):
            return collector
    if any(host in c.hosts for c in own):
        return GENERIC
    for collector in candidates:
        if not collector.hosts and collector.match(url):
            return collector
    return GENERIC


def recognise(body: bytes) -> Collector:
    """The platform a saved page came from, judged from its content (generic when unsure). A page
    that shows no platform's signs (SIGNS) is not built with BeautifulSoup to be judged."""
    from collectors.html import fast, soup_of

    root = fast.tree_of(body)
    if root is not None:
        shown = fast.signs(root)
        if not any(re.search(signs, shown, re.M) for signs in SIGNS.values()):
            fast.keep(body, None, root)      # the generic reader reads this same tree
            return GENERIC
    soup = soup_of(body, keep=True)      # the collector chosen reads this same tree
    for collector in _all():
        if collector.recognises(soup):
            return collector
    return GENERIC


def judges(collector: Collector) -> bool:
    """True when the collector recognises saved pages of its platform (overrides `recognises`)."""
    return type(collector).recognises.__func__ is not Collector.recognises.__func__  # type: ignore[attr-defined]


ALIASES = {"twitter": "x", "site": "website", "web": "website", "blog": "website", "personal": "website",
           "generic": "website", "fb": "facebook", "ig": "instagram", "bsky": "bluesky"}


def by_name(name: str) -> Collector | None:
    """The collector with this platform name ("instagram", "website", ...)."""
    name = name.strip().lower()
    name = ALIASES.get(name, name)
    for collector in _all():
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
        names = ", ".join(c.name for c in _all())
        log.warning("unknown platform %r (known: %s); reading the page as a generic web page", platform, names)
    if source_url.startswith(("http://", "https://")):
        by_url = find(source_url)
        if by_url.name != "website":
            return by_url
    return recognise(body)


__all__ = ["COLLECTORS", "Collected", "Collector", "find", "by_name", "pick_for_saved", "recognise"]
