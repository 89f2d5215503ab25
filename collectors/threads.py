"""Threads: the profile page a logged-out browser gets.

It reads og:title (`Name (@user) • Threads, Say more`), og:description (`N Followers •
N Threads • "BIO". See the latest conversations with @user.`) and, where the page embeds
them, the Instagram-shaped user object and post captions (`thread_items`).
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from bs4 import BeautifulSoup

from collectors import html as H
from collectors import text as T
from collectors.base import Collector
from collectors.instagram import add_user_object, find_user_object
from footprint.http import Response
from footprint.models import Profile, Status

PRIVATE_NOTE = "private profile: name, bio and links are still public"


class ThreadsCollector(Collector):
    name = "threads"
    title = "Threads"
    hosts = ("threads.net", "threads.com")
    path = re.compile(r"^/@(?P<user>[A-Za-z0-9._]{1,30})/?$")
    profile_url = "https://www.threads.com/@{user}"
    example = "https://www.threads.com/@sam.example"
    requests = ("https://www.threads.com/@USER (the profile page itself)",)

    def wall(self, soup: BeautifulSoup, response: Response) -> tuple[Status, str] | None:
        title = H.title(soup)
        if re.search(r"Threads\s*[•·]\s*Log\s*in", title, re.I) or re.match(r"^\s*Log\s*in\b", title, re.I):
            return Status.LOGIN_REQUIRED, "Threads showed its login page instead of the profile"
        if _has_profile(soup):
            return None
        for tag in soup.find_all("meta", content=True):
            if re.match(r"^https://www\.threads\.(com|net)/login", str(tag["content"])):
                return Status.LOGIN_REQUIRED, "Threads pointed a logged-out visitor to its login page"
        final = urlsplit(response.url)
        if "threads." in final.netloc and not final.path.startswith("/@") and response.history:
            return Status.NOT_FOUND, f"Threads sent the visitor elsewhere ({response.url}): no such profile"
        if re.search(r"Sorry, this page isn.t available", response.text()):
            return Status.NOT_FOUND, "Threads says this page isn't available: no such profile"
        return None

    def parse(self, soup: BeautifulSoup, response: Response, profile: Profile) -> None:
        wanted = self.user_in(response.url) or self.user_in(profile.url)
        og_title = H.meta(soup, "og:title") or H.title(soup)
        og_desc = H.meta(soup, "og:description") or H.meta(soup, "description") or ""
        t_name, t_user = T.name_and_handle(og_title)
        user_obj = find_user_object(soup, wanted or t_user)

        page_handle = (user_obj or {}).get("username") or t_user
        handle = page_handle or wanted
        name = (user_obj or {}).get("full_name") or t_name
        T.add_once(profile, name, "name", hint="name", label="name")
        if user_obj:
            add_user_object(profile, user_obj)
        bio = description_bio(og_desc)
        if bio:
            T.add_once(profile, bio, "bio")
        _add_posts(profile, soup, handle)
        T.add_username(profile, wanted, shown=page_handle)
        if user_obj and user_obj.get("text_post_app_is_private", user_obj.get("is_private")) and profile.blocks:
            profile.notes.append(PRIVATE_NOTE)

    @classmethod
    def recognises(cls, soup: BeautifulSoup) -> bool:
        if H.meta(soup, "og:site_name") == "Threads":
            return True
        if re.search(r"[•·]\s*Threads\b", H.meta(soup, "og:title") or H.title(soup)):
            return True
        html = soup.find("html")
        return bool(html and "barcelona" in (html.get("class") or []))


# the counts a Threads description opens with: "2K Followers", "1,312 Followers • 86 Threads"
_COUNTS = re.compile(r"^\s*(?:[\d.,]+\s*[KMB]?\s+(?:Followers?|Following|Threads?|Replies)\s*(?:[•·,.]\s*|$))+", re.I)


def description_bio(desc: str) -> str | None:
    """The bio in a Threads description: quoted (`N Followers • N Threads • "BIO". See the
    latest conversations ...`) or bare (`2K Followers. BIO`, `N Followers • N Threads • BIO.
    See the latest ...`). A description that does not open with the counts is not read as a bio."""
    if not desc:
        return None
    body = re.split(r"\.?\s*See the latest conversations with\s", desc)[0]
    counts = _COUNTS.match(body)
    if counts is None:
        return T.quoted(body)
    rest = body[counts.end():].strip()
    return T.quoted(rest) if rest[:1] in "\"“" else rest or None


def _has_profile(soup: BeautifulSoup) -> bool:
    if "(@" in (H.meta(soup, "og:title") or "") or "(@" in H.title(soup):
        return True
    return any(True for _ in H.scripts_json(soup, '"biography"'))


def _add_posts(profile: Profile, soup: BeautifulSoup, handle: str | None) -> None:
    """Post captions from embedded `thread_items` (posts by someone else are marked not own)."""
    seen: set[str] = set()
    for data in H.scripts_json(soup, '"thread_items"'):
        for d in H.walk(data):
            post: Any = d.get("post")
            if "thread_items" in d or not isinstance(post, dict):
                continue
            caption = post.get("caption")
            text = caption.get("text") if isinstance(caption, dict) else None
            if not isinstance(text, str) or not text.strip() or text in seen:
                continue
            seen.add(text)
            author = (post.get("user") or {}).get("username") if isinstance(post.get("user"), dict) else None
            own = not (author and handle and author.lower() != handle.lower())
            profile.add(text, "post", author=author, date=T.iso_date(post.get("taken_at")), own=own)
