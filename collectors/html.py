"""Reading HTML: meta tags, embedded JSON, JSON-LD and h-card people, text and links."""

from __future__ import annotations

import json
import re
import warnings
from collections.abc import Iterator
from typing import Any
from urllib.parse import urljoin

from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning, NavigableString, Tag
from bs4.dammit import UnicodeDammit

from collectors.text import add_contact, with_https
from footprint.models import Profile

warnings.filterwarnings("ignore", category=MarkupResemblesLocatorWarning)

MAX_DEPTH = 2000

_BLOCK_TAGS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "dd", "dt", "td", "th", "blockquote",
               "figcaption", "address", "pre", "caption", "label", "summary"}
# Not read as text. Footers are read: a personal site's footer is where an address often sits.
_SKIP = {"script", "style", "noscript", "template", "svg", "head", "iframe", "object", "form", "nav"}
_BREAK_AFTER = {"p": "\n\n", "div": "\n", "li": "\n", "blockquote": "\n\n", "pre": "\n\n", "tr": "\n",
                "h1": "\n\n", "h2": "\n\n", "h3": "\n\n", "h4": "\n\n", "h5": "\n\n", "h6": "\n\n"}
_SPACES = re.compile(r"[ \t\u00a0]+")
_MANY_BREAKS = re.compile(r"\n{3,}")
_WS = re.compile(r"\s+")
_FIRST_OBJECT = re.compile(r"(?=\{)")


def soup_of(body: bytes | str, charset: str | None = None) -> BeautifulSoup:
    """Parse HTML from bytes with lxml, trusting a declared charset only as a hint."""
    # bytes, not requests' `.text`, so that a charset declared only in a meta tag decodes
    # right (`.text` would guess ISO-8859-1)
    if isinstance(body, bytes):
        hints = [charset] if charset else []
        dammit = UnicodeDammit(body, hints, is_html=True)
        text = dammit.unicode_markup if dammit.unicode_markup is not None else body.decode("utf-8", "replace")
    else:
        text = body
    return BeautifulSoup(text, "lxml")


