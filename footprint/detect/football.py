"""Football club: which club the user supports, from names, nicknames, grounds, hashtags,
chants and emoji (footprint/data/football_clubs.json), with context for ambiguous words:
"an arsenal of tools", "Chelsea is my daughter's name", "Liverpool Street", "Celtic knot"."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from footprint.detect.base import Detector, Hit, load_data, text_of
from footprint.detect.clause import (SELF, owner_at, owner_names, owners_pronoun, quoted_by_another,
                                     with_the_writer)
from footprint.detect.text import PhraseIndex, drop_inside, known_place, segment_at, segments
from footprint.facts import Facts
from footprint.models import Profile, TextBlock
from footprint.lazyre import lazy_re

SKIP_HINTS = {"home_location", "birthplace", "date_of_birth", "email", "phone", "name", "education", "employer",
              "job", "family", "relationship"}
VS16 = "\ufe0f"
# "Chelsea is my daughter's name", "my eldest, Chelsea", "our Chelsea": a person, not a club.
PERSON_AFTER = lazy_re(r"^(?:'s)?\s+(?:is|was)\s+(?:my|our|his|her)\b|^'s\s+(?:name|birthday|first)", re.I)
PERSON_BEFORE = lazy_re(r"\b(?:my|our)\s+(?:\w+\s+){0,2}(?:daughter|son|wife|husband|girl|boy|baby|eldest|"
                           r"youngest|sister|brother|niece|nephew|granddaughter|grandson|partner|dog|cat)\s*,?\s*$",
                           re.I)


# Sentences where a club's name says nothing about the user's support.
QUIZ = lazy_re(r"\b(?:quiz|trivia|crossword|answer\s+was)\b", re.I)   # anywhere in a short post
# in the same sentence; singing at a ground ("sang the anthem at the Etihad") is a booking, not support
EVENT = lazy_re(r"\b(?:gig|concert|tour\s+date|festival|(?:sang|sing|singing|sung|perform|performing|performed)\s+"
                r"(?:the\s+)?(?:national\s+)?anthem|anthem\s+at)\b", re.I)
# "he's a Boro fan", "my mate supports", "her lot": someone else's club.
THIRD_PERSON = lazy_re(r"\b(?:he|she|they|you|dad|mum|mam|mom|father|mother|brother|sister|son|daughter|"
                          r"husband|wife|partner|grandad|grandpa|nan|gran|uncle|auntie|aunt|cousin)"
                          r"(?:'s|’s|'re|’re|\s+is|\s+are|\s+was|\s+were)\b|\bthe\W+other\W*$|"
                          r"\b(?:he|she|they)\s+supports?\b|\bmy\s+(?:mate|mates|friend|pal|colleague|boss|"
                          r"neighbour|neighbor)\b(?!\s+and\s+i)", re.I)
# The writer named after another person takes the sentence back: "she took me to the Den".
_WRITER = lazy_re(r"\b(?:i|i['’](?:m|ve|d)|me|my|we|us|our)\b", re.I)
THE_BEFORE = lazy_re(r"\bthe\s+$", re.I)
# "Hornets fans get a head start", "Vale supporters in the comments": a crowd the writer is not
# counted in, unless they say so ("we Hornets fans", "fellow Hornets supporters"), or the words
# name a club of supporters ("Hornets Supporters Running Club").
_A_SUPPORTERS_CLUB = r"(?!['’]?\s*(?:club|trust|association|group|running|society|branch|bus|coach)\b)"
FANS_AFTER = lazy_re(rf"\W{{0,3}}\s*(?:fans|supporters)\b{_A_SUPPORTERS_CLUB}", re.I)
OTHER_FANS = lazy_re(r"\W{0,3}\s*(?:lot|mob|lads|crew)\b", re.I)   # after "the": "the Saints lot"
# "a few hundred Clarets singing", "thousands of Toffees": a crowd of fans, not the writer.
CROWD_BEFORE = lazy_re(r"\b(?:a\s+few(?:\s+(?:hundred|thousand|dozen))?|hundreds|thousands|dozens|loads|lots|"
                          r"a\s+(?:bunch|couple|handful|load|coachload|busload)|several|all|\d[\d,]*)\s+(?:of\s+)?(?:the\s+)?$",
                          re.I)
# "sorry about the Robins result, babe", "commiserations on your Hatters": consoling another whose club it is.
CONSOLE_BEFORE = lazy_re(r"\b(?:sorry\s+(?:about|for)|commiserations\s+(?:on|about|over)|unlucky\s+(?:with|about)|"
                         r"hard\s+luck\s+(?:with|on))\s+(?:the\s+|your\s+)?$", re.I)
# "Hornets-mad", "Hornets daft": a fan's own word for themself, as good as football talk.
FAN_SUFFIX = lazy_re(r"[-\s](?:mad|daft|crazy|obsessed|barmy|sufferer|through\s+and\s+through)\b", re.I)
WE_BEFORE = lazy_re(r"\b(?:we|us|fellow|as|all|other|my|our)\s+(?:\w+\s+)?$", re.I)
# "Hornets Road", "off Stanley Street": a street named after the town, not its club; "Forest Rec parkrun": a park.
STREET_AFTER = lazy_re(r"(?-i:\s+(?:Road|Rd|Street|St|Lane|Ln|Avenue|Ave|Way|Close|Drive|Terrace|Crescent|Grove|"
                          r"Place|Row|Square|Gardens|Walk|Parade|Bridge|Station|Hospital|Retail\s+Park|Rec|"
                          r"Recreation\s+Ground|Common|Country\s+Park|Playing\s+Fields?|parkrun|junior\s+parkrun))\b")
# Whether the writer takes a side, in the sentence that names the club: the first person, a fan's
# own words, a cheer. Without any of these, a club named in running prose (a fixture they worked,
# an API's data, a route past grounds) says nothing of their support.
STANCE = lazy_re(r"\b(?:i|i['’](?:m|ve|d|ll)|im|me|my|mine|myself|we|we['’](?:re|ve|d|ll)|us|our|ours)\b|"
                    r"\b(?:fan|supporter|supporters['’]?\s+(?:club|trust|association)|season[-\s]tickets?|daft|mad|sufferer|obsessed|forever|ST|up\s+the|come\s+on|till?\s+(?:i|we)\s+die|through\s+and\s+"
                    r"through|lifelong|die[-\s]?hard|since\s+(?:birth|(?:19|20)\d\d)|"
                    # a fan's loyalty: "won't hear a word", "through thick and thin", "through all of it"
                    r"won['’]?t\s+hear\s+a\s+(?:word|bad\s+word)|thick\s+and\s+thin|through\s+all\s+of\s+it|"
                    r"ups\s+and\s+downs|never\s+miss(?:ed)?\s+a\s+(?:game|match)|every\s+home\s+game|"
                    # a fan's place and voice at the game: "in the North Stand", "shouting at"
                    r"(?-i:[A-Z][a-z]+\s+(?:Stand|End))|shouting\s+at|regulars?\s+since)\b|!|#\w|[❤💙💛💚🖤🤍💜🧡🤎⚽⚪⚫]|"
                    r"[\U0001F534\U0001F535\U0001F7E0-\U0001F7EB\U0001F600-\U0001F64F\U0001F923-\U0001F92F"
                    r"\U0001F970-\U0001F97A]", re.I)
# Fields that hold running prose; a bio, a name or a profile field is the owner's own label.
PROSE_FIELDS = {"post", "comment", "page", "text", "about", "caption", "story", "description", "readme", "metadata",
                "export", "image_alt"}
STANCE_KINDS = {"hashtag", "chant", "emoji", "fan_word", "initials"}
CHEER_KINDS = {"hashtag", "chant", "emoji", "initials"}   # the writer's own voice, whoever else the sentence names
# "his Villa tie", "Jo's beloved Hornets", "a child's Rovers scarf", "Kit (my partner) is Spurs":
# the club belongs to whoever owns the word before it.
OWNED_BY_OTHER = lazy_re(r"(?:\b(?:his|her|their)|(?-i:\b(?P<who>[A-Z][a-z]+))['’]s|\bchild['’]s)\s+(?:\w+\s+)?$|"
                            r"\(\s*(?:my|our|his|her)\s+\w+\s*\)\s+(?:is|was|supports)\s+$", re.I)
# "living in Harrogate", "📍 Bury", "in Manningham, Bradford"
PLACE_BEFORE = lazy_re(r"(?:\b(?:in|at|from|near|to|around|of|outside|nr)|📍|🏠|🏡)\s*"
                          r"(?:(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+))?,\s*)?$", re.I)
# "a shift in West Brom": a club's short name after "in" is the town it names, gazetteer or not
IN_TOWN_BEFORE = lazy_re(r"(?:\b(?:in|near|nr)|📍|🏠|🏡)\s*$", re.I)
CLUB_GOES_ON = lazy_re(r"['’]s\b|\s+(?:fans?|supporters?|season|colou?rs|shirts?|kits?|tops?|scarf|FC|AFC|"
                      r"till?|since|through|forever)\b|\s*[!#❤💙💛🖤🤍💜💚🧡⚽]", re.I)
# "Gateshead lad through and through", "a Reading girl": a person from the town, not its club.
PERSON_FROM = lazy_re(r"\s+(?:lad|lads|lass|lasses|girl|girls|boy|boys|man|woman|born|bred|exile|native|"
                         r"lad\s+born|boy\s+born)\b", re.I)
# "running past the Etihad", "parked behind Molineux": a ground as a landmark on the way, not a visit.
LANDMARK_BEFORE = lazy_re(r"\b(?:past|by|round|around|behind|opposite|outside|near|along|alongside|next\s+to|"
                             r"beside|under|in\s+the\s+shadow\s+of)\s+(?:the\s+)?$", re.I)
# "Coventry City babygrow (free with the cot)", "a signed Man United shirt (raffle prize)": a club's goods
# given away, sold or raffled say nothing of the writer's support.
MERCH_AFTER = lazy_re(r"\s+(?:(?:(?:19|20)\d\d(?:[/-]\d\d(?:\d\d)?)?|home|away|retro|signed|replica|training|third|old|"
                         r"vintage|kids['’]?|baby|boys['’]?|girls['’]?|mens['’]?|men['’]s|womens['’]?|women['’]s)\s+)*"
                         r"(?:shirts?|tops?|kits?|babygrows?|baby\s?grows?|onesies?|scarf|scarves|hats?|beanies?|mugs?|"
                         r"programmes?|tickets?|bobble\s+hats?|jackets?|shorts|socks|memorabilia|bedding|duvet|"
                         r"lamp|clock|cufflinks)\b", re.I)
SALE = lazy_re(r"\b(?:free|for\s+sale|raffle|prizes?|auction|auctioned|donated\s+by|kindly\s+donated|giveaway|"
                  r"give\s+away|giving\s+away|selling|sold|o\.?n\.?o\b|collection\s+only|up\s+for\s+grabs|tombola|bid|bids|"
                  r"swap|vgc|bnwt|bnib|unwanted|postage|pre-?loved|worn\s+once|never\s+worn|"
                  r"good\s+condition|excellent\s+condition|p\s?&\s?p)\b|£\s?\d+\.\d\d\b", re.I)
# "mate dragged me to the Imps", "the in-laws made me go to Vale Park": taken along, not a fan.
RELUCTANT = lazy_re(r"\b(?:dragged|dragging|drags|forced|made)\s+(?:me|us)\b|\bagainst\s+my\s+will\b|"
                       r"\b(?:under\s+protest|under\s+duress)\b", re.I)
# "joined by @jo (yes, a Leeds fan)", "Priya, a lifelong Hatters supporter,": a fan introduced beside a name.
APPOSITE_FAN = lazy_re(r"(?:@\w+|(?-i:\b[A-Z][a-z]+)|\b(?:my|our|his|her)\s+\w+)\s*[,(–—-]\s*"
                          r"(?:(?:yes|yep|aye|sadly|alas|naturally)\s*,?\s+)?(?:a|an)\s+(?:(?:\w+\s+){0,2})$", re.I)
FAN_AFTER = lazy_re(r"\s+(?:fan|supporter|season[-\s]ticket\s+holder|sufferer)\b", re.I)
# A result or a fixture names both sides: "Gers 3-1 Hibs", "Ayr v Killie", "Hull away".
SCORE_AFTER = lazy_re(r"\s*\(?\d{1,2}\s*[-–—:]\s*\d{1,2}\b|\s+(?:v|vs|versus)\.?\s+\S|\s+away\b|"
                         # "when the Toon are at home": a fixture that fills the street, not a side taken
                         r"\s+(?:are|is|were|was)\s+(?:at\s+home|away|playing)\b|"
                         r"\s+(?:at\s+home|away)\s+(?:to|against|at)\b", re.I)
SCORE_BEFORE = lazy_re(r"(?:\b\d{1,2}\s*[-–—:]\s*\d{1,2}\)?|\b(?:v|vs|versus)\.?|\bagainst|"
                          # the ground a fixture is played at: "Hartlepool v Gateshead at the Vic"
                          r"\b(?:v|vs|versus)\.?\s+(?:[\w'’&.]+\s+){1,3}at(?:\s+the)?|"
                          r"\baway\s+(?:(?:end|day|trip|game|match|fixture|section)s?\s+)?(?:at|to|in)|"
                          r"\bat\s+home\s+to)\s*$", re.I)


# A disclaimer of support: "not my team", "NOT a Forest fan", "I don't follow football", "never been a
# fan". A named object (`club`, `obj`) disowns that club wherever the block names it; an unnamed one
# ("not my team", "not a fan", football itself) disowns the clubs of its own sentence and the one before.
DISCLAIM = lazy_re(
    r"\bnot\s+(?:my|our)\s+(?:team|club|lot|side)\b(?!['’]s)|"
    r"\b(?:not|never\s+(?:been|was)|no\s+longer)\s+(?:(?:a|an|the)\s+)?(?:(?:big|huge|massive|real)\s+)?"
    r"(?P<club>[\w'’&.]+(?:\s+[\w'’&.]+){0,2}?\s+)??(?:fan|supporter)\b(?!\s+of\b)(?!['’]s)|"
    r"\b(?:i|we)\s+(?:don['’]?t|do\s+not|never|can['’]?t\s+stand|hate|won['’]?t|wouldn['’]?t)\s+(?:really\s+|even\s+|ever\s+)?"
    r"(?:follow|support|like|watch|care\s+(?:about|for)|do)\s+(?P<obj>[\w'’&.]+(?:\s+[\w'’&.]+)?)|"
    r"\b(?:no|zero|little)\s+interest\s+in\s+(?:football|footy|soccer)\b|"
    r"\bnot\s+(?:really\s+)?(?:into|bothered\s+(?:about|by))\s+(?:football|footy|soccer)\b|"
    # "Yes I know Exeter are closer. No, I won't be switching": a club named to be turned down
    r"\b(?:won['’]?t|will\s+never|never\s+going\s+to|not\s+going\s+to)\s+(?:be\s+)?switch(?:ing)?\b", re.I)
_OBJECTS = load_data("football_clubs.json")["disclaim_objects"]
DISCLAIM_OBJECTS = lazy_re(r"^(?:" + "|".join(re.escape(w) for w in _OBJECTS) + r")$", re.I)
_DISCLAIM_WORDS = ("not ", "never", "n't", "n’t", "no longer", "interest")


# Words only football uses: "fan", "season ticket" or "league" are shared with every other sport.
FOOTBALL_NAMED = lazy_re(r"\bfootball\b|\bfooty\b|⚽|\b(?:A?FC|FA)\b|\bsoccer\b|\bpremier\s+league\b|"
                            r"\bkick[-\s]off\b|\bterraces\b|(?<!drop\s)\bgoal(?:s|keeper)?\b")


@cache
def _sport_after() -> re.Pattern[str]:
    """'Saints RL', 'Tigers RUFC': a club word followed by another sport's name is that sport's team."""
    words = sorted(load_data("football_clubs.json")["other_sport_after"], key=len, reverse=True)
    alts = "|".join(rf"(?-i:{re.escape(w)})" if w.isupper() else re.escape(w) for w in words)
    return re.compile(rf"\s*(?:{alts})(?!\w)", re.I)


@cache
def _cheer_stems() -> tuple[str, ...]:
    return tuple(s.casefold() for s in load_data("football_clubs.json")["cheer_patterns"])


def _shared_cheer(term: Term) -> bool:
    """'#COYS': a 'come on you ...' hashtag, sung by every sport's fans, not football's alone."""
    return term.kind == "hashtag" and _key(term.text).startswith(_cheer_stems())


@dataclass
class Term:
    text: str
    club: str
    kind: str
    strong: bool


@dataclass
class Clubs:
    """The reference data, indexed: every term, which clubs share it, one regex for all."""

    by_text: dict[str, list[Term]] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)
    primary: dict[str, str] = field(default_factory=dict)   # shared term -> the club it usually means
    index: PhraseIndex | None = None

    def terms(self, matched: str) -> list[Term]:
        return self.by_text.get(_key(matched), [])


def _key(text: str) -> str:
    return text.replace(VS16, "").replace("’", "'").lstrip("#").casefold()


@cache
def clubs() -> Clubs:
    data = load_data("football_clubs.json")
    index = Clubs()
    seen_clubs: dict[str, set[str]] = {}
    for club in data["clubs"]:
        for t in club["terms"]:
            key = _key(t["text"])
            seen_clubs.setdefault(key, set()).add(club["name"])
            index.by_text.setdefault(key, []).append(
                Term(t["text"], club["name"], t["kind"], t["strength"] == "strong"))
        # "Carlisle Utd", "Man Utd": fans shorten United in writing
        for t in club["terms"]:
            if t["text"].endswith(" United") and (key := _key(t["text"][:-6] + "Utd")) not in index.by_text:
                seen_clubs.setdefault(key, set()).add(club["name"])
                index.by_text[key] = [Term(t["text"][:-6] + "Utd", club["name"], t["kind"], t["strength"] == "strong")]
        index.names[_key(club["name"])] = club["name"]
        # "#NottsCounty", "#WestHam": a club's name run together is a hashtag only that club uses
        for t in club["terms"]:
            if t["kind"] in ("name", "short_name") and t["strength"] == "strong" and " " in t["text"]:
                key = _key(t["text"].replace(" ", "").replace("&", "and"))
                if key not in index.by_text:
                    seen_clubs.setdefault(key, set()).add(club["name"])
                    index.by_text[key] = [Term(t["text"].replace(" ", ""), club["name"], "hashtag", True)]
        # "#SJFC", "#GTFC": a club's initials and FC, as fans tag it, when no other club's are the same
        initials = "".join(w[0] for w in re.findall(r"[A-Za-z]+", club["name"])
                           if w.lower() not in ("and", "of", "the"))
        if len(initials) >= 2 and not club["name"].endswith(("FC", "AFC")):
            key = _key(initials + "FC")
            if key not in index.by_text or all(t.kind == "initials" for t in index.by_text[key]):
                seen_clubs.setdefault(key, set()).add(club["name"])
                index.by_text.setdefault(key, []).append(Term(initials.upper() + "FC", club["name"], "initials", True))
    # "being a Jack", "Bluebird 💙": one fan named by the singular of the club's nickname (Jacks, Bluebirds), a
    # word that is a club only as a fan's word for themself (see _a_fans_singular), never alone
    singulars = set(data["singular_fan_words"])
    for club in data["clubs"]:
        for t in club["terms"]:
            if t["kind"] == "nickname" and t["text"][:-1] in singulars and t["text"].endswith("s"):
                key = _key(t["text"][:-1])
                seen_clubs.setdefault(key, set()).add(club["name"])
                index.by_text.setdefault(key, []).append(Term(t["text"][:-1], club["name"], "singular", False))
    for key, terms in index.by_text.items():
        if len(seen_clubs[key]) > 1:  # a shared term is never enough on its own
            for term in terms:
                term.strong = False
    for key in [k for k, ts in index.by_text.items() if ts and all(t.kind == "initials" for t in ts) and len(ts) > 1]:
        del index.by_text[key]
    index.primary = {_key(term): club for term, club in data.get("primary_for_shared", {}).items()}
    entries: list[tuple[str, tuple[str, str], bool]] = []
    cased = set(data["case_sensitive"])   # "a Mag", "the Gas": a fan's name only when capitalised ("gas 6")
    for ts in index.by_text.values():
        for t in ts:
            # short capital abbreviations (LFC, TID) only as written or as a hashtag
            entries.append((t.text, ("term", _key(t.text)), len(t.text) <= 3 and t.text.isupper() or t.text in cased
                            or t.kind == "singular"))
    entries += [(c, ("context", ""), len(c) <= 3 and c.isupper()) for c in data["context_words"]]
    entries += [(w, ("suffix", w), True) for w in data["ambiguous_suffixes"]]
    entries += [(f, ("false_friend", ""), False) for f in data["false_friends"]]
    entries += [(f, ("other_sport", ""), f.isupper() and len(f) <= 5) for f in data["other_sports"]]
    entries += [(f, ("video_game", ""), False) for f in data["video_games"]]
    index.index = PhraseIndex(entries, hashtag=True)
    return index


def _emoji(text: str) -> bool:
    """An emoji term (😈, ⚒️) hints at a club but needs a word of the same club beside it."""
    return not text[:1].isalnum()


def club_named(name: str) -> str | None:
    """The canonical club for a name or alias the user typed ("Spurs" -> "Tottenham Hotspur")."""
    index = clubs()
    key = _key(name.strip())
    if key in index.names:
        return index.names[key]
    owners = {t.club for t in index.terms(name.strip())}
    return owners.pop() if len(owners) == 1 else None


@dataclass
class Mention:
    club_terms: list[Term]
    start: int
    end: int
    context: bool
    block: TextBlock
    scoreline: bool = False   # "Gers 3-1 Hibs" names both sides: it says nothing of support alone
    bare: bool = False        # named in running prose with no sign that the writer takes its side
    aside: bool = False       # a town's people ("a Leeds lass"), not its club: in passing whatever else is said


def _cheer(terms: list[Term]) -> bool:
    """A hashtag, chant or club emoji: the writer's own voice, whoever the sentence is about."""
    return any(t.kind in CHEER_KINDS for t in terms)


