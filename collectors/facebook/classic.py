"""Facebook pages in the older layouts a user may still save from "View As: Public":

- the classic timeline: the Intro box (`intro_container_id`, a bio and a list of items each
  with an icon whose title says what it is), the Life events box and the posts
  (`userContentWrapper`, the message in `data-testid="post_message"` / `userContent`, the
  author in the post's heading, the time in `abbr[data-utime]`, a shared post nested inside);
- the mbasic / m. About page: sections with ids (work, education, living, contact-info,
  basic-info, relationship, family, year-overviews, bio, quote, nicknames), each a heading
  with label/value table rows ("Mobile" | "07700 ...") or entries of a few lines
  ("Jack Example" / "Brother").
"""

from __future__ import annotations

import re
from urllib.parse import unquote

from bs4 import BeautifulSoup, NavigableString, Tag

from collectors import html as H
from collectors import text as T
from collectors.facebook.fields import LINK_LABELS, STATUSES, add_entry, date_like, external, owner_name, same_person
from footprint.http import Response
from footprint.models import Profile

SECTION_IDS = ("work", "education", "living", "contact-info", "basic-info", "relationship", "family",
               "year-overviews", "life-events", "bio", "quote", "nicknames", "skills")
_SECTION_NAMES = {"living": "Places lived", "contact-info": "Contact info", "basic-info": "Basic info",
                  "family": "Family members", "year-overviews": "Life events", "life-events": "Life events",
                  "bio": "About", "quote": "Favourite quotes", "nicknames": "Other names"}
_BLOCK = {"div", "p", "ul", "ol", "li", "table", "tbody", "thead", "tr", "td", "th", "h1", "h2", "h3", "h4",
          "h5", "h6", "header", "footer", "section", "article", "dl", "dt", "dd", "form", "nav", "aside"}
_SKIP = {"script", "style", "noscript", "template", "svg"}
_HEADINGS = ["h2", "h3", "h4", "h5", "h6"]
_MESSAGES = '[data-testid="post_message"], .userContent'
# the icon beside a classic Intro item says what the item is when its words do not
_ICONS = {"current city": "home_location", "lives in": "home_location", "hometown": "birthplace",
          "home town": "birthplace", "work": "employer", "education": "education", "birthday": "date_of_birth",
          "relationship": "relationship"}
_WORDED = re.compile(r"^(Lives in|From|Comes from|Born|Works? at|Worked at|Working at|Studie[sd]|Studying|"
                     r"Went to|Goes to|Joined)\b|\sat\s", re.I)
_SAVED_FROM = re.compile(r"saved from url=\(\d+\)\s*https?://([a-z]+\.)?facebook\.com/", re.I)
_SINCE = re.compile(r"\s+(since|from)\s+(.+)$", re.I)


def is_classic(soup: BeautifulSoup) -> bool:
    """True for a page in one of the older layouts (a profile, not a login wall)."""
    return bool(soup.select_one("#intro_container_id, #fb-timeline-cover-name, #m-timeline-cover-section, "
                                ".userContentWrapper, [data-testid='intro_card_list']")) or bool(sections(soup))


def looks_like(soup: BeautifulSoup) -> bool:
    """Anything the older layouts' reader takes: their Intro box, bio, Life events, About sections or posts."""
    return is_classic(soup) or soup.select_one(
        "#profile_intro_card_bio, [data-testid='profile_intro_card_bio'], [id*='life_events'], [id*='lifeevents'], "
        + _MESSAGES) is not None


def saved_from_facebook(soup: BeautifulSoup) -> bool:
    """The "saved from url=" comment a browser writes into a page saved from facebook.com."""
    return any(_SAVED_FROM.search(comment) for comment in H.marks(soup).comments[:4])


def name_of(soup: BeautifulSoup) -> str:
    """The name in a classic cover ("fb-timeline-cover-name") or an mbasic cover section."""
    for selector in ("#fb-timeline-cover-name", "#m-timeline-cover-section strong", "#cover-name-root h3",
                     "#m-timeline-cover-section h3"):
        text = H.text(soup.select_one(selector))
        if text:
            return text
    return ""


def read(soup: BeautifulSoup, response: Response, profile: Profile) -> None:
    """Everything the older layouts show: Intro box, Life events box, About sections, posts."""
    _read_intro(profile, soup)
    for box in soup.select("[id*='life_events'], [id*='lifeevents']"):
        for li in box.select("li"):
            for lines in _entries(li):
                for text in lines:
                    if not _date_line(text):
                        add_entry(profile, text, None, "Life events", bio_free=False)
    for key, section in sections(soup):
        _read_section(profile, key, section)
    _read_posts(profile, soup, owner_name(profile))


