"""Reading HTML pages: meta and Open Graph tags, JSON-LD, h-card, visible text, links.

Parsers are always handed the page's bytes, so a charset declared only in a meta tag
decodes right (requests' `.text` would guess ISO-8859-1).
"""

from __future__ import annotations

import json
import re
import warnings
from collections.abc import Iterator
from typing import Any

from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning, Tag
from bs4.dammit import UnicodeDammit

from footprint.models import Profile

warnings.filterwarnings("ignore", category=MarkupResemblesLocatorWarning)

MAX_DEPTH = 2000

_TEXT_TAGS = ("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "dd", "dt", "td", "th", "blockquote",
              "figcaption", "address", "span", "div", "section", "article")
_BLOCK_TAGS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "dd", "dt", "td", "th", "blockquote",
               "figcaption", "address", "pre", "caption", "label", "summary"}
_SKIP = {"script", "style", "noscript", "template", "svg", "head", "iframe", "object", "form", "nav", "footer"}


def soup_of(body: bytes | str, charset: str | None = None) -> BeautifulSoup:
    """Parse HTML from bytes with lxml, trusting a declared charset only as a hint."""
    if isinstance(body, bytes):
        hints = [charset] if charset else []
        dammit = UnicodeDammit(body, hints, is_html=True)
        text = dammit.unicode_markup if dammit.unicode_markup is not None else body.decode("utf-8", "replace")
    else:
        text = body
    return BeautifulSoup(text, "lxml")


