"""Text helpers shared by detectors: segments, masking, the UK gazetteer, postcodes, dates."""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Collection, Container, Iterable, Iterator
from functools import cache, lru_cache
from importlib import resources
from typing import Any, NamedTuple

from footprint.dates import MONTHS
from footprint.lazyre import lazy_re

# ---------------------------------------------------------------- segments

# Each detector reads every block of a profile before the next detector starts, so what is kept per block
# (its segments, its folded text, each index's matches in it) is kept for this many blocks: a long page's
# worth, not just the last few, or every detector works it all out again.
BLOCKS_KEPT = 4096

_SEGMENT_BREAK = lazy_re(r"\n+|\s[|•·]\s|\s[|•·]|[|•·]\s|(?<=[.!?])\s+(?=[A-Z\"'“(@#\U0001F300-\U0001FAFF])")


def segments(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence-like piece: lines, bio separators (|, •, ·), sentences."""
    yield from _segments(text)[0]


@lru_cache(maxsize=BLOCKS_KEPT)
def _segments(text: str) -> tuple[tuple[tuple[int, int], ...], list[int]]:
    """The segments of `text` and their starts. Cached: every detector splits the same block."""
    out, start = [], 0
    for m in _SEGMENT_BREAK.finditer(text):
        if m.start() > start:
            out.append((start, m.start()))
        start = m.end()
    if start < len(text):
        out.append((start, len(text)))
    return tuple(out), [a for a, _ in out]


def segment_at(text: str, pos: int) -> tuple[int, int]:
    """The segment holding `pos` (the segments are in order and never overlap), else the whole text."""
    found, starts = _segments(text)
    i = bisect_right(starts, pos) - 1
    if i >= 0 and pos < found[i][1]:
        return found[i]
    return 0, len(text)


def mask(text: str, spans: list[tuple[int, int]]) -> str:
    """Blank out spans (keeping offsets) so later patterns cannot match inside them."""
    if not spans:
        return text
    chars = list(text)
    for a, b in spans:
        for i in range(a, min(b, len(chars))):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


class PhraseMatch(NamedTuple):
    start: int
    end: int
    payloads: tuple[Any, ...]


@lru_cache(maxsize=4 * BLOCKS_KEPT)   # blocks, and the pieces of them some detectors look up
def _fold_same_length(text: str) -> str:
    """Lower-case `text` for matching without changing its length (offsets stay valid).
    Cached: several phrase indexes read the same block one after another."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    # (five replaces, not str.translate with a table: several times faster, and every phrase of every index is
    # folded on each start)
    return low.replace("’", "'").replace("‘", "'").replace("\n", " ").replace("\t", " ").replace("\u00a0", " ")


class PhraseIndex:
    """Many phrases found in one pass (Aho-Corasick, pyahocorasick), as whole words.

    Each phrase carries payloads; a phrase entered with `case=True` matches only as
    written (or after a "#"). Emoji match with or without their variation selector.
    """

    def __init__(self, entries: Iterable[tuple[str, Any] | tuple[str, Any, bool]], *, plural: bool = False,
                 hashtag: bool = False) -> None:
        import ahocorasick

        self.plural, self.hashtag = plural, hashtag
        table: dict[str, list[tuple[str, Any, bool]]] = {}
        fold = _fold_same_length.__wrapped__   # (not through the blocks' cache: each phrase is folded once)
        for entry in entries:   # (a few thousand phrases on every start: kept to plain steps)
            phrase = " ".join(entry[0].replace("\ufe0f", "").split())
            if phrase:
                item = (phrase, entry[1], len(entry) > 2 and bool(entry[2]))
                key = fold(phrase)
                if key in table:
                    table[key].append(item)
                else:
                    table[key] = [item]
        self._automaton = ahocorasick.Automaton()
        add = self._automaton.add_word
        for key, items in table.items():
            # what _find asks of every occurrence, worked out once per phrase: its length, whether it
            # starts with a word character or with # or @, whether it ends with a letter or digit (or a
            # letter), and its payloads when no item of it is case-sensitive
            first, last = key[0], key[-1]
            if len(items) == 1:
                plain = None if items[0][2] else (items[0][1],)
            else:
                plain = None if any(case for _, _, case in items) else tuple(p for _, p, _ in items)
            add(key, (key, tuple(items), len(key), first.isalnum() or first == "_", first in "#@", last.isalnum(),
                      last.isalpha(), plain))
        self._empty = not table
        if table:
            self._automaton.make_automaton()

    def find(self, text: str) -> list[PhraseMatch]:
        """Every whole-word occurrence, overlapping ones included, in order of start."""
        if self._empty or not text:
            return []
        return list(_found(self, text))

    def _find(self, text: str) -> list[PhraseMatch]:
        low = _fold_same_length(text)
        out = []
        for end_index, (_, items, size, word_start, sign_start, word_end, letter_end, plain) in \
                self._automaton.iter(low):
            start, end = end_index - size + 1, end_index + 1
            prev = low[start - 1] if start else ""
            if word_start:
                if prev and (prev.isalnum() or prev in "_@"):
                    continue
                if prev == "#":
                    if not self.hashtag:
                        continue
                    start -= 1
            elif sign_start and prev and (prev.isalnum() or prev in "_#@"):
                continue
            if word_end:
                if self.plural and letter_end:
                    for suffix in ("es", "s"):
                        if low.startswith(suffix, end) and not _wordish(low, end + len(suffix)):
                            end += len(suffix)
                            break
                if _wordish(low, end) or (not self.plural and low.startswith("'", end) and _wordish(low, end + 1)):
                    continue
            if plain is not None:
                out.append(PhraseMatch(start, end, plain))
                continue
            written = text[start:end].lstrip("#")
            payloads = tuple(p for phrase, p, case in items
                             if not case or text[start:end].startswith("#") or written.startswith(phrase))
            if payloads:
                out.append(PhraseMatch(start, end, payloads))
        if len(out) > 1:
            out.sort(key=lambda m: (m.start, -m.end))
        return out


@lru_cache(maxsize=4 * BLOCKS_KEPT)   # several indexes per block
def _found(index: PhraseIndex, text: str) -> tuple[PhraseMatch, ...]:
    """An index's matches in a text, cached: two detectors (or one twice) often ask the same index
    about the same block."""
    return tuple(index._find(text))


def _wordish(text: str, i: int) -> bool:
    return i < len(text) and (text[i].isalnum() or text[i] == "_")


def drop_inside(matches: list[PhraseMatch], spans: list[tuple[int, int]]) -> list[PhraseMatch]:
    """Matches that do not overlap any of `spans` (false friends)."""
    if not spans:
        return matches
    return [m for m in matches if not any(a < m.end and m.start < b for a, b in spans)]


# ---------------------------------------------------------------- places

_SHORT_FORM = lazy_re(r"[-\s](?:on|upon|under|in|by|next|le|St\.?)[-\s]", re.I)


_FOLD = str.maketrans({"’": "'", "‘": "'", "Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "ß": "ss", "Æ": "Ae", "æ": "ae",
                       "Đ": "D", "đ": "d", "ı": "i"})


@lru_cache(maxsize=4096)
def unaccented(word: str) -> str:
    """A name without its accents ("Siân" and "Sian" are one)."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def _ascii(name: str) -> str:
    """The name with its accents and curly apostrophes taken off, as typed on a UK keyboard ("Łódź" -> "Lodz")."""
    return unaccented(name.translate(_FOLD))


def name_forms(name: str) -> Iterator[tuple[str, str]]:
    """The lower-cased keys a place's name is written under, each with the name as written then: the name
    itself and the everyday forms people type ("Barrow in Furness", "Southend", "Lodz")."""
    yield name.casefold(), name
    if "-" in name:
        yield name.replace("-", " ").casefold(), name
    elif re.search(r" [a-z]+ ", name):   # "Barrow in Furness" as people write it, "Barrow-in-Furness"
        yield name.replace(" ", "-").casefold(), name
    if " St " in name or name.startswith("St "):
        yield name.replace("St ", "St. ").casefold(), name
    # "Southend" for Southend-on-Sea, "Berwick" for Berwick-upon-Tweed, "Lytham" for Lytham
    # St Annes, "Poulton" for Poulton-le-Fylde: the everyday short form
    head = name if name.isalpha() else _SHORT_FORM.split(name, maxsplit=1)[0]   # (one word: nothing to split)
    if head != name and len(head) >= 4:
        yield head.casefold(), head
    # "Ellesmere Port" for the built-up area "Ellesmere Port Town" (a one-word head, "Hugh" of
    # Hugh Town, is too often something else)
    if name.endswith(" Town") and " " in name[:-5]:
        yield name[:-5].casefold(), name[:-5]
    if not name.isascii():   # "Lodz", "Zurich", "Bo'ness" as people type them
        yield _ascii(name).casefold(), name


GAZETTEER_FILES = ("uk_places.tsv", "uk_districts.tsv", "uk_regions.tsv", "world_places.tsv")


def gazetteer_rows(fname: str) -> Iterator[list[str]]:
    """The tab-separated fields of each line of a gazetteer file, comments left out."""
    for line in resources.files("footprint.data").joinpath(fname).read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            yield [f.strip() for f in line.split("\t")]


@cache
def gazetteer() -> dict[str, str]:
    """Lower-cased UK place, county and region names -> the name as usually written."""
    names: dict[str, str] = {}
    for fname in GAZETTEER_FILES:
        for row in gazetteer_rows(fname):
            for key, written in name_forms(row[0]):
                names.setdefault(key, written)
    for alias in place_names()["aliases"]:
        names.setdefault(alias.casefold(), alias)  # "MK", "the Potteries": kept as written
    return names


@cache
def place_names() -> dict[str, dict[str, str]]:
    """Everyday aliases and demonyms of UK places (footprint/data/uk_place_names.json)."""
    import json

    return json.loads(resources.files("footprint.data").joinpath("uk_place_names.json").read_text("utf-8"))


@cache
def regions() -> frozenset[str]:
    """The counties, council areas and regions (casefolded), and the short forms that stand for them ("staffs")."""
    text = resources.files("footprint.data").joinpath("uk_regions.tsv").read_text("utf-8")
    names = {line.split("\t")[0].casefold() for line in text.splitlines() if line and not line.startswith("#")}
    return frozenset(names | {k.casefold() for k, v in place_names()["aliases"].items() if v.casefold() in names})


# A run of capitalised words, with the small words place names carry ("upon", "on", "St").
PLACE_RUN = lazy_re(
    r"[A-Z][\w'’.]*(?:(?:(?:[ -](?:on|upon|under|over|in|by|at|le|la|de|of|the|and|en|super|next|cum|with)){1,2}"
    r"[ -]|[ -])"
    r"(?:St\.?|[A-Z])[\w'’.]*){0,4}")


def place_at(text: str, pos: int) -> tuple[str, int, int] | None:
    """The longest known UK place name starting at `pos` (as written), or None."""
    m = PLACE_RUN.match(text, pos)
    if not m:
        return None
    run = re.sub(r"['’]s?$", "", m.group())  # "Glasgow's southside" -> Glasgow
    words = re.split(r"(?<=[\w.'’])(?=[ -])", run)
    places = gazetteer()
    for n in range(len(words), 0, -1):
        candidate = "".join(words[:n]).rstrip(".'’")
        key = candidate.casefold()
        if key in places:
            return candidate, pos, pos + len(candidate)
    return None


# Capitalised words that follow "living in" without being a place.
NOT_PLACES = frozenset(json.loads(resources.files("footprint.data").joinpath("words.json").read_text("utf-8"))
                       ["not_places"])


def place_guess(text: str, pos: int) -> tuple[str, int, int] | None:
    """A known place at `pos`, else a capitalised name of one or two words that is probably one
    (a suburb or village the gazetteer lacks) -- for use only right after words like "lives in"."""
    known = place_at(text, pos)
    if known:
        return known
    # a whole word or two: "MediaCity" is not "Media", "McDonald's" not "Mc"
    m = re.match(r"[A-Z][a-z'’-]{2,}(?:\s+[A-Z][a-z'’-]{2,})?(?![\w])", text[pos:])
    if not m:
        return None
    name = re.sub(r"['’]s?$", "", m.group())
    if {name.split()[0].casefold(), name.casefold()} & NOT_PLACES or re.match(r"\s+country\b", text[pos + len(name):]):
        return None   # "Posh country", "Constable country": a nickname for a region, not a place
    return name, pos, pos + len(name)


def known_place(name: str) -> bool:
    return name.strip().casefold() in gazetteer()


# ---------------------------------------------------------------- postcodes

# The UK's postcode areas (and the Crown dependencies'): a code in the postcode's shape with another area
# ("BMW R80RT", "a Z3 2AB" part number) is no postcode.
_AREAS = ("AB AL BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY EC EH EN EX "
          "FK FY GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY LA LD LE LL LN LS LU ME MK ML NE NG NN "
          "NP NR NW OL OX PA PE PH PL PO PR RG RH RM SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS "
          "TW UB WA WC WD WF WN WR WS WV YO ZE B E G L M N S W").split()
# Full UK postcode format (BS 7666), including the special case GIR 0AA.
POSTCODE = lazy_re(
    r"(?<![A-Za-z0-9])("
    r"(?:" + "|".join(_AREAS) + r")(?:[0-9][0-9]?|[0-9][A-HJKPSTUW]|[0-9][ABEHMNPRVWXY])"
    r"\s?[0-9][ABD-HJLNP-UW-Z]{2}|GIR\s?0AA)(?![A-Za-z0-9])")


# A postcode's district alone (its outward code: "S6", "SE15", "M14"), as people name where they are from.
OUTWARD_CODE = lazy_re(r"(?:" + "|".join(_AREAS) + r")[0-9][0-9A-Z]?")


def normal_postcode(code: str) -> str:
    compact = re.sub(r"\s+", "", code).upper()
    return f"{compact[:-3]} {compact[-3:]}"


# ---------------------------------------------------------------- dates

_MONTH = (r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
          r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d|'\d\d)"

DATE_FORMS = [
    ("iso", re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)-(?P<mon>[01]?\d)-(?P<day>[0-3]?\d)(?!\d)")),
    ("dmy", re.compile(r"(?<![\d/.-])(?P<day>[0-3]?\d)[/.-](?P<mon>[01]?\d)[/.-](?P<year>(?:19|20)?\d\d)"
                       r"(?![\d/.-]*\d)")),
    ("d_month", re.compile(rf"(?<!\w){_DAY}(?:\s+of)?\s+{_MONTH}(?:,?\s+{_YEAR})?(?![\w])", re.I)),
    ("month_d", re.compile(rf"(?<!\w){_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?(?![\w])", re.I)),
    ("dm", re.compile(r"(?<![\w/.-])(?P<day>[0-3]?\d)[/.](?P<mon>[01]?\d)(?![\d]|[/.-]\d)")),
]
# Days people name instead of a date: "my birthday is on Christmas Eve".
NAMED_DAYS = {"christmas eve": "--12-24", "christmas day": "--12-25", "boxing day": "--12-26",
              "new year's eve": "--12-31", "new years eve": "--12-31", "new year's day": "--01-01",
              "new years day": "--01-01", "valentine's day": "--02-14", "valentines day": "--02-14",
              "halloween": "--10-31", "bonfire night": "--11-05", "guy fawkes night": "--11-05",
              "st patrick's day": "--03-17", "st david's day": "--03-01", "st george's day": "--04-23",
              "st andrew's day": "--11-30", "burns night": "--01-25", "april fools' day": "--04-01",
              "april fools day": "--04-01", "leap day": "--02-29"}
_NAMED_DAY = lazy_re(r"(?<!\w)(" + "|".join(re.escape(d).replace("'", "['’]?") for d in
                                               sorted(NAMED_DAYS, key=len, reverse=True)) + r")(?!\w)", re.I)
YEAR_ONLY = lazy_re(r"(?<![\d£$€#/.\-])(?P<year>(?:19[2-9]\d|20[0-2]\d))(?!\d|s\b|'s)")


def _year(text: str | None, today: dt.date) -> int | None:
    if not text:
        return None
    if text.startswith("'"):
        yy = int(text[1:])
        return 2000 + yy if 2000 + yy <= today.year else 1900 + yy
    if len(text) == 2:
        yy = int(text)
        return 2000 + yy if 2000 + yy <= today.year else 1900 + yy
    return int(text)


def find_dates(text: str, today: dt.date | None = None) -> list[tuple[str, int, int]]:
    """Dates written in `text`, as (normal form, start, end): YYYY-MM-DD or --MM-DD.

    Day-first unless the month is written first in words ("March 14, 1994").
    """
    today = today or dt.date.today()
    found: list[tuple[str, int, int]] = []
    taken: list[tuple[int, int]] = []
    for _form, pattern in DATE_FORMS:
        for m in pattern.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            mon_text = m.group("mon")
            month = int(mon_text) if mon_text.isdigit() else MONTHS.get(mon_text.lower().rstrip("."))
            if month is None:
                continue
            day = int(m.group("day"))
            year = _year(m.groupdict().get("year"), today)
            try:
                date = dt.date(year or 2000, month, day)  # 2000 is a leap year: 29 Feb stays valid
            except ValueError:
                continue
            if year and not (1900 <= year <= today.year):
                continue
            value = date.isoformat() if year else f"--{month:02d}-{day:02d}"
            found.append((value, m.start(), m.end()))
            taken.append((m.start(), m.end()))
    for m in _NAMED_DAY.finditer(text):
        if not any(a < m.end() and m.start() < b for a, b in taken):
            key = m.group(1).casefold().replace("’", "'")
            found.append((NAMED_DAYS.get(key) or NAMED_DAYS[key.replace("'", "")], m.start(), m.end()))
    return sorted(found, key=lambda t: t[1])


def display_date(value: str) -> str:
    if value.startswith("--"):
        d = dt.date(2000, int(value[2:4]), int(value[5:7]))
        return f"{d.day} {d:%B}"
    if len(value) == 4:
        return value
    d = dt.date.fromisoformat(value)
    return f"{d.day} {d:%B %Y}"


def _wrapped_caseless(pattern: str) -> str | None:
    """The inside of a pattern that is one whole `(?i:...)` group, else None."""
    if not pattern.startswith("(?i:") or not pattern.endswith(")"):
        return None
    depth, i, in_class = 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0 and i != len(pattern) - 1:
                return None        # "(?i:a)|(?i:b)": the first group closes before the end
        i += 1
    return pattern[4:-1]


# ---------------------------------------------------------------- gates

# Characters that Python's `re` takes for an ASCII letter or digit (ignoring case, or as `\d`) though
# str.lower() does not make them one: written as that letter or digit in a gate's text.
_GATE_FOLD = {0x130: "i", 0x131: "i", 0x17F: "s", 0x212A: "k"}
_OTHER_DIGIT = lazy_re(r"(?![0-9])\d")


@lru_cache(maxsize=BLOCKS_KEPT)
def gate_text(text: str) -> str:
    """`text` as gates read it: lower case, with every character a pattern can match as an ASCII letter or
    digit written as that letter or digit. Cached: every detector asks about the same block."""
    if text.isascii():
        return text.lower()
    return _OTHER_DIGIT.sub(lambda m: str(int(m.group())), text.translate(_GATE_FOLD)).lower()


def gate_open(gate: Collection[str] | None, low: str) -> bool:
    """Whether a rule with this gate (literal words, one of which is in every text the rule's pattern can
    match, written in lower case) may match text whose gate_text is `low`; no gate: always."""
    if gate is None:
        return True
    for word in gate:   # (a loop, not any(): this is asked of every block for every gated rule)
        if word in low:
            return True
    return False


class GateWords:
    """The words of many gates looked for in a text at once (one Aho-Corasick pass, not a search per
    word): `gate_open(gate, low)` is `gate is None or not gate.isdisjoint(present(low))`."""

    def __init__(self, gates: Iterable[Collection[str]]) -> None:
        import ahocorasick

        words = {w for gate in gates for w in gate}
        self._automaton = ahocorasick.Automaton()
        for word in words:
            self._automaton.add_word(word, word)
        self._empty = not words
        if words:
            self._automaton.make_automaton()

    def present(self, low: str) -> frozenset[str]:
        """The gate words in text whose gate_text is `low`."""
        return frozenset() if self._empty else frozenset(word for _, word in self._automaton.iter(low))

    def found(self, low: str, starts: Container[str] = ()) -> list[tuple[int, int, str]]:
        """Each gate word in text whose gate_text is `low`, and where: (start, end, word), by start (gate_text
        keeps a text's length, so these are places in the text too); a word in `starts` only at a word's start
        (no letter just before it: "is" in "this" is none)."""
        if self._empty:
            return []
        return sorted((a, end + 1, word) for end, word in self._automaton.iter(low)
                      if not ((a := end + 1 - len(word)) and word in starts and low[a - 1].isalpha()))


class Cue:
    """Whether a text holds any of some patterns, asked of every block, so asked cheaply: Python's
    `re` searches a case-insensitive pattern several times slower than a case-sensitive one, so the
    patterns that are wholly `(?i:...)` and lower case are searched in the lowered text when the text
    is ASCII (where the two agree exactly), and as written otherwise."""

    def __init__(self, patterns: Iterable[str]) -> None:
        # compiled when first searched with (lazy_re), the caseless one only for a text that is not ASCII: a run
        # builds every family rule's cue on its first block, and most cues are never searched
        def alt(items: list[str], flags: int = 0) -> re.Pattern[str] | None:
            return lazy_re("|".join(f"(?:{p})" for p in items), flags) if items else None

        caseless, rest = [], []
        for p in patterns:
            inner = _wrapped_caseless(p)
            if inner is not None and not any(ch.isupper() for ch in re.sub(r"\\.", "", inner)):
                caseless.append(inner)
            else:
                rest.append(p)
        self._rest = alt(rest)
        self._lowered = alt(caseless)
        self._caseless = alt(caseless, re.I)

    def search(self, text: str) -> bool:
        if self._rest is not None and self._rest.search(text):
            return True
        if self._lowered is None or self._caseless is None:
            return False
        if text.isascii():
            return self._lowered.search(text.lower()) is not None
        return self._caseless.search(text) is not None

    def search_at(self, text: str, starts: Iterable[int]) -> bool:
        """Whether a match starts at one of `starts`: the same as search(text) where every match starts at one
        of them (a rule's gate words, for a cue that opens with one), and much cheaper than trying every place."""
        starts = list(starts)
        if self._rest is not None and any(self._rest.match(text, p) for p in starts):
            return True
        if self._lowered is None or self._caseless is None:
            return False
        if text.isascii():
            low = text.lower()
            return any(self._lowered.match(low, p) for p in starts)
        return any(self._caseless.match(text, p) for p in starts)
