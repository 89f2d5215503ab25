"""Linked accounts: the user's other accounts and sites that a profile points to
(rel=me links, bio links, Linktree buttons, website fields)."""

from __future__ import annotations

from urllib.parse import urlsplit

from footprint.detect.base import Detector, Hit
from footprint.facts import Facts
from footprint.models import Profile, TextBlock


def _same(a: str, b: str) -> bool:
    pa, pb = urlsplit(a.lower()), urlsplit(b.lower())
    host = lambda h: h.removeprefix("www.").removeprefix("m.")  # noqa: E731
    return host(pa.netloc) == host(pb.netloc) and pa.path.rstrip("/") == pb.path.rstrip("/")


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
        return hits
