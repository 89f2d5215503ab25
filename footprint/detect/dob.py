"""Date of birth: only dates tied to the user's own birth ("born", "birthday", "DOB", 🎂,
birthday fields), never join dates, wedding dates, post dates or other people's birthdays."""

from __future__ import annotations

import datetime as dt
import re

from footprint.detect.base import Detector, Hit, load_data, text_of
from footprint.detect.clause import SELF, about_a_pet, owner_at, owner_names
from footprint.detect.text import YEAR_ONLY, PhraseIndex, display_date, find_dates, segments
from footprint.facts import Facts
from footprint.models import Profile, TextBlock

TRIGGER = re.compile(
    r"\b(?:born(?:\s+on)?|b\.|d\.?o\.?b\.?|date\s+of\s+birth|birth\s*(?:day|date)\s*(?:is|:|-)?|"
    r"my\s+(?:b'?day|birthday|bday)(?:\s+is)?(?:\s+on)?|b'?day\s*:?|turning\s+\d{1,2}\s+on)|🎂|🎁(?=\s*\d)"
    r"|[\u2648-\u2653]", re.I)   # a star sign beside a date: "Leo ♌ 3rd Aug"
# Someone else's birthday, or a date that is not a birth.
NOT_MINE = re.compile(
    r"\b(?:happy|hbd|to\s+my|to\s+our|to\s+the|for\s+my|for\s+our|(?:his|her|their|your)\s+(?:birthday|bday)|"
    r"\w+'s\s+(?:birthday|bday)|celebrat\w*\s+(?:my|our)\s+\w+'s|"
    r"first[-\s]born|born\s+(?:to|at\s+\d)|newborn|was\s+born\s+(?:today|yesterday|this)|"
    r"(?:son|daughter|baby|grandson|granddaughter|niece|nephew|twins|he|she|they)\s+(?:was|were|is|has\s+been)\s+born)",
    re.I)
# Words without which TRIGGER cannot match (checked first, in one Aho-Corasick pass).
GATE = PhraseIndex([(w, None) for w in (
    "born", "b.", "dob", "d.o.b", "d.o.b.", "date of birth", "birthday", "birth day", "birthdate", "birth date",
    "bday", "b'day", "turning", "🎂", "🎁", "♈", "♉", "♊", "♋", "♌", "♍", "♎", "♏", "♐", "♑", "♒", "♓")])
# A year after "born" that belongs to a later event: "born in Leeds, moved to York in 1998".
MOVED_BETWEEN = re.compile(r"\b(?:since|joined|in\s+service|years?\s+in|moved|moving|relocated|emigrated|left|"
                           r"married|graduated|started|then|until|till|before|after)\b|;", re.I)
# "a proper Christmas baby", "born on Bonfire Night": a birthday told by the day it falls on
HOLIDAYS: dict[str, str] = load_data("words.json")["birthday_holidays"]
_HOLIDAY = "|".join(re.escape(h).replace("'", "['’]?").replace(r"\ ", r"\s+")
                    for h in sorted(HOLIDAYS, key=len, reverse=True))
HOLIDAY_BIRTH = re.compile(rf"(?:\b(?P<own>my|our|his|her|their|your|little|the)\s+(?:\w+\s+)?)?"
                           rf"\b(?P<day>{_HOLIDAY})\s+(?:baby|babe|birthday)\b|\b(?:i\s+was\s+|was\s+)?born\s+on\s+(?P<day2>{_HOLIDAY})\b",
                           re.I)
SHORT_YEAR = re.compile(r"(?<![\w'’])['’](\d\d)\b")


def _century(yy: int) -> int:
    this = dt.date.today().year % 100
    return 2000 + yy if yy <= this else 1900 + yy


AGE_TODAY = re.compile(r"\b(?:(?P<n>\d{1,2})\s+today|turned\s+(?P<t>\d{1,2})\s+today|(?P<o>\d{1,2})(?:st|nd|rd|th)"
                       r"\s+birthday\s+today)\b", re.I)


