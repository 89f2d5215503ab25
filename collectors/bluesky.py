"""Bluesky: the public AppView API (getProfile and getAuthorFeed), no login needed."""

from __future__ import annotations

import re
from typing import Any, ClassVar

from bs4 import BeautifulSoup

from collectors import html as H
from collectors import text as T
from collectors.base import Collected, Collector, failed, json_of, ok
from footprint.errors import FetchError
from footprint.http import Http, Response
from footprint.models import Profile, Status

API = "https://public.api.bsky.app/xrpc"
REPOST = "app.bsky.feed.defs#reasonRepost"
NO_UNAUTHENTICATED = "!no-unauthenticated"
_OG_TITLE = re.compile(r"^(?P<name>.*?)\s*\(@(?P<handle>[^)\s]+)\)")
_GONE = {"AccountTakedown": "has been taken down (suspended) by Bluesky moderation",
         "AccountDeactivated": "is deactivated by its owner"}


class BlueskyCollector(Collector):
    name = "bluesky"
    title = "Bluesky"
    hosts: ClassVar[tuple[str, ...]] = ("bsky.app",)
    path = re.compile(r"^/profile/@?(?P<user>did:[a-z0-9]+:[A-Za-z0-9._:%-]+"
                      r"|[A-Za-z0-9][A-Za-z0-9.-]*\.[A-Za-z0-9-]+)/?$")
    example = "https://bsky.app/profile/yourname.bsky.social"
    requests = (f"{API}/app.bsky.actor.getProfile?actor=HANDLE",
                f"{API}/app.bsky.feed.getAuthorFeed?actor=HANDLE&limit=50")

    def actor(self, url: str) -> str | None:
        m = self.match(url)
        if m is None:
            return None
        user = m.group("user")
        return user if user.startswith("did:") else user.lower()

    def canonical(self, url: str) -> str:
        actor = self.actor(url)
        return f"https://bsky.app/profile/{actor}" if actor else super().canonical(url)

    def collect(self, url: str, http: Http) -> Collected:
        profile = Profile(url=url, platform=self.name)
        actor = self.actor(url)
        if actor is None:
            return super().collect(url, http)
        try:
            r = http.get(f"{API}/app.bsky.actor.getProfile?actor={actor}", headers={"Accept": "application/json"})
            data = json_of(r)
            if not (r.ok and isinstance(data, dict) and (data.get("did") or data.get("handle"))):
                return Collected(profile, *self._refusal(r, data, actor))
            read_profile(profile, data)
            try:
                feed = http.get(f"{API}/app.bsky.feed.getAuthorFeed?actor={actor}&limit=50",
                                headers={"Accept": "application/json"})
            except FetchError as exc:
                profile.notes.append(f"posts not read: {exc}")
            else:
                items = json_of(feed)
                if feed.ok and isinstance(items, dict):
                    read_feed(profile, items.get("feed") or [], data)
                else:
                    profile.notes.append(f"posts not available ({feed.status})")
        except FetchError as exc:
            return failed(profile, exc)
        return ok(profile)

    @staticmethod
    def _refusal(r: Response, data: Any, actor: str) -> tuple[Status, str]:
        error = str(data.get("error") or "") if isinstance(data, dict) else ""
        message = str(data.get("message") or "") if isinstance(data, dict) else ""
        if error in _GONE:
            return Status.NOT_FOUND, f"the account {actor} {_GONE[error]}"
        if r.status == 404 or (r.status == 400 and (error == "InvalidRequest" or "not found" in message.lower())):
            return Status.NOT_FOUND, f"Bluesky has no profile {actor} ({r.status}{': ' + message if message else ''})"
        if r.status == 429:
            return Status.BLOCKED, "Bluesky rate limit reached (429); try again later"
        if r.status in (401, 403):
            return Status.BLOCKED, f"Bluesky refused a logged-out request ({r.status})"
        if r.ok:
            return Status.ERROR, "Bluesky answered something that is not a profile"
        return Status.ERROR, f"Bluesky answered {r.status}{': ' + message if message else ''}"

    # ------------------------------------------------------------------ a saved page

    def wall(self, soup: BeautifulSoup, response: Response) -> tuple[Status, str] | None:
        text = soup.get_text(" ", strip=True).lower()
        if "only be shown to signed-in users" in text or "only shown to signed-in users" in text:
            return Status.LOGIN_REQUIRED, "the user asked Bluesky to show their profile only to signed-in users"
        if H.title(soup).strip() == "Bluesky" and not soup.find(id="bsky_handle"):
            return Status.NOT_FOUND, "Bluesky shows no profile here"
        return None

    def parse(self, soup: BeautifulSoup, response: Response, profile: Profile) -> None:
        """The server-rendered profile page: the noscript block, else the Open Graph tags."""
        def by_id(ident: str) -> str:
            return H.text(soup.find(id=ident))

        m = _OG_TITLE.match(H.meta(soup, "og:title") or "")
        name = by_id("bsky_display_name") or (m.group("name") if m else "")
        handle = by_id("bsky_handle").lstrip("@") or (m.group("handle") if m else "")
        bio = by_id("bsky_profile_description") or H.meta(soup, "og:description", "description") or ""
        profile.add(name, "name", hint="name", label="Display name")
        profile.add(handle, "username", label="Handle")
        profile.add(bio, "bio", label="Bio")
        for url in T.urls_in(bio):
            profile.add_link(url, rel="me")

    @classmethod
    def recognises(cls, soup: BeautifulSoup) -> bool:
        return "bsky_handle" in H.marks(soup).ids or H.title(soup).endswith("on Bluesky")