def _someone_elses(text: str, start: int, end: int, a: int, terms: list[Term], names: frozenset[str],
                   field: str, tagged: bool = False, about: bool = False) -> bool:
    """Whether the club at text[start:end] (in the sentence from `a`) is another person's or a crowd's.
    With `about` (the owner's own section of a page listing several people) "he" and "she" are the owner."""
    third = -1 if about else max((m.end() for m in THIRD_PERSON.finditer(text, a, start)
                                  if not owners_pronoun(text, m.start(), names)), default=-1)
    return bool((third >= 0 and not with_the_writer(text, start) and not _WRITER.search(text, third, start))
                or _owned_by_other(text[max(a, start - 40):start], names)
                or (OTHER_FANS.match(text, end) and THE_BEFORE.search(text[max(0, start - 8):start]))
                or (FANS_AFTER.match(text, end) and not WE_BEFORE.search(text[max(a, start - 20):start]))
                or CROWD_BEFORE.search(text[max(a, start - 30):start])
                or CONSOLE_BEFORE.search(text[max(a, start - 30):start])
                or (FAN_AFTER.match(text, end) and MET_FAN_BEFORE.search(text[max(a, start - 40):start]))
                or (not about and _another_is_a_fan(text, start, end, a, names))
                or (not (_cheer(terms) or tagged or WRITER_TOO.search(text, a, start) or _self_label(text, end, field)
                    or _writer_along(text, a, start))
                    and owner_at(text, start, names, field, inherit=True, about=about) != SELF))


