"""Any web page: title, meta and Open Graph tags, JSON-LD and microdata Person, h-card, visible text,
image alt texts and links. Personal sites use it, and so does any URL no platform claims."""

from __future__ import annotations

import re
from typing import ClassVar

from bs4 import BeautifulSoup

from collectors import html as H
from collectors.html.authors import add_blocks
from collectors.base import NOTHING_READ, Collector, ok, unreadable
from collectors.html import fast
from footprint.http import Response
from footprint.models import Collected, Profile, Status


class GenericCollector(Collector):
    name = "website"
    title = "Personal website or any other page"
    hosts: ClassVar[tuple[str, ...]] = ()
    path = re.compile(r".*")
    example = "https://yourname.example/"
    requests = ("the page itself",)

    def match(self, url: str) -> re.Match[str] | None:
        return self.path.match(url) if url.lower().startswith(("http://", "https://")) else None

    def read_response(self, profile: Profile, response: Response) -> Collected:
        """A web page is read from lxml's own tree (collectors.html.fast), as `read_page` reads
        BeautifulSoup's, at a tenth of the cost of building the latter."""
        unread = unreadable(profile, response)
        if unread is not None:
            return unread
        root = fast.tree_of(response.body, response.charset)
        if root is None:                 # lxml gave no tree, or cut it: read as any page is
            return super().read_response(profile, response)
        fast.read_page(root, response.url, profile)
        if profile.is_empty:
            return Collected(profile, Status.ERROR, NOTHING_READ)
        return ok(profile)

    def parse(self, soup: BeautifulSoup, response: Response, profile: Profile) -> None:
        read_page(soup, response, profile)


def read_page(soup: BeautifulSoup, response: Response, profile: Profile) -> None:
    """Everything the generic reader takes from a page; platform collectors reuse it."""
    H.add_meta(profile, soup)
    for item in H.json_ld(soup) + H.microdata(soup):
        H.add_json_ld_person(profile, item)
    H.add_hcards(profile, soup, response.url)
    add_blocks(profile, H.blocks(soup), lambda: soup.find_all(True))
    H.add_image_alts(profile, soup)
    H.add_links(profile, soup, response.url)
