"""Facebook: the profile page a logged-out browser gets (og: tags, the intro card in the
page's JSON where present) and, above all, pages the user saves from "View As: Public":
the Intro card, the About sections (work and education, places lived, contact and basic
info, family and relationships, details, life events) and the visible posts. One module per layout: current.py
(today's pages), classic.py (the classic timeline, the mbasic About page); what each Intro or
About entry means is decided in fields.py.
"""

from __future__ import annotations

import re
from dataclasses import replace
from urllib.parse import parse_qs, urlsplit

from bs4 import BeautifulSoup, Tag

from collectors import html as H
from collectors import text as T
from collectors.base import Collector, Layout, clean_url, read_layouts
from collectors.html.authors import one_post, post_owner
from collectors.facebook import classic as C
from collectors.facebook import current
from collectors.facebook import fields as F
from footprint.http import Response
from footprint.models import Profile, Status

RESERVED = ("login", "groups", "events", "watch", "marketplace", "gaming", "help", "privacy", "policies",
            "settings", "messages", "notifications", "search", "sharer", "share", "dialog", "plugins",
            "legal", "terms", "ads", "business", "hashtag", "reel", "reels", "stories", "friends",
            "bookmarks", "saved", "fundraisers", "places", "recover", "checkpoint", "photo", "photos",
            "media", "pages", "people", "pg", "story", "permalink", "home", "l", "about", "careers",
            "developers", "directory", "lite", "mobile", "r.php", "profile", "signup", "reg", "memories")

LAYOUTS: tuple[Layout, ...] = (current, C)