def _self_label(text: str, end: int, field: str) -> bool:
    """'Baggies season ticket holder' in a bio or an About section, no one else named: how the owner
    labels themself, whatever the clause before it was about."""
    return field in ("bio", "about") and bool(FAN_AFTER.match(text, end))


# The hearts fans put beside a club (with the variation selector a red heart carries)
HEARTS = "\U0001F499\U0001FA75\u2764\U0001F49B\U0001F5A4\U0001F90D\U0001F49C\U0001F49A\U0001F9E1\ufe0f"
# A club's bare suffix ("City", "Rovers") is a club only beside a fan's word: "City till I die", "Rovers season
# ticket holder", "a lifelong United fan"; and only when no capitalised word before makes it a name ("Mexico City").
SUFFIX_CUE_AFTER = lazy_re(rf"\s*(?:[{HEARTS}]\s*)*(?:till?\s+(?:i|we)\s+die|"
                           r"season[-\s]tickets?|"
                           r"ST\s+holder|fan|supporter|games?|match(?:es)?|since\s+(?:birth|(?:19|20)\d\d)|through\s+and\s+through|forever|for\s+life)\b",
                           re.I)
SUFFIX_CUE_BEFORE = lazy_re(r"\b(?:lifelong|die-?hard|long-suffering|up\s+the|come\s+on|my|our)\s+$", re.I)
# "Blackburn born n bred 💙🤍 Rovers": hearts in a club's colours right before the suffix, as fans write it
HEARTS_BEFORE = lazy_re(rf"[{HEARTS}]{{2,}}\s*$")
_NAME_GOES_ON = lazy_re(r"(?-i:\s*&|\s+[A-Z]\w*)|\s+(?:council|centre|center|hall|college|library|court|police|"
                        r"hospital|university|school|line|road|street|status|limits|break|trader|job)\b", re.I)
