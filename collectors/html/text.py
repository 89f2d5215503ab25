"""The one HTML-to-text extractor: what a reader sees, as a browser would lay it out."""

from __future__ import annotations

import html as _html
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from bs4 import BeautifulSoup, NavigableString, Tag

from collectors.html import authors as A

# Elements that stand on lines of their own; those in PARAGRAPH stand apart by a blank line.
PARAGRAPH = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "ul", "ol", "dl", "table", "figure",
             "hr", "section", "article", "header", "footer", "main", "aside", "nav", "address", "details"}
BLOCK = PARAGRAPH | {"div", "li", "dt", "dd", "tr", "caption", "figcaption", "summary", "form", "fieldset",
                     "legend", "hgroup", "center", "dialog", "menu", "thead", "tbody", "tfoot", "body", "html"}
CELL = {"td", "th"}                     # side by side: a space between them
# Inline controls drawn as boxes of their own: a space parts their words from the text beside them
# ("07700 900123" on a reveal button before a "Send message" link is not "900123Send")
BOXED = {"button"}
# Never read as text.
SKIP = {"script", "style", "noscript", "template", "svg", "math", "head", "title", "iframe", "object", "embed",
        "canvas", "audio", "video", "select", "datalist"}
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_INVISIBLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_WS = re.compile(r"\s+")
_MANY_BREAKS = re.compile(r"\n{3,}")
_MARKUP = re.compile(r"<[a-zA-Z/!]")

# event kinds of the walk
_TEXT, _OPEN, _CLOSE, _BREAK = range(4)


def hidden(el: Tag) -> bool:
    """True for an element the page hides: the `hidden` attribute, aria-hidden, or an inline
    display:none / visibility:hidden style."""
    return hidden_by(el.attrs)


def hidden_by(attrs: Any) -> bool:
    """`hidden` for an element's attributes (BeautifulSoup's attrs or lxml's attrib)."""
    if "hidden" in attrs:
        return True
    aria, style = attrs.get("aria-hidden"), attrs.get("style")
    return (aria is not None and str(aria).lower() == "true") or bool(style and _INVISIBLE.search(str(style)))


def spaced(text: str) -> str:
    """Every run of white space in `text` one space (a text node as a browser lays it out). Most
    nodes have nothing to change: no white space but single spaces, all else printable."""
    return text if text.isprintable() and "  " not in text else _WS.sub(" ", text)


def _walk(root: Tag, pre: bool, skip: set[str]) -> Iterator[tuple[int, Any, Any]]:
    """The visible content under `root` in document order, in one pass: text (with image alt
    text), the opening and closing of block elements, and <br>. Each stack entry carries what
    its ancestors decided (inside <pre>), so nothing climbs back up the tree."""
    stack: list[tuple[Any, bool]] = [(root, pre)]
    while stack:
        node, keep = stack.pop()
        if isinstance(node, str) and not isinstance(node, NavigableString):   # a closing marker
            yield _CLOSE, node, None
            continue
        if isinstance(node, NavigableString):
            if type(node) is NavigableString:           # not a comment, CDATA or doctype
                yield _TEXT, str(node) if keep else spaced(str(node)), None
            continue
        if not isinstance(node, Tag):
            continue
        name = node.name
        if node is not root and ((name in skip and skipped(name, node.get("class"))) or hidden(node)):
            continue
        if name == "br":
            yield _BREAK, "\n", None
            continue
        if name == "img":
            alt = node.get("alt")
            if alt:
                yield _TEXT, _WS.sub(" ", str(alt)), None
            continue
        if name in BLOCK or name in CELL:
            yield _OPEN, name, node
            stack.append((name, keep))
        elif name in BOXED:
            yield _TEXT, " ", None
            stack.append((NavigableString(" "), keep))
        keep = keep or name in ("pre", "textarea")
        stack.extend((child, keep) for child in reversed(node.contents))


def _parsed(value: Tag | str | None) -> Tag | None:
    if value is None or isinstance(value, Tag):
        return value
    return BeautifulSoup(value, "lxml")


