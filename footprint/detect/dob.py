"""Date of birth: only dates tied to the user's own birth ("born", "birthday", "DOB", 🎂,
birthday fields), never join dates, wedding dates, post dates or other people's birthdays."""

from __future__ import annotations

import datetime as dt
import re

from footprint.detect.base import Detector, Hit, load_data, text_of
from footprint.detect.clause import SELF, about_a_pet, first_names, owner_at, owner_names, quoted_by_another
from footprint.dates import MONTH_NAMES, MONTHS
from footprint.detect.text import YEAR_ONLY, PhraseIndex, display_date, find_dates, segment_at, segments
from footprint.facts import Facts
from footprint.models import Profile, TextBlock
from footprint.lazyre import lazy_re

TRIGGER = lazy_re(
    r"\b(?:born(?:\s+on)?|b\.|d\.?o\.?b\.?|date\s+of\s+birth|birth[\s-]*(?:day|date)(?:['’]s)?\s*(?:is|:|-)?|"
    r"my\s+(?:b['’-]?day|birthday|bday)(?:['’]s|\s+is)?(?:\s+on)?|b['’-]?day(?:['’]s)?\s*:?|turning\s+\d{1,2}\s+on)|🎂|🎁(?=\s*\d)"
    r"|[\u2648-\u2653]", re.I)   # a star sign beside a date: "Leo ♌ 3rd Aug"
# Someone else's birthday, or a date that is not a birth.
NOT_MINE = lazy_re(
    r"\b(?:happy|hbd|pen-?blwydd\s+hapus(?!\s+i\s+fi\b)|to\s+the|(?:to|for)\s+(?:my|our)(?!\s+(?:own\s+)?(?:birthday|bday|b['’]day|\d\d(?:st|nd|rd|th))\b)|(?:his|her|their|your)\s+(?:\d{1,3}(?:st|nd|rd|th)\s+)?(?:birthday|bday)|"
    r"\w+'s\s+(?:birthday|bday)|celebrat\w*\s+(?:my|our)\s+\w+'s|"
    r"first[-\s]born|foaled|whelped|hatched|birthday\s+(?:girl|boy|lad|lass)\s+(?-i:[A-Z][a-z]+)|born\s+(?:to|at\s+\d)|newborn|was\s+born\s+(?:today|yesterday|this)|"
    r"(?:son|daughter|baby|grandson|granddaughter|niece|nephew|twins|he|she|they)\s+(?:was|were|is|has\s+been)\s+born)",
    re.I)
# Words without which TRIGGER cannot match (checked first, in one Aho-Corasick pass).
GATE = PhraseIndex([(w, None) for w in (
    "born", "b.", "dob", "d.o.b", "d.o.b.", "date of birth", "birthday", "birth day", "birthdate", "birth date",
    "bday", "b'day", "b-day", "birthday's", "birthday’s", "bday's", "bday’s", "b'day's", "birth-day",
    "turning", "🎂", "🎁", "♈", "♉", "♊", "♋", "♌", "♍", "♎", "♏", "♐", "♑", "♒", "♓")])
# A year after "born" that belongs to a later event: "born in Leeds, moved to York in 1998".
MOVED_BETWEEN = lazy_re(r"\b(?:since|joined|in\s+service|years?\s+in|moved|moving|relocated|emigrated|left|"
                           r"married|graduated|started|then|until|till|before|after)\b|;", re.I)
# "a proper Christmas baby", "born on Bonfire Night": a birthday told by the day it falls on
HOLIDAYS: dict[str, str] = load_data("words.json")["birthday_holidays"]
_HOLIDAY = "|".join(re.escape(h).replace("'", "['’]?").replace(r"\ ", r"\s+")
                    for h in sorted(HOLIDAYS, key=len, reverse=True))
HOLIDAY_BIRTH = lazy_re(rf"(?:\b(?P<own>my|our|his|her|their|your|little|the)\s+(?:\w+\s+)?)?"
                           rf"\b(?P<day>{_HOLIDAY})\s+(?:baby|babe|birthday)\b|\b(?:i\s+was\s+|was\s+)?born\s+on\s+(?P<day2>{_HOLIDAY})\b",
                           re.I)
# "Christmas Eve baby, '78", "born on Bonfire Night (1983)", "New Year's Day baby, class of '85": the year beside it
HOLIDAY_YEAR = lazy_re(r"\s*[,(\-–—]?\s*(?:class\s+of\s+|of\s+|in\s+|vintage\s+)?"
                       r"(?:(?P<y>(?:19|20)\d\d)|['’](?P<yy>\d\d))\b(?!\s*(?:-|–|to)\s*\d)", re.I)
# "Gran's 90th! Born 2nd March 1936": a bare "born" right after someone else's birthday is theirs
OTHERS_DAY = lazy_re(r"\b(?:(?!(?:my|our|it|that|what|there|here|one|who)['’]s)[\w-]+['’]s|his|her|their)\s+"
                     r"(?:\d{1,3}(?:st|nd|rd|th)|birthday|bday|b['’]day)\b", re.I)
# A parent or grandparent the sentence is about, named in apposition or not ("Grandad was a miner, born 1931")
ELDER_SUBJECT = lazy_re(r"\b(?:nan|nana|nanna|gran|granny|grandma|grandad|grandpa|grandmother|grandfather|"
                        r"great[-\s]grand\w+|mum|dad|mam|mother|father)\b(?-i:,\s+(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*,)?"
                        r"\s+(?:was|is|were)\b", re.I)
