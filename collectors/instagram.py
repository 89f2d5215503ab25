"""Instagram: the profile page a logged-out browser gets.

It reads the meta description (`N Followers, N Following, N Posts - NAME (@user) on
Instagram: "BIO"`), og:title, and any user object embedded in the page's JSON
(`window._sharedData`, `data-sjs` blobs: biography, full_name, external_url, bio_links,
business e-mail and phone, recent post captions). Threads shares the user object shape
and reuses `add_user_object`.
"""

from __future__ import annotations

import json
import re
from typing import Any

from bs4 import BeautifulSoup

from collectors import html as H
from collectors import text as T
from collectors.base import Collector
from footprint.http import Response
from footprint.models import Profile, Status

RESERVED = ("p", "reel", "reels", "explore", "accounts", "stories", "direct", "about", "legal",
            "developer", "tv", "web", "api", "graphql", "challenge", "emails", "privacy", "terms",
            "session", "oauth", "static", "data", "ajax", "topics", "locations", "directory")

PRIVATE_NOTE = "private account: name, bio and links are still public"

# "1,204 Followers, 611 Following, 312 Posts - " (counts may read 1.2K, 3M)
_COUNTS = re.compile(r"^\s*[\d.,]+\s*[KkMm]?\s+Followers?,.*?\bPosts?\s+-\s+", re.S)
_SORRY = re.compile(r"Sorry, this page isn.t available")
_SEE_FROM = re.compile(r"^\s*See Instagram photos and videos from\s+", re.I)


class InstagramCollector(Collector):
    name = "instagram"
    title = "Instagram"
    hosts = ("instagram.com",)
    path = re.compile(r"^/(?:_u/)?(?!(?:" + "|".join(RESERVED) + r")/?$)"
                      r"(?P<user>[A-Za-z0-9._]{1,30})/?$")
    profile_url = "https://www.instagram.com/{user}/"
    example = "https://www.instagram.com/sam.example/"
    requests = ("https://www.instagram.com/USER/ (the profile page itself)",)

    def wall(self, soup: BeautifulSoup, response: Response) -> tuple[Status, str] | None:
        title = H.title(soup)
        raw = response.text()
        has_profile = _has_profile(soup)
        if re.search(r"^\s*Login\s*[•·]\s*Instagram", title) or "/accounts/login" in (H.meta(soup, "og:url") or ""):
            return Status.LOGIN_REQUIRED, "Instagram showed its login page instead of the profile"
        if _SORRY.search(title) or re.match(r"^\s*Page not found\b", title):
            return Status.NOT_FOUND, "Instagram says this page isn't available: no such profile (or it was removed)"
        if has_profile:
            return None
        if (_SORRY.search(soup.get_text(" ")) or "dialog-404" in raw or '"routePath":null' in raw):
            return Status.NOT_FOUND, "Instagram says this page isn't available: no such profile (or it was removed)"
        if '"routePath":"\\/"' in raw or '"routePath":"/"' in raw:
            return Status.LOGIN_REQUIRED, "Instagram sent a logged-out visitor an empty page (login or rate limit)"
        return None

    def parse(self, soup: BeautifulSoup, response: Response, profile: Profile) -> None:
        wanted = self.user_in(response.url) or self.user_in(profile.url)
        desc = H.meta(soup, "description") or ""
        og_title = H.meta(soup, "og:title") or H.title(soup)
        d_name, d_user, d_bio = parse_description(desc)
        t_name, t_user = T.name_and_handle(og_title)
        user_obj = find_user_object(soup, wanted or d_user or t_user)

        page_handle = (user_obj or {}).get("username") or d_user or t_user
        name = (user_obj or {}).get("full_name") or d_name or t_name
        T.add_once(profile, name, "name", hint="name", label="name")
        if user_obj:
            add_user_object(profile, user_obj)
        if d_bio:
            T.add_once(profile, d_bio, "bio")
        if not d_bio and not user_obj:
            og_desc = H.meta(soup, "og:description") or ""
            if og_desc and not _COUNTS.match(og_desc) and not _SEE_FROM.match(og_desc):
                T.add_once(profile, og_desc, "metadata", label="og:description")
        if profile.blocks:
            add_timeline_posts(profile, soup, page_handle or wanted)
        T.add_username(profile, wanted, shown=page_handle)
        private = bool(user_obj and user_obj.get("is_private")) or _private_text(soup)
        if private and profile.blocks:
            profile.notes.append(PRIVATE_NOTE)

    @classmethod
    def recognises(cls, soup: BeautifulSoup) -> bool:
        if H.meta(soup, "al:ios:app_name", "al:android:app_name", "og:site_name") == "Instagram":
            return True
        og_url = H.meta(soup, "og:url") or ""
        if "instagram.com/" in og_url or re.search(r"[•·]\s*Instagram\b", H.title(soup)):
            return True
        return bool(re.search(r"\bon Instagram\b", H.meta(soup, "description") or ""))


