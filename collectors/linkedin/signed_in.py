"""LinkedIn profile pages in the signed-in style layout a user may save or be served:
the `pv-top-card` (name, headline, location, current company and school buttons) and
`profile-card` sections, each with an anchor id (about, experience, education, ...), an
`h2` heading and a `pvs-list` of `profile-section-card` entries. Every text is written
twice, once for the eye (`aria-hidden="true"`) and once for screen readers
(`visually-hidden`); only the first is read.

The output matches the guest layout's (guest.py): the About text as one
`about` block, each job as "TITLE at COMPANY, DATES, PLACE" plus the company as employer,
each school as education. Past jobs' places are never taken as where the member lives.
"""

from __future__ import annotations

import re
from functools import partial

from bs4 import BeautifulSoup, Tag

from collectors import html as H
from collectors import text as T
from footprint.http import Response
from footprint.models import Profile

# employment types LinkedIn writes after the company ("Police Scotland · Full-time")
_KINDS = re.compile(r"^(full-time|part-time|self-employed|freelance|contract|internship|apprenticeship|"
                    r"seasonal|permanent|temporary|volunteer|casual|trainee)$", re.I)
_DURATION = re.compile(r"^\d+\s+(yrs?|years?|mos?|months?)(\s+\d+\s+(mos?|months?))?$", re.I)
_WHERE = re.compile(r"^(on-site|remote|hybrid)$", re.I)
_COUNTS = re.compile(r"\b(followers?|connections?)\b", re.I)
_WORK = ("experience", "volunteering", "volunteering_experience", "volunteer_experience", "volunteering experience")
# sections that hold other people's words, LinkedIn's own prompts or what the member follows
_SKIP = {"activity", "content_collections", "recent_activity", "recommendations", "people-also-viewed",
         "people_also_viewed", "pymk", "browsemap", "browsemap_recommendation", "interests", "analytics",
         "resources", "suggested", "highlights", "featured", "services", "people you may know",
         "people also viewed", "you might like", "more profiles for you"}
_ANCHOR = ".pv-profile-card-anchor[id], .pv-profile-card__anchor[id]"
# the connection-degree badge beside the name ("3rd", "2nd degree connection")
# the pronouns a member shows beside their name ("She/Her", "they / them"), in a span like the location's
_PRONOUNS = re.compile(r"^(?:she|he|they|ze|xe|any)\s*/\s*(?:her|hers|him|his|they|them|theirs|zir|hir|pronouns)"
                       r"(?:\s*/\s*\w+)?$", re.I)
_DEGREE = re.compile(r"^(?:·\s*)?(?:1st|2nd|3rd\+?|\d+th)(?:\s+degree connection)?$", re.I)
_TOP_BUTTON = re.compile(r"^\s*(Current company|Education)\s*:\s*(.+?)(?:\.?\s+Click to skip to .*)?\s*$", re.I)


def looks_like(soup: BeautifulSoup) -> bool:
    return soup.select_one(".pv-top-card, section[data-view-name='profile-card'], .pv-profile-card, "
                           "ul.pvs-list") is not None


def shown(el: Tag | None) -> str:
    """The text a sighted reader sees, on one line: of the two copies, the screen readers' one
    (`visually-hidden`) is what remains when the extractor drops the `aria-hidden` one. A copy saved
    without the screen readers' twin keeps only the `aria-hidden` text, which is then the text."""
    return H.line(el) or (" ".join(el.get_text(" ").split()) if el is not None else "")


def read(soup: BeautifulSoup, response: Response, profile: Profile) -> None:
    """The top card and the profile sections of a pv-layout page."""
    add = partial(T.add_once, profile)
    card = soup.select_one(".pv-top-card") or soup.select_one("main") or soup
    add(shown(card.find("h1")), "name", hint="name")
    add(shown(card.select_one(".text-body-medium, [data-generated-suggestion-target]")), "headline")
    add(_location(card), "location", hint="home_location", label="Location")
    for button in soup.select("[aria-label]"):
        m = _TOP_BUTTON.match(str(button.get("aria-label")))
        if m and m.group(1).lower() == "current company":
            add(m.group(2).strip(), "experience", hint="employer", label="Current company")
        elif m:
            add(m.group(2).strip(), "education", hint="education", label="School")
    for section in soup.select("section"):
        if section.find_parent("aside") is not None or section.select_one(".pv-top-card") is not None \
                or {"pv-top-card", "pv-contact-info"} & set(section.get("class") or []) or _contact_kind(section):
            continue
        _section(section, add)
    for section in soup.select("section"):
        _contact_info(section, add, profile)