def _tidy(parts: list[str | int]) -> str:
    """Join text and breaks (an int: how many new lines a block boundary asks for). Boundaries
    that meet give the larger break, not their sum: `</li><li>` is one new line."""
    out: list[str] = []
    pending = 0
    for part in parts:
        if isinstance(part, int):
            pending = max(pending, part)
        elif pending and not part.strip(" "):
            continue                       # white space between blocks
        else:
            if pending:
                out.append("\n" * pending)
                pending = 0
            out.append(part)
    joined = "".join(out).replace("\u200b", "")            # a zero-width space joins, it does not part
    # a line printable throughout without a double space has no spaces to squeeze (\t, \xa0 and the
    # like are not printable)
    lines = [(line if line.isprintable() and "  " not in line else _SPACES.sub(" ", line)).strip()
             for line in joined.split("\n")]
    return _MANY_BREAKS.sub("\n\n", "\n".join(lines)).strip()


def _break(name: str) -> str | int:
    return 2 if name in PARAGRAPH else " " if name in CELL else 1


def text(value: Tag | str | None, *, pre: bool = False) -> str:
    """The text of an element or of an HTML fragment, as it reads on screen: inline elements
    run together (`3<sup>rd</sup>` is "3rd", `#<span>tag</span>` is "#tag"), block elements and
    <br> break the line, paragraphs stand apart by a blank line, images give their alt text
    (emoji), and scripts, styles and hidden elements give nothing. With `pre`, line breaks in
    the text itself are kept (text shown pre-wrapped); otherwise they are spaces. A string
    without markup is plain text: its lines are kept and its entities decoded."""
    if isinstance(value, str) and not _MARKUP.search(value):
        return _tidy([_html.unescape(value)])
    root = _parsed(value)
    if root is None:
        return ""
    return text_of(_walk(root, pre, SKIP))


def text_of(walk: Iterator[tuple[int, Any, Any]]) -> str:
    """`text` from the events of a walk (of BeautifulSoup's tree or of lxml's)."""
    parts: list[str | int] = []
    for kind, item, _el in walk:
        if kind == _TEXT or kind == _BREAK:
            parts.append(item)
        else:
            parts.append(_break(item))
    return _tidy(parts)


def line(value: Tag | str | None) -> str:
    """`text` on one line: every break a space."""
    return " ".join(text(value).split())


def squash(value: str) -> str:
    return _WS.sub(" ", value).strip()


# Parts of a page written by other people or about other things: comment threads, related
# posts, partners and sponsors, "people also viewed". Their text is read but not as the owner's.
# A comments box marked closed or empty ("comments-closed", "no-comments") holds the author's notice, no comments.
OTHERS = re.compile(r"(?:^|[-_\s])(?:(?<!no-)(?<!no_)comments?(?![-_](?:closed|off|disabled|none)\b)|"
                    r"comment-list|replies|reply|respond|disqus|related|recommended|"
                    r"also-viewed|people-also|similar|sponsors?|partners?|adverts?|ads|promo|blogroll|"
                    r"testimonials?|reviews?|guestbook)(?:$|[-_\s])", re.I)
# A block of its own: the outermost of these is read as one piece of text.
UNITS = HEADINGS | {"p", "li", "dd", "dt", "td", "th", "blockquote", "figcaption", "address", "pre", "caption",
                    "summary"}
# Page furniture, not read by `blocks`.
FURNITURE = SKIP | {"nav", "form"}
# ... but a form that is a post's own text, there to be edited in place (old Reddit's "usertext"), is read.
_TEXT_FORM = re.compile(r"(?:^|\s)usertext(?:\s|$)")


def skipped(name: str, classes: Any) -> bool:
    """Whether an element of a tag name to skip, with this class attribute, is skipped: not a post's text."""
    if name != "form" or not classes:
        return True
    return not _TEXT_FORM.search(" ".join(classes) if isinstance(classes, list) else str(classes))


@dataclass(frozen=True)
class Block:
    text: str
    field: str                  # "page", or "caption" for figure and table captions
    heading: str | None         # the nearest heading above
    own: bool                   # False inside comment threads, related posts, partners and the like
    author: str | None = None   # who wrote it, inside a post, comment or quote that names them
    marked: bool = False        # inside a post the page marks as the thread starter's or the page owner's


