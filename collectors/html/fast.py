"""The generic reader on lxml's own tree: what collectors.generic reads, without BeautifulSoup's tree.

BeautifulSoup builds a Python object for every element of a page through lxml's parser, which
costs ten times lxml's own parse (0.6 s against 0.07 s on a 1.5 MB blog page). A page no platform
claims is read here from the tree lxml builds, by the same rules as the BeautifulSoup helpers
(the same walk events feed the same block and text readers), so both give the same profile.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

from lxml import etree

from collectors.html.authors import add_blocks
from collectors.html.links import add_href
from collectors.html.parse import _META_ATTRS, MAX_COMMENTS, decoded
from collectors.html.structured import CARD_CLASSES, add_json_ld_person, ld_objects, read_hcards
from collectors.html.text import (_BREAK, _CLOSE, _OPEN, _TEXT, _WS, BLOCK, BOXED, CELL, FURNITURE, SKIP, Block,
                                  hidden_by, marked_others, read_blocks, skipped, spaced, text_of)
from footprint.models import Profile

Element = Any          # an lxml element (lxml's own types are not for annotation)

# BeautifulSoup's multi-valued attributes among those read here: a class list, and the rel of a link
_LISTS = {"class": True, "rel": ("a", "link")}

DEEPEST = 200
_kept = threading.local()


def tree_of(body: bytes | str, charset: str | None = None) -> Element | None:
    """The root element of a page, parsed as BeautifulSoup's lxml builder parses it (the same text fed
    whole to the same parser), or None when lxml gives no tree (the caller then reads the page with
    BeautifulSoup, as before). A tree kept for these very bytes (`keep`) is handed out once."""
    kept = _kept.__dict__.pop("page", None)
    if kept is not None and kept[0] is body and kept[1] == charset:
        return kept[2]
    return _parse(body, charset)


def _parse(body: bytes | str, charset: str | None) -> Element | None:
    text = decoded(body, charset)
    if text.startswith("\N{BYTE ORDER MARK}"):
        text = text[1:]
    try:
        parser = etree.HTMLParser(recover=True)
        parser.feed(text)
        root = parser.close()
    except (UnicodeDecodeError, LookupError, etree.LxmlError):
        return None
    return root if root is not None and shallow(root) else None


def keep(body: bytes | str, charset: str | None, root: Element) -> None:
    """Hand `root` to the next tree_of on this thread with the very same bytes: a saved page whose
    platform was judged from this tree is read from it, not parsed again."""
    _kept.page = (body, charset, root)


def _document(root: Element) -> Iterator[Element]:
    """Every node of the document in order: what precedes the root element (comments), its tree, and
    what follows it."""
    yield from reversed(list(root.itersiblings(preceding=True)))
    yield from root.iter()
    yield from root.itersiblings()


def classes(el: Element) -> list[str]:
    return str(el.get("class") or "").split()


def signs(root: Element) -> str:
    """What recognising a page's platform reads, one "kind=value" line each, lower case, line breaks
    in values made spaces: the title, meta tags, ids, classes, test ids, tag names, the <html>
    element's id and classes, <link> elements, the start of each script, and the first comments
    (each distinct line once, in no particular order). A platform whose entry in collectors.SIGNS finds
    none of these does not recognise the page."""
    lines: set[str] = set()
    names: set[str] = set()
    seen_classes: set[str] = set()
    comments = 0
    for node in _document(root):
        tag = node.tag
        if not isinstance(tag, str):
            if tag is etree.Comment and comments < MAX_COMMENTS:
                comments += 1
                lines.add(f"comment={node.text or ''}")
            continue
        names.add(tag)
        if tag == "script":
            lines.add(f"script id={node.get('id', '')} {(node.text or '')[:200]}")
        attrib = node.attrib
        if not attrib:
            continue
        get = attrib.get
        ident = get("id")
        if ident is not None:
            lines.add(f"id={ident}")
        cls = get("class")
        if cls:
            seen_classes.update(cls.split())
        testid = get("data-testid")
        if testid is not None:
            lines.add(f"testid={testid}")
        if tag == "meta" and get("content"):
            lines.update(f"meta {attrib[a]}={attrib['content']}" for a in _META_ATTRS if a in attrib)
        elif tag == "link":
            lines.add(f"link rel={get('rel', '')} type={get('type', '')} href={get('href', '')}")
        elif tag == "html":
            lines.add(f"html id={get('id', '')} class={get('class', '')}")
    lines.update(f"tag={name}" for name in names)
    lines.update(f"class={name}" for name in seen_classes)
    lines.add(f"title={title(root)}")
    return "\n".join(line.replace("\r", " ").replace("\n", " ") for line in lines).lower()


# true when an element lies more than DEEPEST levels below the root element
_DEEPER = etree.XPath(f"boolean(/*{'/*' * (DEEPEST + 1)})")


def shallow(root: Element) -> bool:
    """True when no element nests deeper than DEEPEST. lxml's tree stops at 256 levels and drops
    what is deeper, where BeautifulSoup's keeps it (and refuses pages deeper than MAX_DEPTH): a
    page that deep is left to BeautifulSoup."""
    return not _DEEPER(root)


def _walk(root: Element, pre: bool, skip: set[str], *, document: bool = False) -> Iterator[tuple[int, Any, Any]]:
    """collectors.html.text's walk over lxml's tree: the same events in the same order. lxml keeps
    the text after an element as its tail, read after the element in its parent's context. With
    `document`, `root` is read as the document's one child, not as the element walked."""
    stack: list[tuple[int, Any, bool]] = [(_OPEN, root, pre)]
    while stack:
        kind, node, keep = stack.pop()
        if kind == _TEXT:
            yield _TEXT, node if keep else spaced(node), None
            continue
        if kind == _CLOSE:
            yield _CLOSE, node, None
            continue
        name = node.tag
        if not isinstance(name, str):                  # a comment or processing instruction
            continue
        attrib = node.attrib
        if (node is not root or document) and ((name in skip and skipped(name, attrib.get("class")))
                                               or (attrib and hidden_by(attrib))):
            continue
        if name == "br":
            yield _BREAK, "\n", None
            continue
        if name == "img":
            alt = node.get("alt")
            if alt:
                yield _TEXT, _WS.sub(" ", alt), None
            continue
        if name in BLOCK or name in CELL:
            yield _OPEN, name, node
            stack.append((_CLOSE, name, keep))
        elif name in BOXED:
            yield _TEXT, " ", None
            stack.append((_TEXT, " ", keep))
        keep = keep or name in ("pre", "textarea")
        for child in reversed(node):
            if child.tail:
                stack.append((_TEXT, child.tail, keep))
            stack.append((_OPEN, child, keep))
        if node.text:
            stack.append((_TEXT, node.text, keep))


