"""Linked accounts: the user's other accounts and sites that a profile points to
(rel=me links, bio links, Linktree buttons, website fields), and profile links and
@handles of known platforms written in any text (footprint/data/platforms.json)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from urllib.parse import urlsplit

from footprint.detect.base import Detector, Hit, load_data, text_of
from footprint.detect.clause import OTHER, whose
from footprint.detect.text import PhraseIndex
from footprint.facts import Facts
from footprint.models import Profile, TextBlock

# First path parts that are a platform's own pages, not someone's profile.
_RESERVED = {"about", "explore", "login", "signup", "settings", "search", "home", "hashtag", "share", "watch",
             "features", "pricing", "topics", "trending", "help", "privacy", "terms", "policies", "legal", "jobs",
             "careers", "blog", "news", "p", "reel", "reels", "status", "intent", "i", "groups", "events", "pages",
             "marketplace", "gaming", "results", "feed", "notifications", "messages", "orgs", "organizations",
             "sponsors", "apps", "shorts", "playlist", "r", "wiki"}


def _same(a: str, b: str) -> bool:
    pa, pb = urlsplit(a.lower()), urlsplit(b.lower())
    host = lambda h: h.removeprefix("www.").removeprefix("m.")  # noqa: E731
    return host(pa.netloc) == host(pb.netloc) and pa.path.rstrip("/") == pb.path.rstrip("/")


@dataclass(frozen=True)
class Platforms:
    url: re.Pattern[str]
    handle: re.Pattern[str]
    paths: dict[str, re.Pattern[str]]
    default_path: re.Pattern[str]
    handle_urls: dict[str, str]
    hosts: PhraseIndex
    endings: tuple[str, ...]


@cache
def platforms() -> Platforms:
    data = load_data("platforms.json")
    hosts = "|".join(re.escape(h) for h in sorted(data["hosts"], key=len, reverse=True))
    words = "|".join(re.escape(w) for w in sorted(data["handle_words"], key=len, reverse=True))
    url = re.compile(rf"(?<![\w.@/-])(?:https?://)?(?:www\.|m\.)?(?P<host>{hosts})(?P<path>/[^\s)\]<>\"'`,|]*)",
                     re.I)
    # "IG: @name", "insta @name", "@name on TikTok" (a bare "x" only with a colon: "X: @name")
    handle = re.compile(rf"\b(?P<word>{words})\b(?P<sep>\s*(?:[:\-–👉]|is)?)\s*@(?P<handle>[A-Za-z0-9_.]{{2,30}})"
                        rf"(?![\w@])|(?<![\w@])@(?P<handle2>[A-Za-z0-9_.]{{2,30}})\s+on\s+(?P<word2>{words})\b", re.I)
    paths = {h: re.compile(p) for h, p in data["profile_paths"].items() if h != "default"}
    return Platforms(url, handle, paths, re.compile(data["profile_paths"]["default"]), data["handle_words"],
                     PhraseIndex([(h, None) for h in data["hosts"]]),
                     tuple(sorted({"." + h.rsplit(".", 1)[1] + "/" for h in data["hosts"]})))


def text_links(block: TextBlock) -> list[Hit]:
    """Profile links and @handles of known platforms in one block of text."""
    text = text_of(block)
    p = platforms()
    # a profile link has a path: ".com/", ".app/" (checked as plain substrings first, cheaply)
    hosts = any(e in text for e in p.endings) and bool(p.hosts.find(text))
    if not hosts and "@" not in text:
        return []
    hits = []
    for m in p.url.finditer(text) if hosts else ():
        host, path = m.group("host").lower(), m.group("path").rstrip(".,;:!?")
        if not p.paths.get(host, p.default_path).match(path):
            continue
        if path.strip("/").lstrip("@").split("/")[0].casefold() in _RESERVED:
            continue
        raw = m.group()[:m.start("path") - m.start()] + path
        url = raw if raw.lower().startswith(("http://", "https://")) else "https://" + raw
        hits.append(Hit("linked_account", url, url, 0.8, block, m.start(), m.start("path") + len(path),
                        "a link to another account of yours, in your text"))
    if "@" in text:
        for m in p.handle.finditer(text):
            word, handle = (m.group("word") or m.group("word2")).lower(), (m.group("handle") or m.group("handle2"))
            if word == "x" and ":" not in (m.group("sep") or ""):
                continue   # "x @friend" is a kiss, "X: @name" is an account
            url = p.handle_urls[word].format(handle=handle.rstrip("."))
            hits.append(Hit("linked_account", url, url, 0.75, block, m.start(), m.end(),
                            f"your @handle on {word}, in your text"))
    return hits


class LinkedAccountDetector(Detector):
    category = "linked_account"

    def detect(self, profile: Profile, facts: Facts) -> list[Hit]:
        hits = []
        for link in profile.links:
            if "me" not in link.rel.split() or _same(link.url, profile.url):
                continue
            if urlsplit(link.url).scheme not in ("http", "https"):
                continue
            block = TextBlock(text=f"{link.text}: {link.url}" if link.text else link.url, field=link.field)
            hits.append(Hit("linked_account", link.url, link.url, 0.9, block, 0, 0,
                            "a link from this profile to another account or site of yours"))
        for block in profile.blocks:
            if block.own and block.hint not in ("email", "phone"):
                hits += [h for h in text_links(block) if not _same(h.value, profile.url)
                         and whose(h, profile) != OTHER]   # "my mate @x on Twitch" is the mate's
        return hits