def parse_description(desc: str) -> tuple[str | None, str | None, str | None]:
    """(name, handle, bio) from Instagram's meta description."""
    if not desc:
        return None, None, None
    head, sep, _ = desc.partition(" on Instagram:")
    bio = T.quoted(desc, after=" on Instagram:") if sep else None
    head = _SEE_FROM.sub("", _COUNTS.sub("", head if sep else desc))
    name, handle = T.name_and_handle(head)
    return name, handle, bio


def _has_profile(soup: BeautifulSoup) -> bool:
    desc = H.meta(soup, "description") or ""
    if "(@" in desc or "(\uff20" in desc or "on Instagram" in desc:
        return True
    if "(@" in (H.meta(soup, "og:title") or ""):
        return True
    return any(True for _ in H.scripts_json(soup, '"biography"'))


def _private_text(soup: BeautifulSoup) -> bool:
    text = soup.get_text(" ", strip=True).lower() if soup.body else ""
    return "this account is private" in text


def find_user_object(soup: BeautifulSoup, wanted: str | None) -> dict[str, Any] | None:
    """The embedded user object (a dict with "biography"), preferring the wanted username."""
    found: list[dict[str, Any]] = []
    for data in H.scripts_json(soup, '"biography"'):
        for d in H.walk(data):
            if "biography" in d and ("username" in d or "full_name" in d):
                found.append(d)
    if not found:
        return None
    if wanted:
        for d in found:
            if str(d.get("username", "")).lower() == wanted.lower():
                return d
    return found[0]


def add_timeline_posts(profile: Profile, soup: BeautifulSoup, owner: str | None) -> None:
    """Post captions embedded in the current layout's timeline query
    (`..._user_timeline_graphql_connection.edges[].node`: caption.text, taken_at, user)."""
    for data in H.scripts_json(soup, '"caption"'):
        for node in H.walk(data):
            caption = node.get("caption")
            if not isinstance(caption, dict) or not isinstance(caption.get("text"), str):
                continue
            if "taken_at" not in node and "code" not in node:
                continue
            poster = node.get("user")
            user: dict[str, Any] = poster if isinstance(poster, dict) else {}
            author = user.get("username") if isinstance(user.get("username"), str) else owner
            own = not (owner and author) or author.casefold() == owner.casefold()
            T.add_once(profile, caption["text"], "post", author=author, own=own,
                       date=T.iso_date(node.get("taken_at") or caption.get("created_at")))
            if isinstance(node.get("accessibility_caption"), str):
                T.add_once(profile, node["accessibility_caption"], "image_alt")


def add_user_object(profile: Profile, user: dict[str, Any]) -> None:
    """biography, external_url, bio_links, business contact fields and recent captions."""
    if isinstance(user.get("biography"), str):
        T.add_once(profile, user["biography"], "bio")
    if isinstance(user.get("external_url"), str) and user["external_url"]:
        T.add_bio_link(profile, user["external_url"])
    for link in user.get("bio_links") or []:
        if isinstance(link, dict) and isinstance(link.get("url"), str):
            T.add_bio_link(profile, link["url"], str(link.get("title") or ""))
    if isinstance(user.get("business_email"), str):
        T.add_once(profile, user["business_email"], "profile_field", hint="email", label="Email")
    for key in ("business_phone_number", "public_phone_number"):
        if isinstance(user.get(key), str) and user[key]:
            code = str(user.get("public_phone_country_code") or "")
            number = user[key] if user[key].startswith("+") or not code else f"+{code} {user[key]}"
            T.add_once(profile, number, "profile_field", hint="phone", label="Phone")
    address = user.get("business_address_json")
    if isinstance(address, str) and address.strip().startswith("{"):
        try:
            address = json.loads(address)
        except ValueError:
            address = None
    if isinstance(address, dict):
        # a business account's public address: where the business is, not necessarily home
        parts = [str(address[k]).strip() for k in ("street_address", "city_name", "zip_code")
                 if isinstance(address.get(k), str) and address[k].strip()]
        if parts:
            T.add_once(profile, "Business address: " + ", ".join(parts), "profile_field", label="Business address")
    # recent posts embedded with the profile (old _sharedData / web_profile_info shape)
    media = user.get("edge_owner_to_timeline_media")
    for edge in (media or {}).get("edges", []) if isinstance(media, dict) else []:
        node = edge.get("node") if isinstance(edge, dict) else None
        if not isinstance(node, dict):
            continue
        for cap in ((node.get("edge_media_to_caption") or {}).get("edges") or []):
            text = (cap.get("node") or {}).get("text") if isinstance(cap, dict) else None
            if isinstance(text, str):
                profile.add(text, "post", author=user.get("username"),
                            date=T.iso_date(node.get("taken_at_timestamp")))
        if isinstance(node.get("accessibility_caption"), str):
            profile.add(node["accessibility_caption"], "image_alt")
