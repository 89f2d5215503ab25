"""Pages that list several people (a committee, a cast, plot holders): each section is its person's."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

from footprint.detect.base import Detector, Hit, load_data
from footprint.detect.clause import SELF, addressee, first_names, nicknames, owner_at
from footprint.detect.text import unaccented
from footprint.facts import Facts
from footprint.models import Profile, TextBlock
from footprint.lazyre import lazy_re

# Blocks a listing's sections are made of; metadata, links and image text keep their own say.
_BODY = {"page", "text", "about", "post", "description", "story", "readme", "caption", "comment"}
# A title before a name in a heading ("Cllr", "Pastor", "Coach", "PC"): footprint/data/sections.json.
_TITLE = r"(?:(?:" + "|".join(sorted(load_data("sections.json")["titles"], key=len, reverse=True)) + r")\.?\s+)"
_CAP = r"[A-Z][^\W\d_]+(?:['’-][A-Z]?[^\W\d_]+)?"
# A person's name: a first name, maybe "and"/"&" a second one, then surnames or an initial.
_NAME = lazy_re(rf"(?<![\w'’@.]){_TITLE}?(?P<first>{_CAP})(?P<also>\s+(?:&|and)\s+{_CAP})?"
                   r"(?:\s+['‘\"“][A-Z][^\W\d_]*['’\"”](?=\s+[A-Z]))?"     # a nickname: "Paul 'Tucker' Nixon"
                   rf"(?P<last>(?:\s+[A-Z][^\W\d_]*\.?(?![\w'’]))*)")
_HEAD_MAX = 90          # characters: longer blocks are paragraphs, not a row or a heading
_OPENING = 50           # a paragraph is about the person it names this early


@dataclass(frozen=True)
class Person:
    first: str
    last: str           # surname, an initial ("L.") or ""

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}".strip()


def _is_first(word: str, owner: Person, known: frozenset[str] = frozenset()) -> bool:
    return unaccented(word) in first_names() or word in known or _same_first(word, owner.first)


# "Dilys has bowled for the county since 1990": a capitalised word the page's prose makes the
# subject of a sentence is a first name there, however uncommon.
_SUBJECT = lazy_re(r"(?<![\w'’])([A-Z][^\W\d_]+)(?:['’]s\b|\s+(?:has|is|was|runs|ran|took|came|joined|lives|"
                      r"looks|keeps|started|does|did|will|can|works|worked|moved|grew|teaches|coaches)\b)")


def _page_first_names(profile: Profile) -> frozenset[str]:
    """The uncommon first names the page's own prose uses as a sentence's subject (not a post's
    title: "Secretary is ..." names nobody)."""
    data = load_data("words.json")
    posts = {w.casefold() for w in data["entry_not_names"] + data["contact_roles"]}
    return frozenset(m.group(1) for b in profile.blocks if len(b.text) > 30 for m in _SUBJECT.finditer(b.text)
                     if m.group(1).casefold() not in posts and m.group(1).casefold() not in _NOT_NAMES)


def _same_first(a: str, b: str) -> bool:
    a, b = unaccented(a).casefold(), unaccented(b).casefold()
    return bool(a and b) and (a == b or b in nicknames().get(a, ()) or a in nicknames().get(b, ()))


def is_owner(person: Person, owner: Person) -> bool:
    """The person is the owner: the same first name (or a short form of it) and the same surname,
    its initial, or no surname given."""
    if not _same_first(person.first, owner.first):
        return False
    last = unaccented(person.last).rstrip(".").casefold()
    own = unaccented(owner.last).casefold()
    return not last or not own or last == own or (len(last) == 1 and own.startswith(last))


def _person(m: re.Match[str], text: str, owner: Person, known: frozenset[str] = frozenset()) -> Person | None:
    """The person a name match stands for, when its first word is a first name (not "Plot Holders",
    not "May")."""
    first = m.group("first")
    if not _is_first(first, owner, known) or first.casefold() in _NOT_NAMES:
        return None
    if _POSSESSIVE.match(text, m.end()):
        return None     # "Petroc's dad" names Petroc's father, and the paragraph is the father's
    last = m.group("last").split()
    return Person(first, last[-1] if last else "")


_POSSESSIVE = lazy_re(r"['’]s\b")
_NOT_NAMES = {"an", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
              "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
# Around a name in a heading or a table row: a separator, a bracket, a role after a dash, or nothing.
_BEFORE_NAME = lazy_re(r"(?:^|[–—:|/-]\s*|^(?:[\w.]+\s+){1,3}[–—:|-]\s*)$")
_AFTER_NAME = lazy_re(r"\s*(?:$|[–—:|(,/-]|\d|\S+@)")
# A paragraph about someone opens with them: "Alwyn took on ...", "Thank you to Ned Colley for ..."
_OPENER = lazy_re(r"^(?:[\w!]+\s+){0,4}?(?:to|for)\s+$", re.I)


_DIGIT_AT_OR_STOP = lazy_re(r"[\d@]|\.$")
# A heading that is a name and then a role: "Anjali Mistry – Alto"
_NAME_THEN = lazy_re(rf"^{_TITLE}?(?P<first>{_CAP})\s+(?P<last>{_CAP})\s*(?P<sep>[–—:|,-])\s")


@dataclass(frozen=True)
class _Heading:
    """What a block says of whose section it opens, as far as that does not depend on the page's
    separators or on the section before it (worked out once per block; `head` decides the rest)."""

    named: Person | None = None                 # a heading or a row that names a person
    shaped: tuple[Person, str] | None = None    # a short line "Name Surname – role": its person and separator
    ends: bool = False                          # a short line that names nobody: the section before it ends
    first: Person | None = None                 # the first person a paragraph names
    opens: bool = False                         # ... and the paragraph opens with them


# (a squad or list number too: "#5 DANNY WHITWORTH", "3. Jo Hale")
_MARKER = lazy_re(r"^(?:[\s>*•▶►▸→·+=~]+|#(?:\d{1,3}\b)?|\d{1,3}[.)](?=\s))+")
# A name in capitals: two words of capitals (a first name and a surname) open the line.
_CAPS_NAME = lazy_re(r"^[A-Z]{2,}(?:\s+['‘\"“]?[A-Z]{2,}['’\"”]?)+(?![a-z])")
_CAPS_WORD = lazy_re(r"\b[A-Z]{2,}\b")


def _named(line: str, owner: Person, known: frozenset[str]) -> Person | None:
    """The person a heading line or a table row names ("Sybil Birling – Nadia Kowalczyk": a part and
    its player, the owner among them), or None. A bullet or a quote mark before it is no part of it, and a
    heading in capitals names its person as a title-case one would (">> PRIYA NAIR – Secretary")."""
    line = _MARKER.sub("", line)
    if _CAPS_NAME.match(line):
        line = _CAPS_WORD.sub(lambda m: m.group().capitalize(), line)
    named = [person for m in _NAME.finditer(line) if (person := _person(m, line, owner, known))
             and _BEFORE_NAME.search(line[:m.start()]) and _AFTER_NAME.match(line, m.end())
             and (person.last or len(line.split()) <= 2 or is_owner(person, owner))]
    if not named:
        return None
    # "Karen Birkett (now Lowther)", "Jo Hale née Pike": the owner under another surname, named beside it
    same = [p for p in named if _same_first(p.first, owner.first)]
    if owner.last and any(re.search(rf"(?<!\w){re.escape(owner.last)}(?!\w)", line) for _ in same[:1]):
        return Person(same[0].first, owner.last)
    return next((p for p in named if is_owner(p, owner)), named[0])


def _heading(block: TextBlock, owner: Person, known: frozenset[str] = frozenset()) -> _Heading:
    text = block.text.strip()
    shaped, ends = None, False
    if len(text) <= _HEAD_MAX and "\n" not in text:
        named = _named(text, owner, known)
        if named:
            return _Heading(named=named)
        m = _NAME_THEN.match(text)
        shaped = (Person(m.group("first"), m.group("last")), m.group("sep")) if m else None
        ends = not _DIGIT_AT_OR_STOP.search(text) and len(text.split()) <= 6
    else:
        # a plain-text newsletter's section: its heading is the paragraph's first line ("Plot 9 — Jo Hale")
        line, _, rest = text.partition("\n")
        named = _named(line.strip(), owner, known) if len(line) <= _HEAD_MAX and rest.strip() else None
        if named:
            return _Heading(named=named)
    for m in _NAME.finditer(text):
        person = _person(m, text, owner, known)
        if person:   # the first person named: the paragraph's when it opens with them
            opens = m.start() < _OPENING and (m.start() == 0 or bool(person.last and _OPENER.match(text[:m.start()])))
            return _Heading(shaped=shaped, ends=ends, first=person, opens=opens)
    return _Heading(shaped=shaped, ends=ends)


def head(block: TextBlock, owner: Person, seps: frozenset[str] = frozenset(),
         current: Person | None = None, known: frozenset[str] = frozenset(),
         heading: _Heading | None = None) -> Person | None | bool:
    """Who a block opens a section for: a Person; False for a heading that names nobody (the
    section before it ends); None for a block that continues the current section. A heading shaped
    like the page's other people's ("Name Surname – role", with a separator in `seps`) is a person's
    even when the first name is not a common one. `heading`: the block's _heading, if worked out."""
    h = heading or _heading(block, owner, known)
    if h.named:
        return h.named
    if h.shaped and h.shaped[1] in seps:
        return h.shaped[0]
    if h.ends:
        return False
    if h.first is None:
        return None
    if h.opens:
        return h.first
    # a notice that speaks of someone else first is not more of the section before it
    return None if current is None or _same_person(h.first, current) else False


