"""Mastodon, on any instance: the public account lookup and statuses API, with the profile
page and its RSS feed as fallbacks when an instance requires a login for its API.

The API answers are read by api.py, the feed by feed.py, and the fallback page in whichever
shape the server renders it: state.py (Mastodon 4's initial state), rendered.py (Mastodon 3,
GoToSocial, a JavaScript shell's og:/twitter: tags). address.py knows the profile URLs."""

from __future__ import annotations

import re
from typing import Any, ClassVar
from urllib.parse import quote

from bs4 import BeautifulSoup

from collectors import html as H
from collectors.base import Collected, Collector, Layout, failed, json_of, ok
from collectors.mastodon import address, rendered, state
from collectors.mastodon.api import read_account, read_statuses
from collectors.mastodon.feed import feed_url, read_rss
from footprint.errors import FetchError
from footprint.http import Http, Response
from footprint.models import Profile, Status

# the first page layout that fits is read; the rendered one reads any page
LAYOUTS: tuple[Layout, ...] = (state, rendered)


class MastodonCollector(Collector):
    name = "mastodon"
    title = "Mastodon"
    hosts: ClassVar[tuple[str, ...]] = ()          # any instance: see match()
    path = address.PATH
    example = "https://mastodon.social/@yourname"
    requests = ("https://HOST/api/v1/accounts/lookup?acct=USER",
                "https://HOST/api/v1/accounts/ID/statuses?limit=40",
                "only when the API needs a login: https://HOST/@USER, then the RSS or Atom feed the page "
                "declares on HOST (else https://HOST/@USER.rss)")

    def match(self, url: str) -> re.Match[str] | None:
        return address.match(url)

    def where(self, url: str) -> tuple[str, str]:
        """(instance host, user name) for a profile URL; @user@other.host means other.host."""
        return address.where(url)

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
        rss = page_url + ".rss"
        if read.status is Status.OK and page.ok:
            rss = feed_url(H.soup_of(page.body, page.charset), page.url or page_url, host) or rss
        try:
            feed = http.get(rss)
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
        """A fediverse profile page, read by the first layout it looks like."""
        next(layout for layout in LAYOUTS if layout.looks_like(soup)).read(soup, response, profile)

    @classmethod
    def recognises(cls, soup: BeautifulSoup) -> bool:
        marks = H.marks(soup)
        if any(el.name == "div" for el in marks.ids.get("mastodon", ())):
            return True
        return bool(H.meta(soup, "profile:username")) and any(
            link.get("type") == "application/activity+json" for link in marks.links)