_FIRST_PERSON = lazy_re(r"\b(?:i|i['’]m|i\s+was|me|my)\b", re.I)
# "on the 3rd of March, which also happens to be my birthday", "12 May (my birthday!)", "9 June, aka my
# birthday": a date, then words that make it the birthday that follows
BIRTHDAY_AFTER_DATE = lazy_re(
    r"(?:\s*,?\s*(?:which|that|and\s+that|and\s+which)\s+(?:(?:also|just|conveniently|funnily\s+enough|coincidentally|"
    r"of\s+course|obviously)\s+)*(?:is|was|['’]s|happens\s+to\s+be|happened\s+to\s+be|will\s+be|would\s+be)"
    r"(?:\s+(?:also|just|conveniently|actually))?\s+|\s*[(\[]\s*(?:also\s+|aka\s+|a\.k\.a\.?\s+)?|"
    r"\s*(?:,|[-–—]|:)\s*(?:(?:also|aka|a\.k\.a\.?|otherwise\s+known\s+as|also\s+known\s+as|better\s+known\s+as|"
    r"also\s+called|or\s+as\s+i\s+call\s+it)\s+)?|\s+(?:aka|a\.k\.a\.?|also\s+known\s+as|otherwise\s+known\s+as|"
    r"better\s+known\s+as)\s+)", re.I)
# "so 10/10 🎂", "a solid 9/10": a score out of ten, not a date
_RATING = lazy_re(r"\b(?:so|a|an|solid|easy|strong|rate|rated|rating|score|scored|defo|deffo|absolute|easily|"
                     r"honestly|straight)\s+(?:1[01]|[0-9])/10$", re.I)
_CODE_KEY = lazy_re(r"""["']?\s*(?::|=|=>)\s*["'(\d]""")
_CODE_ASSIGN = lazy_re(r"""\s*=\s*["']""")
SHORT_YEAR = lazy_re(r"(?<![\w'’])['’](\d\d)\b")


def _century(yy: int) -> int:
    this = dt.date.today().year % 100
    return 2000 + yy if yy <= this else 1900 + yy


_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
          "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
# An age in figures or words: "40", "forty", "forty-one", "thirty five"
AGE = (r"(?:\d{1,2}|(?:" + "|".join(_TENS[2:]) + r")(?:[-\s](?:" + "|".join(_UNITS[1:10]) + r"))?|"
       + "|".join(_UNITS[10:]) + r")")


def age_value(text: str) -> int | None:
    """40 for "40", "forty"; 41 for "forty-one", "Forty one"."""
    text = text.casefold().strip()
    if text.isdigit():
        return int(text)
    parts = re.split(r"[-\s]+", text)
    if parts[0] in _UNITS:
        return _UNITS.index(parts[0]) if len(parts) == 1 else None
    if parts[0] in _TENS:
        unit = _UNITS.index(parts[1]) if len(parts) == 2 and parts[1] in _UNITS[1:10] else 0
        return _TENS.index(parts[0]) * 10 + unit
    return None


AGE_TODAY = lazy_re(rf"\b(?:(?:i'?m\s+|i\s+am\s+|turned\s+|turning\s+)?(?P<n>{AGE})\s+(?:today|heddiw)|"   # (Welsh)
                       # "35 tomorrow", "I'm 50 tomorrow": the day after the post's
                       rf"(?:i'?m\s+|i\s+am\s+|turning\s+)?(?P<t>{AGE})\s+tomorrow|"
                       rf"(?P<o>\d{{1,2}})(?:st|nd|rd|th)\s+birthday\s+today|my\s+(?P<m>\d{{2}})(?:st|nd|rd|th)\s+today|"
                       rf"the\s+big\s+(?P<b>\d-\d)\s+today|"
                       rf"(?P<f>{AGE})\s+and\s+(?:flirty|fabulous|fab|thriving|fierce|fine|feeling\s+it)\b(?=.*(?:🎂|birthday|bday)))\b",
                       re.I | re.S)
# "Forty. FORTY. How?! 🎂 Thanks for all the messages": a post that opens with an age alone, on a birthday
AGE_OPENING = lazy_re(rf"^\W*(?P<n>{AGE})\s*(?:[.!?]+|(?=\s*[🎂🥳🎉🎈]))", re.I)
# "19th bday on earlies 🙃": a post that opens with the birthday it is, not one past or to come
ORDINAL_OPENING = lazy_re(r"^\W*(?:my\s+)?(?P<n>\d{1,2})(?:st|nd|rd|th)\s+(?:birthday|bday|b['’]day)\b"
                          r"(?![^.!?\n]*\b(?:was|were|last|next|tomorrow|coming|soon|countdown|plans?|party|weekend|"
                          r"week|month|in\s+\d+)\b)", re.I)
BIRTHDAY_THANKS = lazy_re(r"\b(?:birthday|bday|b'day|messages|wishes|cards|another\s+year|years?\s+old|older)\b",
                             re.I)
# "41 for 41 🎂 birthday ride", "30 for 30 birthday swim": a distance for the age reached that day
FOR_AGE = lazy_re(r"\b(?P<x>(?P<x1>[1-9])(?P<x2>\d))\s*(?:k|km|miles?|mi)?\s+for\s+"
                     r"(?:(?P=x)(?:st|nd|rd|th)?|the\s+big\s+(?P=x1)-(?P=x2))\b"
                     r"(?=[^.!?\n]{0,30}(?:🎂|birthday|bday))", re.I)