_CAPITAL_BEFORE = lazy_re(r"(?-i:[A-Z][\w'’.&-]*)\s+$")


@cache
def _suffix_clubs(word: str) -> tuple[str, ...]:
    data = load_data("football_clubs.json")
    return tuple(c["name"] for c in data["clubs"] if c["name"].endswith(" " + word)) + tuple(
        data["suffix_also"].get(word, ()))


def _suffix_terms(text: str, start: int, end: int, words: list[str]) -> list[Term]:
    if not words or _NAME_GOES_ON.match(text, end):
        return []   # "our County Council", "my City & Guilds", "the City centre": a name or a place, not a club
    if not SUFFIX_CUE_BEFORE.search(text, max(0, start - 16), start) and not HEARTS_BEFORE.search(
            text, max(0, start - 8), start) and (
            _CAPITAL_BEFORE.search(text, max(0, start - 25), start) or not SUFFIX_CUE_AFTER.match(text, end)):
        return []
    return [Term(words[0], club, "suffix", False) for club in _suffix_clubs(words[0])]


# A club farther than this from every place the page names (about a club's catchment, half an hour's drive) is no
# nearer to the writer than any other; one this much nearer than the next is the nearer by a town, not by where in
# a town the page happens to look.
REACH_KM = 35
MARGIN_KM = 10


@cache
def _grounds() -> dict[str, tuple[str, int]]:
    """Each club's town and its competition's tier."""
    data = load_data("football_clubs.json")
    tiers = data["competition_tiers"]
    return {c["name"]: (c["town"], tiers.get(c["competition"], 9)) for c in data["clubs"]}


def _by_place(profile: Profile, candidates: set[str]) -> str | None:
    """The one club of `candidates` nearest the places the owner's words name (their town, county, force area,
    birthplace): "Blues" on a page that says Handsworth is Birmingham's, "Rovers season ticket" beside Blackburn
    is Blackburn's. Within REACH_KM, and MARGIN_KM nearer than the next; of clubs as near as each other, the one
    in the higher division ("City" in Stockport is Manchester's)."""
    from footprint.detect.geo import km, located, places_named   # (the coordinates load only when asked)

    spots = places_named("\n".join(text_of(b) for b in profile.blocks if b.own))
    grounds = _grounds()
    near: list[tuple[float, int, str]] = []
    for club in candidates:
        town, tier = grounds[club]
        if spots and (where := located(town)) is not None:
            near.append((min(km(where, s) for s in spots), tier, club))
    near = sorted(x for x in near if x[0] <= REACH_KM)
    close = [x for x in near if x[0] <= near[0][0] + MARGIN_KM] if near else []
    if len(close) > 1 and _one_city(close) and min(x[1] for x in close) < sorted(x[1] for x in close)[1]:
        close = [min(close, key=lambda x: x[1])]   # one club in a higher division than the others as near
    return close[0][2] if len(close) == 1 else None


def _one_city(close: list[tuple[float, int, str]]) -> bool:
    """Whether the clubs play within MARGIN_KM of one another (Manchester's and Salford's), not in two towns
    the page both names (Doncaster's and Bristol's)."""
    from footprint.detect.geo import km, located

    where = [located(_grounds()[club][0]) for _, _, club in close]
    return all(w is not None and v is not None and km(w, v) <= MARGIN_KM for w in where for v in where)


_PRONOUN = lazy_re(r"\b(?:he|she|they)\b", re.I)   # the subject of the sentence is another person
FAN_DET_BEFORE = lazy_re(r"\b(?:a|an|the|fellow|proud|us|we|my|our|being)\s+$", re.I)
LOYAL_AFTER = lazy_re(r"\s+(?:since|till?|forever|for\s+life|through\s+and\s+through)\b", re.I)
# The singular of a nickname is a fan, the writer, when they say they are one ("being a Jack", "I'm a proud Blade")
# or before a fan's loyalty or hearts ("Blue since the cradle", "Bluebird 💙"); not another one ("married a Saint",
# "the lad next to me is a Blade") nor the first of a name ("a Jack Russell").
SINGULAR_BEFORE = lazy_re(r"(?:\b(?:i['’]?m|i\s+am|being|as|born|been|once|always|still)\s+(?:a|an)|"
                          r"\b(?:proud|lifelong|proper|fellow))\s+$", re.I)
SINGULAR_AFTER = lazy_re(rf"\s*[{HEARTS}]|\s+(?:since|till?|forever|for\s+life|through\s+and\s+through)\b", re.I)
NAME_GOES_ON = lazy_re(r"\s+[A-Z]")


