"""Who wrote each part of a page where many people write: forum posts, comments, quoted replies."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple
from urllib.parse import unquote, urlsplit

from bs4 import Tag
from lxml import etree

if TYPE_CHECKING:
    from collectors.html.text import Block

from footprint.models import Profile, author_key

Element = Any      # a BeautifulSoup Tag or an lxml element: the walks of both trees give these

# A post or comment: one person's words with their name on it (phpBB div.post, vBulletin
# li.postcontainer, XenForo article.message, Discourse div.topic-post, Invision article.ipsComment,
# WordPress li.comment, bbPress and h-entry children), by a class of its own or an id like "post_123".
_POST_CLASS = re.compile(r"^(?:post|message|comment|reply|postbit(?:legacy|old)?|postcontainer|forumpost|"
                         r"topic-post|crawler-post|ipsComment|cPost|bbp-reply|chat-message|h-entry|"
                         r"p-comment|u-comment|thread-post|forum-post)$", re.I)
_POST_ID = re.compile(r"^(?:post|p|comment|reply|elComment|js-post)[-_]?\d+$", re.I)
# schema.org microdata of one person's contribution to someone else's page: a guestbook tribute, a review, an
# answer ("itemtype=https://schema.org/Comment"); its itemprop=author names the writer. Not a page's own
# Article or BlogPosting, which is the page owner's.
_POST_ITEMTYPE = re.compile(r"^https?://schema\.org/(?:Comment|Answer|Review|UserComments)/?$")
# The element holding a post's author name, best first: a user name, then an author's card (whose
# name is its "fn" or "p-name" inside: alone, those classes may name the post itself).
_NAME_CLASSES = ("username", "username-coloured", "bigusername", "nick", "nickname", "from_name", "cAuthorPane_author",
                 "creator", "author-name", "post-author", "comment-author", "poster", "postauthor", "user-name",
                 "display-name", "message-name", "p-author", "author")
_AUTHOR_WITHIN = 300   # elements of a post searched for its author: a poster's pane comes first, not after the text
_RANK = {c.casefold(): i for i, c in enumerate(_NAME_CLASSES)}
_AUTHOR_RANK = _RANK["author"]
_CARDS = {"p-author", "comment-author", "author", "creator", "post-author"}   # a card: its name inside
_CARD_NAMES = {"fn", "p-name", "username", "url"}
# A quote of someone else's post (phpBB, XenForo, Invision, vBulletin, Discourse, Mumsnet).
_QUOTE_CLASS = re.compile(r"(?:^|[-_]|ips|bbcode)quote(?:$|[-_]|container|box|block)", re.I)
# Inside a post, the post it answers, shown above it (old Reddit's comment listings: "p.parent", a title "by
# <another> in <subreddit>"; a microformats reply's "u-in-reply-to" card): its author's words, not the poster's.
_REPLY_TO_CLASS = re.compile(r"^(?:parent|in-reply-to|[up]-in-reply-to|reply-context)$", re.I)
# XenForo 1 and vBulletin 4 wrap a post's own text in a <blockquote>
_BODY_CLASS = re.compile(r"message|content|text|body", re.I)
_QUOTE_ATTRS = ("data-quote", "data-ipsquote-username", "data-username", "data-author")
_QUOTE_TITLE = re.compile(r"title|cite|citation|postedby|author|attribution|header", re.I)
_SAID = re.compile(r"^\s*(?:quote\s*(?:from|originally\s+posted\s+by)?\s*:?\s*|originally\s+posted\s+by\s+|"
                   r"in\s+reply\s+to\s+)?(?P<name>[^\n:]{1,60}?)\s*(?:\b(?:wrote|said|says|writes|posted)\b.*)?:?\s*$",
                   re.I | re.S)
_BYLINE = re.compile(r"^(?:posted\s+)?by\s+", re.I)
_CUT = re.compile(r"\s+(?:»|·|\||–|—|-|on)\s+.*$|\s+(?:says|said|wrote)\s*:?\s*$", re.I | re.S)
# A logged-in viewer's own name in the page's header (XenForo, phpBB, vBulletin, Invision, Discourse).
_VIEWER = re.compile(r"navgroup-link--user|username_logged_in|welcomelink|elUserLink|current-user|logged-in-user|"
                     r"user-menu|account-name", re.I)
# A forum's member number after the name in a profile address ("/members/sam_example.30517/").
_MEMBER_ID = re.compile(r"[.-]\d+$")
# Marks of the thread starter's or the page owner's own posts.
_OWNER_CLASS = {"op", "is-op", "topic-owner", "bypostauthor", "by-post-author", "post-author-self", "thread-starter"}
QUOTED = "\x00quoted"     # a quote whose author the page does not name: someone else's words
# A field in a poster's pane beside each post ("Location: Leeds", or "Location" then "Leeds").
_HINTS = {"location": "home_location", "lives in": "home_location", "home town": "birthplace",
          "hometown": "birthplace", "from": "home_location"}
_FIELD = re.compile(r"^(?P<label>location|lives\s+in|home\s*town|from)(?:\s*:\s*(?P<value>[^\n]{1,60})|\s*:?)$", re.I)


def _label(text: str) -> str:
    return " ".join(text.casefold().split())


def _tag(el: Element) -> str:
    return el.name if isinstance(el, Tag) else str(el.tag)


def _children_reversed(el: Tag) -> list[Tag]:
    """The element children of a BeautifulSoup element, last first (to be popped from a stack in
    document order)."""
    return [c for c in reversed(el.contents) if isinstance(c, Tag)]


def _line(el: Element) -> str:
    raw = el.get_text(" ") if isinstance(el, Tag) else " ".join(el.itertext())
    return " ".join(raw.split())


def _name(text: str) -> str | None:
    """An author's name from the text of the element that holds it ("by Sam » Tue 3 Nov" -> Sam)."""
    text = _CUT.sub("", _BYLINE.sub("", " ".join(text.split()))).strip(" :@")
    return text if 0 < len(text) <= 60 else None