_AND_WORDS = ("flirty", "fabulous", "fab", "thriving", "fierce", "fine", "feeling it")
# "I turned forty on Bonfire Night", "turned 40 on Saturday", "turned 30 last Tuesday": an age and
# the day it was reached
TURNED = lazy_re(rf"\b(?:(?P<verb>turn(?:ed|s|ing)?|hit(?:s|ting)?|reach(?:ed|es|ing)?)\s+(?P<n>{AGE})|"
                    # "the big 4-0 lands on 2nd Dec", "my big five-oh is on the 9th"
                    rf"(?P<big>the|my)\s+big\s+(?P<b>\d-\d|\d-?oh|(?:{'|'.join(_TENS[2:])})|(?:{'|'.join(_UNITS[2:10])})-?oh)"
                    rf"(?:\s+(?:lands|falls|is|comes|arrives))?)\s+"
                    rf"(?P<when>on\s+|last\s+|this\s+(?=\w+day)|next\s+(?=\w+day)|yesterday\b|tomorrow\b)", re.I)
# "levelling up on the 14th of March: the big 4-0": the day first, then the big birthday it is
BIG_AFTER = lazy_re(rf"\bon\s+(?P<date>[^.!?\n:;]{{3,30}}?)\s*[:,–—-]+\s*(?:(?:it['’]?s|that['’]?s|aka)\s+)?"
                    rf"(?:the|my)\s+big\s+"
                    rf"(?P<b>\d-\d|\d-?oh|(?:{'|'.join(_TENS[2:])})|(?:{'|'.join(_UNITS[2:10])})-?oh)\b", re.I)
# "a 1971 vintage", "'58 vintage, same as this spade": a birth year; a noun after it is the thing's
VINTAGE = lazy_re(r"(?<![\w'’])(?P<y>(?:19|20)\d\d|['’]\d\d)\s+vintage\b"
                  r"(?=\s*(?:$|[^\w\s&-]|(?:so|and|but|which|like|myself|me|here|too|as|if|though|now|still|mate)\b))",
                  re.I)
# "I was a '91 baby", "I'm a 1988 kid": the writer's birth year, said of the writer (not "our 2019 baby").
YEAR_BABY = lazy_re(r"\b(?:i\s+was|i['’]?m|i\s+am)\s+(?:also\s+|just\s+)?an?\s+(?:proper\s+|true\s+|real\s+|total\s+)?"
                    r"(?P<y>(?:19|20)\d\d|['’]\d\d)\s+(?:baby|babe|bairn|kid)\b(?![-\s]+(?:boom|food|clothes|shower|"
                    r"scan|group|class|bump|monitor|seat|grow))", re.I)
VINTAGE_THING = lazy_re(r"\b(?:bottles?|glass(?:es)?|case|magnum|wine|port|champagne|claret|whiske?y|cognac|car|"
                        r"bike|guitar|model)\s+(?:of\s+)?(?:(?:a|the|this|that|my|our)\s+)?$", re.I)
# "on the 12th" in a post of October: the day, in the post's month or the next
# (a word after it makes it a place or a time, "the 3rd round", but a conjunction goes on the sentence: "the 3rd and")
_DAY_ONLY = lazy_re(r"(?:the\s+)?([0-3]?\d)(?:st|nd|rd|th)\b(?!\s+(?!(?:and|but|so|which|when|while|too)\b)"
                    r"(?:of\s+)?[a-z])", re.I)
# "It's my birthday today!", "happy birthday to me": the post's own date is the birthday
BIRTHDAY_TODAY = lazy_re(r"\b(?:it'?s\s+my\s+(?:birthday|bday|b'day)(?:\s+today)?|happy\s+birthday\s+to\s+me|"
                            r"my\s+(?:birthday|bday)\s+today|"
                            # "made my own birthday cake", "my birthday tea": the day's own things
                            r"my\s+(?:own\s+)?(?:birthday|bday|b'day)\s+(?:cake|bake|bakes|treat|meal|dinner|tea|lunch|"
                            r"breakfast|brunch|drinks|pint|present|presents|card|cards|flowers|balloons|candles|run|ride|"
                            r"swim|walk|parkrun)|"
                            # "Thanks everyone for all the birthday wishes today", "Cheers for the bday messages"
                            r"(?P<thanks>(?:thanks|thank\s+you|cheers|ta)\b[^.!?\n]{0,30}?\b(?:birthday|bday|b'day)\s+"
                            r"(?:wishes|messages|cards|texts|calls|love)))\b", re.I)
# The birthday is another day than the post's: one coming or gone ("my birthday cake for Saturday").
NOT_TODAY = lazy_re(r"\b(?:next|tomorrow|coming|upcoming|soon|countdown|until|till|planning|plans?|ago|away|"
                       r"yesterday|belated|last\s+(?:week|month|year|weekend)|for\s+(?:mon|tues|wednes|thurs|fri|satur|"
                       r"sun)day|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|in\s+\d+\s+(?:days|weeks)|"
                       r"(?:this|next)\s+(?:week|month|weekend)|\d+\s+(?:days|sleeps)\s+(?:to|until|till))\b", re.I)
# The age the writer gives beside it: "34 today", "34 and still ...", "34 years young", "34 not out"
AGE_SAID = lazy_re(rf"\b(?P<n>{AGE})\s+(?:today|and\s+(?:feeling|counting|still|not\s+out|going\s+strong)|"
                      rf"years?\s+(?:young|old\s+today)|not\s+out)\b", re.I)