def _a_fans_singular(text: str, start: int, end: int) -> bool:
    return not NAME_GOES_ON.match(text, end) and bool(
        SINGULAR_BEFORE.search(text, max(0, start - 16), start) or SINGULAR_AFTER.match(text, end))


DISLIKE = lazy_re(r"\b(?:deal\s?-?breakers?|red\s+flags?|the\s+ick|swipe\s+left)\b", re.I)


@cache
def _cased() -> frozenset[str]:
    return frozenset(load_data("football_clubs.json")["case_sensitive"])


NO_BEFORE = lazy_re(r"\bno\s+$", re.I)


def _quoted(text: str, pos: int, names: frozenset[str] = frozenset()) -> bool:
    """The line at `pos` is quoted from someone else ("> I'm a Millwall fan"), as forums and e-mail mark it, or
    `pos` is inside a quotation another creator or a named person is given ('#duet with @jo "Villa till I die"',
    'Our chair Pat Lowe: "Forest since birth"')."""
    line = text[text.rfind("\n", 0, pos) + 1:pos]
    if line.lstrip().startswith(">"):
        return True
    return quoted_by_another(text, pos, names)


@cache
def _duty() -> re.Pattern[str]:
    words = sorted(load_data("football_clubs.json")["match_duty"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.I)


def _on_duty(text: str, start: int, end: int, a: int, b: int) -> bool:
    """A word of working a match (duty, policing, a football aid, stewarding) just before or after the club:
    the writer was there for work, and the club says nothing of their support."""
    near = (*_duty().finditer(text, max(a, start - 40), start), *_duty().finditer(text, end, min(b, end + 60)))
    return any(not NOT_BEFORE.search(text, max(0, d.start() - 6), d.start()) for d in near)


# "never been to", "haven't set foot in", "yet to visit": the ground after it is one the writer has not been to,
# unless a time after it says they went once ("not been to the Hawthorns since 2019": a lapsed regular)
NEVER_BEEN = lazy_re(r"\b(?:never|not|n['’]t|yet\s+to)\s+(?:(?:ever|even|actually|once)\s+)?(?:been\s+(?:to|in|inside)|"
                     r"set\s+foot\s+(?:in|inside|at)|visit(?:ed)?|gone\s+to|go\s+to)\s+(?:the\s+)?$", re.I)
LAPSED_AFTER = lazy_re(r"\s*(?:in\s+(?:ages|years|a\s+while)|since|for\s+(?:\w+\s+)?(?:years|months|seasons|ages))\b",
                       re.I)
NOT_BEFORE = lazy_re(r"\b(?:not|n['’]t|never|off)\s+$", re.I)   # "every home game I'm not on shift", "off duty"


@cache
def _words(key: str) -> re.Pattern[str]:
    """A word list of football_clubs.json as one pattern, whole words, any case."""
    words = sorted(load_data("football_clubs.json")[key], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.I)


@cache
def _support_cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    cues = load_data("football_clubs.json")["support_cues"]
    alt = {k: "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(cues[k], key=len, reverse=True))
           for k in ("before", "after")}
    return (re.compile(rf"(?:^|\b)(?:{alt['before']})\s+(?:the\s+)?$", re.I),
            re.compile(rf"[!{HEARTS}\s]*\s(?:{alt['after']})\b(?!['’])", re.I))


def _cheered(text: str, start: int, end: int) -> bool:
    """'COME ON CARDIFF', 'up the Hornets': a cheer, the writer's own voice; before a town's name only as the
    cheer ends ("come on Leeds, get the bins out" is no cheer)."""
    return bool(_support_cues()[0].search(text, max(0, start - 20), start)) and (
        not known_place(text[start:end].lstrip("#")) or bool(_CHEER_END.match(text, end)))


# Two or more hearts or circles in a club's colours right after its name ("Imps 🔴⚪", "Owls 💙🤍"); a heart alone
# after a word that is no town's name ("EFC 💙", not "Leeds 💛", the town loved)
COLOURS_AFTER = lazy_re(rf"\s*(?:[{HEARTS}\U0001F534\U0001F535\u26AA\u26AB\U0001F7E0-\U0001F7EB]\s*){{2,}}")
HEART_AFTER = lazy_re(rf"\s*[{HEARTS}]")


def _support_cue(text: str, start: int, end: int) -> bool:
    """A cheer before a club term, or a holder's or a result's words or the club's colours after it ('Sky Blues ST
    holder', 'Boro were robbed', 'Hornets win', 'Imps 🔴⚪', 'EFC 💙'): football talk, as a fan's suffix is."""
    return _cheered(text, start, end) or bool(_support_cues()[1].match(text, end) or COLOURS_AFTER.match(text, end)) \
        or bool(HEART_AFTER.match(text, end)) and not known_place(text[start:end].lstrip("#"))


_CHEER_END = lazy_re(rf"[\s!{HEARTS}]*(?:$|[!.\n])")


def _club_body(text: str, end: int) -> bool:
    """The club's charity, foundation or community event right after its name ('X Community Trust',
    'X in the Community', 'X community day'): a job or a visit, not a side taken."""
    m = re.match(r"(?:['’]s)?\s+", text[end:end + 3])
    return m is not None and bool(_words("club_bodies").match(text, end + m.end()))


def _clubs_of(match: Any) -> set[str]:
    return {t.club for kind, key in match.payloads if kind == "term" for t in clubs().by_text.get(key, [])}


def _ground_habit(text: str, a: int, b: int) -> bool:
    """'a seat at the Stadium of Light', 'a lift to the Reebok on a Saturday', 'Tannadice regular': the
    sentence says the writer goes to the ground as a habit, which is football talk."""
    return bool(_words("ground_habits").search(text, a, b))


@cache
def _customers() -> re.Pattern[str]:
    words = sorted(load_data("football_clubs.json")["for_customers"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w).replace("'", "['’]") for w in words) + r")(?!\w)", re.I)


def _for_a_customer(text: str, a: int, b: int) -> bool:
    """A club's cake, song or kit made for a customer or to order ("a Derby County cake for a customer's 40th"):
    the writer's trade, not their club, unless they say they are a fan too."""
    return bool(_customers().search(text, a, b)) and not FAN_AFTER.search(text, a, b)


def _owned_by_other(before: str, names: frozenset[str]) -> bool:
    """'his Villa tie', 'Jo's beloved Hornets': another's, unless the name is the owner's ("Gareth's Wrexham")."""
    m = OWNED_BY_OTHER.search(before)
    return m is not None and m.group("who") not in names


# "heckled by a Leeds fan", "sat next to a Spurs fan": a fan met, not the writer.
MET_FAN_BEFORE = lazy_re(r"\b(?:by|to|with|from|for|against|beside|behind|next\s+to|opposite)\s+"
                         r"(?:a|an|one|some|this|that)\s+(?:\w+\s+)?$", re.I)


# "Our treasurer is a Leeds fan", "Gaz's a lifelong Pompey man": someone named, not the writer, is the fan.
IS_A_BEFORE = lazy_re(r"\b(?P<who>[\w'’-]+)(?:\s+(?:is|was)|['’]s)\s+(?:a|an)\s+"
                      r"(?:(?:\w+|long-suffering|die-hard)\s+)?$", re.I)
FAN_NOUN_AFTER = lazy_re(r"\s+(?:FC\s+|AFC\s+)?(?:fan|supporter|man|woman|lad|lass)\b", re.I)


# "This is a Leeds fan account"; "... and is a Leeds fan": the subject is further back
_NOT_ANOTHER = {"i", "i'm", "i’m", "im", "it", "this", "that", "there", "here", "and", "but", "also", "still"}