def _attrs(el: Element) -> Any:
    return el.attrs if isinstance(el, Tag) else el.attrib


class _Marks(NamedTuple):
    """What an element's classes say of it."""

    post: bool          # a post or comment (_POST_CLASS)
    quote: bool         # a quote (_QUOTE_CLASS)
    body: bool          # a post's own text (_BODY_CLASS)
    rank: int | None    # the best of _NAME_CLASSES it has
    card: bool          # an author's card (_CARDS)
    name: bool          # the name inside a card
    title: bool         # a quote's title line (_QUOTE_TITLE)
    owner: bool         # the thread starter's or page owner's post (_OWNER_CLASS)
    joined: bool        # a post going on from the one before (`continues`)
    viewer: bool        # the logged-in viewer's menu (_VIEWER)


_UNMARKED = _Marks(False, False, False, None, False, False, False, False, False, False)


def _marks(el: Element) -> _Marks:
    """The element's _Marks. A page repeats a few class attributes on thousands of elements
    (every post, every byline), so each distinct one is judged once, not at every element."""
    value = el.get("class")
    if not value:
        return _UNMARKED
    return _judged(tuple(value) if isinstance(value, list) else str(value))


@lru_cache(maxsize=4096)
def _judged(value: str | tuple[str, ...]) -> _Marks:
    """The _Marks of a class attribute: those of its classes, each judged once (a post's class
    attribute is often its own, "post-123 post hentry", its classes are not)."""
    each = [_judged_class(c) for c in (value.split() if isinstance(value, str) else value)]
    flags = _Marks(*(any(column) for column in zip(*each, strict=True))) if each else _UNMARKED
    return flags._replace(rank=min((m.rank for m in each if m.rank is not None), default=None))


@lru_cache(maxsize=4096)
def _judged_class(name: str) -> _Marks:
    folded = name.casefold()
    return _Marks(post=bool(_POST_CLASS.match(name)), quote=bool(_QUOTE_CLASS.search(name)),
                  body=bool(_BODY_CLASS.search(name)), rank=_RANK.get(folded), card=folded in _CARDS,
                  name=folded in _CARD_NAMES, title=bool(_QUOTE_TITLE.search(name)), owner=folded in _OWNER_CLASS,
                  joined=name == "joined", viewer=bool(_VIEWER.search(name)))