def line(el: Element) -> str:
    return " ".join(text_of(_walk(el, False, SKIP)).split())


def blocks(root: Element) -> Iterator[Block]:
    body = next(root.iter("body"), None)
    if body is None:
        return read_blocks(_walk(root, False, FURNITURE, document=True), False)
    return read_blocks(_walk(body, False, FURNITURE), marked_others(body))


def title(root: Element) -> str:
    tag = next(root.iter("title"), None)
    return " ".join(s.strip() for s in tag.itertext() if s.strip()) if tag is not None else ""


def meta_index(root: Element) -> dict[tuple[str, str], str]:
    index: dict[tuple[str, str], str] = {}
    for tag in root.iter("meta"):
        content = tag.get("content")
        if not content:
            continue
        for attr in _META_ATTRS:
            value = tag.get(attr)
            if value is not None:
                index.setdefault((attr, value), content)
    return index


def meta(index: dict[tuple[str, str], str], name: str) -> str | None:
    for attr in _META_ATTRS:
        if (attr, name) in index:
            return index[(attr, name)]
    return None


def add_meta(profile: Profile, root: Element) -> None:
    index = meta_index(root)
    seen: set[str] = set()
    for text, label in ((title(root), "title"), (meta(index, "description"), "description"),
                        (meta(index, "og:title"), "og:title"), (meta(index, "og:description"), "og:description")):
        if text and text not in seen:
            seen.add(text)
            profile.add(text, "metadata", label=label)


