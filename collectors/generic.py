"""Any web page: title, meta and Open Graph tags, JSON-LD and microdata Person, h-card, visible text,
image alt texts and links. Personal sites use it, and so does any URL no platform claims."""

from __future__ import annotations

import re
from typing import ClassVar

from bs4 import BeautifulSoup

from collectors import html as H
from collectors.base import Collector
from footprint.http import Response
from footprint.models import Profile


class GenericCollector(Collector):
    name = "website"
    title = "Personal website or any other page"
    hosts: ClassVar[tuple[str, ...]] = ()
    path = re.compile(r".*")
    example = "https://yourname.example/"
    requests = ("the page itself",)

    def match(self, url: str) -> re.Match[str] | None:
        return self.path.match(url) if url.lower().startswith(("http://", "https://")) else None

    def parse(self, soup: BeautifulSoup, response: Response, profile: Profile) -> None:
        read_page(soup, response, profile)


def read_page(soup: BeautifulSoup, response: Response, profile: Profile) -> None:
    """Everything the generic reader takes from a page; platform collectors reuse it."""
    H.add_meta(profile, soup)
    for item in H.json_ld(soup) + H.microdata(soup):
        H.add_json_ld_person(profile, item)
    H.add_hcards(profile, soup, response.url)
    for block in H.blocks(soup):
        profile.add(block.text, block.field, label=block.heading, own=block.own)
    H.add_image_alts(profile, soup)
    H.add_links(profile, soup, response.url)