def is_post(el: Element, marks: _Marks | None = None) -> bool:
    if el.get("data-author") or (marks if marks is not None else _marks(el)).post:
        return True
    ident, kind = el.get("id"), el.get("itemtype")
    return bool(ident and _POST_ID.match(str(ident))) or bool(kind and _POST_ITEMTYPE.match(str(kind)))


def is_quote(el: Element, in_post: bool, marks: _Marks | None = None) -> bool:
    """A quote of someone else's words: an element marked as a quote, or (inside a post) a plain
    <blockquote>, but not the <blockquote> some forums wrap a post's own text in, or the post it answers."""
    marks = marks if marks is not None else _marks(el)
    if marks.quote or el.get("data-quote") or el.get("data-ipsquote-username"):
        return True
    if not in_post:
        return False
    if _tag(el) == "blockquote" and not marks.body:
        return True
    classes = el.get("class") or ()
    return any(_REPLY_TO_CLASS.match(c) for c in (classes.split() if isinstance(classes, str) else classes))


def nested_quote(el: Element) -> bool:
    """A quote inside a quote: a <blockquote> or an element naming whom it quotes, not the title or
    contents box of the quote around it."""
    return _tag(el) == "blockquote" or any(el.get(a) for a in _QUOTE_ATTRS[:2])


def _within(el: Element, quote: bool = False) -> Iterator[Element]:
    """The elements under `el` in document order, not entering other posts or quotes (in a
    `quote`, not entering quotes nested in it)."""
    return (node for node, _, _ in _walk_within(el, quote))


def _walk_within(el: Element, quote: bool = False) -> Iterator[tuple[Element, bool, _Marks]]:
    """`_within`'s elements, each with whether it is a post or quote the walk does not enter, and
    its _Marks."""
    if not isinstance(el, Tag):       # lxml's walk, in C, reports elements only and skips what it is told to
        walker = etree.iterwalk(el, events=("start",))
        next(walker)                  # `el` itself
        for _, node in walker:
            if not node.attrib:
                # most elements carry no attribute: no post, and a quote only as a <blockquote> (which is
                # what is_quote and nested_quote say of them, asked at once)
                closed = node.tag == "blockquote"
                yield node, closed, _UNMARKED
            else:
                marks = _marks(node)
                closed = is_post(node, marks) or (nested_quote(node) if quote else is_quote(node, True, marks))
                yield node, closed, marks
            if closed:
                walker.skip_subtree()
        return
    stack = _children_reversed(el)
    while stack:
        node = stack.pop()
        marks = _marks(node)
        closed = is_post(node, marks) or (nested_quote(node) if quote else is_quote(node, True, marks))
        yield node, closed, marks
        if not closed:
            stack.extend(_children_reversed(node))


def post_author(el: Element) -> str | None:
    """The name a post or comment is signed with, or None when it shows none."""
    for attr in ("data-author", "data-username"):
        if el.get(attr):
            return _name(str(el.get(attr)))
    best = _holder(el) if isinstance(el, Tag) else _lxml_holder(el)
    if best is None:
        return None
    node = best[1]
    if _marks(node).card or node.get("itemprop") == "author":
        inner = next((n for n, _, marks in _walk_within(node) if n.get("itemprop") == "name" or marks.name), None)
        name = _line(inner) if inner is not None else ""
        if name:
            return _name(name)
    return _name(_line(node))


def _rank(node: Element, marks: _Marks) -> int | None:
    """How well `node` holds its post's author name (lower is better), None when it does not."""
    rank = marks.rank
    if node.get("itemprop") == "author" or node.get("rel") == "author":
        rank = _AUTHOR_RANK if rank is None else min(rank, _AUTHOR_RANK)
    return rank


def _holder(el: Element) -> tuple[int, Element] | None:
    """The best-ranked holder of a post's author name among the first _AUTHOR_WITHIN + 1 elements
    of its walk (`_walk_within`), the first of the best, with its rank."""
    best: tuple[int, Element] | None = None
    for seen, (node, closed, marks) in enumerate(_walk_within(el)):
        if seen > _AUTHOR_WITHIN:
            break
        if closed:
            continue
        rank = _rank(node, marks)
        if rank is not None and (best is None or rank < best[0]):
            best = (rank, node)
            if best[0] == 0:
                break
    return best