# what may stand between "on" and the date: "the", a weekday ("on Sat 28th March", "on Friday the 3rd")
_DAY_BEFORE_DATE = lazy_re(r"(?:the|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?(?:\s+the)?)", re.I)
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_WEEKDAY = lazy_re(r"(?:the\s+)?(" + "|".join(_WEEKDAYS) + r")\b", re.I)
# "my 40th back in March – the 14th": a birthday by its ordinal, a month and a day in the same sentence
ORDINAL_BIRTHDAY = lazy_re(r"\bmy\s+(?:(?:\d{2})(?:st|nd|rd|th)|(?:" + "|".join(_TENS[2:]) + r")ieth)\b", re.I)
# "I turned up in the spring of '52", "came into the world in 1961": an arrival told as a birth. "Arrived" and "turned
# up" say a birth only with a season or "the year of" and a birth's scene in the sentence (a bedroom, a midwife, Mam).
ARRIVED = lazy_re(r"\bi\s+(?:(?P<weak>arrived|turned\s+up|came\s+along|showed\s+up)|came\s+into\s+(?:the|this)\s+world|"
                  r"entered\s+(?:the|this)\s+world|made\s+my\s+(?:grand\s+)?(?:entrance|appearance|debut))\s+"
                  r"(?:(?P<season>in\s+(?:the\s+)?(?:early\s+|late\s+|middle\s+)?(?:spring|summer|autumn|fall|winter|year)"
                  r"\s+of)|in)\s+(?P<y>(?:19|20)\d\d|['’]\d\d)\b(?!\s*(?:-|–|to)\s*\d)", re.I)
BIRTH_SCENE = lazy_re(r"\b(?:bedroom|hospital|maternity|labour|midwife|infirmary|nursing\s+home|cot|pram|baby|"
                      r"mum|mam|mother|ma|nappies|christened|bairn)\b", re.I)
# "my 40th." or "my 40th birthday": the ordinal is a birthday (not "my 12th attempt")
_ORDINAL_ALONE = lazy_re(r"\s*(?:[.!,;:)\n]|$|(?:birthday|bday|b['’]day|party|do|bash)\b)", re.I)
# "Jean Mott (plot 3) who turned 80": the age of the person the relative clause hangs on, not the writer's
_WHO_BEFORE = lazy_re(r"(?<!\bi,\s)(?<!\bme,\s)\bwho\s+(?:just\s+|has\s+|only\s+)?$", re.I)
# "Posted on 22 September 2025 by Kez": a blog page's own date line
POSTED_ON = lazy_re(r"^\W*(?:posted|published|written)\s+(?:on\s+)?(?P<date>[^\n]{6,30}?)(?:\s+by\b[^\n]*)?\s*$", re.I)
_MONTH_WORD = lazy_re(r"\b(january|february|march|april|may|june|july|august|september|october|november|"
                         r"december)\b", re.I)
_THE_DAY = lazy_re(r"\bthe\s+([0-3]?\d)(?:st|nd|rd|th)\b", re.I)


# "Happy birthday to our Jordan 🎂", "HBD Kez!!": a birthday wished to someone by name, on a dated message
WISHED = lazy_re(r"\b(?:happy\s+(?:birthday|bday|b['’]day)|hbd|many\s+happy\s+returns)\s*[,!]?\s*(?:to\s+)?"
                 r"(?:(?:our|my|dear|lovely|the\s+one\s+and\s+only)\s+)?(?-i:(?P<name>[A-Z][a-z'’-]+))\b(?!['’]s)",
                 re.I)


def _wished(profile: Profile, names: frozenset[str]) -> list[Hit]:
    """The owner's birthday, from a message of the day that wishes it to them by name: family and friends
    writing on the owner's wall or in their chat ("Happy birthday to our Jordan" on 14 September)."""
    for block in profile.blocks:
        posted = _posted(block)
        low = block.text.casefold()
        if posted is None or not any(w in low for w in ("birthday", "bday", "b'day", "b’day", "hbd", "returns")):
            continue
        for m in WISHED.finditer(block.text):
            if m.group("name") in names:
                value = f"--{posted.month:02d}-{posted.day:02d}"
                return [Hit("date_of_birth", value, display_date(value), 0.6, block, m.start(), m.end(),
                            f"a birthday wished to you by name on {posted.isoformat()}")]
    return []


# A first name in capitals just before an age or a birthday ("ELLIE turned 16", "BERNIE'S big one"), two words at most
_CAPS_NAME_BEFORE = lazy_re(r"(?<![\w'’])(?P<w>[A-Z]{3,})(?:['’]S)?\s+(?:[a-z]+\s+){0,2}$")
_CAKE_REACH = 25   # how far after a 🎂 its date may start
_YOUNGEST_USER = 13   # the age below which a birth date cannot be the user's