# The "Contact info" overlay a signed-in viewer opened before saving (`pv-contact-info`): a section a
# kind, named by its class, each value in a `pv-contact-info__ci-container` or a list item, a phone
# followed by its type ("(Mobile)"). Public scrapers read it by these classes.
_CONTACT_KINDS = {"ci-email": ("email", "Email"), "ci-phone": ("phone", "Phone"),
                  "ci-birthday": ("date_of_birth", "Birthday"), "ci-address": ("home_location", "Address")}
_CONTACT_LINKS = ("ci-websites", "ci-twitter")
# The current overlay drops the ci-* classes: each `pv-contact-info__contact-type` section says its kind in
# its `h3` heading only ("Phone", "Email", "Birthday", "Address", "Websites", "Your Profile", "Connected").
_CONTACT_HEADINGS = {"phone": "ci-phone", "phones": "ci-phone", "email": "ci-email", "birthday": "ci-birthday",
                     "address": "ci-address", "website": "ci-websites", "websites": "ci-websites",
                     "twitter": "ci-twitter", "im": "ci-ims"}
_PHONE_TYPE = re.compile(r"\s*\((?:mobile|home|work|other|fax|pager)\)\s*$", re.I)


def _contact_kind(section: Tag) -> str:
    classes: list[str] = list(section.get("class") or [])
    kind = next((c for c in classes if c in _CONTACT_KINDS or c in _CONTACT_LINKS
                 or c in ("ci-vanity-url", "ci-ims")), "")
    if kind or "pv-contact-info__contact-type" not in classes:
        return kind
    heading = shown(section.select_one(".pv-contact-info__header, h3")).casefold()
    # a row the overlay has but that is not a detail of the member's ("Your Profile", "Connected since")
    return _CONTACT_HEADINGS.get(heading, "ci-other")


def _contact_info(section: Tag, add: T.Add, profile: Profile) -> None:
    kind = _contact_kind(section)
    if kind in _CONTACT_LINKS:
        for a in section.select("a[href]"):
            profile.add_link(str(a["href"]), text=shown(a))
    if kind not in _CONTACT_KINDS:
        return   # the member's own profile URL, or instant-messenger names
    hint, label = _CONTACT_KINDS[kind]
    for item in section.select("li") or section.select(".pv-contact-info__ci-container") or [section]:
        mail = item.select_one("a[href^='mailto:']")
        value = str(mail["href"]).removeprefix("mailto:") if mail is not None else shown(
            item.select_one(".pv-contact-info__contact-item, span.t-black, a, span") or item)
        add(_PHONE_TYPE.sub("", value), "contact", hint=hint, label=label)


def _location(card: Tag) -> str:
    for el in card.select(".pv-text-details__left-panel span.text-body-small, "
                          ".pv-text-details__left-panel--mt2 span.text-body-small, span.text-body-small.inline"):
        text = shown(el)
        if text and el.find("a") is None and not _COUNTS.search(text) and not _DEGREE.match(text) \
                and not _PRONOUNS.match(text) and el.select_one(".distance-badge, .dist-value") is None:
            return text
    return ""


def _kind(section: Tag) -> tuple[str, str]:
    """(kind, heading): the anchor id (about, experience, ...) inside the section or just
    before it, else the heading in lower case. The section's own id is generated ("ember131")
    and says nothing."""
    heading = shown(section.select_one(".pvs-header__title, h2"))
    anchor = section.select_one(_ANCHOR)
    before = section.find_previous_sibling()
    if anchor is None and isinstance(before, Tag) and before.get("id") \
            and {"pv-profile-card-anchor", "pv-profile-card__anchor"} & set(before.get("class") or []):
        anchor = before
    kind = str(anchor.get("id")) if isinstance(anchor, Tag) else heading
    return kind.lower().strip(), heading


