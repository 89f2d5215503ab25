"""Parsing a page: bytes to a tree, its depth, title and meta tags, classes by prefix."""

from __future__ import annotations

import threading
import warnings
from dataclasses import dataclass

from bs4 import BeautifulSoup, Comment, MarkupResemblesLocatorWarning, Tag, XMLParsedAsHTMLWarning
from bs4.dammit import UnicodeDammit

# Whatever a page looks like (a bare string, an XML prologue), it is read as HTML on purpose:
# bs4's advice to do otherwise would reach the user's terminal as a Python warning.
warnings.filterwarnings("ignore", category=MarkupResemblesLocatorWarning)
warnings.filterwarnings("ignore", category=XMLParsedAsHTMLWarning)

MAX_DEPTH = 2000
_META_ATTRS = ("property", "name", "itemprop")
MAX_COMMENTS = 5      # a browser writes its "saved from url=" comment at the top


# The tree a saved page was last parsed into to recognise its platform, handed once to the
# collector that reads the same bytes next: a big page is parsed once, not twice.
_kept = threading.local()


def soup_of(body: bytes | str, charset: str | None = None, *, keep: bool = False) -> BeautifulSoup:
    """Parse HTML from bytes with lxml, trusting a declared charset only as a hint. With `keep`,
    the next call on this thread with the very same bytes gets this tree instead of a new one."""
    kept = _kept.__dict__.pop("page", None)
    if kept is not None and kept[0] is body and kept[1] == charset:
        return kept[2]
    soup = _parse(body, charset)
    if keep:
        _kept.page = (body, charset, soup)
    return soup


def _parse(body: bytes | str, charset: str | None) -> BeautifulSoup:
    return BeautifulSoup(decoded(body, charset), "lxml")


def decoded(body: bytes | str, charset: str | None) -> str:
    """A page's text, from bytes, not requests' `.text`, so that a charset declared only in a meta
    tag decodes right (`.text` would guess ISO-8859-1)."""
    if isinstance(body, bytes):
        hints = [charset] if charset else []
        dammit = UnicodeDammit(body, hints, is_html=True)
        return dammit.unicode_markup if dammit.unicode_markup is not None else body.decode("utf-8", "replace")
    return body


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


def _meta_index(soup: BeautifulSoup | Tag) -> dict[tuple[str, str], str]:
    """(attribute, value) -> content of the first <meta> with that attribute and some content,
    built in one pass and kept with the tree."""
    index: dict[tuple[str, str], str] | None = soup.__dict__.get("_footprint_meta")
    if index is None:
        index = {}
        for tag in soup.find_all("meta"):
            content = tag.get("content")
            if not content:
                continue
            for attr in _META_ATTRS:
                value = tag.get(attr)
                if isinstance(value, str):
                    index.setdefault((attr, value), str(content))
        soup.__dict__["_footprint_meta"] = index
    return index


def meta(soup: BeautifulSoup | Tag, *names: str) -> str | None:
    """The content of the first <meta property=...>, <meta name=...> or <meta itemprop=...>
    among `names`, in the order of `names`."""
    index = _meta_index(soup)
    for name in names:
        for attr in _META_ATTRS:
            if (attr, name) in index:
                return index[(attr, name)]
    return None


@dataclass(frozen=True)
class Marks:
    """What recognising a page's platform looks for, gathered in one pass over the tree (each
    `find` over a big page is a walk of its own): element ids (with the elements that have each),
    classes, data-testid values, tag and attribute names, <link> and <script> elements, and the
    first comments. They describe the tree as parsed: a reader that removes elements afterwards
    must use the names only as a gate before its own search, or skip removed (`decomposed`) ones."""

    ids: dict[str, list[Tag]]
    classes: frozenset[str]
    testids: frozenset[str]
    tags: frozenset[str]
    attrs: frozenset[str]
    links: tuple[Tag, ...]
    scripts: tuple[Tag, ...]
    comments: tuple[str, ...]


def marks(soup: BeautifulSoup) -> Marks:
    """The page's Marks, built once and kept with the tree."""
    found: Marks | None = soup.__dict__.get("_footprint_marks")
    if found is not None:
        return found
    ids: dict[str, list[Tag]] = {}
    classes: set[str] = set()
    testids: set[str] = set()
    tags: set[str] = set()
    names: set[str] = set()
    links: list[Tag] = []
    scripts: list[Tag] = []
    comments: list[str] = []
    for node in soup.descendants:
        if isinstance(node, Tag):
            tags.add(node.name)
            attrs = node.attrs
            if attrs:
                names.update(attrs)
                ident = attrs.get("id")
                if isinstance(ident, str):
                    ids.setdefault(ident, []).append(node)
                cls = attrs.get("class")
                if cls:
                    classes.update(cls if isinstance(cls, list) else str(cls).split())
                testid = attrs.get("data-testid")
                if isinstance(testid, str):
                    testids.add(testid)
            if node.name == "link":
                links.append(node)
            elif node.name == "script":
                scripts.append(node)
        elif isinstance(node, Comment) and len(comments) < MAX_COMMENTS:
            comments.append(str(node))
    found = Marks(ids, frozenset(classes), frozenset(testids), frozenset(tags), frozenset(names), tuple(links),
                  tuple(scripts), tuple(comments))
    soup.__dict__["_footprint_marks"] = found
    return found


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