class DateOfBirthDetector(Detector):
    category = "date_of_birth"
    # the last profile asked about and the date its page gives itself: worked out once per page, not per block
    _page: tuple[Profile, dt.date | None] | None = None

    def detect(self, profile: Profile, facts: Facts) -> list[Hit]:
        names = owner_names(profile, facts)   # remembered: "Sam's birthday" on a page about Sam is the writer's
        hits = super().detect(profile, facts) + _wished(profile, names)
        # a birth in the last few years is a child's ("Arlo, born 2nd December 2025"), never the user's own
        youngest = dt.date.today().year - _YOUNGEST_USER
        hits = [h for h in hits if not (h.value[:4].isdigit() and int(h.value[:4]) > youngest)]
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
            return hits + self._age_today(block, profile) + self._turned(block, profile) \
                + self._vintage(block, profile) + self._arrived(block, profile)
        names = owner_names(profile)
        for a, b in segments(text):
            seg = text[a:b]
            if not TRIGGER.search(seg) or NOT_MINE.search(seg):
                continue   # someone else's birthday
            if not any(c.isdigit() for c in seg) and not find_dates(seg):
                continue   # "born and raised in Wakefield": no date to give away
            if about_a_pet(text, a, b) or THING_TURNS.search(seg):
                continue   # a pet's birthday, or a podcast's
            trigger = TRIGGER.search(seg)
            if OTHERS_DAY.search(text, max(0, a - 60), a) \
                    and not _FIRST_PERSON.search(seg, 0, trigger.start() if trigger else 0):
                continue   # "Gran's 90th! Born 2nd March 1936": the birthday just named
            for t in TRIGGER.finditer(seg):
                if owner_at(text, a + t.start(), names, block.field, about=profile.about_owner(block)) != SELF:
                    continue   # "my sister was born on ...", "Ellie's birthday is ..."
                if quoted_by_another(text, a + t.start(), names):
                    continue   # 'Maureen Kearney: "born 1948 if you must know"': her words
                elder = ELDER_SUBJECT.search(seg, 0, t.start())
                if elder and not _FIRST_PERSON.search(seg, elder.end(), t.start()):
                    continue   # "Nan, Winifred May Pascoe, was a Camborne girl, born 1924": the grandparent's
                if _CODE_ASSIGN.match(seg, t.end()) or (seg[max(0, t.start() - 1):t.start()] in ('"', "'", "_", ".")
                                                        and _CODE_KEY.match(seg, t.end())):
                    continue   # '{"dob": "1990-01-01"}', "user.dob = ...": a record in a code sample, not the writer
                if t.group().casefold() == "b." and _named_record(text, a + t.start(), names):
                    continue   # "Walter Pym, b. 1921": a family-history record of someone named
                # the date closest after the trigger, else just before it ("12.03 🎂")
                dates = find_dates(seg)
                # (a cake stands beside its date, "🎂 12.03": a date far on in the sentence is some other day's)
                after = [d for d in dates if d[1] >= t.start() and not _RATING.search(seg, 0, d[2])
                         and not (t.group() == "🎂" and d[1] - t.end() > _CAKE_REACH)]
                before = [d for d in dates if d[2] <= t.start() and not _RATING.search(seg, 0, d[2])]
                pick = after[0] if after else (before[-1] if before and (
                    t.group() == "🎂" or BIRTHDAY_AFTER_DATE.fullmatch(seg, before[-1][2], t.start())) else None)
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
        hits += self._age_today(block, profile) + self._turned(block, profile)
        return hits + self._vintage(block, profile) + self._arrived(block, profile)

    def _page_posted(self, profile: Profile, block: TextBlock) -> dt.date | None:
        """The page's own date (_page_posted) for an undated block of prose on it."""
        if block.date or block.field not in ("page", "text", "about", "description"):
            return None
        if self._page is None or self._page[0] is not profile:
            self._page = (profile, _page_posted(profile))
        return self._page[1]

    def _holiday_birthday(self, block: TextBlock, profile: Profile) -> list[Hit]:
        """'A proper Christmas baby', 'born on Bonfire Night': the day and month of the user's birth."""
        text = text_of(block)
        low = text.casefold()
        if "bab" not in low and "birthday" not in low and "born" not in low:
            return []   # (the words every match holds, checked first: the pattern is slow to search)
        for m in HOLIDAY_BIRTH.finditer(text):
            if m.group("own") or NOT_MINE.search(text[max(0, m.start() - 40, segment_at(text, m.start())[0]):m.end()]):
                continue   # "our little Christmas baby", "her Halloween birthday": someone else's
            if owner_at(text, m.start(), owner_names(profile), block.field, about=profile.about_owner(block)) != SELF \
                    or _listed_other(text, m.start(), owner_names(profile)):
                continue   # ("- Rachel Hirst - on the 14th, Valentine's baby": a list's entry for Rachel)
            day = " ".join((m.group("day") or m.group("day2")).casefold().replace("’", "'").split())
            value = HOLIDAYS.get(day) or HOLIDAYS.get(day.replace("'", ""))
            year = HOLIDAY_YEAR.match(text, m.end()) or (_restated_year(text, m.end(), value) if value else None)
            if value and year:
                full = year.group("y") or str(_century(int(year.group("yy"))))
                value = f"{full}-{value[2:]}"   # "Christmas Eve baby, '78": the day and the year
                return [Hit("date_of_birth", value, display_date(value), 0.8, block, m.start(), year.end(),
                            "a birthday told by the day it falls on, and the year")]
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

    def _age_today(self, block: TextBlock, profile: Profile) -> list[Hit]:
        """'19 today!', 'Forty-one today', '30 and flirty 🎂' on a dated post of your own give your
        birthday and birth year."""
        posted = _posted(block)
        if posted is None or block.field not in ("post", "comment", "caption", "story"):
            return []
        text = block.text
        low = text.lower()
        birthday_word = "birthday" in low or "bday" in low or "🎂" in text or "blwydd" in low
        if "today" not in low and "heddiw" not in low and "tomorrow" not in low \
                and not any(w in low for w in _AND_WORDS) and not birthday_word:
            return []   # (cheap words first: the age pattern is slow to search)
        m = AGE_TODAY.search(text) or (FOR_AGE.search(text) if birthday_word else None)
        if m is None and "🎂" in text and BIRTHDAY_THANKS.search(text):
            m = AGE_OPENING.match(text)
        if m is None and birthday_word:
            m = ORDINAL_OPENING.match(text)
        # someone else's birthday wished before the age; a "happy birthday mummy" quoted after
        # "40 today" is wished to the writer
        if not m or NOT_MINE.search(text, 0, m.end()) \
                or not self._mine(text, m.start(), m.end(), profile, block):
            return []
        groups = m.groupdict()
        if m.re.pattern == FOR_AGE.pattern:
            age: int | None = int(m.group("x"))
        elif m.re.pattern in (AGE_OPENING.pattern, ORDINAL_OPENING.pattern):
            age = age_value(m.group("n"))
        elif groups["b"]:
            age = _big_age(groups["b"])
        else:
            age = age_value(groups["n"] or groups["t"] or groups["o"] or groups["m"] or groups["f"] or "")
        start = segment_at(text, m.start())[0]
        opening = not text[start:m.start()].strip(" \t\"'“(")
        birthday = re.search(r"🎂|🥳|🎉|birthday|bday|pen-?blwydd", text, re.I) or groups.get("m") or groups.get("b")
        # said with a birthday word anywhere, or opening the post on its own ("Thirty-five today!")
        if age is None or not 13 <= age <= 100 or not (birthday or opening):
            return []
        day = posted + dt.timedelta(days=1) if groups.get("t") else posted
        value = f"{day.year - age:04d}-{day.month:02d}-{day.day:02d}"
        return [Hit("date_of_birth", value, display_date(value), 0.6, block, m.start(), m.end(),
                    f"worked out from '{m.group()}' on a post dated {posted.isoformat()}")]

    def _turned(self, block: TextBlock, profile: Profile) -> list[Hit]:
        """'I turned forty on Bonfire Night', 'turned 40 on Saturday' (in a post of the Monday after),
        'my 40th back in March – the 14th': the day of the user's birthday, and the year when the
        post's date gives it."""
        text = text_of(block)
        low = text.lower()
        if "turn" not in low and "birthday" not in low and "bday" not in low and "my " not in low \
                and "hit" not in low and "reach" not in low and "big " not in low:
            return []
        posted = _posted(block) or self._page_posted(profile, block)
        hits = []
        for m in TURNED.finditer(text):
            a, b = segment_at(text, m.start())
            if NOT_MINE.search(text, a, b) or not self._mine(text, m.start(), m.end(), profile, block) \
                    or _WHO_BEFORE.search(text, max(a, m.start() - 12), m.start()):
                continue   # ("Jean Mott (plot 3) who turned 80 on 2 October": the one named before "who")
            age = age_value(m.group("n")) if m.group("n") else _big_age(m.group("b"))
            when = text[m.end():min(b, m.end() + 40)]
            day: dt.date | None = None
            value = None
            dates = [d for d in find_dates(when) if d[1] == 0 or _DAY_BEFORE_DATE.fullmatch(when[:d[1]].strip())]
            if dates:
                value = dates[0][0]
                if len(value) == 10:
                    day = dt.date.fromisoformat(value)
                elif value.startswith("--") and posted is not None:
                    # "I hit 70 on the 2nd of October" in September's e-mail: the next 2 October
                    ahead = (m.group("verb") or "turn").casefold() not in ("turned", "reached")
                    day = _on_day(posted, int(value[2:4]), int(value[5:7]), ahead)
            elif posted is not None and not (m.group("verb") or "").casefold().startswith(("hit", "reach")):
                # ("I hit 50 on Saturday" is as often a cricket score: "hit" and "reach" only with a date)
                weekday = _WEEKDAY.match(when)
                # "turning 30 on Friday", "I turn 40 on Sat", "the big 4-0 is on Friday": the next one
                ahead = (m.group("verb") or "turn").casefold() in ("turn", "turns", "turning", "hits", "hitting",
                                                                     "reaches", "reaching")
                the_day = _DAY_ONLY.match(when)
                if m.group("when").casefold().startswith(("yesterday", "tomorrow")):
                    day = posted + dt.timedelta(days=1 if ahead else -1)
                elif weekday:
                    gap = (_WEEKDAYS.index(weekday.group(1).casefold()) - posted.weekday()) % 7 if ahead else \
                        (posted.weekday() - _WEEKDAYS.index(weekday.group(1).casefold())) % 7
                    day = posted + dt.timedelta(days=(gap or 7) * (1 if ahead else -1))
                elif the_day:
                    day = _day_near(posted, int(the_day.group(1)), ahead)
            if day is not None and age is not None:
                value = f"{day.year - age:04d}-{day.month:02d}-{day.day:02d}"
            if value and age is not None and 13 <= age <= 100:
                hits.append(Hit("date_of_birth", value, display_date(value), 0.6, block, m.start(), m.end(),
                                f"worked out from '{text[m.start():m.end()].strip()}'"))
        for m in BIG_AFTER.finditer(text) if "big" in low else ():
            dates = find_dates(m.group("date"))
            age = _big_age(m.group("b"))
            if not dates or age is None or not self._mine(text, m.start(), m.end(), profile, block) \
                    or NOT_MINE.search(text, *segment_at(text, m.start())):
                continue
            value = dates[0][0]
            if value.startswith("--") and posted is not None:
                day = _on_day(posted, int(value[2:4]), int(value[5:7]), True)
                value = f"{day.year - age:04d}-{day.month:02d}-{day.day:02d}" if day else value
            hits.append(Hit("date_of_birth", value, display_date(value), 0.6, block, m.start(), m.end(),
                            f"worked out from '{m.group().strip()}'"))
        today = BIRTHDAY_TODAY.search(text)
        said = AGE_SAID.search(text)
        if today and today.group("thanks") and ((not said and "today" not in low)
                                                or NOT_MINE.search(text, *segment_at(text, today.start()))):
            # thanks for wishes come the day after as often as on it: the day only with the age or "today" (and
            # not thanks for the wishes to "our Ellie")
            today = None
        if today and posted is not None and not hits and self._mine(text, today.start(), today.end(), profile, block) \
                and not NOT_TODAY.search(text, *segment_at(text, today.start())):
            years = age_value(said.group("n")) if said else None
            value = f"{posted.year - years:04d}-{posted.month:02d}-{posted.day:02d}" if years and 13 <= years <= 100 \
                else f"--{posted.month:02d}-{posted.day:02d}"
            hits.append(Hit("date_of_birth", value, display_date(value), 0.6, block, today.start(), today.end(),
                            f"your birthday, said on a post dated {posted.isoformat()}"))
        elif today and posted is None and not hits and len(text) <= 200 \
                and self._mine(text, today.start(), today.end(), profile, block) and not NOT_TODAY.search(text):
            # "my OWN birthday cake 🎂 | 3rd May vlog": a title that dates itself, with one day and month
            dated = [d for d in find_dates(text) if not d[0].startswith("--") or len(d[0]) == 7]
            if len(dated) == 1:
                value = "--" + dated[0][0][-5:]
                hits.append(Hit("date_of_birth", value, display_date(value), 0.6, block, dated[0][1], dated[0][2],
                                "your birthday, by the date its post gives itself"))
        for m in ORDINAL_BIRTHDAY.finditer(text):
            a, b = segment_at(text, m.start())
            if about_a_pet(text, a, b):
                continue   # ("for my 40th" is the writer's own: "my" stands right before the ordinal)
            month, the_day = _MONTH_WORD.search(text, m.end(), b), _THE_DAY.search(text, m.end(), b)
            told = None if month and the_day or not _ORDINAL_ALONE.match(text, m.end()) \
                else _date_just_before(text, m.start()) or _date_it_is(text, m.start())
            if told and not self._mine(text, m.start(), m.end(), profile, block):
                told = None
            if told:
                # "21st March. my 40th.": the date alone, then the birthday it is (the year from the post's date)
                value, age = told, _ordinal_age(m.group())
                day = dt.date.fromisoformat(value) if len(value) == 10 else None
                if posted and value.startswith("--"):
                    day = _on_day(posted, int(value[2:4]), int(value[5:7]), True)
                if day and age and 13 <= age <= 100:
                    value = f"{day.year - age:04d}-{day.month:02d}-{day.day:02d}"
                hits.append(Hit("date_of_birth", value, display_date(value), 0.6, block, m.start(), m.end(),
                                "your birthday, the date said just before it"))
                continue
            if month and the_day:
                try:
                    date = dt.date(2000, MONTHS[month.group(1).casefold()], int(the_day.group(1)))
                except ValueError:
                    continue
                value = f"--{date.month:02d}-{date.day:02d}"
                hits.append(Hit("date_of_birth", value, display_date(value), 0.6, block, m.start(), the_day.end(),
                                "your birthday by its month and day"))
        return hits

    def _vintage(self, block: TextBlock, profile: Profile) -> list[Hit]:
        """'A proud 1971 vintage', "'58 vintage, same as the shed": the writer's birth year, said as a wine's;
        not "a 1971 vintage Land Rover" (a thing of that year) nor someone else's. And "I was a '91 baby"."""
        text = text_of(block)
        low = text.casefold()
        if "vintage" not in low and "bab" not in low and "bairn" not in low and "kid" not in low:
            return []
        hits = []
        for m in YEAR_BABY.finditer(text):
            year = m.group("y")
            value = year if year[0].isdigit() else str(_century(int(year[1:])))
            if not self._mine(text, m.start(), m.end(), profile, block) \
                    or quoted_by_another(text, m.start(), owner_names(profile)):
                continue
            hits.append(Hit("date_of_birth", value, value, 0.6, block, m.start("y"), m.end(),
                            f"the year you say you were born in ('{m.group().strip()}')"))
        for m in VINTAGE.finditer(text) if "vintage" in low else ():
            if not self._mine(text, m.start(), m.end(), profile, block) \
                    or VINTAGE_THING.search(text, max(0, m.start() - 40), m.start()):
                continue
            year = m.group("y")
            value = year if year[0].isdigit() else str(_century(int(year[1:])))
            hits.append(Hit("date_of_birth", value, value, 0.6, block, m.start(), m.end(),
                            f"the year you say you are a vintage of ('{m.group().strip()}')"))
        return hits

    def _arrived(self, block: TextBlock, profile: Profile) -> list[Hit]:
        """'I turned up in the spring of '52 in Grandma's back bedroom', 'I came into the world in 1961': a birth
        year."""
        text = text_of(block)
        low = text.casefold()
        if "i " not in low or not any(w in low for w in ("arrived", "turned up", "came along", "showed up", "world",
                                                        "made my")):
            return []
        for m in ARRIVED.finditer(text):
            a, b = segment_at(text, m.start())
            if m.group("weak") and not (m.group("season") and BIRTH_SCENE.search(text, a, b)):
                continue   # "I arrived in 2019": a move
            if quoted_by_another(text, m.start(), owner_names(profile)):
                continue   # (the "I" opening the match is the subject; only words quoted from another are not)
            year = m.group("y")
            value = year if year[0].isdigit() else str(_century(int(year[1:])))
            return [Hit("date_of_birth", value, value, 0.6, block, m.start(), m.end(),
                        f"the year you say you arrived in the world ('{m.group().strip()}')")]
        return []

    def _mine(self, text: str, start: int, end: int, profile: Profile, block: TextBlock) -> bool:
        """The writer's own age, not a relative's, a pet's or a thing's ("the pod turns 2")."""
        a, b = segment_at(text, start)
        names = owner_names(profile)
        caps = _CAPS_NAME_BEFORE.search(text, max(a, start - 40), start)
        if caps and caps.group("w").capitalize() in first_names() and caps.group("w").capitalize() not in names:
            return False   # "ELLIE turned 16 on the 30th": a name in capitals, as a round-robin letter writes it
        if _listed_other(text, start, names):
            return False
        return owner_at(text, start, names, block.field, about=profile.about_owner(block)) == SELF \
            and not about_a_pet(text, a, b) and not THING_AGE.search(text, a, start)




