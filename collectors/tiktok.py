"""TikTok: the profile page a logged-out browser gets.

It reads the `__UNIVERSAL_DATA_FOR_REHYDRATION__` JSON (`webapp.user-detail`: the user's
uniqueId, nickname, signature (bio), bioLink, private flag, status code and any video
captions in itemList), falls back to the legacy `SIGI_STATE` (UserModule/ItemModule) and
then to the meta description (`NAME (@user) on TikTok | N Likes. N Followers. BIO.Watch
the latest video from ...`).
"""

from __future__ import annotations

import re
from typing import Any

from bs4 import BeautifulSoup

from collectors import html as H
from collectors import text as T
from collectors.base import Collector
from footprint.http import Response
from footprint.models import Profile, Status

NOT_FOUND_CODES = {10221, 10202}
PRIVATE_CODE = 10222
BLOCKED_CODES = {10204}
PRIVATE_NOTE = "private account: name, bio and links are still public"

_DESC = re.compile(r"^(?P<head>.*?\(@[^)]+\))\s+on TikTok\s*\|\s*(?P<rest>.*)$", re.S)
_COUNT = re.compile(r"^\s*[\d.,]+\s*[KkMmBb]?\s+(?:Likes?|Followers?|Following)\.\s*")
_TAIL = re.compile(r"\.?\s*Watch the latest video from .*$", re.S)


class TikTokCollector(Collector):
    name = "tiktok"
    title = "TikTok"
    hosts = ("tiktok.com",)
    # the profile, or one of its videos (a user may give the address of a video they posted)
    path = re.compile(r"^/@(?P<user>[A-Za-z0-9._]{1,24})(?:/(?P<kind>video|photo)/(?P<item>\d{1,25}))?/?$")
    profile_url = "https://www.tiktok.com/@{user}"
    example = "https://www.tiktok.com/@sam.example"
    requests = ("https://www.tiktok.com/@USER (the profile page itself)",
                "https://www.tiktok.com/@USER/video/ID (a video's page, when its address is given)")

    def canonical(self, url: str) -> str:
        m = self.match(url)
        if m and m.group("item"):
            return f"https://www.tiktok.com/@{m.group('user')}/{m.group('kind')}/{m.group('item')}"
        return super().canonical(url)

    def wall(self, soup: BeautifulSoup, response: Response) -> tuple[Status, str] | None:
        raw = response.text()
        if "tiktok-verify-page" in raw:
            return Status.BLOCKED, "TikTok answered with a captcha (verify) page instead of the profile"
        code = _status_code(soup)
        if code in NOT_FOUND_CODES:
            return Status.NOT_FOUND, f"TikTok says there is no such account (status {code})"
        if code in BLOCKED_CODES:
            return Status.BLOCKED, f"TikTok refused a logged-out visitor (status {code})"
        if _user(soup) is None and re.search(r'"serverCode"\s*:\s*404', raw):
            return Status.NOT_FOUND, "TikTok says there is no such account"
        return None

    def parse(self, soup: BeautifulSoup, response: Response, profile: Profile) -> None:
        user = _user(soup)
        wanted = self.user_in(response.url) or self.user_in(profile.url)
        d_name, d_user, d_bio = parse_description(H.meta(soup, "description") or H.meta(soup, "og:description") or "")
        page_handle = (user or {}).get("uniqueId") or d_user
        handle = page_handle or wanted
        T.add_once(profile, (user or {}).get("nickname") or d_name, "name", hint="name", label="nickname")
        if user is not None:
            if isinstance(user.get("signature"), str):
                T.add_once(profile, user["signature"], "bio")
            link = (user.get("bioLink") or {}).get("link") if isinstance(user.get("bioLink"), dict) else None
            if isinstance(link, str) and link.strip():
                T.add_bio_link(profile, link)
        video = _video(soup)
        if user is None and video is None and d_bio:
            T.add_once(profile, d_bio, "bio")   # on a video's page the description is its caption
        if video is not None:
            # a video's page: its caption is its poster's post (their bio, repeated in the poster's card, is
            # the profile page's to report)
            card = video.get("author")
            poster = card.get("uniqueId") if isinstance(card, dict) and isinstance(card.get("uniqueId"), str) else None
            theirs = not (poster and wanted and poster.lower() != wanted.lower())
            if isinstance(video.get("desc"), str) and video["desc"].strip():
                profile.add(video["desc"], "post", author=poster or wanted, date=T.iso_date(video.get("createTime")),
                            own=theirs)
            page_handle = page_handle or poster
        for item in _items(soup):
            desc = item.get("desc")
            if not isinstance(desc, str) or not desc.strip():
                continue
            author = item.get("author")
            author = author.get("uniqueId") if isinstance(author, dict) else author
            own = not (isinstance(author, str) and handle and author.lower() != handle.lower())
            profile.add(desc, "post", author=author if isinstance(author, str) else handle,
                        date=T.iso_date(item.get("createTime")), own=own)
        T.add_username(profile, wanted, shown=page_handle)
        flagged = bool(user and (user.get("privateAccount") or user.get("secret")))
        private = _status_code(soup) == PRIVATE_CODE or flagged
        if private and profile.blocks:
            profile.notes.append(PRIVATE_NOTE)

    @classmethod
    def recognises(cls, soup: BeautifulSoup) -> bool:
        marks = H.marks(soup)
        if any(el.name == "script" for i in ("__UNIVERSAL_DATA_FOR_REHYDRATION__", "SIGI_STATE")
               for el in marks.ids.get(i, ())):
            return True
        if "tiktok-verify-page" in marks.ids or "tiktok-verify-page" in marks.classes:
            return True
        return H.meta(soup, "og:site_name") == "TikTok" or "tiktok.com/@" in (H.meta(soup, "og:url") or "")