def json_ld(root: Element) -> list[dict[str, Any]]:
    return ld_objects(tag.text or "" for tag in root.iter("script") if tag.get("type") == "application/ld+json")


def microdata(root: Element) -> list[dict[str, Any]]:
    def value(el: Element) -> Any:
        if "itemscope" in el.attrib:
            return item(el)
        for attr in ("content", "datetime"):
            if el.get(attr):
                return el.get(attr)
        if el.tag in ("a", "link") and el.get("href"):
            return el.get("href")
        if el.tag in ("img", "audio", "video", "source") and el.get("src"):
            return el.get("src")
        return line(el)

    def item(scope: Element) -> dict[str, Any]:
        kinds = str(scope.get("itemtype") or "").split()
        out: dict[str, Any] = {"@type": [k.rstrip("/").rsplit("/", 1)[-1] for k in kinds] or ["Thing"]}
        for el in scope.iterdescendants():
            if not isinstance(el.tag, str) or "itemprop" not in el.attrib:
                continue
            owner = next((a for a in el.iterancestors() if "itemscope" in a.attrib), None)
            if owner is not scope:
                continue  # belongs to a nested item
            for prop in el.get("itemprop").split():
                v = value(el)
                if prop in out:
                    out[prop] = (out[prop] if isinstance(out[prop], list) else [out[prop]]) + [v]
                else:
                    out[prop] = v
        return out

    return [item(el) for el in root.iter() if isinstance(el.tag, str) and "itemscope" in el.attrib
            and "itemprop" not in el.attrib]


def hcard_roots(root: Element) -> list[Element]:
    """collectors.html.structured.hcard_roots on lxml's tree."""
    roots: list[Element] = []
    stack = [root]
    while stack:
        el = stack.pop()
        if marked_others(el):
            continue
        if CARD_CLASSES.intersection(classes(el)):
            roots.append(el)
            continue
        stack.extend(child for child in reversed(el) if isinstance(child.tag, str))
    return roots


def add_hcards(profile: Profile, root: Element, url: str) -> None:
    cards = list(dict.fromkeys(etree.tostring(card, method="html", encoding="unicode", with_tail=False)
                               for card in hcard_roots(root)))
    if not cards:
        return
    base = next((b for b in root.iter("base") if b.get("href") is not None), None)
    head = etree.tostring(base, method="html", encoding="unicode", with_tail=False) if base is not None else ""
    read_hcards(profile, f"<html><head>{head}</head><body>{''.join(cards)}</body></html>", url)


def add_image_alts(profile: Profile, root: Element) -> None:
    for img in root.iter("img"):
        alt = img.get("alt")
        if alt is not None:
            profile.add(alt, "image_alt")


def add_links(profile: Profile, root: Element, base: str) -> None:
    for a in root.iter("a", "link"):
        href = a.get("href")
        if href is not None:
            add_href(profile, base, a.tag, href, " ".join(str(a.get("rel") or "").split()),
                     line(a) if a.tag == "a" else "")


def read_page(root: Element, url: str, profile: Profile) -> None:
    """collectors.generic.read_page on lxml's tree."""
    add_meta(profile, root)
    for item in json_ld(root) + microdata(root):
        add_json_ld_person(profile, item)
    add_hcards(profile, root, url)
    add_blocks(profile, blocks(root), lambda: root.iter(etree.Element))
    add_image_alts(profile, root)
    add_links(profile, root, url)