# A list's entry that opens with a person's name and a dash or a colon: "- Dave Pickles - 70 on the 22nd".
_LISTED_NAME = lazy_re(r"^[^\S\n]*(?:[-*•][^\S\n]*)?(?P<first>[A-Z][a-z]+)(?:[^\S\n]+[A-Z][a-z'’-]+)?"
                       r"[^\S\n]*[-–—:][^\n]*$", re.M)


def _listed_other(text: str, at: int, names: frozenset[str]) -> bool:
    """The words at `at` sit in a list's entry headed by the first name of someone who is not the owner."""
    m = _LISTED_NAME.match(text, text.rfind("\n", 0, at) + 1, at)
    return m is not None and m.group("first") in first_names() and m.group("first") not in names


def _restated_year(text: str, at: int, value: str) -> re.Match[str] | None:
    """"bonfire night baby. Fifth of November, 1963": the holiday's day said again with a year, just after it."""
    month = MONTH_NAMES[int(value[2:4]) - 1]
    return re.compile(rf"\W{{0,4}}[^.!?\n]{{0,25}}?\b{month}\b,?\s+(?:in\s+)?(?P<y>(?:19|20)\d\d)\b(?P<yy>)?",
                      re.I).match(text, at, at + 70)


def _date_just_before(text: str, at: int) -> str | None:
    """"21st March." standing alone as the sentence before `at`: its day and month."""
    head = text[max(0, at - 30):at].rstrip()
    if not head.endswith((".", "!", ":", "-", "–", "—")):
        return None
    start = max(head.rfind(c, 0, len(head) - 1) for c in ".!?\n:") + 1
    sentence = head[start:].strip(" .!:-–—")
    found = find_dates(sentence)
    if len(found) == 1 and found[0][0].startswith("--") and found[0][1] == 0 and found[0][2] == len(sentence):
        return found[0][0]
    return None