def sections(profile: Profile, owner: Person) -> list[Person | None]:
    """Whose section each block of the profile is in (None: nobody's, or not a body block)."""
    return _sections(profile, owner)[0]


def _sections(profile: Profile, owner: Person) -> tuple[list[Person | None], set[str]]:
    """sections(), and the names of the people a heading of their own opened a section for that holds
    a paragraph about them."""
    body = [b.field in _BODY and not b.author for b in profile.blocks]
    known = _page_first_names(profile)
    headings = [_heading(b, owner, known) if ok else None for b, ok in zip(profile.blocks, body, strict=True)]
    shapes = Counter(m.group("sep") for b, h in zip(profile.blocks, headings, strict=True)
                     if h and isinstance(head(b, owner, known=known, heading=h), Person)
                     and (m := _NAME_THEN.match(b.text.strip())))
    seps = frozenset(sep for sep, n in shapes.items() if n >= 2)
    out: list[Person | None] = []
    current: Person | None = None
    under: str | None = None     # the page's own heading (a block's label) the current section opened under
    headed: set[str] = set()
    told: set[str] = set()       # ... and those whose section holds more than its heading
    for i, (block, h) in enumerate(zip(profile.blocks, headings, strict=True)):
        if h is None:
            out.append(None)
            continue
        if h.named and _SIGNED.match(block.text):
            # "– Gwen Hartley" under a piece: the piece back to its heading is Gwen's, and nothing after it
            _signed_back(profile.blocks, headings, out, i, h.named)
            headed.add(h.named.name)
            told.add(h.named.name)
            out.append(h.named)
            current = None
            continue
        found = head(block, owner, seps, current, known, h)
        if current and not h.named and block.label and block.label == under:
            found = None   # "Dad to Freddie (Y2)" under the heading "Tom Whelan – Chair" is still Tom's
        if found is False:
            current = None
        elif isinstance(found, Person):
            if not (current and _same_person(found, current)):
                current, under = found, None
            if block.label and block.label in block.text:
                under = block.label
        if isinstance(found, Person) and h.named:
            headed.add(found.name)
        if current and (found is None or "\n" in block.text.strip()):
            told.add(current.name)
        out.append(current)
    return out, headed & told


