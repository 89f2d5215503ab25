"""A fediverse profile page as the server rendered it: Mastodon 3's `account__header__fields`
and h-entry posts, GoToSocial's `div.field` rows and `article.status` posts, a JavaScript
shell's og:/twitter: tags (Akkoma, Pleroma); anything else as a web page. It reads any page,
so it is the last layout tried."""

from __future__ import annotations

import re
from functools import partial
from typing import Any

from bs4 import BeautifulSoup, Tag

from collectors import html as H
from collectors import text as T
from collectors.generic import read_page
from collectors.mastodon.address import page_account
from footprint.http import Response
from footprint.models import Profile

_STATS = re.compile(r"^[\d.,]+\s*[KMk]?\s+\w+,\s*[\d.,]+\s*[KMk]?\s+\w+,\s*[\d.,]+\s*[KMk]?\s+\w+\s*(?:[·•-]\s*|$)")
_OG_TITLE = re.compile(r"^(?P<name>.*?)\s*\(@(?P<acct>[^)\s]+)\)")
_COMMA_TITLE = re.compile(r"^(?P<name>[^,]*?),\s*@(?P<acct>[^\s,@]+@[^\s,]+)\s*$")
_HANDLE_PREFIX = re.compile(r"^@[\w.-]+@[\w.-]+\.\w+:\s*")
_HIDDEN = ".sr-only, .visually-hidden, .screen-reader-text, button"
_BIO = ".account__header__content, .account__header__bio, .p-note, .bio"
_FIELD_BOX = re.compile(r"(?:^|\s)(?:[\w-]*(?:__|-))?fields(?:\s|$)")
_CONTENT = (".e-content", ".status__content", ".status-body .content", ".status-body .text", ".status-body")
_CONTENT_CLASSES = ("e-content", "status__content", "content")
_HEADER_CLASSES = {"status__info", "status__prepend", "status-header", "status-reply-to", "status__display-name",
                   "u-author"}
_BOOST_LINE = re.compile(r"^status__prepend$|^status-reblog|^reblog-header$")
_PROFILE_HREF = re.compile(r"^(?:https?://(?P<host>[^/]+))?/(?:@|users/)(?P<user>[A-Za-z0-9_.-]+)"
                           r"(?:@(?P<domain>[A-Za-z0-9.-]+))?/?$")


def looks_like(soup: BeautifulSoup) -> bool:
    return True


def read(soup: BeautifulSoup, response: Response, profile: Profile) -> None:
    page_user, page_host = page_account(H.meta(soup, "profile:username") or "", response.url, profile.url,
                                        H.meta(soup, "og:url") or "")
    name, acct = _title_account(soup)
    if name:
        profile.add(name, "name", hint="name", label="Display name")
    username = H.meta(soup, "profile:username") or acct
    if username:
        profile.add(username.lstrip("@").split("@")[0], "username", label="Username")
    fediverse = fediverse_page(soup)
    bio = _page_bio(soup) if fediverse else ""
    if bio:
        profile.add(bio, "bio", label="Bio")
    else:
        bio = _meta_bio(soup)
        if bio:
            profile.add(bio, "bio", label="Bio")
    fields = read_page_fields(profile, soup) if fediverse else 0
    for link in soup.find_all(["a", "link"], href=True, rel=True):
        rel: str | list[str] = link.get("rel") or []
        if "me" in rel and str(link["href"]).startswith(("http://", "https://")) \
                and not _in_post(link) and not _is_mention(link):
            profile.add_link(str(link["href"]), text=H.line(link), rel="me")
    posts = 0
    if fediverse:
        posts = read_page_posts(profile, soup, page_user or (username or "").lstrip("@").split("@")[0], page_host)
    if not bio and not fields and not posts:
        read_page(soup, response, profile)


def _title_account(soup: BeautifulSoup) -> tuple[str, str]:
    """(display name, acct) from "Name (@user@host)" (Mastodon, Akkoma) or "Name, @user@host"
    (GoToSocial) in og:title, twitter:title or the page title."""
    for text in (H.meta(soup, "og:title"), H.meta(soup, "twitter:title"), H.title(soup)):
        m = _OG_TITLE.match(text or "") or _COMMA_TITLE.match(text or "")
        if m:
            return m.group("name").strip(), m.group("acct")
    return "", ""


def fediverse_page(soup: BeautifulSoup) -> bool:
    """True when the page is an ActivityPub server's profile page (not an ordinary web page)."""
    if isinstance(soup.find("div", id="mastodon"), Tag) or H.meta(soup, "profile:username"):
        return True
    if isinstance(soup.find("link", attrs={"type": "application/activity+json"}), Tag):
        return True
    title = H.meta(soup, "og:title") or H.meta(soup, "twitter:title") or ""
    m = _OG_TITLE.match(title) or _COMMA_TITLE.match(title)
    return bool(m and "@" in m.group("acct"))          # "Name (@user@host)": a fediverse account


def _meta_bio(soup: BeautifulSoup) -> str:
    """og:description, twitter:description or description, without Mastodon's "N Posts, N Following,
    N Followers · " and GoToSocial's "@user@host: " in front."""
    bio = H.meta(soup, "og:description", "twitter:description", "description") or ""
    return _HANDLE_PREFIX.sub("", _STATS.sub("", bio)).strip()


def _page_text(el: Tag) -> str:
    """An element's text with line breaks, without screen-reader-only labels ("Bio", "Fields")."""
    copy = BeautifulSoup(str(el), "lxml").find(el.name)     # the copy of `el`, read even if hidden
    if not isinstance(copy, Tag):
        return H.text(el)
    for hidden in copy.select(_HIDDEN):
        hidden.decompose()
    return H.text(copy)