# "Sunday 12th July, which just happens to be my 50th", "Quiz night is Friday 3rd July. That's my 40th": words
# that make the day before them the birthday after them
_IT_IS = lazy_re(r"[\s,.!–—-]*\b(?:which|that|this|it)\s*(?:(?:also|just|actually|only|conveniently|handily|"
                 r"happens|happened|to|be|is|was|will|['’]s|['’]ll|falls|fell|on)\s*){1,5}$", re.I)


def _date_it_is(text: str, at: int) -> str | None:
    """A date that words just before `at` say is the birthday ("9th May 2025, which happens to be my 40th"): the
    date as found (with its year when it has one)."""
    link = _IT_IS.search(text, max(0, at - 45), at)
    if not link:
        return None
    head = text[max(0, link.start() - 40):link.start()]
    found = [d for d in find_dates(head) if not head[d[2]:].strip(" ,.!")]
    return found[-1][0] if found else None


def _ordinal_age(said: str) -> int | None:
    """40 of "my 40th", "my fortieth"."""
    word = said.split()[-1].casefold()
    if word[:2].isdigit():
        return int(word[:2])
    return age_value(word[:-4] + "y") if word.endswith("ieth") else None


def _big_age(said: str) -> int | None:
    """40 for "4-0", "4-oh", "four-oh" and "forty" (the big birthday)."""
    said = said.casefold().replace("oh", "0").replace("-", "").strip()
    if said.isdigit():
        return int(said)
    if said.endswith("0") and said[:-1] in _UNITS:
        return _UNITS.index(said[:-1]) * 10
    return age_value(said)


