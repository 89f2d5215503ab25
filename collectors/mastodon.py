"""Mastodon, on any instance: the public account lookup and statuses API, with the profile
page and its RSS feed as fallbacks when an instance requires a login for its API.

The fallback page is read in whichever shape the server renders it: Mastodon 3's
`account__header__fields` and h-entry posts, GoToSocial's `div.field` rows and
`article.status` posts, a JavaScript shell's og:/twitter: tags (Akkoma, Pleroma)."""

from __future__ import annotations

import email.utils
import re
from functools import partial
from typing import Any, ClassVar
from urllib.parse import quote, urljoin, urlsplit

from bs4 import BeautifulSoup, Tag

from collectors import html as H
from collectors import text as T
from collectors.base import Collected, Collector, bare_host, failed, json_of, ok
from collectors.generic import read_page
from footprint.errors import FetchError
from footprint.http import Http, Response
from footprint.models import Profile, Status

# Hosts whose /@name paths are not Mastodon (other collectors' hosts are excluded as well).
NOT_MASTODON = ("threads.net", "threads.com", "tiktok.com", "medium.com", "youtube.com", "substack.com",
                "instagram.com", "x.com", "twitter.com", "bsky.app", "linktr.ee", "vsco.co", "figma.com",
                "replit.com", "producthunt.com", "hashnode.com", "flipboard.com", "tumblr.com",
                "pinterest.com", "snapchat.com", "github.com", "reddit.com", "facebook.com", "linkedin.com")

_USER = r"[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?"
_STATS = re.compile(r"^[\d.,]+\s*[KMk]?\s+\w+,\s*[\d.,]+\s*[KMk]?\s+\w+,\s*[\d.,]+\s*[KMk]?\s+\w+\s*(?:[·•-]\s*|$)")
_OG_TITLE = re.compile(r"^(?P<name>.*?)\s*\(@(?P<acct>[^)\s]+)\)")
PUBLIC = ("public", "unlisted")
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