# "Dev is Bury through and through", "Nell's Hornets-mad": someone named is the club, the way fans say it
IS_BEFORE = lazy_re(r"(?-i:\b(?P<who>[A-Z][\w'’-]+))(?:\s+(?:is|was)|['’]s)\s+"
                    r"(?:(?:totally|utterly|proper|still)\s+)?$", re.I)

LIKE_ME = lazy_re(r"\b(?:like\s+me|same\s+as\s+me|me\s+too|as\s+am\s+i|and\s+so\s+am\s+i)\b", re.I)


def _another_is_a_fan(text: str, start: int, end: int, a: int, names: frozenset[str]) -> bool:
    m = IS_A_BEFORE.search(text, max(a, start - 40), start) if FAN_NOUN_AFTER.match(text, end) else None
    if m is None and FAN_SUFFIX.match(text, end) and not LIKE_ME.search(text, end, end + 40):
        m = IS_BEFORE.search(text, max(a, start - 30), start)
    return m is not None and m.group("who").casefold() not in _NOT_ANOTHER and m.group("who") not in names


# "me and our kid in the East Stand", "Dad and I": the writer is one of the sentence's subjects.
WRITER_TOO = lazy_re(r"\b(?:me|i)\s+and\s+(?:my\s+|our\s+)?\w+|\b\w+\s+and\s+(?:me|i)\b", re.I)
# "Every Saturday at the Shay with my dad": the writer went along, unless someone else leads the sentence
# ("My brother went with my dad").
WITH_MY = lazy_re(r"\bwith\s+my\s+\w+", re.I)
_SOMEONE = lazy_re(r"\b(?:my|our|his|her|their|he|she|they)\b", re.I)


# "you'll find me ... in the Holte End": the writer tells where they are, whoever else the clause names
FIND_ME = lazy_re(r"\b(?:you['’]ll|you\s+will|you\s+can|you\s+might)\s+(?:usually\s+|often\s+|always\s+)?"
                  r"(?:find|see|spot|catch)\s+me\b", re.I)


def _writer_along(text: str, a: int, start: int) -> bool:
    if FIND_ME.search(text, a, start):
        return True
    w = WITH_MY.search(text, a, start)
    return w is not None and not _SOMEONE.search(text, a, w.start())


def _mark_bare(text: str, block: TextBlock, found: list[Mention], about: bool = False) -> None:
    """Mark the clubs named in running prose where the writer takes no side: no first person, no
    fan's words, no cheer, chant, hashtag or club emoji in the sentence (in the whole post when short)."""
    if block.field not in PROSE_FIELDS or len(text.split()) < 6 or about:
        return   # (the owner's own section of a listing is about them: a club it names is theirs)
    cheers = [m.start for m in found if any(t.kind in STANCE_KINDS for t in m.club_terms)
              or text[max(0, m.start - 1):m.start + 1].count("#")]
    for m in found:
        a, b = (0, len(text)) if len(text) <= 280 else segment_at(text, m.start)
        m.bare = not (STANCE.search(text, a, b) or any(a <= c < b for c in cheers))


_WORD_BEFORE = lazy_re(r"(?-i:([A-Z][a-z]+))\s+$")


def _in_another_place_name(text: str, start: int, terms: list[Term]) -> bool:
    """A club word right after a known place's name that is not the club's own town: the two words
    name somewhere else ("Reddish Vale" is a country park, "Derby Rams" is still Derby's club)."""
    m = _WORD_BEFORE.search(text, max(0, start - 25), start)
    return m is not None and known_place(m.group(1)) and not any(m.group(1) in t.club for t in terms)


_SENTENCE_START = lazy_re(r"(?:^|[.!?]\s+|\n\s*)([^\W\d_])")


@cache
def _capitalises(text: str) -> bool:
    """Whether the writer starts most sentences with a capital, and so writes a club's name with one."""
    starts = [m.group(1).isupper() for m in _SENTENCE_START.finditer(text)]
    return sum(starts) > len(starts) / 2


def _sentence_of(text: str, pos: int, a: int, b: int) -> tuple[int, int]:
    """The sentence around `pos` inside the segment text[a:b]."""
    start = max((x.end() for x in re.finditer(r"[.!?](?:\s|$)", text[a:pos])), default=0) + a
    end = re.search(r"[.!?](?:\s|$)", text[pos:b])
    return start, pos + end.start() if end else b