def _day_near(posted: dt.date, day: int, ahead: bool) -> dt.date | None:
    """The date of "the 12th" said on a post: in the post's month, or the next (the last) one when that day
    is already past (still to come)."""
    year, month = posted.year, posted.month
    if ahead and day < posted.day:
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    elif not ahead and day > posted.day:
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _on_day(posted: dt.date, month: int, day: int, ahead: bool) -> dt.date | None:
    """The date of "the 2nd of October" said on a post: the next one (the last one, of a birthday gone)."""
    try:
        date = dt.date(posted.year, month, day)
    except ValueError:
        return None
    if ahead and date < posted:
        return date.replace(year=posted.year + 1)
    if not ahead and date > posted:
        return date.replace(year=posted.year - 1)
    return date


def _named_record(text: str, at: int, names: frozenset[str]) -> bool:
    """'b.' after somebody's first name in the same line ("Edna Marsh (b. 1930", "Ivy b. 1952"):
    a record of that person, not the writer, unless the name is the owner's."""
    line = text[max(text.rfind("\n", 0, at) + 1, at - 40):at]
    return any(w in first_names() and w not in names for w in re.findall(r"\b[A-Z][a-z]+\b", line))


def _page_posted(profile: Profile) -> dt.date | None:
    """The date a blog page gives itself in one short "Posted on ..." line, for its undated blocks of prose."""
    days = set()
    for other in profile.blocks:
        line = other.text if len(other.text) <= 80 and other.text[:12].strip().casefold().startswith(
            ("posted", "published", "written")) else ""
        m = POSTED_ON.match(line) if line else None
        found = find_dates(m.group("date")) if m else []
        if found and len(found[0][0]) == 10:
            days.add(found[0][0])
    return dt.date.fromisoformat(days.pop()) if len(days) == 1 else None


def _posted(block: TextBlock) -> dt.date | None:
    if not block.date:
        return None
    try:
        return dt.date.fromisoformat(block.date[:10])
    except ValueError:
        return None


# "the pod turns 2", "the channel is 5 today": a thing's age
_THINGS = (r"\b(?:the|our|my)\s+(?:pod|podcast|channel|blog|page|account|shop|business|club|group|choir|band|"
           r"company|charity|site|website|newsletter|show|stream|team)\b")
THING_AGE = lazy_re(_THINGS + r"(?:\s+\w+)?\s*$", re.I)
THING_TURNS = lazy_re(_THINGS + r"\s+(?:\w+\s+)?(?:turns|turned|is|was)\s+\d", re.I)
