"""Links, image alt texts and the title and description tags of a page, into a profile."""

from __future__ import annotations

from urllib.parse import urljoin

from bs4 import BeautifulSoup

from collectors.html.parse import meta, title
from collectors.html.text import line
from collectors.text import add_contact, with_https
from footprint.models import Profile


def add_links(profile: Profile, soup: BeautifulSoup, base: str) -> None:
    """rel=me links, mailto: and tel: links, and every other outbound http(s) link."""
    for a in soup.find_all(["a", "link"], href=True):
        rel = " ".join(a.get("rel") or []) if isinstance(a.get("rel"), list) else str(a.get("rel") or "")
        add_href(profile, base, a.name, str(a["href"]), rel, line(a) if a.name == "a" else "")


def add_href(profile: Profile, base: str, tag: str, href: str, rel: str, text: str) -> None:
    """One <a> or <link>: a mailto: or tel: contact, or an outbound link (a <link> only with rel=me)."""
    href = href.strip()
    lower = href.lower()
    if lower.startswith(("mailto:", "tel:")):
        add_contact(profile.add, href, text)
    elif tag == "link" and "me" not in rel.split():
        return
    elif lower.startswith(("http://", "https://", "/")) and not lower.startswith("//"):
        profile.add_link(urljoin(base, href), text=text, rel=rel)
    elif lower.startswith("//"):
        profile.add_link(with_https(href), text=text, rel=rel)


def add_image_alts(profile: Profile, soup: BeautifulSoup) -> None:
    for img in soup.find_all("img", alt=True):
        profile.add(str(img["alt"]), "image_alt")


def add_meta(profile: Profile, soup: BeautifulSoup) -> None:
    """Title, description and Open Graph tags."""
    seen: set[str] = set()
    for text, label in ((title(soup), "title"), (meta(soup, "description"), "description"),
                        (meta(soup, "og:title"), "og:title"), (meta(soup, "og:description"), "og:description")):
        if text and text not in seen:
            seen.add(text)
            profile.add(text, "metadata", label=label)


def html_links(html: str | None) -> list[tuple[str, str, list[str]]]:
    """(href, text, classes) of every http(s) link in an HTML fragment."""
    if not html:
        return []
    out = []
    for a in BeautifulSoup(str(html), "lxml").find_all("a", href=True):
        href = str(a["href"]).strip()
        if href.lower().startswith(("http://", "https://")):
            classes: str | list[str] = a.get("class") or []
            out.append((href, line(a), list(classes) if isinstance(classes, list) else []))
    return out