def marked_others(el: Tag) -> bool:
    """True when the element's id or classes mark it as other people's part of the page (OTHERS)."""
    classes: Any = el.get("class")       # a list in BeautifulSoup, a string in lxml
    ident = el.get("id")
    # no word OTHERS looks for holds a space, so the id and the classes are looked at apart
    return bool(ident and OTHERS.search(str(ident))) or bool(
        classes and _others_in(tuple(classes) if isinstance(classes, list) else str(classes)))


@lru_cache(maxsize=4096)
def _others_in(classes: str | tuple[str, ...]) -> bool:
    """Whether a class attribute marks other people's part (each distinct one judged once)."""
    return OTHERS.search(" ".join(classes.split() if isinstance(classes, str) else classes)) is not None


def blocks(soup: BeautifulSoup | Tag) -> Iterator[Block]:
    """The visible text of a page as blocks, in one pass of the same walk as `text`: one block
    per outermost paragraph-like element (UNITS), and one per run of loose text between them."""
    root = soup.body if isinstance(soup, BeautifulSoup) and soup.body else soup
    return read_blocks(_walk(root, False, FURNITURE), marked_others(root))


def read_blocks(walk: Iterator[tuple[int, Any, Any]], others_root: bool) -> Iterator[Block]:
    """`blocks` from the events of a walk over the page (of BeautifulSoup's tree or of lxml's, see
    collectors.html.fast); `others_root`: whether the walk's root is other people's part."""
    heading: str | None = None
    parts: list[str | int] = []
    unit: Any = None                      # the unit being read, if any
    depth = 0                              # open elements inside it
    others = [others_root]                # per open block element: inside other people's part?
    # per open element: its words' author, whether it is in a post, in a post marked the owner's, in a quote
    authors: list[tuple[str | None, bool, bool, bool]] = [(None, False, False, False)]
    last: str | None = None                # the author of the last post opened
    captures: list[int] = []               # where each open heading's text starts in `parts`
    term = False                           # a definition list's term was just read, kept for its definition

    def flush(field: str = "page") -> Iterator[Block]:
        if not parts:                      # most boundaries: nothing read since the last
            return
        found = _tidy(parts)
        parts.clear()
        if found:
            author, _, marked, _ = authors[-1]
            yield Block(found, field, heading, not others[-1], author, marked)

    for kind, item, el in walk:
        if kind == _TEXT or kind == _BREAK:
            parts.append(item)
            continue
        if kind == _OPEN:
            author, in_post, marked, quoted = authors[-1]
            post, quote = A.kind(el, in_post, quoted)
            if unit is not None and (post or quote):
                yield from flush()         # a reply or a quote inside a comment: words of their own
                unit = None
            if unit is None:
                if term and item == "dd":   # "D.O.B." then "3rd Nov 1987": one line, as the list shows it
                    while parts and isinstance(parts[-1], str) and not parts[-1].strip():
                        parts.pop()        # the space between the two tags
                    parts.append(" " if _tidy(parts).endswith(":") else ": ")
                else:
                    yield from flush()
                term = False
                if item in UNITS:
                    unit, depth = el, 0
            else:
                depth += 1
                parts.append(_break(item))
            others.append(others[-1] or marked_others(el))
            if post:
                last = A.post_author(el) or (last if A.continues(el) else None)
                authors.append((last or author, True, marked or A.owner_marked(el), False))
            elif quote:
                others[-1] = True
                quotes = A.quote_author(el)
                authors.append((author if quoted and quotes == A.QUOTED else quotes, in_post, False, True))
            else:
                authors.append(authors[-1])
            if item in HEADINGS:
                captures.append(len(parts))
            continue
        # closing
        if item in HEADINGS and captures:
            start = captures.pop()
            heading = " ".join(_tidy(parts[start:]).split()) or heading
        if unit is not None and depth == 0:
            if item == "dt" and parts:
                term = True                # its definition (dd) follows: read with it
            else:
                yield from flush("caption" if item in ("figcaption", "caption") else "page")
            unit = None
        elif unit is not None:
            depth -= 1
            parts.append(_break(item))
        else:
            yield from flush()
            term = False
        others.pop()
        authors.pop()
    yield from flush()