def read_profile(profile: Profile, data: dict[str, Any]) -> None:
    """Display name, handle, bio, pronouns, website and the logged-out-visibility label."""
    profile.add(data.get("displayName"), "name", hint="name", label="Display name")
    profile.add(data.get("handle"), "username", label="Handle")
    bio = str(data.get("description") or "")
    profile.add(bio, "bio", label="Bio")
    for url in T.urls_in(bio):
        profile.add_link(url, rel="me")
    profile.add(data.get("pronouns"), "metadata", label="Pronouns")
    website = data.get("website")
    if isinstance(website, str) and website.strip():
        profile.add(website, "link", hint="website", label="Website")
        profile.add_link(website, text="Website", rel="me")
    labels = data.get("labels") or []
    if any(isinstance(lb, dict) and lb.get("val") == NO_UNAUTHENTICATED for lb in labels):
        profile.notes.append("logged-out visibility is off, yet the public API still shows the profile")


def read_feed(profile: Profile, feed: list[Any], owner: dict[str, Any]) -> None:
    """Posts; reposts and posts by anyone else are added as not own, quoted posts likewise."""
    did, handle = str(owner.get("did") or ""), str(owner.get("handle") or "").lower()

    def is_owner(author: dict[str, Any]) -> bool:
        return bool((did and author.get("did") == did) or (handle and str(author.get("handle", "")).lower() == handle))

    for item in feed:
        if not isinstance(item, dict) or not isinstance(item.get("post"), dict):
            continue
        post = item["post"]
        author = post.get("author") if isinstance(post.get("author"), dict) else {}
        why = item.get("reason")
        reason = why if isinstance(why, dict) else {}
        repost = reason.get("$type") == REPOST
        own = not repost and (is_owner(author) or not author)
        record = post.get("record") if isinstance(post.get("record"), dict) else {}
        who = str(author.get("handle") or handle)
        date = T.iso_date(record.get("createdAt"))
        profile.add(record.get("text"), "post", author=who, date=date, own=own,
                    label="repost" if repost else None)
        for alt in _alts(record.get("embed")):
            profile.add(alt, "image_alt", author=who, date=date, own=own)
        quoted = _quoted(post.get("embed"))
        if quoted is not None:
            quoted_by, quoted_value = quoted.get("author"), quoted.get("value")
            q_author = quoted_by if isinstance(quoted_by, dict) else {}
            value = quoted_value if isinstance(quoted_value, dict) else {}
            profile.add(value.get("text"), "post", author=str(q_author.get("handle") or ""),
                        date=T.iso_date(value.get("createdAt")), own=own and is_owner(q_author), label="quote")


def _alts(embed: Any) -> list[str]:
    """Alt texts of the images embedded in a post record."""
    if not isinstance(embed, dict):
        return []
    if isinstance(embed.get("media"), dict):          # app.bsky.embed.recordWithMedia
        embed = embed["media"]
    images = embed.get("images") if isinstance(embed.get("images"), list) else []
    return [str(i["alt"]) for i in images if isinstance(i, dict) and i.get("alt")]


def _quoted(embed: Any) -> dict[str, Any] | None:
    """The quoted post of an embed view (app.bsky.embed.record#view or recordWithMedia#view)."""
    if not isinstance(embed, dict):
        return None
    record = embed.get("record")
    if isinstance(record, dict) and isinstance(record.get("record"), dict):   # recordWithMedia#view
        record = record["record"]
    if isinstance(record, dict) and str(record.get("$type", "")).endswith("#viewRecord"):
        return record
    return None
