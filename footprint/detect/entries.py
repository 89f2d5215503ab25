"""Pages of several people's entries (a committee, a cast, a choir): which person each block is about."""

from __future__ import annotations

import re
from functools import cache

from footprint.detect.base import load_data
from footprint.detect.clause import first_names
from footprint.detect.text import known_place
from footprint.models import Profile

# A person's name standing alone, as a table cell or a heading ("Cllr Mair Thomas", "Dai Lewis –
# Chairman"): an optional title, a first name, one or two more capitalised words.
_TITLES = r"(?P<title>(?:Cllr|Councillor|Dr|Mr|Mrs|Ms|Miss|Mx|Revd|Rev|Prof|Sir|Dame|Canon|Capt)\.?\s+)?"
_NAME = re.compile(rf"^\s*{_TITLES}(?P<first>[A-Z][\w'’-]+)(?P<rest>(?:\s+[A-Z][\w'’.-]+){{1,2}})"
                   r"\s*(?:$|[-–—:|(,]\s*)")


@cache
def _not_names() -> frozenset[str]:
    data = load_data("words.json")
    return frozenset(w.casefold() for w in data["entry_not_names"] + data["contact_roles"])


def person_named(text: str, prose: str = "") -> str | None:
    """The person a short heading or cell names ("Dai Lewis – Chairman" -> "Dai Lewis"), if any:
    a known first name, or a title, or two or three capitalised words none of which names a post
    and whose first is a subject in the page's prose ("Dai has been ...")."""
    if len(text) > 80:
        return None
    m = _NAME.match(text)
    if m is None:
        return None
    first = m.group("first")
    words = [first, *m.group("rest").split()]
    if any(w.strip(".").casefold() in _not_names() or known_place(w) for w in words[1:]):
        return None   # "Abbey Runners Bury", "Mary Street": a club or a place, not a person
    if first not in first_names() and not m.group("title") and (
            any(w.strip(".").casefold() in _not_names() for w in words)
            or not re.search(rf"\b{re.escape(first)}(?:['’]s|\s+(?:has|is|was|runs|ran|took|came|joined|lives|"
                             rf"looks|keeps|started|took|does|did|will|can)\b)", prose)):
        return None
    return " ".join(words)


def is_owner(person: str, owner: set[str]) -> bool:
    """Whether `person` is the owner, by first name and (when both are known) surname."""
    words = [w.casefold() for w in person.split()]
    return words[0] in owner and (len(owner) < 2 or any(w in owner for w in words[1:]))


# The fields of a web page or a text file, where a listing of several people stands.
_PAGE_FIELDS = {"page", "text", "about", "description"}


def entry_people(profile: Profile, owner: set[str]) -> dict[int, bool]:
    """For each block (by id) of a page holding entries for two or more named people: whether its
    entry is the owner's (True) or someone else's (False). A block belongs to the person its
    heading names, else to the person named in the last name-only block before it under the same
    heading (a table row's name cell, then its contact cell). Empty when the owner is unknown or
    the page does not read as such a listing."""
    if not owner:
        return {}
    out: dict[int, str] = {}
    current: str | None = None
    label: str | None = None
    people: set[str] = set()
    prose = "\n".join(b.text for b in profile.blocks if len(b.text) > 30)
    for block in profile.blocks:
        if block.field not in _PAGE_FIELDS:
            continue
        if block.label != label:
            label, current = block.label, None
        heading = person_named(block.label or "", prose)
        named = person_named(block.text, prose) if len(block.text.split()) <= 8 else None
        current = named or current
        person = heading or current
        if person:
            out[id(block)] = person
            people.add(person)
    if len(people) < 2 or not any(is_owner(p, owner) for p in people):
        return {}
    return {key: is_owner(person, owner) for key, person in out.items()}