def _in_post(el: Tag) -> bool:
    return any(isinstance(p, Tag) and _is_post(p) for p in el.parents)


def _is_mention(a: Tag) -> bool:
    classes: Any = a.get("class") or []
    return bool({"mention", "hashtag"} & set(classes)) or a.get_text("", strip=True).startswith(("@", "#"))


def _page_bio(soup: BeautifulSoup) -> str:
    """The bio the page shows: Mastodon's `account__header__content`, GoToSocial's `.bio.p-note`."""
    for el in soup.select(_BIO):
        if isinstance(el, Tag) and not _in_post(el):
            text = _page_text(el)
            if text:
                return text
    return ""


def read_page_fields(profile: Profile, soup: BeautifulSoup) -> int:
    """The profile's metadata rows: `dt` label and `dd` value inside a `...fields` container
    (Mastodon's `account__header__fields dl`, GoToSocial's `div.fields div.field`), each as a
    "Label: Value" profile field; their links as rel=me links. Returns how many were read."""
    add = partial(T.add_once, profile)
    count = 0
    for box in soup.find_all(class_=_FIELD_BOX):
        if not isinstance(box, Tag) or _in_post(box) or box.find_parent(class_=_FIELD_BOX):
            continue
        for dt in box.find_all("dt"):
            dd = dt.find_next_sibling("dd")
            if not isinstance(dd, Tag):
                continue
            label = _page_text(dt) or "Field"
            value = _page_text(dd)
            if value:
                add(f"{label}: {value}", "profile_field", label=label)
                count += 1
            for a in dd.find_all("a", href=True):
                href = str(a["href"]).strip()
                if T.add_contact(add, href, label) or not href.startswith(("http://", "https://")):
                    continue
                # a mention may be anyone's account (a partner's, a friend's): a link, not rel=me
                profile.add_link(href, text=label, rel="" if _is_mention(a) else "me")
    return count


def read_page_posts(profile: Profile, soup: BeautifulSoup, user: str, host: str) -> int:
    """Posts the page shows (Mastodon's h-entry / `.status`, GoToSocial's `article.status`):
    text, date and author; a post by another account (a boost, or a reply shown in the thread)
    is added as not own. Returns how many were read."""
    count = 0
    for post in _posts(soup):
        content = next((el for sel in _CONTENT for el in post.select(sel)
                        if isinstance(el, Tag) and not _in_header(el, post)), None)
        if content is None:
            continue
        text = _page_text(content)
        summary = post.select_one(".p-summary")
        if isinstance(summary, Tag) and not summary.find_parent(class_="e-content"):
            cw = _page_text(summary)
            if cw and not text.startswith(cw):
                text = f"{cw}\n\n{text}".strip()
        if not text:
            continue
        author, author_host = _post_author(post)
        if author and user:
            own = author.lower() == user.lower() and (not author_host or not host or author_host == host)
        else:
            own = not _boost_marker(post)
        handle = author if (own or not author_host or author_host == host) else f"{author}@{author_host}"
        date = _post_date(post)
        profile.add(text, "post", author=handle or user or None, date=date, own=own,
                    label=None if own else "boost")
        count += 1
        for img in post.find_all("img", alt=True):
            alt = str(img["alt"]).strip()
            if alt and not _in_header(img, post) and not img.find_parent(class_=_CONTENT_CLASSES) \
                    and not _decoration(img):
                profile.add(alt, "image_alt", author=handle or user or None, date=date, own=own)
    return count


def _is_post(el: Tag) -> bool:
    classes: Any = el.get("class") or []
    return "h-entry" in classes or ("status" in classes and el.name in ("article", "div"))


def _posts(soup: BeautifulSoup) -> list[Tag]:
    """The outermost post containers, in page order."""
    found = [el for el in soup.find_all(["article", "div"]) if isinstance(el, Tag) and _is_post(el)]
    return [el for el in found if not _in_post(el)]


def _in_header(el: Tag, post: Tag) -> bool:
    """True when `el` is in a post's author line, boost line or reply-to line, not its text."""
    for p in [el, *el.parents]:
        if p is post or not isinstance(p, Tag):
            return False
        classes: Any = p.get("class") or []
        if p.name == "address" or set(classes) & _HEADER_CLASSES:
            return True
    return False


def _decoration(img: Tag) -> bool:
    classes: Any = img.get("class") or []
    marks = " ".join(classes).lower()
    return any(m in marks for m in ("avatar", "emoji", "u-photo")) or \
        str(img.get("alt") or "").lower().startswith(("avatar for", "header for"))


def _post_author(post: Tag) -> tuple[str, str]:
    """(user, host) of a post's author from its author link; ("", "") when unknown."""
    for sel in ("a.u-author[href]", "a[rel~=author][href]", "a.status__display-name[href]",
                ".status__info a[href]", ".status-header a[href]"):
        for a in post.select(sel):
            if isinstance(a, Tag) and not a.find_parent(class_=_BOOST_LINE):
                m = _PROFILE_HREF.match(str(a["href"]))
                if m:
                    return m.group("user"), (m.group("domain") or m.group("host") or "").lower()
    return "", ""


def _boost_marker(post: Tag) -> bool:
    line = post.find(class_=_BOOST_LINE)
    text = line.get_text(" ", strip=True).lower() if isinstance(line, Tag) else ""
    return bool(line and (line.find(class_="fa-retweet") or re.search(r"boost|reblog|repeat|shared", text)))


def _post_date(post: Tag) -> str | None:
    for el in post.select("data.dt-published[value], time.dt-published[datetime], time[datetime]"):
        if isinstance(el, Tag) and not el.find_parent(class_=_BOOST_LINE):
            date = T.iso_date(el.get("value") or el.get("datetime"))
            if date:
                return date
    return None