def too_deep(soup: BeautifulSoup) -> bool:
    """True when the element tree nests deeper than anything a real profile needs."""
    deepest = 0
    stack: list[tuple[Tag, int]] = [(soup, 0)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH:
            return True
        deepest = max(deepest, depth)
        stack.extend((c, depth + 1) for c in node.children if isinstance(c, Tag))
    return False


def title(soup: BeautifulSoup) -> str:
    tag = soup.find("title")
    return tag.get_text(" ", strip=True) if tag else ""


def meta(soup: BeautifulSoup, *names: str) -> str | None:
    """The content of the first <meta name=...> or <meta property=...> among `names`."""
    for name in names:
        for attr in ("property", "name", "itemprop"):
            tag = soup.find("meta", attrs={attr: name})
            if isinstance(tag, Tag) and tag.get("content"):
                return str(tag["content"])
    return None


def script_json(soup: BeautifulSoup, **attrs: Any) -> Any:
    """Parse the JSON inside the first <script> with these attributes, or None."""
    tag = soup.find("script", attrs=attrs)
    if not isinstance(tag, Tag):
        return None
    try:
        return json.loads(tag.string or tag.get_text() or "")
    except ValueError:
        return None


def json_ld(soup: BeautifulSoup) -> list[dict[str, Any]]:
    """Every JSON-LD object on the page, with @graph lists flattened."""
    out: list[dict[str, Any]] = []
    for tag in soup.find_all("script", attrs={"type": "application/ld+json"}):
        try:
            data = json.loads(tag.string or tag.get_text() or "")
        except ValueError:
            continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                if isinstance(item.get("@graph"), list):
                    stack.extend(item["@graph"])
                out.append(item)
    return out


def _types(item: dict[str, Any]) -> set[str]:
    t = item.get("@type")
    return {str(x) for x in (t if isinstance(t, list) else [t]) if x}


def _names(value: Any) -> Iterator[str]:
    """Strings from a JSON-LD value that may be a string, an object with a name, or a list."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for v in value:
            yield from _names(v)
    elif isinstance(value, dict):
        if value.get("name"):
            yield from _names(value["name"])
        elif value.get("address"):
            yield from _names(value["address"])
        else:
            parts = [value.get(k) for k in ("streetAddress", "addressLocality", "postalCode")]
            joined = ", ".join(str(p) for p in parts if p)
            if joined:
                yield joined


_RELATIONS = {"spouse": "spouse", "children": "child", "parent": "parent", "parents": "parent",
              "sibling": "sibling", "siblings": "sibling", "relatedTo": "relative"}


def add_json_ld_person(profile: Profile, item: dict[str, Any], field: str = "metadata") -> None:
    """Read the fields of a schema.org Person into the profile, each with its hint."""
    if "Person" not in _types(item):
        return
    add = profile.add
    for name in _names(item.get("name")):
        add(name, field, hint="name", label="name")
    for key in ("jobTitle", "description", "disambiguatingDescription"):
        for v in _names(item.get(key)):
            add(v, field, label=key, hint="job" if key == "jobTitle" else None)
    for v in _names(item.get("birthDate")):
        add(v, field, hint="date_of_birth", label="birthDate")
    for v in _names(item.get("birthPlace")):
        add(v, field, hint="birthplace", label="birthPlace")
    for key in ("address", "homeLocation"):
        for addr in (item.get(key) if isinstance(item.get(key), list) else [item.get(key)]):
            add_address(profile, addr, field, label=key)
    for key in ("worksFor", "affiliation", "memberOf"):
        for v in _names(item.get(key)):
            add(v, field, hint="employer", label=key)
    for v in _names(item.get("alumniOf")):
        add(v, field, label="alumniOf", hint="education")
    for key, relation in _RELATIONS.items():
        for v in _names(item.get(key)):
            add(v, field, hint="family", label=relation)
    for v in _names(item.get("knows")):
        add(v, field, hint="knows", label="knows")
    for v in _names(item.get("email")):
        add(v.removeprefix("mailto:"), field, hint="email", label="email")
    for v in _names(item.get("telephone")):
        add(v.removeprefix("tel:"), field, hint="phone", label="telephone")
    for v in (item.get("sameAs") if isinstance(item.get("sameAs"), list) else [item.get("sameAs")]):
        if isinstance(v, str):
            profile.add_link(v, rel="me", field="metadata")
    if isinstance(item.get("url"), str):
        profile.add_link(item["url"], rel="me", field="metadata")


def add_address(profile: Profile, addr: Any, field: str, label: str = "address") -> None:
    """A PostalAddress or Place: locality, region and postcode as home-location hints."""
    if isinstance(addr, str):
        profile.add(addr, field, hint="home_location", label=label)
        return
    if not isinstance(addr, dict):
        return
    if isinstance(addr.get("address"), (dict, str)):
        add_address(profile, addr["address"], field, label)
    if addr.get("name") and "Place" in _types(addr):
        profile.add(str(addr["name"]), field, hint="home_location", label=label)
    for key in ("streetAddress", "addressLocality", "addressRegion", "postalCode"):
        if addr.get(key):
            profile.add(str(addr[key]), field, hint="home_location", label=f"{label}.{key}")


def add_hcards(profile: Profile, html: str, url: str) -> None:
    """h-card microformats (mf2py): bday, locality, postcode, email, tel, org, note."""
    try:
        import mf2py

        parsed = mf2py.parse(doc=html, url=url, html_parser="lxml")
    except Exception:  # a broken microformat must not sink the page; the rest is still read
        return
    stack = list(parsed.get("items", []))
    while stack:
        item = stack.pop()
        stack.extend(item.get("children", []))
        for prop_values in item.get("properties", {}).values():
            stack.extend(v for v in prop_values if isinstance(v, dict) and "type" in v)
        if "h-card" not in item.get("type", []):
            continue
        props = item.get("properties", {})

        def values(key: str) -> Iterator[str]:
            for v in props.get(key, []):
                if isinstance(v, dict):
                    v = v.get("value") or v.get("html") or ""
                if isinstance(v, str) and v.strip():
                    yield v.strip()

        for v in values("name"):
            profile.add(v, "metadata", hint="name", label="h-card name")
        for v in values("bday"):
            profile.add(v, "metadata", hint="date_of_birth", label="h-card bday")
        for key in ("street-address", "locality", "region", "postal-code"):
            for v in values(key):
                profile.add(v, "metadata", hint="home_location", label=f"h-card {key}")
        for v in values("email"):
            profile.add(v.removeprefix("mailto:"), "metadata", hint="email", label="h-card email")
        for v in values("tel"):
            profile.add(v.removeprefix("tel:"), "metadata", hint="phone", label="h-card tel")
        for key in ("org", "job-title", "role"):
            for v in values(key):
                profile.add(v, "metadata", hint="employer" if key == "org" else "job", label=f"h-card {key}")
        for v in values("note"):
            profile.add(v, "metadata", label="h-card note")


def visible_blocks(soup: BeautifulSoup) -> Iterator[tuple[str, str, str | None]]:
    """Visible text as (text, field, nearest heading): one block per paragraph-like element."""
    heading: str | None = None
    body = soup.body or soup
    for el in body.descendants:
        if not isinstance(el, Tag):
            continue
        if any(p.name in _SKIP for p in el.parents if isinstance(p, Tag)) or el.name in _SKIP:
            continue
        if el.name in ("h1", "h2", "h3", "h4", "h5", "h6"):
            heading = el.get_text(" ", strip=True) or heading
        if el.name in _BLOCK_TAGS:
            # an inner block element of the same kind is read on its own
            if any(isinstance(p, Tag) and p.name in _BLOCK_TAGS for p in el.parents):
                continue
            text = el.get_text(" ", strip=True)
            if text:
                field = "caption" if el.name in ("figcaption", "caption") else "page"
                yield text, field, heading
        elif el.name in ("div", "section", "article", "main", "header", "aside", "span"):
            # loose text directly inside a container, not wrapped in a block element
            own = " ".join(s.strip() for s in el.find_all(string=True, recursive=False) if s.strip())
            if own and not any(isinstance(p, Tag) and p.name in _BLOCK_TAGS for p in el.parents):
                yield own, "page", heading


def add_links(profile: Profile, soup: BeautifulSoup, base: str) -> None:
    """rel=me links, mailto: and tel: links, and every other outbound http(s) link."""
    from urllib.parse import urljoin

    for a in soup.find_all(["a", "link"], href=True):
        href = str(a["href"]).strip()
        rel = " ".join(a.get("rel") or []) if isinstance(a.get("rel"), list) else str(a.get("rel") or "")
        text = a.get_text(" ", strip=True) if a.name == "a" else ""
        lower = href.lower()
        if lower.startswith("mailto:"):
            profile.add(href[7:].split("?")[0], "link", hint="email", label=text or "mailto")
        elif lower.startswith("tel:"):
            profile.add(href[4:], "link", hint="phone", label=text or "tel")
        elif a.name == "link" and "me" not in rel.split():
            continue
        elif lower.startswith(("http://", "https://", "/")) and not lower.startswith("//"):
            profile.add_link(urljoin(base, href), text=text, rel=rel)
        elif lower.startswith("//"):
            profile.add_link("https:" + href, text=text, rel=rel)


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


_WS = re.compile(r"\s+")


def squash(text: str) -> str:
    return _WS.sub(" ", text).strip()
