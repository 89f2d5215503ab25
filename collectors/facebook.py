"""Facebook: the profile page a logged-out browser gets (og: tags, the intro card in the
page's JSON where present) and, above all, pages the user saves from "View As: Public":
the Intro card, the About sections (work and education, places lived, contact and basic
info, family and relationships, details, life events) and the visible posts. Older layouts
(the classic timeline, the mbasic About page) are read by collectors/facebook_classic.py; what
each Intro or About entry means is decided in collectors/facebook_fields.py.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

from bs4 import BeautifulSoup, Tag

from collectors import html as H
from collectors import facebook_classic as C
from collectors import text as T
from collectors.base import Collector, clean_url
from collectors.facebook_fields import add_entry, external, same_person
from footprint.http import Response
from footprint.models import Profile, Status

RESERVED = ("login", "groups", "events", "watch", "marketplace", "gaming", "help", "privacy", "policies",
            "settings", "messages", "notifications", "search", "sharer", "share", "dialog", "plugins",
            "legal", "terms", "ads", "business", "hashtag", "reel", "reels", "stories", "friends",
            "bookmarks", "saved", "fundraisers", "places", "recover", "checkpoint", "photo", "photos",
            "media", "pages", "people", "pg", "story", "permalink", "home", "l", "about", "careers",
            "developers", "directory", "lite", "mobile", "r.php", "profile", "signup", "reg", "memories")

_SKIP_SECTIONS = {"posts", "photos", "friends", "videos", "reels", "featured", "highlights"}


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
        name = (H.rich_text(h1) if isinstance(h1, Tag) else "") or (
            og_title if og_title and og_title != "Facebook" else (from_title.group(1) if from_title else "")) \
            or C.name_of(soup)
        name = name if name and name != "Facebook" else None
        T.add_once(profile, name, "name", hint="name", label="name")
        og_desc = H.meta(soup, "og:description") or ""
        if og_desc and not re.search(r"is on Facebook\.|Join Facebook to connect|log in or sign up", og_desc, re.I):
            T.add_once(profile, og_desc, "metadata", label="og:description")
        for item in H.json_ld(soup):
            H.add_json_ld_person(profile, item)
        _read_intro_json(profile, soup)
        if isinstance(main, Tag):
            _read_sections(profile, main)
            _read_posts(profile, main, name)
        C.read(profile, soup, name)
        T.add_username(profile, _handle(response.url) or _handle(profile.url), shown=_handle(H.meta(soup, "og:url")))

    @classmethod
    def recognises(cls, soup: BeautifulSoup) -> bool:
        html = soup.find("html")
        if isinstance(html, Tag) and html.get("id") == "facebook":
            return True
        return bool(re.match(r"https?://([a-z]+\.)?facebook\.com/", H.meta(soup, "og:url") or "")) \
            or C.saved_from_facebook(soup) or bool(soup.select_one("#intro_container_id, #m-timeline-cover-section"))


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


def _read_intro_json(profile: Profile, soup: BeautifulSoup) -> None:
    """The intro card in the page's data-sjs JSON: bio text and context item titles."""
    for data in H.scripts_json(soup, "profile_intro_card"):
        for d in H.walk(data):
            card = d.get("profile_intro_card")
            if not isinstance(card, dict):
                continue
            bio = card.get("bio")
            if isinstance(bio, dict) and isinstance(bio.get("text"), str):
                T.add_once(profile, bio["text"], "bio")
            for item in H.walk(card.get("context_items") or {}):
                title = item.get("title")
                if isinstance(title, dict) and isinstance(title.get("text"), str):
                    add_entry(profile, title["text"], None, "intro", bio_free=False)


def _lines(main: Tag) -> list[Tag]:
    """The outermost text spans of the page's profile sections (posts and tabs excluded)."""
    out = []
    for span in main.find_all("span", dir="auto"):
        bad = False
        for p in span.parents:
            if not isinstance(p, Tag):
                continue
            if p.name in ("h1", "h2", "h3", "h4", "h5", "h6") or p.get("role") in (
                    "article", "tablist", "banner", "contentinfo", "navigation"):
                bad = True
                break
            if p.name == "span" and p.get("dir") == "auto":
                bad = True
                break
            if p is main:
                break
        if not bad:
            out.append(span)
    return out


def _ancestor_counts(lines: list[Tag], main: Tag) -> tuple[dict[int, int], set[int]]:
    """How many lines each ancestor holds, and which ancestors hold a heading (one pass,
    so that grouping stays linear on large saved pages)."""
    counts: dict[int, int] = {}
    for line in lines:
        for p in line.parents:
            if p is main:
                break
            counts[id(p)] = counts.get(id(p), 0) + 1
    with_heading: set[int] = set()
    for h in main.find_all(["h1", "h2", "h3"]):
        for p in h.parents:
            if p is main or id(p) in with_heading:
                break
            with_heading.add(id(p))
    return counts, with_heading