class DateOfBirthDetector(Detector):
    category = "date_of_birth"

    def detect(self, profile: Profile, facts: Facts) -> list[Hit]:
        owner_names(profile, facts)   # remembered: "Sam's birthday" on a page about Sam is the writer's
        hits = super().detect(profile, facts)
        # "Birth date: 14 February" and "Birth year: 1983" in two fields are one date of birth
        day_months = {h.value for h in hits if h.value.startswith("--")}
        years = {h.value for h in hits if len(h.value) == 4}
        fulls = {h.value for h in hits if len(h.value) == 10}
        if len(day_months) == 1 and len(years) == 1 and not fulls:
            day_month, year = day_months.pop(), years.pop()
            source = next(h for h in hits if h.value == day_month)
            try:
                value = dt.date(int(year), int(day_month[2:4]), int(day_month[5:7])).isoformat()
            except ValueError:
                return hits
            hits.append(Hit("date_of_birth", value, display_date(value), min(source.confidence, 0.9), source.block,
                            source.start, source.end, "your birthday and birth year, put together"))
        return hits

    def detect_block(self, block: TextBlock, profile: Profile) -> list[Hit]:
        text = text_of(block)
        if block.hint == "date_of_birth":
            return self._from_field(block)
        if block.hint in ("home_location", "birthplace", "employer", "education", "job", "email", "phone",
                          "club"):
            return []
        hits: list[Hit] = self._holiday_birthday(block, profile)
        if not GATE.find(text) or not TRIGGER.search(text):
            return hits + self._age_today(block)
        names = owner_names(profile)
        for a, b in segments(text):
            seg = text[a:b]
            if not TRIGGER.search(seg) or NOT_MINE.search(seg):
                continue   # someone else's birthday
            if not any(c.isdigit() for c in seg) and not find_dates(seg):
                continue   # "born and raised in Wakefield": no date to give away
            if about_a_pet(text, a, b):
                continue   # a pet's birthday
            for t in TRIGGER.finditer(seg):
                if owner_at(text, a + t.start(), names, block.field) != SELF:
                    continue   # "my sister was born on ...", "Ellie's birthday is ..."
                # the date closest after the trigger, else just before it ("12.03 🎂")
                dates = find_dates(seg)
                after = [d for d in dates if d[1] >= t.start()]
                before = [d for d in dates if d[2] <= t.start()]
                pick = after[0] if after else (before[-1] if before and t.group() == "🎂" else None)
                if pick is None and re.match(r"born|b\.|d\.?o\.?b", t.group(), re.I):
                    short = SHORT_YEAR.search(seg, t.end())
                    if short and not MOVED_BETWEEN.search(seg[t.end():short.start()]):
                        year_text = str(_century(int(short.group(1))))
                        pick = (year_text, short.start(), short.end())
                        hits.append(Hit("date_of_birth", year_text, year_text, 0.85, block, a + short.start(),
                                        a + short.end(), "the year you say you were born"))
                        break
                    year = YEAR_ONLY.search(seg, t.end())
                    if year and not MOVED_BETWEEN.search(seg[t.end():year.start()]):
                        pick = (year.group("year"), year.start(), year.end())
                if pick is not None:
                    value, s, e = pick
                    hits.append(Hit("date_of_birth", value, display_date(value), 0.9, block, a + s, a + e,
                                    "a date you say is your birthday"))
                    break
        hits += self._age_today(block)
        return hits

    def _holiday_birthday(self, block: TextBlock, profile: Profile) -> list[Hit]:
        """'A proper Christmas baby', 'born on Bonfire Night': the day and month of the user's birth."""
        text = text_of(block)
        for m in HOLIDAY_BIRTH.finditer(text):
            if m.group("own") or NOT_MINE.search(text[max(0, m.start() - 40):m.end()]):
                continue   # "our little Christmas baby", "her Halloween birthday": someone else's
            if owner_at(text, m.start(), owner_names(profile), block.field) != SELF:
                continue
            day = " ".join((m.group("day") or m.group("day2")).casefold().replace("’", "'").split())
            value = HOLIDAYS.get(day) or HOLIDAYS.get(day.replace("'", ""))
            if value:
                return [Hit("date_of_birth", value, display_date(value), 0.8, block, m.start(), m.end(),
                            "a birthday told by the day it falls on")]
        return []

    def _from_field(self, block: TextBlock) -> list[Hit]:
        text = text_of(block)
        dates = find_dates(text)
        if dates:
            value, s, e = dates[0]
            return [Hit("date_of_birth", value, display_date(value), 0.95, block, s, e,
                        f"your birthday field ({block.label or block.field})")]
        year = YEAR_ONLY.search(text)
        if year:
            return [Hit("date_of_birth", year.group("year"), year.group("year"), 0.9, block, year.start(),
                        year.end(), f"your birth year field ({block.label or block.field})")]
        return []

    def _age_today(self, block: TextBlock) -> list[Hit]:
        """'19 today!' on a dated post of your own gives your birthday and birth year."""
        if not block.date or block.field not in ("post", "comment"):
            return []
        m = AGE_TODAY.search(block.text)
        if not m or NOT_MINE.search(block.text) or not re.search(r"🎂|🥳|🎉|birthday|bday", block.text, re.I):
            return []
        try:
            posted = dt.date.fromisoformat(block.date[:10])
        except ValueError:
            return []
        age = int(m.group("n") or m.group("t") or m.group("o"))
        if not 10 <= age <= 100:
            return []
        value = f"{posted.year - age:04d}-{posted.month:02d}-{posted.day:02d}"
        return [Hit("date_of_birth", value, display_date(value), 0.6, block, m.start(), m.end(),
                    f"worked out from '{m.group()}' on a post dated {posted.isoformat()}")]