def _lxml_holder(el: Element) -> tuple[int, Element] | None:
    """`_holder` on lxml's tree in one loop, `_walk_within`'s judging (is_post, is_quote) written out:
    the walks of a page's posts cover the whole page, and on figure 1's page (4,000 posts and
    comments) a generator step and three calls per element cost a third of the search."""
    best: tuple[int, Element] | None = None
    walker = etree.iterwalk(el, events=("start",))
    next(walker)                          # `el` itself
    seen = 0
    for _, node in walker:
        if seen > _AUTHOR_WITHIN:
            break
        seen += 1
        attrib = node.attrib
        if not attrib:                    # no post, a quote only as a <blockquote>, no name holder
            if node.tag == "blockquote":
                walker.skip_subtree()
            continue
        get = attrib.get
        value = get("class")
        marks = _judged(value) if value else _UNMARKED
        ident = get("id")
        # is_post(node) or is_quote(node, in_post=True)
        if (marks.post or marks.quote or bool(get("data-author") or get("data-quote") or get("data-ipsquote-username"))
                or (node.tag == "blockquote" and not marks.body) or bool(ident and _POST_ID.match(ident))
                or _POST_ITEMTYPE.match(get("itemtype") or "")):
            walker.skip_subtree()
            continue
        rank = marks.rank
        if get("itemprop") == "author" or get("rel") == "author":
            rank = _AUTHOR_RANK if rank is None else min(rank, _AUTHOR_RANK)
        if rank is not None and (best is None or rank < best[0]):
            best = (rank, node)
            if rank == 0:
                break
    return best


def quote_author(el: Element) -> str:
    """Whom a quote quotes: an attribute naming them, or its title line ("Sam said:", "Quote from
    Sam:", "Originally Posted by Sam"); QUOTED when the page does not say."""
    for attr in _QUOTE_ATTRS:
        if el.get(attr):
            return _name(str(el.get(attr))) or QUOTED
    for node in _within(el, quote=True):
        if _tag(node) == "cite" or _marks(node).title:
            m = _SAID.match(_line(node))
            name = _name(m.group("name")) if m else None
            if name:
                return name
    return QUOTED


def viewer(elements: Iterable[Element]) -> list[str]:
    """What may name the account a page was saved from: the texts in its header's account menu
    (the menu itself, and each element in it: "Welcome, <a>Sam</a>", a name beside an avatar)."""
    for el in elements:
        ident = el.get("id")
        if _marks(el).viewer or (ident and _VIEWER.search(str(ident))):
            return [t for t in (_line(el), *(_line(d) for d in _within(el))) if t]
    return []


def kind(el: Element, in_post: bool, quoted: bool) -> tuple[bool, bool]:
    """(is it a post, is it a quote) for an element opened in the walk, `in_post` and `quoted`
    saying where it stands: inside a quote, only another quote (not its title or contents box)
    names a new author. Most elements carry no attributes and are neither, at once."""
    if not _attrs(el):
        return False, in_post and _tag(el) == "blockquote"
    marks = _marks(el)
    post = is_post(el, marks)
    return post, not post and is_quote(el, in_post, marks) and (not quoted or nested_quote(el))


def continues(el: Element) -> bool:
    """A post that goes on from the one before it, by the same sender (Telegram's "joined" messages
    carry no name of their own)."""
    return _marks(el).joined


def owner_marked(el: Element) -> bool:
    return _marks(el).owner


def decide(profile: Profile, candidates: Iterable[str | None]) -> None:
    """Settle whose words each authored block is: the first candidate that is one of the page's
    authors is the owner (the account the page was saved from, the name the profile gives, the
    thread starter), and each block an author wrote is the owner's own only if they are the owner.
    A page with no authored block is left a one-voice page."""
    authors = [a for a in profile.authors if a != QUOTED]
    if not authors and not any(b.author for b in profile.blocks):
        return
    keys = {author_key(a): a for a in authors}
    owner = next((keys[author_key(c)] for c in candidates if c and author_key(c) in keys), "")
    profile.owner = owner
    # a quote whose author the page does not name is someone else's words, of no author we know
    profile.blocks = [replace(b, author=None, own=False) if b.author == QUOTED else b for b in profile.blocks]
    profile.blocks = profile.owners_blocks(owner)