def _read_intro(profile: Profile, soup: BeautifulSoup) -> None:
    bio = soup.select_one("#profile_intro_card_bio, [data-testid='profile_intro_card_bio']")
    if isinstance(bio, Tag):
        T.add_once(profile, H.text(bio), "bio")
    items = list(soup.select("[data-testid='intro_card_list'] > li"))
    if not items:
        box = soup.select_one("#intro_container_id")
        items = box.select("ul > li") if isinstance(box, Tag) else []
    for li in items:
        text = H.text(li)
        if not text:
            continue
        links = [(t, H.text(a)) for a in li.find_all("a", href=True) if (t := external(str(a["href"])))]
        for target, title in links:
            T.add_bio_link(profile, target, title)
        if links and " ".join(title for _, title in links) == text:
            continue  # a bare link row: the link itself is the content
        icon = li.select_one("[title]") or li.select_one("[aria-label]")
        kind = str(icon.get("title") or icon.get("aria-label") or "") if isinstance(icon, Tag) else ""
        hint = _ICONS.get(kind.strip().lower())
        if kind.strip().lower() in LINK_LABELS:
            add_entry(profile, text, kind.strip(), "intro", bio_free=False, linked=bool(links))
        elif hint and not _WORDED.search(text) and not text.lower().startswith(STATUSES):
            profile.add(text, "about", hint=hint, label=kind.strip())
        else:
            add_entry(profile, text, None, "intro", bio_free=False, linked=bool(links))


# ---------------------------------------------------------------------------- About sections


def sections(soup: BeautifulSoup) -> list[tuple[str, Tag]]:
    """The mbasic About sections: (id, element) for each one that has a heading or rows."""
    out = []
    for key in SECTION_IDS:
        el = soup.find(id=key)
        if isinstance(el, Tag) and el.name not in ("a", "span", "input") and (
                el.find("header") or el.find(_HEADINGS) or el.find("tr")):
            out.append((key, el))
    return out


def _heading(section: Tag) -> Tag | None:
    head = section.find("header") or section.find(_HEADINGS)
    return head if isinstance(head, Tag) else None


def _read_section(profile: Profile, key: str, section: Tag) -> None:
    head = _heading(section)
    title = H.line(head) or _SECTION_NAMES.get(key, key.replace("-", " ").capitalize())
    for tr in section.find_all("tr"):
        cells = tr.find_all(["td", "th"], recursive=False)
        if len(cells) >= 2:
            _row(profile, H.line(cells[0]), cells[1], title)
    kind = title.lower()
    for lines in _entries(section, skip=head):
        if key in ("bio", "quote") or kind.startswith(("about", "favourite", "favorite")):
            profile.add("\n".join(lines), "about", label=title)
            continue
        lines = [t for t in lines if not _date_line(t)]
        if not lines:
            continue
        if key == "relationship" or kind.startswith("relationship"):
            for text in lines:
                m = _SINCE.search(text)
                add_entry(profile, text[:m.start()] if m and date_like(m.group(2)) else text, None,
                          "Relationship", bio_free=False)
        elif key == "family" or kind.startswith("family"):
            relation = lines[1] if len(lines) > 1 and len(lines[1]) <= 40 else None
            add_entry(profile, lines[0], relation, "Family members", bio_free=False)
        elif key in ("work", "education") or kind.startswith(("work", "education")):
            add_entry(profile, lines[0], None, title, bio_free=False)
            for extra in lines[1:]:
                if key == "work" and len(extra) <= 80:
                    profile.add(extra, "about", hint="job", label="Job title")
                else:
                    profile.add(extra, "about", label=title)
        else:
            for text in lines:
                add_entry(profile, text, None, title, bio_free=False)


def _row(profile: Profile, label: str, cell: Tag, section: str) -> None:
    """One label/value row: the value read as the label says (a mailto: link's address)."""
    if not label or label.lower() == "facebook":
        return  # the profile's own address
    value = H.line(cell)
    for a in cell.find_all("a", href=True):
        href = str(a["href"]).strip()
        if href.lower().startswith("mailto:"):
            value = unquote(href[7:].split("?")[0]) or value
        elif href.lower().startswith("tel:"):
            value = unquote(href[4:]) or value
    links = [(t, H.text(a)) for a in cell.find_all("a", href=True) if (t := external(str(a["href"])))]
    for target, title in links:
        T.add_bio_link(profile, target, title)
    if value:
        add_entry(profile, value, label, section, bio_free=False, linked=bool(links))


def _date_line(text: str) -> bool:
    """A line that is only a date or a span of dates ("2002 - 2009", "1 August 2016 - Present ·
    Lincoln"), never a status such as "Engaged to ... since 2023"."""
    return date_like(text) and not text.lower().startswith(STATUSES) and (
        len(text) <= 60 or bool(re.match(r"^[\d\s\-–]+$", text)))