# A sign-off: a dash, then the writer's name (and maybe their role) alone on a line at a piece's end.
_SIGNED = lazy_re(r"\s*[–—~-]{1,2}\s*\S")


def _signed_back(blocks: list[TextBlock], headings: list[_Heading | None], out: list[Person | None], at: int,
                 signer: Person) -> None:
    """Give the piece a sign-off at `at` ends to its signer: the blocks before it under the same heading
    (a block's label), back to the piece's own heading, a person's section or another sign-off."""
    label = blocks[at].label
    for j in range(at - 1, -1, -1):
        h = headings[j]
        if h is None or blocks[j].label != label or h.named or (h.shaped and not h.ends):
            return
        out[j] = signer
        if h.ends or (label and blocks[j].text.strip() == label):
            return   # the piece's heading ("Clubs for sale")


def _same_person(a: Person, b: Person) -> bool:
    return _same_first(a.first, b.first) and (not a.last or not b.last or unaccented(a.last) == unaccented(b.last))


def _the_owner(profile: Profile, facts: Facts) -> Person | None:
    """The owner by the facts' full name, else their e-mail address ("ned.colley82@"), else the
    one a saved e-mail was sent to (its reader: the Ned Colley the newsletter names)."""
    words = facts.full_name.split() or addressee(TextBlock(facts.email, "text", label="To")) \
        or next((names for b in profile.blocks if b.own and (names := addressee(b))), [])
    if not words:
        return None
    return Person(words[0], words[-1] if len(words) > 1 else "")


def _by_anchor(profile: Profile) -> Person | None:
    """The person the address the user gave points at: a page of several people opened at one's own entry
    ("where-are-they-now/#dani-okafor", "#jo_hale"), taken only when a section of the page is theirs."""
    words = re.split(r"[-_.+]|%20", urlsplit(profile.url).fragment)
    if not 2 <= len(words) <= 3 or not all(w.isalpha() for w in words):
        return None
    return Person(words[0].capitalize(), words[-1].capitalize())


# Words without which no section can say that its person serves (checked on the page once, before its sections).
_POLICE_HINT = lazy_re(r"polic|constab|pcso|\bPC\b|sergeant|\bsgt\b|detective|inspector|officer|\bthe\s+job\b|\bMet\b|"
                       r"\bcop\b|custody", re.I)