def _section(section: Tag, add: T.Add) -> None:
    kind, heading = _kind(section)
    if not kind or kind in _SKIP or heading.lower() in _SKIP or (not heading and not section.select_one("ul")):
        return  # a sign-in prompt, an unnamed box, or words that are not the member's own
    if kind in ("about", "summary"):
        body = section.select_one(".pv-shared-text-with-see-more, .inline-show-more-text, "
                                  ".display-flex.ph5.pv3, .pv-about__summary-text")
        text = shown(body) if body is not None else ""
        seen = body.select_one("span[aria-hidden='true']") if body is not None else None
        if seen is not None and len(full := " ".join(seen.get_text(" ").split())) > len(text):
            text = full   # a collapsed About ("…see more"): the screen readers' copy is cut short, the eye's is whole
        if not text:  # the section's text without its heading
            text = shown(section).removeprefix(heading).strip()
        add(text, "about", label="About")
        return
    for item in _items(section):
        if kind in _WORK or kind.startswith("volunteer"):
            _job(item, add, employer=kind == "experience", label="Experience" if kind == "experience"
                 else "Volunteering")
        elif kind in ("education", "educations"):
            _school(item, add)
        else:
            text = ", ".join(_lines(item))
            add(text, "about", label=heading or kind)


def _items(section: Tag) -> list[Tag]:
    """The section's top-level entries (a company's roles are read inside their entry)."""
    items = section.select("li.profile-section-card, li.pvs-list__item--line-separated, li.artdeco-list__item, "
                           "ul.pvs-list > li")
    ids = {id(li) for li in items}
    return [li for li in items if not any(id(p) in ids for p in li.parents)]


def _in_list(el: Tag, top: Tag) -> bool:
    """True when `el` sits in a list nested inside `top`."""
    for p in el.parents:
        if p is top or not isinstance(p, Tag):
            return False
        if p.name in ("ul", "ol"):
            return True
    return False


def _lines(el: Tag, nested: bool = False) -> list[str]:
    """The entry's lines: each `aria-hidden` text span (or each leaf text) once; lists nested
    in the entry (the roles under a company) only when `nested`."""
    spans = [s for s in el.select("span[aria-hidden='true']") if s.find("span", attrs={"aria-hidden": "true"}) is None]
    if not spans:
        spans = [s for s in el.find_all(["span", "div", "p", "a", "h3", "h4"]) if s.find(["span", "div", "p"]) is None]
    out: list[str] = []
    for s in spans:
        if not nested and _in_list(s, el):
            continue
        text = shown(s)
        if text and text not in out:
            out.append(text)
    return out


def _parts(line: str) -> list[str]:
    return [p.strip() for p in line.split("\u00b7") if p.strip()]


def _is_dates(line: str) -> bool:
    first = _parts(line)[0] if _parts(line) else ""
    return bool(re.search(r"\b(19|20)\d\d\b|\bPresent\b", first)) or bool(_DURATION.match(first))


def _company(line: str) -> str:
    parts = [p for p in _parts(line) if not _KINDS.match(p) and not _DURATION.match(p)]
    return parts[0] if parts else ""


def _job(item: Tag, add: T.Add, employer: bool, label: str) -> None:
    lines = _lines(item)
    roles = [li for li in item.select("ul li") if li.find("li") is None
             and (li.select_one(".t-bold") is not None or len(_lines(li)) >= 2)]
    if not roles:
        lines = _lines(item, nested=True)  # a description in a list of its own
    elif lines:
        # a company with several roles: the company heads the entry, each role is an entry of its own
        company = _company(lines[0])
        for role in roles:
            _one_job(_lines(role), company, add, employer, label)
        return
    if lines:
        company = _company(lines[1]) if len(lines) > 1 and not _is_dates(lines[1]) else ""
        _one_job(lines, company, add, employer, label, skip=2 if company else 1)


def _one_job(lines: list[str], company: str, add: T.Add, employer: bool, label: str, skip: int = 1) -> None:
    title = lines[0]
    rest = lines[skip:]
    dates = [_parts(t)[0] for t in rest if _is_dates(t)]
    places = [t for t in rest if not _is_dates(t) and len(t) <= 80 and t != company]
    places = [", ".join(p for p in _parts(t) if not _KINDS.match(p) and not _WHERE.match(p)) for t in places]
    desc = [t for t in rest if not _is_dates(t) and len(t) > 80]
    head = f"{title} at {company}" if company and title != company else title
    add(", ".join(p for p in [head, *dates[:1], *places] if p), "experience", label=label)
    if employer and company:
        add(company, "experience", hint="employer", label="Company")
    for d in desc:
        add(d, "experience", label=f"{label} description")


def _school(item: Tag, add: T.Add) -> None:
    lines = _lines(item)
    if not lines:
        return
    school = lines[0]
    add(school, "education", hint="education", label="School")
    rest = [_parts(t)[0] if _is_dates(t) else t for t in lines[1:]]
    if rest:
        add(", ".join([school, *rest]), "education", label="Education")