class MastodonCollector(Collector):
    name = "mastodon"
    title = "Mastodon"
    hosts: ClassVar[tuple[str, ...]] = ()          # any instance: see match()
    path = re.compile(rf"^/(?:web/@|@|users/)(?P<user>{_USER})(?:@(?P<domain>[A-Za-z0-9.-]+\.[A-Za-z]{{2,}}))?/?$")
    example = "https://mastodon.social/@yourname"
    requests = ("https://HOST/api/v1/accounts/lookup?acct=USER",
                "https://HOST/api/v1/accounts/ID/statuses?limit=40",
                "only when the API needs a login: https://HOST/@USER, then the RSS or Atom feed the page "
                "declares on HOST (else https://HOST/@USER.rss)")

    def match(self, url: str) -> re.Match[str] | None:
        parts = urlsplit(url)
        if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
            return None
        if _claimed_elsewhere(bare_host(url)):
            return None
        return self.path.match(parts.path or "/")

    def where(self, url: str) -> tuple[str, str]:
        """(instance host, user name) for a profile URL; @user@other.host means other.host."""
        m = self.match(url)
        if m is None:
            raise ValueError(f"not a Mastodon profile URL: {url}")
        host = (m.group("domain") or urlsplit(url).netloc).lower()
        return host, m.group("user")

    def canonical(self, url: str) -> str:
        try:
            host, user = self.where(url)
        except ValueError:
            return super().canonical(url)
        return f"https://{host}/@{user}"

    # ------------------------------------------------------------------ the API

    def collect(self, url: str, http: Http) -> Collected:
        profile = Profile(url=url, platform=self.name)
        try:
            host, user = self.where(url)
        except ValueError:
            return super().collect(url, http)
        try:
            r = http.get(f"https://{host}/api/v1/accounts/lookup?acct={quote(user)}",
                         headers={"Accept": "application/json"})
            account = json_of(r)
            if r.ok and isinstance(account, dict) and account.get("id") and \
                    (account.get("acct") or account.get("username")):
                return self._account(profile, account, host, http)
            if r.status == 404 and isinstance(account, dict) and "error" in account:
                return Collected(profile, Status.NOT_FOUND, f"{host} has no account @{user} (404)")
            if r.status == 410:
                return Collected(profile, Status.NOT_FOUND,
                                 f"{host} answered 410: the account @{user} is suspended or deleted")
            if r.status in (401, 403):
                why = (f"{host} requires a login for its API ({r.status}); "
                       "read the public profile page and RSS feed instead")
                return self._fallback(profile, host, user, http, why, r.status)
            if r.status == 429:
                return Collected(profile, Status.BLOCKED, f"{host} rate limit reached (429); try again later")
            if r.status == 404 or r.ok:
                # no Mastodon answer at all: perhaps not a Mastodon instance; read the page itself
                why = f"{host} did not answer the Mastodon API; read the profile page as a web page"
                return self._fallback(profile, host, user, http, why, r.status)
            return Collected(profile, Status.ERROR, f"{host} answered {r.status} to the account lookup")
        except FetchError as exc:
            return failed(profile, exc)

    def _account(self, profile: Profile, account: dict[str, Any], host: str, http: Http) -> Collected:
        user = str(account.get("acct") or account.get("username"))
        if account.get("suspended"):
            return Collected(profile, Status.NOT_FOUND,
                             f"the account @{user} is suspended on {host}: nothing of it is shown")
        read_account(profile, account)
        if account.get("limited"):
            profile.notes.append(f"{host}'s moderators have limited this account (shown behind a warning), "
                                 "yet its profile is still public")
        if account.get("locked"):
            profile.notes.append("locked account (approves followers): the bio, fields and public posts "
                                 "are still public")
        if account.get("noindex"):
            profile.notes.append("opted out of search engine indexing, yet anyone can still read the profile")
        try:
            r = http.get(f"https://{host}/api/v1/accounts/{quote(str(account['id']))}/statuses?limit=40",
                         headers={"Accept": "application/json"})
        except FetchError as exc:
            profile.notes.append(f"posts not read: {exc}")
        else:
            statuses = json_of(r)
            if r.ok and isinstance(statuses, list):
                read_statuses(profile, statuses, user)
            else:
                profile.notes.append(f"posts not available ({r.status})")
        return ok(profile)

    def _fallback(self, profile: Profile, host: str, user: str, http: Http, why: str,
                  api_status: int) -> Collected:
        """The profile page (og:description, meta, rel=me links), then the RSS feed of public posts."""
        page_url = f"https://{host}/@{user}"
        page = http.get(page_url)
        read = self.read_response(profile, page)
        if read.status is Status.NOT_FOUND and api_status not in (401, 403):
            return read
        on_page = sum(1 for b in profile.blocks if b.field == "post")
        feed_url = page_url + ".rss"
        if read.status is Status.OK and page.ok:
            feed_url = _feed_url(H.soup_of(page.body, page.charset), page.url or page_url, host) or feed_url
        try:
            feed = http.get(feed_url)
        except FetchError:
            feed = None
        posts = read_rss(profile, feed.body, user) if feed is not None and feed.ok else 0
        if profile.is_empty:
            if api_status == 401 or read.status is Status.LOGIN_REQUIRED:
                return Collected(profile, Status.LOGIN_REQUIRED,
                                 f"{host} requires a login for its API ({api_status}), and its profile page "
                                 f"({read.detail}) and RSS feed showed nothing to a logged-out visitor")
            if read.status is Status.NOT_FOUND:
                return read
            status = Status.BLOCKED if api_status in (403, 429) else read.status
            return Collected(profile, status, f"the API answered {api_status}; the profile page: {read.detail}; "
                                              "no RSS feed")
        notes = [why]
        if on_page:
            notes.append(f"{on_page} public posts on the profile page")
        notes.append(f"{posts} public posts from the RSS feed" if posts else "no RSS feed of posts")
        return ok(profile, *notes)

    # ------------------------------------------------------------------ a saved or fallback page

    def wall(self, soup: BeautifulSoup, response: Response) -> tuple[Status, str] | None:
        text = H.title(soup).lower()
        if "isn't here" in text or "page not found" in text:
            return Status.NOT_FOUND, "the instance says the page isn't here"
        return None

    def parse(self, soup: BeautifulSoup, response: Response, profile: Profile) -> None:
        """A fediverse profile page: the initial state where it holds the account (Mastodon 4);
        else what the server rendered (Mastodon 3 `account__header__fields`, GoToSocial
        `div.field`, h-entry and `article.status` posts); else og:/twitter: meta tags (a
        JavaScript shell such as Akkoma's); else the page as a web page."""
        page_user, page_host = self._page_account(soup, response, profile)
        state = H.script_json(soup, id="initial-state")
        accounts = state.get("accounts") if isinstance(state, dict) else None
        wanted = (H.meta(soup, "profile:username") or "").split("@")[0].lower()
        if isinstance(accounts, dict):
            for account in accounts.values():
                if isinstance(account, dict) and str(account.get("username", "")).lower() == wanted and wanted:
                    read_account(profile, account)
                    read_page_posts(profile, soup, page_user, page_host)
                    return
        name, acct = _title_account(soup)
        if name:
            profile.add(name, "name", hint="name", label="Display name")
        username = H.meta(soup, "profile:username") or acct
        if username:
            profile.add(username.lstrip("@").split("@")[0], "username", label="Username")
        fediverse = _fediverse_page(soup)
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
                profile.add_link(str(link["href"]), text=link.get_text("", strip=True), rel="me")
        posts = 0
        if fediverse:
            posts = read_page_posts(profile, soup, page_user or (username or "").lstrip("@").split("@")[0], page_host)
        if not bio and not fields and not posts:
            read_page(soup, response, profile)

    def _page_account(self, soup: BeautifulSoup, response: Response, profile: Profile) -> tuple[str, str]:
        """(user name, instance host) of the profile a page shows, from its URL or its meta tags."""
        for url in (response.url, profile.url, H.meta(soup, "og:url") or ""):
            try:
                host, user = self.where(url)
            except ValueError:
                continue
            return user, host
        user = (H.meta(soup, "profile:username") or "").lstrip("@")
        return user.split("@")[0], (user.split("@")[1].lower() if "@" in user else "")

    @classmethod
    def recognises(cls, soup: BeautifulSoup) -> bool:
        if isinstance(soup.find("div", id="mastodon"), Tag):
            return True
        activity = soup.find("link", attrs={"type": "application/activity+json"})
        return bool(H.meta(soup, "profile:username")) and isinstance(activity, Tag)