def _entry(line: Tag, line_ids: set[int], main: Tag, counts: dict[int, int], with_heading: set[int]) -> list[Tag]:
    """The line with its label line(s) when they share one small container."""
    node = line.parent
    while isinstance(node, Tag) and node is not main:
        if id(node) in with_heading:
            return [line]
        n = counts.get(id(node), 0)
        if n > 3:
            return [line]
        if n >= 2:
            return [s for s in node.find_all("span", dir="auto") if id(s) in line_ids]
        node = node.parent
    return [line]


def _headings(main: Tag, line_ids: set[int]) -> dict[int, str]:
    """The section heading (h2/h3 outside posts) above each line, in one pass."""
    current = ""
    out: dict[int, str] = {}
    for el in main.descendants:
        if not isinstance(el, Tag):
            continue
        if el.name in ("h2", "h3") and _closest_article(el) is None:
            current = el.get_text(" ", strip=True) or current
        elif id(el) in line_ids:
            out[id(el)] = current
    return out


def _read_sections(profile: Profile, main: Tag) -> None:
    lines = _lines(main)
    ids = {id(s) for s in lines}
    counts, with_heading = _ancestor_counts(lines, main)
    headings = _headings(main, ids)
    done: set[int] = set()
    bio_taken = False
    for line in lines:
        if id(line) in done:
            continue
        group = _entry(line, ids, main, counts, with_heading)
        done.update(id(s) for s in group)
        heading = headings.get(id(group[0]), "")
        if not heading or heading.lower() in _SKIP_SECTIONS:
            continue
        texts = [H.rich_text(s) for s in group]
        texts = [t for t in texts if t]
        if not texts:
            continue
        primary, label = texts[0], (texts[1] if len(texts) > 1 else None)
        section = "intro" if heading.lower() == "intro" else heading
        links = [(t, H.rich_text(a)) for a in group[0].find_all("a", href=True) if (t := external(str(a["href"])))]
        for target, title in links:
            T.add_bio_link(profile, target, title)
        if links and " ".join(title for _, title in links) == primary and not label:
            continue  # a bare link row: the link itself is the content
        loose = section != "intro" or _icon_row(group[0])
        used_bio = add_entry(profile, primary, label, section, bio_free=not bio_taken, loose=loose,
                              linked=bool(links))
        bio_taken = bio_taken or used_bio


def _icon_row(line: Tag) -> bool:
    """True for an Intro item drawn as a row with an icon ("Lives in ..."), False for the
    free bio text above them."""
    node = line.parent
    while isinstance(node, Tag):
        if len([c for c in node.children if isinstance(c, Tag)]) > 1:
            return node.find(["h2", "h3"]) is None and node.find(["img", "svg", "i"]) is not None
        node = node.parent
    return False



def _closest_article(el: Tag) -> Tag | None:
    for p in el.parents:
        if isinstance(p, Tag) and p.get("role") == "article":
            return p
    return None


def _read_posts(profile: Profile, main: Tag, name: str | None) -> None:
    for art in main.find_all(None, attrs={"role": "article"}):
        nested = _closest_article(art) is not None
        aria = str(art.get("aria-label") or "")
        msgs = [m for m in art.find_all(None, attrs={"data-ad-preview": "message"}) if _closest_article(m) is art]
        if not msgs:
            msgs = [d for d in art.find_all("div", dir="auto")
                    if _closest_article(d) is art and not d.find_parent("div", dir="auto")]
        text = "\n".join(t for t in (H.rich_text(m) for m in msgs) if t)
        if not text:
            continue
        author = None
        m = re.match(r"^Comment by (.+?)(?:\s+\d.*)?$", aria)
        if m:
            author = m.group(1)
        else:
            head = art.find(["h2", "h3", "h4"])
            if isinstance(head, Tag) and _closest_article(head) is art:
                strong = head.find(["strong", "a"]) or head
                author = H.rich_text(strong) or None
        date = None
        for a in art.find_all("a", href=True):
            href = str(a["href"])
            if _closest_article(a) is art and re.search(r"/posts/|story_fbid|permalink|/videos/|/photos?/", href):
                date = T.iso_date(H.rich_text(a))
                break
        if date is None:
            t = art.find("time", datetime=True) or art.find("abbr", title=True)
            if isinstance(t, Tag):
                date = T.iso_date(str(t.get("datetime") or t.get("title")))
        own = same_person(author, name) if author and name else not nested
        profile.add(text, "comment" if m else "post", author=author, date=date, own=own)