def mentions(block: TextBlock, names: frozenset[str] = frozenset(), about: bool = False) -> list[Mention]:
    """Every club term in a block, with whether football context is near it; a club that is
    someone else's (by whose clause names it) is left out. `about`: the block is the owner's own
    section of a page listing several people."""
    index = clubs()
    assert index.index is not None
    text = text_of(block)
    matches = index.index.find(text)
    false_friends = [(m.start, m.end) for m in matches if m.payloads[0][0] == "false_friend"]
    # "Bulls fan | Bradford Bulls season ticket | rugby league": a weak nickname the block gives to another sport
    sport_words = {text[m.start:m.end].split()[-1].casefold() for m in matches
                   if m.payloads[0][0] in ("other_sport", "false_friend")} \
        if any(m.payloads[0][0] == "other_sport" for m in matches) else set()
    matches = drop_inside(matches, false_friends)
    term_spans = [(m.start, m.end) for m in matches if any(kind == "term" for kind, _ in m.payloads)]
    term_matches = [m for m in matches if any(kind == "term" for kind, _ in m.payloads)]
    matches = [m for m in matches if not any(a <= m.start and m.end <= b and (a, b) != (m.start, m.end)
                                             for a, b in term_spans)]   # "Jags" inside "Caley Jags"
    contexts = [(m.start, m.end) for m in matches if any(kind == "context" for kind, _ in m.payloads)]
    other_sports = [m.start for m in matches if any(kind == "other_sport" for kind, _ in m.payloads)]
    games = [m.start for m in matches if any(kind == "video_game" for kind, _ in m.payloads)]
    found = []
    others_clubs: list[tuple[int, int, set[str]]] = []   # clubs named as someone else's, by sentence
    segs: list[tuple[int, int]] | None = None
    for m in matches:
        keys = {key for kind, key in m.payloads if kind == "term"}
        terms = [t for key in keys for t in index.by_text.get(key, [])]
        suffix = not terms and _suffix_terms(text, m.start, m.end, [k for kind, k in m.payloads if kind == "suffix"])
        if suffix:
            terms = suffix   # "City till I die": every club of that suffix, for the page to settle which
        if not terms:
            continue
        if not any(t.strong for t in terms):
            after, before = text[m.end:m.end + 30], text[max(0, m.start - 40):m.start]
            if PERSON_AFTER.search(after) or PERSON_BEFORE.search(before):
                continue
        # "a Gateshead lad": where someone is from, not support; it still says which club "Heed" means
        townsfolk = not any(t.strong for t in terms) and bool(PERSON_FROM.match(text, m.end)) \
            and known_place(text[m.start:m.end].lstrip("#"))
        if all(t.kind == "ground" for t in terms) and LANDMARK_BEFORE.search(text[max(0, m.start - 25):m.start]):
            continue  # "running past the Etihad": a landmark on a route
        fan_suffix = bool(FAN_SUFFIX.match(text, m.end))
        if not any(t.strong for t in terms) and not fan_suffix \
                and (text[m.end:m.end + 1] == "-" or text[m.start - 1:m.start] == "-"):
            continue  # part of a slug or compound ("hull-kr-fixtures"), not the club
        if text[m.start:m.start + 1].islower() and any(kind == "context" for kind, _ in m.payloads):
            continue  # "the derby", "a league": the football word, not the club that shares it
        if text[m.start:m.end].islower() and "#" not in text[max(0, m.start - 1):m.start + 1] \
                and not any(t.strong for t in terms) and _capitalises(text):
            continue  # "broke all our hearts", "a model trained on shots": the word, from a writer who capitalises
            # (not "the Vetch", whose "the" is small, nor a hashtag, "#wolves", that anyone writes small)
        if text[m.start:m.end] in _cased() and not (FAN_DET_BEFORE.search(text, max(0, m.start - 12), m.start)
                                                     or LOYAL_AFTER.match(text, m.end)):
            continue  # "Mags is our coffee-rota queen": a first name; the fans' word comes as "a Mag", "the Gas"
        singular = any(t.kind == "singular" for t in terms)
        if singular and not _a_fans_singular(text, m.start, m.end):
            continue  # "a Jack Russell", "the Swan": a word or a name, not a fan
        if DISLIKE.search(text, max(0, m.start - 40), m.start):
            continue  # "Dealbreaker: KRO in the bio": a club held against someone
        if not any(t.strong for t in terms) and text[m.start:m.end].lstrip("#").casefold() in sport_words:
            continue
        if not any(t.strong for t in terms) and STREET_AFTER.match(text, m.end):
            continue  # "Stanley Road": a street named after the town
        if not any(t.kind in CHEER_KINDS for t in terms) and _club_body(text, m.end):
            continue  # "the team photo for X Community Trust", "our stall at the X community day"
        if not any(t.strong for t in terms) and _in_another_place_name(text, m.start, terms):
            continue  # "Reddish Vale", "Kingsbury Villa": the end of a place's name, not the club
        place = not any(t.strong for t in terms) and known_place(text[m.start:m.end].lstrip("#"))
        if place and PLACE_BEFORE.search(text[max(0, m.start - 25):m.start]):
            continue  # "living in Harrogate", "📍 Bury": the town, not its club
        if all(t.kind in ("name", "short_name") for t in terms) and IN_TOWN_BEFORE.search(
                text, max(0, m.start - 20), m.start) and not CLUB_GOES_ON.match(text, m.end):
            continue  # "a shift in West Brom", "a flat near Spurs": the town or district a club's name is short for
        segs = segs if segs is not None else list(segments(text))
        a, b = next(((x, y) for x, y in segs if x <= m.start < y), (0, len(text)))
        tagged = text[m.start:m.start + 1] == "#" or text[m.start - 1:m.start] == "#"
        if MERCH_AFTER.match(text, m.end) and SALE.search(
                text, *((0, len(text)) if len(text) <= 300 else _sentence_of(text, m.start, a, b))):
            continue  # "Free with it: Coventry City babygrow", a listing's "X home shirt ... £12.00": goods for sale
        if RELUCTANT.search(text, a, b) and not WE_BEFORE.search(text[max(a, m.start - 20):m.start]):
            continue  # "mate dragged me to Sincil Bank": taken along
        if FAN_AFTER.match(text, m.end) and APPOSITE_FAN.search(text, max(a, m.start - 60), m.start):
            continue  # "joined by @jo (yes, a Leeds fan)": the guest's club
        if _quoted(text, m.start, names) or (NO_BEFORE.search(text, max(a, m.start - 4), m.start)
                                      and (MERCH_AFTER.match(text, m.end) or FANS_AFTER.match(text, m.end))):
            continue  # "> I'm a Millwall fan": a quoted reply; "no Chester shirts": a rival's, turned away
        if not any(t.kind in STANCE_KINDS for t in terms) and _on_duty(text, m.start, m.end, a, b):
            continue  # "Anfield duty", "policed Millwall away": a match worked, not a club followed
        order = (0, len(text)) if tagged and len(text) <= 300 else _sentence_of(text, m.start, a, b)
        if _for_a_customer(text, *order):
            continue  # "a Derby County cake for a customer": made to order (and tagged so, "#oxfordunited")
        if QUIZ.search(text if len(text) <= 400 else text[a:b]) or EVENT.search(text[a:b]):
            continue  # a quiz answer, a gig at a ground
        if _someone_elses(text, m.start, m.end, a, terms, names, block.field,
                          tagged or _cheered(text, m.start, m.end), about):
            if _PRONOUN.search(text, a, m.start) or (not about and _another_is_a_fan(text, m.start, m.end, a, names)):
                others_clubs.append((a, b, {t.club for t in terms}))   # (also "my gym buddy is a X fan ... #X")
            continue  # someone else's club
        others = [c for c in contexts if not (m.start <= c[0] < m.end)]   # "derby" is not its own context
        if any(a <= s < b for s in games):
            continue  # "Wrexham in career mode": a save in a football game, not support
        if _sport_after().match(text, m.end):
            continue  # "Saints RL season ticket": the rugby league club of the same name
        # a shared cheer ("#COYS") is weighed against the whole post, a weak word against its sentence
        cheer = any(t.strong for t in terms) and all(_shared_cheer(t) for t in terms)
        x, y = (0, len(text)) if cheer and len(text) <= 300 else (a, b)
        if any(x <= s < y for s in other_sports) and not FOOTBALL_NAMED.search(text, x, y) \
                and (cheer or not any(t.strong for t in terms)):
            continue  # "the Mariners' pitcher", "golden point ... #COYS": a club of another sport
        if all(t.kind == "ground" for t in terms) and NEVER_BEEN.search(text, max(0, m.start - 40), m.start) \
                and not LAPSED_AFTER.match(text, m.end):
            continue  # "Never been to Molineux", "not set foot in Anfield": a ground the writer has not been to
        if fan_suffix or suffix or singular or _support_cue(text, m.start, m.end):
            context_here = True
        elif all(t.kind == "ground" for t in terms) and _ground_habit(text, *(sentence := _sentence_of(
                text, m.start, a, b))) and not THIRD_PERSON.search(text, *sentence) and not any(
                sentence[0] <= x.start < sentence[1] and not {t.club for t in terms} & _clubs_of(x)
                for x in term_matches):
            context_here = True   # "two spare seats to the Reebok most weeks": the writer's habit at the ground
        elif len(text) <= 300 and not place:
            context_here = bool(others)
        else:
            # a town's name needs football talk in the same sentence, not just the same post
            context_here = any(a <= c[0] < b for c in others)
        scoreline = bool(SCORE_AFTER.match(text, m.end) or SCORE_BEFORE.search(text[max(0, m.start - 40):m.start]))
        found.append(Mention(terms, m.start, m.end, context_here, block, scoreline, aside=townsfolk))
    # "he wanted a Spurs cake ... #COYS": a cheer or tag for the club just named as someone else's is theirs too
    found = [m for m in found if not ((all(t.kind in CHEER_KINDS for t in m.club_terms)
                                       or "#" in text[max(0, m.start - 1):m.start + 1]
                                       or _cheered(text, m.start, m.end)) and any(
        x <= m.start < y and clubs_there & {t.club for t in m.club_terms} for x, y, clubs_there in others_clubs))]
    _mark_bare(text, block, found, about)
    for mention in found:
        mention.bare = mention.bare or mention.aside
    return _not_disclaimed(text, found) if found and any(w in text.casefold() for w in _DISCLAIM_WORDS) else found