def too_deep(soup: BeautifulSoup) -> bool:
    """True when the element tree nests deeper than anything a real profile needs."""
    stack: list[tuple[Tag, int]] = [(soup, 0)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH:
            return True
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


def next_data(soup: BeautifulSoup) -> dict[str, Any]:
    """The Next.js `__NEXT_DATA__` object, or an empty dict."""
    data = script_json(soup, id="__NEXT_DATA__")
    return data if isinstance(data, dict) else {}


def scripts_json(soup: BeautifulSoup, needle: str) -> Iterator[Any]:
    """Parsed JSON from every <script> whose text contains `needle`: plain JSON scripts and
    `window.X = {...};` assignments alike."""
    for tag in soup.find_all("script"):
        text = tag.string or tag.get_text() or ""
        if needle not in text:
            continue
        try:
            yield json.loads(text)
            continue
        except ValueError:
            pass
        value = json_after(text, _FIRST_OBJECT)
        if value is not None:
            yield value


def json_after(text: str, marker: re.Pattern[str]) -> Any:
    """The JSON value that starts right after `marker` in `text` (e.g. `var x = {...};`)."""
    m = marker.search(text)
    if not m:
        return None
    try:
        value, _ = json.JSONDecoder().raw_decode(text, m.end())
    except ValueError:
        return None
    return value


def walk(value: Any, limit: int = 200_000) -> Iterator[dict[str, Any]]:
    """Every dict inside a parsed JSON value, in document order, with a bound on the work."""
    stack: list[Any] = [value]
    seen = 0
    while stack and seen < limit:
        item = stack.pop()
        seen += 1
        if isinstance(item, dict):
            yield item
            stack.extend(reversed([v for v in item.values() if isinstance(v, (dict, list))]))
        elif isinstance(item, list):
            stack.extend(reversed([v for v in item if isinstance(v, (dict, list))]))


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


def microdata(soup: BeautifulSoup) -> list[dict[str, Any]]:
    """schema.org microdata (itemscope/itemprop) as JSON-LD-shaped dicts, top-level items only."""

    def value(el: Tag) -> Any:
        if el.has_attr("itemscope"):
            return item(el)
        for attr in ("content", "datetime"):
            if el.get(attr):
                return str(el[attr])
        if el.name in ("a", "link") and el.get("href"):
            return str(el["href"])
        if el.name in ("img", "audio", "video", "source") and el.get("src"):
            return str(el["src"])
        return el.get_text(" ", strip=True)

    def item(scope: Tag) -> dict[str, Any]:
        kinds = str(scope.get("itemtype") or "").split()
        out: dict[str, Any] = {"@type": [k.rstrip("/").rsplit("/", 1)[-1] for k in kinds] or ["Thing"]}
        for el in scope.find_all(None, attrs={"itemprop": True}):
            owner = el.find_parent(None, attrs={"itemscope": True})
            if owner is not scope:
                continue  # belongs to a nested item
            for prop in str(el["itemprop"]).split():
                v = value(el)
                if prop in out:
                    out[prop] = (out[prop] if isinstance(out[prop], list) else [out[prop]]) + [v]
                else:
                    out[prop] = v
        return out

    return [item(scope) for scope in soup.find_all(None, attrs={"itemscope": True})
            if not scope.has_attr("itemprop") and isinstance(scope, Tag)]


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
        places = item.get(key)
        for addr in (places if isinstance(places, list) else [places]):
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
    same_as = item.get("sameAs")
    for same in (same_as if isinstance(same_as, list) else [same_as]):
        if isinstance(same, str):
            profile.add_link(same, rel="me", field="metadata")
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

        def values(key: str, props: dict[str, Any] = props) -> Iterator[str]:
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


# Parts of a page written by other people or about other things: comment threads, related
# posts, partners and sponsors, "people also viewed". Their text is read but not as the owner's.
OTHERS = re.compile(r"(?:^|[-_\s])(?:comments?|comment-list|replies|reply|respond|disqus|related|recommended|"
                    r"also-viewed|people-also|similar|sponsors?|partners?|adverts?|ads|promo|blogroll|"
                    r"testimonials?|reviews?|guestbook)(?:$|[-_\s])", re.I)


def _others(el: Tag) -> bool:
    for node in [el, *el.parents]:
        if isinstance(node, Tag):
            classes: Any = node.get("class") or []
            marks = " ".join([str(node.get("id") or ""), *(classes if isinstance(classes, list) else [classes])])
            if marks.strip() and OTHERS.search(marks):
                return True
    return False


def visible_blocks(soup: BeautifulSoup) -> Iterator[tuple[str, str, str | None, bool]]:
    """Visible text as (text, field, nearest heading, own): one block per paragraph-like
    element; `own` is False inside comment threads, related posts, partners and the like."""
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
                yield text, field, heading, not _others(el)
        elif el.name in ("div", "section", "article", "main", "header", "aside", "span"):
            # loose text directly inside a container, not wrapped in a block element
            loose = " ".join(s.strip() for s in el.find_all(string=True, recursive=False) if s.strip())
            if loose and not any(isinstance(p, Tag) and p.name in _BLOCK_TAGS for p in el.parents):
                yield loose, "page", heading, not _others(el)


def add_links(profile: Profile, soup: BeautifulSoup, base: str) -> None:
    """rel=me links, mailto: and tel: links, and every other outbound http(s) link."""
    for a in soup.find_all(["a", "link"], href=True):
        href = str(a["href"]).strip()
        rel = " ".join(a.get("rel") or []) if isinstance(a.get("rel"), list) else str(a.get("rel") or "")
        text = a.get_text(" ", strip=True) if a.name == "a" else ""
        lower = href.lower()
        if lower.startswith(("mailto:", "tel:")):
            add_contact(profile.add, href, text)
        elif a.name == "link" and "me" not in rel.split():
            continue
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


def squash(text: str) -> str:
    return _WS.sub(" ", text).strip()


def text_of(el: Tag | None) -> str:
    """An element's text on one line."""
    return squash(el.get_text(" ", strip=True)) if isinstance(el, Tag) else ""


def html_text(html: str | Tag | None) -> str:
    """Text of an HTML fragment (a Mastodon note, a Reddit post body), keeping line and
    paragraph breaks.

    Inline elements are joined without spaces, so `#<span>tag</span>` stays `#tag` and a
    Mastodon link split into invisible/ellipsis spans comes out whole."""
    if not html:
        return ""
    # parsed afresh from the markup, because the breaks are written into the tree
    soup = BeautifulSoup(str(html), "lxml")
    for br in soup.find_all("br"):
        br.replace_with("\n")
    for tag in soup.find_all(list(_BREAK_AFTER)):
        tag.append(_BREAK_AFTER[tag.name])
    text = soup.get_text("")
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _MANY_BREAKS.sub("\n\n", "\n".join(lines)).strip()


def rich_text(el: Tag | None, pre: bool = False) -> str:
    """An element's text with emoji images read from their alt text and <br> as a new line
    (X and Facebook draw emoji as <img alt="⚽">). With `pre`, new lines in the text are
    kept (X shows tweets and bios pre-wrapped); otherwise they are white space."""
    if el is None:
        return ""
    parts: list[str] = []
    for node in el.descendants:
        if isinstance(node, NavigableString):
            if not isinstance(node.parent, Tag) or node.parent.name not in ("script", "style", "title"):
                if type(node) is NavigableString:  # not a comment or CDATA
                    parts.append(str(node) if pre else _WS.sub(" ", str(node)))
        elif isinstance(node, Tag):
            if node.name == "img" and node.get("alt"):
                parts.append(str(node["alt"]))
            elif node.name == "br":
                parts.append("\n")
    lines = [_SPACES.sub(" ", line).strip() for line in "".join(parts).split("\n")]
    return "\n".join(line for line in lines if line)


def plain(text: str | None) -> str:
    """Text that may hold HTML markup (a story, a description), one line per piece of text."""
    if not text:
        return ""
    text = str(text)
    if "<" in text and ">" in text:
        text = BeautifulSoup(text, "lxml").get_text("\n", strip=True)
    return text.strip()


def html_links(html: str | None) -> list[tuple[str, str, list[str]]]:
    """(href, text, classes) of every http(s) link in an HTML fragment."""
    if not html:
        return []
    out = []
    for a in BeautifulSoup(str(html), "lxml").find_all("a", href=True):
        href = str(a["href"]).strip()
        if href.lower().startswith(("http://", "https://")):
            classes: str | list[str] = a.get("class") or []
            out.append((href, a.get_text("", strip=True), list(classes) if isinstance(classes, list) else []))
    return out


def by_class_prefix(soup: BeautifulSoup | Tag, *prefixes: str) -> list[Tag]:
    """Elements with a class starting with one of `prefixes` (CSS-module names such as
    `Details_name__GicQw`, whose hash suffix changes with every build)."""
    found: list[Tag] = []
    for prefix in prefixes:
        for el in soup.select(f'[class*="{prefix}"]'):
            classes: str | list[str] = el.get("class") or []
            if any(c.startswith(prefix) for c in classes) and el not in found:
                found.append(el)
    return found
