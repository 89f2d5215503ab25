"""Mastodon, on any instance: the public account lookup and statuses API, with the profile
page and its RSS feed as fallbacks when an instance requires a login for its API."""

from __future__ import annotations

import email.utils
import re
from typing import Any, ClassVar
from urllib.parse import quote, urlsplit

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
_STATS = re.compile(r"^[\d.,]+\s*[KMk]?\s+\w+,\s*[\d.,]+\s*[KMk]?\s+\w+,\s*[\d.,]+\s*[KMk]?\s+\w+\s*[·•-]\s*")
_OG_TITLE = re.compile(r"^(?P<name>.*?)\s*\(@(?P<acct>[^)\s]+)\)")
PUBLIC = ("public", "unlisted")


class MastodonCollector(Collector):
    name = "mastodon"
    title = "Mastodon"
    hosts: ClassVar[tuple[str, ...]] = ()          # any instance: see match()
    path = re.compile(rf"^/(?:web/@|@|users/)(?P<user>{_USER})(?:@(?P<domain>[A-Za-z0-9.-]+\.[A-Za-z]{{2,}}))?/?$")
    example = "https://mastodon.social/@yourname"
    requests = ("https://HOST/api/v1/accounts/lookup?acct=USER",
                "https://HOST/api/v1/accounts/ID/statuses?limit=40",
                "only when the API needs a login: https://HOST/@USER and https://HOST/@USER.rss")

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
        try:
            feed = http.get(page_url + ".rss")
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
        return ok(profile, why, f"{posts} public posts from the RSS feed" if posts else "no RSS feed of posts")

    # ------------------------------------------------------------------ a saved or fallback page

    def wall(self, soup: BeautifulSoup, response: Response) -> tuple[Status, str] | None:
        text = H.title(soup).lower()
        if "isn't here" in text or "page not found" in text:
            return Status.NOT_FOUND, "the instance says the page isn't here"
        return None

    def parse(self, soup: BeautifulSoup, response: Response, profile: Profile) -> None:
        """A Mastodon profile page: the initial state where it holds the account, else og/meta tags."""
        state = H.script_json(soup, id="initial-state")
        accounts = state.get("accounts") if isinstance(state, dict) else None
        wanted = (H.meta(soup, "profile:username") or "").split("@")[0].lower()
        if isinstance(accounts, dict):
            for account in accounts.values():
                if isinstance(account, dict) and str(account.get("username", "")).lower() == wanted and wanted:
                    read_account(profile, account)
                    return
        og_title = H.meta(soup, "og:title") or ""
        m = _OG_TITLE.match(og_title)
        if m and m.group("name"):
            profile.add(m.group("name"), "name", hint="name", label="Display name")
        username = H.meta(soup, "profile:username") or (m.group("acct") if m else None)
        if username:
            profile.add(username.split("@")[0], "username", label="Username")
        bio = H.meta(soup, "og:description", "description")
        if bio:
            profile.add(_STATS.sub("", bio), "bio", label="Bio")
        for link in soup.find_all(["a", "link"], href=True, rel=True):
            rel: str | list[str] = link.get("rel") or []
            if "me" in rel and str(link["href"]).startswith(("http://", "https://")):
                profile.add_link(str(link["href"]), text=link.get_text(" ", strip=True), rel="me")
        if not bio:
            read_page(soup, response, profile)

    @classmethod
    def recognises(cls, soup: BeautifulSoup) -> bool:
        if isinstance(soup.find("div", id="mastodon"), Tag):
            return True
        activity = soup.find("link", attrs={"type": "application/activity+json"})
        return bool(H.meta(soup, "profile:username")) and isinstance(activity, Tag)


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
    """Posts from an account's RSS feed (https://HOST/@USER.rss); returns how many were read."""
    soup = BeautifulSoup(body, "xml")
    count = 0
    for item in soup.find_all("item"):
        description = item.find("description")
        text = H.html_text(description.get_text() if description else "")
        date_tag = item.find("pubDate")
        date = _rss_date(date_tag.get_text(strip=True)) if date_tag else None
        if text:
            profile.add(text, "post", author=user, date=date)
            count += 1
    return count


def _rss_date(value: str) -> str | None:
    try:
        return email.utils.parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError):
        return None