def _not_disclaimed(text: str, found: list[Mention]) -> list[Mention]:
    """The mentions left when the writer disowns a club ("NOT a Forest fan") or any club in or just
    before the sentence that says so ("Derby County cake for a customer. Not my team")."""
    segs = list(segments(text))

    def seg_index(pos: int) -> int:
        return next((i for i, (x, y) in enumerate(segs) if x <= pos < y), -1)

    disowned: set[str] = set()
    near: set[int] = set()
    for d in DISCLAIM.finditer(text):
        named = (d.group("club") or d.group("obj") or "").strip()
        if named and not DISCLAIM_OBJECTS.match(named):
            owners = {t.club for t in clubs().terms(named)} | {t.club for m in found if d.start() <= m.start < d.end()
                                                                for t in m.club_terms}
            disowned |= owners
            if owners or d.group("obj"):
                continue   # "I don't like Mondays": a named object that is no club says nothing
        i = seg_index(d.start())
        near |= {i, i - 1}
    return [m for m in found if not ({t.club for t in m.club_terms} & disowned or seg_index(m.start) in near)]


_COMMUNITY = lazy_re(r"^r/(\w{3,30})$", re.I)
# A fan's words in a post to a club's own community: "season ticket", "we", "our lot", a cheer.
_FAN_TALK = lazy_re(r"\b(?:season[-\s]tickets?|ST\s+holder|we|we['’](?:re|ve|ll)|us|our|home\s+games?|away\s+days?|"
                       r"up\s+the|since\s+(?:19|20)\d\d|the\s+(?:lads|boys|gaffer))\b", re.I)


@cache
def _communities() -> dict[str, str]:
    return {_key(name): club for name, club in load_data("football_clubs.json")["communities"].items()}


def _community(block: TextBlock, names: frozenset[str]) -> list[Mention]:
    """A post in a club's own community ("r/wolves", "r/LiverpoolFC") that talks as a fan ("season ticket
    ... since 2011"): the community's name is the club the post is about."""
    m = _COMMUNITY.match(block.label or "")
    if m is None or block.field not in ("comment", "post") or known_place(m.group(1)):
        return []   # (a town's community, "r/stockport", is about the town)
    index = clubs()
    key = _key(m.group(1))
    terms = index.by_text.get(key) or [t for k, ts in index.by_text.items() if k.replace(" ", "") == key for t in ts]
    if len({t.club for t in terms}) != 1 and (club := _communities().get(key)):
        terms = [Term(m.group(1), club, "hashtag", True)]   # "r/SaintsFC": a club's own community by its fans' name
    text = text_of(block)
    if len({t.club for t in terms}) != 1 or owner_at(text, 0, names, block.field) != SELF or DISCLAIM.search(text):
        return []
    assert index.index is not None
    named: set[str] = set()
    own = False
    for x in index.index.find(text):
        owners = {t.club for kind, k in x.payloads if kind == "term" for t in index.terms(k)
                  if t.kind != "singular" or _a_fans_singular(text, x.start, x.end)}   # ("Sir Jack Hayward")
        own = own or terms[0].club in owners
        if terms[0].club not in owners:
            named |= owners   # (a nickname several clubs share, the community's own among them, is its own: "the U's")
    if named:
        return []   # "an away day there with the Blades lot": a visiting fan of another club
    if not (_FAN_TALK.search(text) or (own and _WRITER.search(text))):
        return []   # a fan talks as one, or names the club in their own words ("Toon since the 90s and I ...")
    return [Mention([Term(t.text, t.club, t.kind, True) for t in terms[:1]], 0, min(len(text), 60), True, block)]


class FootballDetector(Detector):
    category = "football_team"

    def detect(self, profile: Profile, facts: Facts) -> list[Hit]:
        all_mentions: list[Mention] = []
        names = owner_names(profile, facts)
        for block in profile.blocks:
            if block.own and block.hint not in SKIP_HINTS:
                all_mentions.extend(mentions(block, names, profile.about_owner(block)))
                all_mentions.extend(_community(block, names))
        # (a page that names its writer's club outright settles every shared word by it, or not at all: "Up the
        # Town!" beside the Racecourse is Wrexham's cheer, not the nearest Town's)
        strong_clubs = {t.club for m in all_mentions if not (m.scoreline or m.bare) for t in m.club_terms if t.strong}
        # every club named on its own anywhere, even in passing: settles which club a shared nickname means
        named = {m.club_terms[0].club for m in all_mentions if len({t.club for t in m.club_terms}) == 1}
        by_block: dict[int, list[Mention]] = {}
        for m in all_mentions:
            by_block.setdefault(id(m.block), []).append(m)
        hits: list[Hit] = []
        for m in all_mentions:
            if m.bare:
                continue   # named in passing: it only helps to tell which club another mention means
            clubs_here = {t.club for t in m.club_terms}
            strong = [t for t in m.club_terms if t.strong and not m.scoreline]
            if strong:
                club, confidence, why = strong[0].club, 0.9, f"'{m.block.text[m.start:m.end]}' means {strong[0].club}"
            else:
                # same block: another term of one of these clubs
                mine = {_key(t.text) for t in m.club_terms}
                support = {o.club_terms[0].club for o in by_block[id(m.block)]
                           if o is not m and len({t.club for t in o.club_terms}) == 1
                           and not any(_key(t.text) in mine for t in o.club_terms)} & clubs_here
                backed = clubs_here & strong_clubs
                if len(backed) == 1:
                    club = backed.pop()
                    confidence, why = 0.8, f"'{m.block.text[m.start:m.end]}' alongside other signs of {club}"
                elif m.scoreline:
                    continue
                elif len(clubs_here) == 1 and (support or (m.context and not _emoji(m.club_terms[0].text))):
                    club = next(iter(clubs_here))
                    confidence, why = 0.75, f"'{m.block.text[m.start:m.end]}' in a football context"
                elif len(support) == 1 and (m.context or len(clubs_here) > 1):
                    club = support.pop()
                    confidence, why = 0.7, f"'{m.block.text[m.start:m.end]}' alongside other signs of {club}"
                elif len(clubs_here) > 1 and len(clubs_here & named) == 1:
                    club = (clubs_here & named).pop()
                    confidence, why = 0.7, f"'{m.block.text[m.start:m.end]}' alongside other mentions of {club}"
                elif len(clubs_here) > 1 and m.context and not support and not _emoji(m.club_terms[0].text) \
                        and not strong_clubs and (home_club := _by_place(profile, clubs_here)):
                    # "📍Stockport | Hatters ⚽", "Blues ... a Brummie": a nickname several clubs share, on a page
                    # naming places near one of them
                    club = home_club
                    confidence, why = 0.65, f"'{m.block.text[m.start:m.end]}' on a page naming places near {club}"
                elif m.context and not support and (usual := clubs().primary.get(_key(m.block.text[m.start:m.end]))):
                    club = usual
                    confidence, why = 0.6, f"'{m.block.text[m.start:m.end]}' in a football context usually means {club}"
                elif m.club_terms[0].kind == "suffix" and not strong_clubs \
                        and (home_club := _by_place(profile, clubs_here)):
                    club = home_club
                    confidence = 0.6
                    why = f"'{m.block.text[m.start:m.end]}' beside a fan's words, on a page naming places near it"
                else:
                    continue
            hits.append(Hit("football_team", club, club, confidence, m.block, m.start, m.end, why))
        return hits


def fact_mentions(block: TextBlock, club: str) -> list[tuple[int, int, str]]:
    """Where the user's own club (from their facts) is named in a block, by any alias;
    an alias that is also a place name needs football context."""
    canonical = club_named(club) or club
    out = []
    for m in mentions(block):
        for t in m.club_terms:
            if t.club == canonical and (t.strong or m.context or not known_place(t.text)):
                out.append((m.start, m.end, t.text))
                break
    if not out and canonical not in clubs().names.values():
        pat = re.compile(rf"(?<!\w){re.escape(club)}(?!\w)", re.I)
        out = [(m.start(), m.end(), club) for m in pat.finditer(text_of(block))]
    return out