# ---------------------------------------------------------------------- server-rendered pages

def _title_account(soup: BeautifulSoup) -> tuple[str, str]:
    """(display name, acct) from "Name (@user@host)" (Mastodon, Akkoma) or "Name, @user@host"
    (GoToSocial) in og:title, twitter:title or the page title."""
    for text in (H.meta(soup, "og:title"), H.meta(soup, "twitter:title"), H.title(soup)):
        m = _OG_TITLE.match(text or "") or _COMMA_TITLE.match(text or "")
        if m:
            return m.group("name").strip(), m.group("acct")
    return "", ""


def _fediverse_page(soup: BeautifulSoup) -> bool:
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
    copy = BeautifulSoup(str(el), "lxml")
    for hidden in copy.select(_HIDDEN):
        hidden.decompose()
    return H.html_text(copy.body or copy)


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


def _claimed_elsewhere(host: str) -> bool:
    """True when the host belongs to another platform, so its /@name paths are not Mastodon."""
    if any(host == h or host.endswith("." + h) for h in NOT_MASTODON):
        return True
    from collectors import COLLECTORS

    return any(host in c.hosts for c in COLLECTORS if c.name != MastodonCollector.name)


def read_account(profile: Profile, account: dict[str, Any]) -> None:
    """Display name, user name, bio (note), metadata fields and a moved-to account."""
    profile.add(account.get("display_name"), "name", hint="name", label="Display name")
    profile.add(account.get("acct") or account.get("username"), "username", label="Username")
    note = str(account.get("note") or "")
    profile.add(H.html_text(note), "bio", label="Bio")
    for href, text, classes in H.html_links(note):
        if "mention" not in classes and "hashtag" not in classes and not text.startswith(("#", "@")):
            profile.add_link(href, text=text, rel="me")
    for item in account.get("fields") or []:
        if not isinstance(item, dict):
            continue
        label = H.html_text(str(item.get("name") or "")) or "Field"
        value = H.html_text(str(item.get("value") or ""))
        if value:
            profile.add(f"{label}: {value}", "profile_field", label=label)
        for href, _text, _classes in H.html_links(str(item.get("value") or "")):
            profile.add_link(href, text=label, rel="me")
    moved = account.get("moved")
    if isinstance(moved, dict) and moved.get("url"):
        profile.notes.append(f"the account has moved to {moved.get('acct') or moved['url']}")
        profile.add_link(str(moved["url"]), text="moved to", rel="me")