def parse_description(desc: str) -> tuple[str | None, str | None, str | None]:
    """(name, handle, bio) from `NAME (@user) on TikTok | N Likes. N Followers. BIO.Watch ...`."""
    m = _DESC.match(desc or "")
    if not m:
        return None, None, None
    name, handle = T.name_and_handle(m.group("head"))
    rest = _TAIL.sub("", m.group("rest"))
    while True:
        stripped = _COUNT.sub("", rest, count=1)
        if stripped == rest:
            break
        rest = stripped
    return name, handle, rest.strip() or None


def _detail(soup: BeautifulSoup, name: str) -> dict[str, Any] | None:
    """One page's part of __UNIVERSAL_DATA_FOR_REHYDRATION__ ("webapp.user-detail", "webapp.video-detail")."""
    data = H.script_json(soup, id="__UNIVERSAL_DATA_FOR_REHYDRATION__")
    scope = data.get("__DEFAULT_SCOPE__") if isinstance(data, dict) else None
    detail = scope.get(name) if isinstance(scope, dict) else None
    return detail if isinstance(detail, dict) else None


def _universal(soup: BeautifulSoup) -> dict[str, Any] | None:
    return _detail(soup, "webapp.user-detail")


def _video(soup: BeautifulSoup) -> dict[str, Any] | None:
    """A video page's item (its caption, time and poster)."""
    info = (_detail(soup, "webapp.video-detail") or {}).get("itemInfo")
    item = info.get("itemStruct") if isinstance(info, dict) else None
    return item if isinstance(item, dict) else None


def _sigi(soup: BeautifulSoup) -> dict[str, Any] | None:
    data = H.script_json(soup, id="SIGI_STATE")
    if not isinstance(data, dict):
        data = next((d for d in H.scripts_json(soup, "UserModule") if isinstance(d, dict)), None)
    return data if isinstance(data, dict) else None


def _status_code(soup: BeautifulSoup) -> int | None:
    detail = _universal(soup)
    if detail is not None:
        code = detail.get("statusCode")
    else:
        sigi = _sigi(soup) or {}
        code = (sigi.get("UserPage") or {}).get("statusCode") if isinstance(sigi.get("UserPage"), dict) else None
    try:
        return int(code) if code is not None else None
    except (TypeError, ValueError):
        return None


def _user(soup: BeautifulSoup) -> dict[str, Any] | None:
    detail = _universal(soup)
    if detail is not None:
        user = (detail.get("userInfo") or {}).get("user")
        if isinstance(user, dict) and (user.get("uniqueId") or user.get("nickname")):
            return user
    sigi = _sigi(soup)
    module = (sigi or {}).get("UserModule")
    users = module.get("users") if isinstance(module, dict) else None
    if isinstance(users, dict):
        for user in users.values():
            if isinstance(user, dict) and (user.get("uniqueId") or user.get("nickname")):
                return user
    return None


def _items(soup: BeautifulSoup) -> list[dict[str, Any]]:
    detail = _universal(soup)
    items: list[Any] = []
    if detail is not None:
        for where in (detail.get("userInfo") or {}, detail):
            if isinstance(where, dict) and isinstance(where.get("itemList"), list):
                items.extend(where["itemList"])
    sigi = _sigi(soup)
    module = (sigi or {}).get("ItemModule")
    if not items and isinstance(module, dict):
        items.extend(module.values())
    return [i for i in items if isinstance(i, dict)]