class FacebookCollector(Collector):
    name = "facebook"
    title = "Facebook"
    hosts = ("facebook.com", "fb.com", "web.facebook.com", "mbasic.facebook.com")
    path = re.compile(r"^/(?:people/[^/]+/(?=\d+/?$))?(?P<user>profile\.php|(?!(?:"
                      + "|".join(re.escape(r) for r in RESERVED) + r")/?$)(?![^/]*\.php/?$)[A-Za-z0-9.\-]{1,80})/?$")
    example = "https://www.facebook.com/sam.example"
    requests = ("https://www.facebook.com/NAME (the profile page itself)",)

    def canonical(self, url: str) -> str:
        m = self.match(url)
        if not m:
            return super().canonical(url)
        parts = urlsplit(clean_url(url))
        if m.group("user") == "profile.php":
            ids = parse_qs(parts.query).get("id") or [""]
            return f"https://www.facebook.com/profile.php?id={ids[0]}"
        return "https://www.facebook.com" + parts.path.rstrip("/")

    def wall(self, soup: BeautifulSoup, response: Response) -> tuple[Status, str] | None:
        title = H.title(soup)
        if any("cookie/consent-page" in u for u in response.redirect_chain):
            return Status.BLOCKED, "Facebook showed its cookie consent page instead of the profile"
        if re.match(r"^\s*Log ?in(to| to) Facebook", title, re.I):
            return Status.LOGIN_REQUIRED, "Facebook showed its login page instead of the profile"
        if re.match(r"^\s*You.re temporarily blocked|^\s*You can.t use this feature", title, re.I):
            return Status.BLOCKED, "Facebook has temporarily blocked this visitor"
        headings = [title] + [h.get_text(" ", strip=True) for h in soup.find_all(["h1", "h2"])]
        if any(re.match(r"^(This content isn.t available|This page isn.t available|Page not found|"
                        r"Content not found)", h, re.I) for h in headings):
            return Status.NOT_FOUND, "Facebook says this content isn't available: no such profile, or not public"
        if any(re.match(r"^Unsupported browser", h, re.I) for h in headings):
            return Status.BLOCKED, "Facebook rejected the browser"
        if not _has_profile(soup):
            if title.strip() == "Facebook":
                return Status.NOT_FOUND, "Facebook answered with an empty page: no such profile, or not public"
            if soup.find("form", id=re.compile("login", re.I)) or soup.find("input", attrs={"name": "pass"}):
                return Status.LOGIN_REQUIRED, "Facebook showed a login form instead of the profile"
        return None

    def parse(self, soup: BeautifulSoup, response: Response, profile: Profile) -> None:
        main = soup.find(None, attrs={"role": "main"}) or soup.body or soup
        h1 = main.find("h1") if isinstance(main, Tag) else None
        og_title = H.meta(soup, "og:title") or ""
        from_title = re.match(r"^(.+?)\s*[|\-]\s*Facebook$", H.title(soup))
        name = (H.text(h1) if isinstance(h1, Tag) else "") or (
            og_title if og_title and og_title != "Facebook" else (from_title.group(1) if from_title else "")) \
            or C.name_of(soup)
        name = name if name and name != "Facebook" else None
        T.add_once(profile, name, "name", hint="name", label="name")
        og_desc = H.meta(soup, "og:description")
        # older pages have no Open Graph tags: the plain description says the same
        desc = own_words(og_desc or H.meta(soup, "description") or "", name)
        T.add_once(profile, desc, "metadata", label="og:description" if og_desc else "description")
        for item in H.json_ld(soup):
            H.add_json_ld_person(profile, item)
        read_layouts(LAYOUTS, soup, response, profile)
        _intro_list(soup, profile)
        # a Page's visible About card is its own words in full (who runs it, its phone and e-mail);
        # the description is at most its opening, so the card is read when no layout gave a bio
        if not any(b.field in ("bio", "about") for b in profile.blocks):
            for row in about_box(soup):
                if row != H.squash(desc):
                    profile.add(row, "about", label="About")
        T.add_username(profile, _handle(response.url) or _handle(profile.url), shown=_handle(H.meta(soup, "og:url")))
        # a page scanned without its address still names it (og:url)
        address = next((u for u in (response.url, H.meta(soup, "og:url") or "") if u.startswith("http")), "")
        if one_post(address):
            _one_post(profile, urlsplit(address).path)

    @classmethod
    def recognises(cls, soup: BeautifulSoup) -> bool:
        html = soup.find("html")
        if isinstance(html, Tag) and html.get("id") == "facebook":
            return True
        return bool(re.match(r"https?://([a-z]+\.)?facebook\.com/", H.meta(soup, "og:url") or "")) \
            or C.saved_from_facebook(soup) \
            or any(i in H.marks(soup).ids for i in ("intro_container_id", "m-timeline-cover-section"))


# Facebook's own sentences in a page description, and the counts a Page's description opens with
_BOILERPLATE = re.compile(r"[^.]*\bis on Facebook\.|Join Facebook to connect[^.]*\.|Facebook gives people the power"
                          r"[^.]*\.|[^.]*\blog in or sign up[^.]*\.?|To connect with [^,.]+, (?:join|sign up for) "
                          r"Facebook today\.|See (?:posts|photos)[^.]* on Facebook\.", re.I)
_COUNTS = re.compile(r"^\s*[\d.,]+[KM]?\s+(?:likes?|followers?|talking about this|were here|check-ins?)"
                     r"(?:\s*[·.,]\s*[\d.,]+[KM]?\s+(?:likes?|followers?|talking about this|were here|check-ins?))*"
                     r"\s*[·.]?\s*", re.I)


def own_words(description: str, name: str | None) -> str:
    """A page description without Facebook's sentences ("X is on Facebook. Join Facebook to
    connect ...") and without the name and counts it opens with ("X. 212 likes · 3 talking
    about this. ...")."""
    text = _BOILERPLATE.sub(" ", description)
    if name and text.strip().startswith(name):
        text = text.strip()[len(name):].lstrip(" .·")
    return H.squash(_COUNTS.sub("", text))


_ROWS = ["div", "p", "li", "dd", "dt", "td", "h2", "h3", "h4", "h5", "h6"]