def _is_line(el: Tag) -> bool:
    return el.find(_BLOCK) is None


def _split(line: Tag) -> list[str]:
    """A line's text; two or more spans side by side with nothing between them (a title and
    its date, styled onto lines of their own) are lines of their own."""
    kids = list(line.children)
    if len(kids) > 1 and all(isinstance(k, Tag) and k.name in ("span", "abbr", "time", "small") for k in kids):
        return [t for k in kids if isinstance(k, Tag) and (t := H.text(k))]
    text = H.text(line)
    return [text] if text else []


def _entries(node: Tag, skip: Tag | None = None) -> list[list[str]]:
    """The entries under `node` as lists of lines: a container whose children are all lines
    (elements with no block elements inside) is one entry; any other container is a list of
    entries. Tables (read as rows) and the section heading `skip` are left out."""
    above = {id(p) for p in skip.parents} if skip is not None else set()
    return _entries_in(node, skip, above)


def _entries_in(node: Tag, skip: Tag | None, above: set[int]) -> list[list[str]]:
    if node is skip or node.name in _SKIP or node.name in ("table", "header"):
        return []
    if _is_line(node):
        lines = _split(node)
        return [lines] if lines else []
    kids = [k for k in node.children if isinstance(k, Tag) or (type(k) is NavigableString and k.strip())]
    if not any(k is skip or id(k) in above for k in kids) \
            and all(isinstance(k, NavigableString) or _is_line(k) for k in kids):
        lines = [t for k in kids for t in ([H.squash(str(k))] if isinstance(k, NavigableString) else _split(k))]
        lines = [t for t in lines if t]
        return [lines] if lines else []
    out: list[list[str]] = []
    for kid in kids:
        if isinstance(kid, Tag):
            out.extend(_entries_in(kid, skip, above))
        elif text := H.squash(str(kid)):
            out.append([text])
    return out


# ---------------------------------------------------------------------------- posts


def _holder(el: Tag, stop: Tag | None) -> Tag | None:
    """The closest ancestor of `el` (up to `stop`) that holds a heading: the post's header."""
    for p in el.parents:
        if not isinstance(p, Tag):
            break
        if p.find(_HEADINGS) is not None:
            return p
        if p is stop:
            break
    return None


def _read_posts(profile: Profile, soup: BeautifulSoup, name: str | None) -> None:
    messages = [m for m in soup.select(_MESSAGES) if not _read_as_current(m)]
    ids = {id(m) for m in messages}
    for msg in messages:
        if any(id(p) in ids for p in msg.parents):
            continue  # inside another message
        text = _message(msg)
        if not text:
            continue
        wrapper = msg.find_parent(class_="userContentWrapper") or msg.find_parent("article")
        holder = _holder(msg, wrapper)
        author = date = None
        nested = False
        if holder is not None:
            head = holder.find(_HEADINGS)
            link = head.find("a") if isinstance(head, Tag) else None
            author = H.text(link if isinstance(link, Tag) else head) or None
            date = _date(holder)
            nested = _nested(holder, head, wrapper)
        own = same_person(author, name) if author and name else not nested
        profile.add(text, "post", author=author, date=date, own=own)


def _read_as_current(msg: Tag) -> bool:
    """True when the post around a message is one today's layout reads (its text in `data-ad-preview` or
    `div[dir=auto]`); a classic `userContentWrapper` that also says role=article is read here."""
    art = msg.find_parent(attrs={"role": "article"})
    return isinstance(art, Tag) and (art.find(None, attrs={"data-ad-preview": "message"}) is not None
                                     or art.find("div", dir="auto") is not None)


def _message(msg: Tag) -> str:
    """A post's text, one line per paragraph, without the "..." and "See more" of a folded post."""
    for el in msg.select(".text_exposed_hide, .see_more_link, .see_more_link_inner"):
        el.decompose()
    paragraphs = [t for p in msg.find_all("p") if (t := H.text(p))]
    return "\n".join(paragraphs) if paragraphs else H.text(msg)


def _nested(holder: Tag, head: Tag | None, wrapper: Tag | None) -> bool:
    """True when a post sits inside another post with a heading of its own (a shared post)."""
    if holder is wrapper:
        return False
    for p in holder.parents:
        if not isinstance(p, Tag):
            break
        if p.find(_HEADINGS) is not head:
            return True
        if p is wrapper:
            break
    return False


def _date(holder: Tag) -> str | None:
    t = holder.find("abbr", attrs={"data-utime": True})
    if isinstance(t, Tag):
        return T.iso_date(str(t["data-utime"]))
    t = holder.find("time", datetime=True)
    if isinstance(t, Tag):
        return T.iso_date(str(t["datetime"]))
    t = holder.find("abbr", title=True)
    return T.iso_date(str(t["title"])) if isinstance(t, Tag) else None