def _add_field(profile: Profile, value: str, label: str, block: Block) -> None:
    profile.add(value, "location", hint=_HINTS[_label(label)], label=label, own=block.own, author=block.author)


def add_blocks(profile: Profile, blocks: Iterable[Block], elements: Callable[[], Iterable[Element]]) -> None:
    """The page's text blocks into the profile, each with its author where the page names one,
    and whose words they are settled (`decide`): the owner is the account the page was saved
    from (named in the header among the page's `elements`), else the name the profile itself
    gives, else the author of a post the page marks as the thread starter's or the page owner's,
    else the author of the first post outside the page's comment sections (a thread's opening
    post, a blog post's byline)."""
    marked: str | None = None
    first: str | None = None
    label: str | None = None          # a field's label just read in an author's pane, its value to come
    for block in blocks:
        profile.add(block.text, block.field, label=block.heading, own=block.own, author=block.author)
        if not block.author or block.author == QUOTED:
            label = None
            continue
        marked = marked or (block.author if block.marked else None)
        first = first or (block.author if block.own else None)
        for line in filter(None, (raw.strip() for raw in block.text.splitlines())):
            pair = _FIELD.match(line)
            if pair is None and label:
                _add_field(profile, line, label, block)
            elif pair and pair.group("value"):
                _add_field(profile, pair.group("value"), pair.group("label"), block)
            label = pair.group("label") if pair and not pair.group("value") else None
    if not any(b.author for b in profile.blocks):
        return
    names = [b.text for b in profile.blocks if not b.author and (b.field in ("name", "username") or b.hint == "name")]
    named = [*viewer(elements()), *url_names(profile.url), *names, marked]
    decide(profile, [*named, first])
    if first and profile.owner == first and one_post(profile.url) \
            and not any(c and author_key(c) == author_key(first) for c in named):
        post_owner(profile, first, "the first post's author")


def url_names(url: str) -> list[str]:
    """The segments of the page's web address, last first, as names an author may go by: the
    profile address the user gives for a saved page is their own ("/members/sam_example.30517/",
    "/u/sam_example", "/@sam"), so an author it names is the owner. A file's path is not an
    address the user gave as theirs."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        return []
    segments = [unquote(s) for s in parts.path.split("/") if s]
    return [_MEMBER_ID.sub("", s) for s in reversed(segments)]


# The address of one post with its comments (not a feed): a Facebook post or group post, a Reddit
# post's comments page, a forum thread.
_ONE_POST = re.compile(r"/(?:groups/[^/]+/(?:posts|permalink)/[^/]+|[^/]+/posts/[^/]+|permalink\.php|story\.php|"
                       r"(?:r/[^/]+/)?comments/[a-z0-9]+|threads?/[^/]+|t/[^/]+(?:/\d+)?|topics?/[^/]+|"
                       r"viewtopic\.php|showthread\.php)/?(?:$|[/?#])", re.I)


def one_post(url: str) -> bool:
    """True when the page's address is that of one post with its comments (a post permalink, a
    group post, a Reddit comments page, a forum thread), not a feed or a profile."""
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(_ONE_POST.search(parts.path + ("?" if parts.query else "")))


def post_owner(profile: Profile, author: str, who: str = "the post's author") -> None:
    """A saved page of one post with other people's comments: the user saved their own post, so
    its author is taken for the owner, whose words (the post, their own replies) are the owner's
    and everyone else's are not; the user's facts, naming another of the page's authors, still
    decide instead (Profile.owned_by). Said in the source's detail."""
    profile.owner = author
    profile.blocks = profile.owners_blocks(author)
    profile.notes.append(f"took {author}, {who}, for you (unless your facts name another of the page's authors): "
                         "a saved page of one post with its comments is read as your own post, and the comments "
                         "as other people's")