def about_box(soup: BeautifulSoup) -> list[str]:
    """The rows of the visible card under an "About" heading: its description, then each of a
    Page's contact rows (phone, e-mail, category) on its own, as a profile's About fields are."""
    for heading in soup.find_all(["h2", "h3", "h4", "span", "div"], string=re.compile(r"^\s*About\s*$")):
        box = heading.parent
        while isinstance(box, Tag) and H.squash(box.get_text(" ")) == "About":
            box = box.parent
        if isinstance(box, Tag) and box.name not in ("body", "html"):
            text = H.squash(box.get_text(" ")).removeprefix("About").strip()
            if 0 < len(text) <= 2000:
                rows = [H.squash(el.get_text(" ")) for el in box.find_all(_ROWS) if not el.find(_ROWS)]
                return [row for row in rows if row and row != "About"] or [text]
    return []


_GROUP = re.compile(r"^/groups/[^/]+(?:/|$)", re.I)


def _one_post(profile: Profile, path: str) -> None:
    """A saved page of one post (a post's own address, a group post): the user saved their own
    post, so its author is the owner, and the page's description, the post's opening, is theirs."""
    author = next((b.author for b in profile.blocks if b.field == "post" and b.author), None)
    if not author:
        return
    group = bool(_GROUP.match(path))
    # the description is the post's opening; a group's page is headed with the group's name, not a person's
    profile.blocks = [replace(b, author=author) if b.field == "metadata" and not b.author
                      else replace(b, field="title", hint=None, label="group name") if group and b.field == "name"
                      else b for b in profile.blocks]
    post_owner(profile, author)


def _has_profile(soup: BeautifulSoup) -> bool:
    main = soup.find(None, attrs={"role": "main"})
    if isinstance(main, Tag) and main.find("h1"):
        return True
    if (H.meta(soup, "og:title") or "Facebook") not in ("Facebook", "Log in to Facebook"):
        return True
    return C.is_classic(soup) or any(True for _ in H.scripts_json(soup, "profile_intro_card"))


def _handle(url: str | None) -> str | None:
    """The vanity name of a profile URL (numeric ids and profile.php are not handles)."""
    if not url:
        return None
    parts = urlsplit(url)
    if "facebook.com" not in parts.netloc.lower() and "fb.com" not in parts.netloc.lower():
        return None
    first = parts.path.strip("/").split("/")[0]
    if not first or first.isdigit() or first.endswith(".php") or first in RESERVED:
        return None
    return first


def _intro_list(soup: BeautifulSoup, profile: Profile) -> None:
    """A saved Intro card drawn as a plain list ("Lives in ...", "From ...", "Married to ...")
    that neither layout read: each item read as an Intro entry."""
    seen = {" ".join(b.text.split()) for b in profile.blocks}
    boxes = soup.find_all(None, attrs={"aria-label": re.compile(r"^\s*intro\s*$", re.I)})
    # or the card under a heading that says "Intro", its items a plain list
    for head in soup.find_all(["h2", "h3"]):
        if H.text(head) != "Intro":
            continue
        box = head.parent
        if isinstance(box, Tag) and box.find("li") is None:
            box = box.parent   # the heading in a wrapper of its own
        # the card itself: its list beside the heading, and no posts or comments in it
        if isinstance(box, Tag) and box.find("li") is not None and box.find(None, attrs={"role": "article"}) is None \
                and box not in boxes:
            boxes.append(box)
    for box in boxes:
        bio_free = True
        for li in box.find_all("li"):
            text = H.text(li)
            if text and not any(text == s or s in text for s in seen if s):
                F.add_entry(profile, text, None, "intro", bio_free=False)
        for line in box.find_all(["div", "span"], recursive=False):
            text = H.text(line)   # the free bio line beside the items ("Mum of 2 💕 ...")
            if text and not any(text == s or s in text for s in seen if s):
                if F.add_entry(profile, text, None, "intro", bio_free=bio_free, loose=False):
                    bio_free = False   # one bio line; any more are Intro entries