def read_statuses(profile: Profile, statuses: list[Any], user: str) -> None:
    """Public and unlisted posts; a boost or quote of someone else's post is added as not own."""
    for status in statuses:
        if not isinstance(status, dict) or status.get("visibility", "public") not in PUBLIC:
            continue
        boosted = status.get("reblog")
        if isinstance(boosted, dict):
            _add_status(profile, boosted, user, field="post", boost=True)
            continue
        _add_status(profile, status, user, field="post")
        quote_ = status.get("quote")
        quoted = quote_.get("quoted_status") if isinstance(quote_, dict) else None
        if isinstance(quoted, dict):
            _add_status(profile, quoted, user, field="post", boost=True)


def _add_status(profile: Profile, status: dict[str, Any], user: str, field: str, boost: bool = False) -> None:
    poster = status.get("account")
    account = poster if isinstance(poster, dict) else {}
    author = str(account.get("acct") or user)
    own = not boost or author.lower() == user.lower()
    date = T.iso_date(status.get("created_at"))
    text = H.html_text(status.get("content"))
    if status.get("spoiler_text"):
        text = f"{status['spoiler_text']}\n\n{text}".strip()
    profile.add(text, field, author=author, date=date, own=own, label="boost" if boost else None)
    for media in status.get("media_attachments") or []:
        if isinstance(media, dict) and media.get("description"):
            profile.add(media["description"], "image_alt", author=author, date=date, own=own)


def read_rss(profile: Profile, body: bytes, user: str) -> int:
    """Posts from an account's RSS feed (https://HOST/@USER.rss) or Atom feed; returns how many
    were read that the profile page had not shown already."""
    soup = BeautifulSoup(body, "xml")
    count = 0
    for item in soup.find_all(["item", "entry"]):
        description = item.find("description") or item.find("content") or item.find("summary")
        text = H.html_text(description.get_text() if description else "")
        date_tag = item.find("pubDate") or item.find("published") or item.find("updated")
        raw_date = date_tag.get_text(strip=True) if date_tag else ""
        date = (_rss_date(raw_date) or T.iso_date(raw_date)) if raw_date else None
        norm = " ".join(text.split()).casefold()
        if text and not any(b.field == "post" and " ".join(b.text.split()).casefold() == norm
                            for b in profile.blocks):
            profile.add(text, "post", author=user, date=date)
            count += 1
    return count


def _feed_url(soup: BeautifulSoup, base: str, host: str) -> str | None:
    """The RSS (else Atom) feed a profile page declares on its own instance (GoToSocial's
    /@USER/feed.rss, Akkoma's /users/USER/feed.atom), or None."""
    for kind in ("application/rss+xml", "application/atom+xml"):
        for link in soup.find_all("link", href=True, attrs={"type": kind}):
            url = urljoin(base, str(link["href"]))
            if urlsplit(url).scheme in ("http", "https") and urlsplit(url).netloc.lower() == host:
                return url
    return None


def _rss_date(value: str) -> str | None:
    try:
        return email.utils.parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError):
        return None