def _serving(profile: Profile) -> Person | None:
    """On a page of several people's sections that does not name its owner, the owner is the one person
    whose own section says they serve in the police: footprint's user is an officer or a member of staff."""
    if not _POLICE_HINT.search(" ".join(b.text for b in profile.blocks if b.field in _BODY)):
        return None
    nobody = Person("", "")
    # (cheaply first: two people named by headings of their own, each a block's first line)
    lines = (b.text.lstrip().partition("\n")[0] for b in profile.blocks if b.field in _BODY and not b.author)
    heads = {p for line in lines if len(line) <= _HEAD_MAX and (p := _named(line, nobody, frozenset()))}
    if len(heads) < 2:
        return None
    whose, _ = _sections(profile, nobody)
    # (only those a heading names: a capitalised word that opens a paragraph, "Kit order closes ...", is nobody)
    people = list(dict.fromkeys(p for p in whose if p in heads))
    if len(people) < 2:
        return None
    from footprint.detect.police import PoliceDetector   # here: only such a page needs it

    serving = []
    for person in people:
        blocks = [replace(b, author=None) for b, p in zip(profile.blocks, whose, strict=True) if p == person]
        # (in their own person: a partner who serves makes the section a household's, not the owner's)
        if any(owner_at(h.block.text, h.start, frozenset({person.first}), h.block.field) == SELF
               for h in PoliceDetector().detect(replace(profile, blocks=blocks), Facts())):
            serving.append(person)
    return serving[0] if len(serving) == 1 else None


def listed(profile: Profile, facts: Facts) -> Profile:
    """A page that lists several people with the owner among them (by the facts' full name), with
    each other person's section theirs (authored by them, not the owner's words) and the owner's
    section the owner's. Any other page as it is."""
    if profile.owner:     # a thread whose owner is known: its authors say whose words are whose
        return profile
    owner = _the_owner(profile, facts)
    if owner is None:
        anchored = _by_anchor(profile)
        owner = anchored if anchored and any(p and is_owner(p, anchored) for p in sections(profile, anchored)) \
            else _serving(profile)
    if owner is None:
        return profile
    whose, headed = _sections(profile, owner)
    people = {p.name for p in whose if p and not is_owner(p, owner)}
    if not any(p and is_owner(p, owner) for p in whose):
        return profile
    # two others, or one other whose section opens with a heading of its own as the owner's does
    # (a newsletter's two plot-holder profiles "Plot 9 — Jo Hale" and "Plot 14 — Sam Example")
    if len(people) < 2 and not (people and people <= headed and any(is_owner(p, owner) for p in whose
                                                                  if p and p.name in headed)):
        return profile
    who = facts.full_name or owner.name
    blocks = [b if p is None else replace(b, author=who, own=True) if is_owner(p, owner)
              else replace(b, author=p.name, own=False) for b, p in zip(profile.blocks, whose, strict=True)]
    # a mailto or tel link to a number or address given in another person's section is theirs too
    others = [b for b in blocks if b.author and not b.own]
    blocks = [next((replace(b, author=o.author, own=False) for o in others if _bare(b.text) in _bare(o.text)), b)
              if b.hint in ("email", "phone") and b.field not in _BODY else b for b in blocks]
    return replace(profile, blocks=blocks, owner=who, listing=True)


def _bare(text: str) -> str:
    """A number or address without its spaces ("07700900356" is given as "07700 900356")."""
    return "".join(text.split())


# "Petroc's dad" in another person's section: that person is the owner's father.
_OWNERS_REL = (r"(?P<name>{names})['’]s\s+(?:(?:old|late|own|big|little|younger|older)\s+)?"
               r"(?P<rel>[a-z]+(?:\s+[a-z]+)?)\b")


class ListedRelativeDetector(Detector):
    """On a listing page, a person whose section calls them the owner's relative ("Alwyn's wife")."""

    category = "family"

    def detect(self, profile: Profile, facts: Facts) -> list[Hit]:
        words = (profile.owner or "").split()
        if not words or not profile.listing:
            return []     # not a listing page (a thread's other posters are not the owner's kin)
        relations = load_data("relations.json")["words"]
        firsts = {words[0], *nicknames().get(unaccented(words[0]).casefold(), ())}
        pattern = re.compile(_OWNERS_REL.format(names="|".join(re.escape(n) for n in sorted(firsts))), re.I)
        hits = []
        for block in profile.blocks:
            if block.own or not block.author or block.author == profile.owner:
                continue
            m = pattern.search(block.text)
            if not m:
                continue
            said = next((w for w in (m.group("rel"), m.group("rel").split()[0]) if w.casefold() in relations), None)
            if said is None:
                continue
            relation = relations[said.casefold()][0]
            value = f"{relation}: {block.author}"
            hits.append(Hit("family", value, value, 0.8, block, m.start(), m.end(), f"names your {relation}"))
        return hits
