"""The facts matcher: each detail the user gave, found in any common written form.

A fact that appears on a page is a finding of its category with confidence 1.0,
even where the general detectors would not have recognised it (contract section 4).
"""

from __future__ import annotations

import datetime as dt
import re


from footprint.detect.base import Detector, Hit, text_of
from footprint.detect.contact import email_hits, phone_hits
from footprint.dates import MONTH_NAMES
from footprint.detect.text import normal_postcode
from footprint.facts import Facts
from footprint.models import Profile, TextBlock



def _ordinal(day: int) -> str:
    return rf"{day}(?:st|nd|rd|th)?"


def _month_words(month: int) -> str:
    name = MONTH_NAMES[month - 1]
    return rf"(?:{name}|{name[:3]}\.?{'|sept' if month == 9 else ''})"


def date_patterns(date: dt.date) -> list[tuple[re.Pattern[str], str]]:
    """Regexes for the ways people write this date, each with the value it reveals."""
    d, m, y, yy = date.day, date.month, date.year, f"{date.year % 100:02d}"
    full, day_month = date.isoformat(), f"--{m:02d}-{d:02d}"
    dd, mm = rf"0?{d}", rf"0?{m}"
    sep = r"[/.\-]"
    nd = r"(?<!\d)"
    end = r"(?!\d)"
    mw = _month_words(m)
    pats = [
        (rf"{nd}{y}-{m:02d}-{d:02d}{end}", full),
        (rf"{nd}{dd}{sep}{mm}{sep}(?:{y}|{yy}){end}", full),
        (rf"\b{_ordinal(d)}(?:\s+of)?\s+{mw},?\s+(?:{y}|'{yy}){end}", full),
        (rf"\b{mw}\s+{_ordinal(d)},?\s+(?:{y}|'{yy}){end}", full),
        # digits run together, as in a username: DDMMYY, DDMMYYYY, YYYYMMDD
        (rf"{nd}(?:{d:02d}{m:02d}(?:{yy}|{y})|{y}{m:02d}{d:02d}){end}", full),
        (rf"\b{_ordinal(d)}(?:\s+of)?\s+{mw}\b", day_month),
        (rf"\b{mw}\s+{_ordinal(d)}\b", day_month),
        (rf"{nd}{dd}{sep}{mm}{end}(?!{sep}\d)", day_month),
    ]
    return [(re.compile(p, re.I), v) for p, v in pats]


def _name_pattern(name: str) -> re.Pattern[str]:
    # names are proper nouns: match the capitalised word, whole, with any possessive
    parts = [re.escape(p) for p in name.split()]
    return re.compile(r"(?<![\w@])" + r"\s+".join(parts) + r"(?![\w])")


def place_variants(place: str) -> list[str]:
    """'Southend-on-Sea' -> ['Southend-on-Sea', 'Southend on Sea', 'Southend']."""
    out = [place]
    spaced = place.replace("-", " ")
    if spaced != place:
        out.append(spaced)
    head = re.split(r"[-\s](?:on|upon|under|in|by|le|next)[-\s]", place, maxsplit=1, flags=re.I)[0]
    if head != place and len(head) >= 4:
        out.append(head)
    return out


def _dob_display(dob: dt.date, value: str) -> str:
    return f"{dob.day} {dob:%B %Y}" if len(value) == 10 else f"{dob.day} {dob:%B}"


def _place_pattern(place: str) -> re.Pattern[str]:
    words = [re.escape(w) for w in re.split(r"[\s-]+", place) if w]
    return re.compile(r"(?<!\w)" + r"[\s-]+".join(words) + r"(?!\w)", re.I)


def postcode_pattern(postcode: str) -> re.Pattern[str]:
    compact = re.sub(r"\s+", "", postcode).upper()
    outward, inward = compact[:-3], compact[-3:]
    return re.compile(rf"(?<![A-Z0-9]){re.escape(outward)}\s*{re.escape(inward)}(?![A-Z0-9])", re.I)


class FactsDetector(Detector):
    """Finds the user's own facts; one instance per audit, built from the facts."""

    category = "facts"

    def detect(self, profile: Profile, facts: Facts) -> list[Hit]:
        if facts.empty:
            return []
        blocks = [b for b in profile.blocks if b.own]
        blocks += [TextBlock(text=link.url, field="link") for link in profile.links]
        blocks += [TextBlock(text=link.text, field="link") for link in profile.links if link.text]
        hits: list[Hit] = []
        dob = facts.birth_date()
        dob_pats = [(p, v, _dob_display(dob, v)) for p, v in date_patterns(dob)] if dob else []
        family = [(n, _name_pattern(n)) for n in facts.family]
        places = [_place_pattern(v) for v in place_variants(facts.birthplace)] if facts.birthplace else []
        postcode = postcode_pattern(facts.home_postcode) if facts.home_postcode else None
        phone = _e164(facts.phone)
        email = facts.email.lower()
        from footprint.detect.football import club_named, fact_mentions

        club = (club_named(facts.football_team) or facts.football_team) if facts.football_team else ""
        for block in blocks:
            text = text_of(block)
            for pat, value, display in dob_pats:
                for m in pat.finditer(text):
                    hits.append(Hit("date_of_birth", value, display, 1.0, block, m.start(), m.end(),
                                    "your date of birth, as you gave it"))
            for name, pat in family:
                for m in pat.finditer(text):
                    hits.append(Hit("family", f"family: {name}", name, 1.0, block, m.start(), m.end(),
                                    "a family member you named"))
            for pat in places:
                for m in pat.finditer(text):
                    hits.append(Hit("birthplace", facts.birthplace, facts.birthplace, 1.0, block, m.start(),
                                    m.end(), "your birthplace, as you gave it"))
                    break
            if postcode is not None:
                for m in postcode.finditer(text):
                    value = normal_postcode(facts.home_postcode)
                    hits.append(Hit("home_location", value, value, 1.0, block, m.start(), m.end(),
                                    "your home postcode"))
            if phone:
                for h in phone_hits(block):
                    if h.value == phone:
                        hits.append(Hit("phone_number", h.value, h.display, 1.0, block, h.start, h.end,
                                        "your phone number"))
                digits = phone.lstrip("+")
                for m in re.finditer(rf"(?<!\d)(?:{digits}|0{digits[2:]})(?!\d)", text):
                    hits.append(Hit("phone_number", phone, phone, 1.0, block, m.start(), m.end(),
                                    "your phone number"))
            if email:
                # (mine: the user gave the address as theirs, so an office's name in it, "news@", does not hide it)
                for h in email_hits(block, mine=True):
                    if h.value == email:
                        hits.append(Hit("email_address", email, email, 1.0, block, h.start, h.end,
                                        "your e-mail address"))
            if club:
                for start, end, term in fact_mentions(block, club)[:1]:
                    hits.append(Hit("football_team", club, club, 1.0, block, start, end,
                                    f"your club, as '{term}'"))
        return hits


def _e164(phone: str) -> str:
    if not phone:
        return ""
    import phonenumbers   # loaded only when a phone number is given

    try:
        number = phonenumbers.parse(phone, "GB")
    except phonenumbers.NumberParseException:
        return ""
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
