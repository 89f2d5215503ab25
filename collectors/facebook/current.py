"""Facebook's current layout: the Intro card and the timeline's posts in the page's JSON, the
profile sections of a page saved from "View As: Public" (Intro, About: work and education, places
lived, contact and basic info, family and relationships, details, life events) and the visible posts."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from bs4 import BeautifulSoup, Tag

from collectors import html as H
from collectors import text as T
from collectors.facebook.fields import add_entry, external, owner_name, same_person
from footprint.http import Response
from footprint.models import Profile

_SKIP_SECTIONS = {"posts", "photos", "friends", "videos", "reels", "featured", "highlights"}


def looks_like(soup: BeautifulSoup) -> bool:
    """Today's markup: text in `span[dir=auto]`, posts as `[role=article]`, or the Intro card's JSON."""
    return soup.select_one("span[dir=auto], [role=article]") is not None \
        or any(True for _ in H.scripts_json(soup, "profile_intro_card")) \
        or any(True for _ in H.scripts_json(soup, _STORY))


def read(soup: BeautifulSoup, response: Response, profile: Profile) -> None:
    _read_intro_json(profile, soup)
    main = soup.find(None, attrs={"role": "main"}) or soup.body or soup
    if isinstance(main, Tag):
        _read_sections(profile, main)
        _read_posts(profile, main, owner_name(profile))
    _read_stories_json(profile, soup, owner_name(profile))


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


# ---------------------------------------------------------------------------- posts in the page's JSON

_STORY = '"Story"'   # the timeline's posts are Relay nodes of this __typename


def _read_stories_json(profile: Profile, soup: BeautifulSoup, name: str | None) -> None:
    """The timeline a logged-out visitor is sent as data-sjs JSON rather than markup: each Story
    node a post by its actor (the profile's own when none is named), a shared post inside it the
    words of whoever wrote that, and each comment its author's."""
    for data in H.scripts_json(soup, _STORY):
        for story in _stories(data):
            _read_story(profile, story, name)


def _stories(value: Any) -> Iterator[dict[str, Any]]:
    """The outermost Story nodes in a parsed JSON value (a story nested in one is read with it)."""
    stack: list[Any] = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict) and item.get("__typename") == "Story":
            yield item
        elif isinstance(item, dict):
            stack.extend(reversed([v for v in item.values() if isinstance(v, (dict, list))]))
        elif isinstance(item, list):
            stack.extend(reversed([v for v in item if isinstance(v, (dict, list))]))


def _read_story(profile: Profile, story: dict[str, Any], name: str | None) -> None:
    date = T.iso_date(story.get("creation_time"))
    author = _actor(story)
    own = same_person(author, name) if author and name else author is None
    section = _dig(story, "comet_sections", "content")
    content = _dig(section, "story") or story
    _add_post(profile, _text(content.get("message")), "post", author or name, date, own)
    shared = next((s for s in (content, section, story) if isinstance(s, dict) and s.get("attached_story")),
                  {}).get("attached_story")
    if isinstance(shared, dict):
        by = _actor(shared)
        _add_post(profile, _text(shared.get("message")) or _text(_dig(shared, "comet_sections", "content", "story",
                                                                       "message")),
                  "post", by, T.iso_date(shared.get("creation_time")),
                  bool(by and name and same_person(by, name)))
    for node in H.walk(story.get("feedback") or _dig(story, "comet_sections", "feedback") or {}):
        writer = node.get("author")
        if isinstance(writer, dict) and isinstance(writer.get("name"), str) and isinstance(node.get("body"), dict):
            _add_post(profile, _text(node["body"]), "comment", writer["name"], T.iso_date(node.get("created_time")),
                      bool(name and same_person(writer["name"], name)))


def _add_post(profile: Profile, text: str, field: str, author: str | None, date: str | None, own: bool) -> None:
    """A post unless the page's markup already showed the same one."""
    norm = " ".join(text.split()).casefold()
    if norm and not any(b.field == field and " ".join(b.text.split()).casefold() == norm for b in profile.blocks):
        profile.add(text, field, author=author, date=date, own=own)


def _actor(story: dict[str, Any]) -> str | None:
    actors = story.get("actors")
    first = actors[0] if isinstance(actors, list) and actors else None
    return first["name"] if isinstance(first, dict) and isinstance(first.get("name"), str) else None


def _text(value: Any) -> str:
    return value["text"] if isinstance(value, dict) and isinstance(value.get("text"), str) else ""


def _dig(value: Any, *keys: str) -> Any:
    for key in keys:
        value = value.get(key) if isinstance(value, dict) else None
    return value


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
            current = H.line(el) or current
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
        texts = [H.text(s) for s in group]
        texts = [t for t in texts if t]
        if not texts:
            continue
        primary, label = texts[0], (texts[1] if len(texts) > 1 else None)
        section = "intro" if heading.lower() == "intro" else heading
        links = [(t, H.text(a)) for a in group[0].find_all("a", href=True) if (t := external(str(a["href"])))]
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
        text = "\n".join(t for t in (H.text(m) for m in msgs) if t)
        if not text:
            continue
        author = None
        m = re.match(r"^(?:Comment|Reply) by (.+?)(?:\s+\d.*)?$", aria)   # (a reply: the owner's, often)
        if m:
            author = m.group(1)
        else:
            head = art.find(["h2", "h3", "h4"])
            if isinstance(head, Tag) and _closest_article(head) is art:
                strong = head.find(["strong", "a"]) or head
                author = H.text(strong) or None
        date = None
        for a in art.find_all("a", href=True):
            href = str(a["href"])
            if _closest_article(a) is art and re.search(r"/posts/|story_fbid|permalink|/videos/|/photos?/", href):
                date = T.iso_date(H.text(a))
                break
        if date is None:
            t = art.find("time", datetime=True) or art.find("abbr", title=True)
            if isinstance(t, Tag):
                date = T.iso_date(str(t.get("datetime") or t.get("title")))
        own = same_person(author, name) if author and name else not nested
        profile.add(text, "comment" if m else "post", author=author, date=date, own=own)
