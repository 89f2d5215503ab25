"""Where the user lives (home_location) and where they were born or grew up (birthplace),
kept apart: "📍Chelmsford" is home, "Romford born & bred" is birthplace."""

from __future__ import annotations

import calendar
import datetime
import re
from bisect import bisect_left
from functools import cache
from typing import NamedTuple

from footprint.detect.base import Detector, Hit, load_data, text_of
from footprint.detect.clause import (CHILD, OTHER, about_a_pet, clause_around, not_current, owner_names,
                                     quoted_by_another,
                                     whose, with_the_writer)
from footprint.detect.clause import SELF as WRITER

from footprint.detect.text import (OUTWARD_CODE, POSTCODE, GateWords, PhraseIndex, gazetteer, known_place, mask,
                                   normal_postcode, place_at, place_guess, gate_open, gate_text, place_names,
                                   regions, segment_at)
from footprint.facts import Facts
from footprint.models import Profile, TextBlock
from footprint.detect.weigh import Weights, weights
from footprint.lazyre import lazy_re

class Rules:
    """Patterns tried in order where a cheap gate word is (`_near`), the first that matches winning. A table
    of named rules (footprint/data/place_rules.json): each rule is tried only where one of its own gate words
    (its entry in the file's "gates") is within reach, and a match's `lastgroup` names the rule that fired.
    One pattern without a table (`Rules.one`): tried wherever the cheap gate opens. Each pattern is compiled
    when first tried (lazy_re)."""

    def __init__(self, patterns: list[re.Pattern[str]], gates: list[list[str]] | None = None) -> None:
        self.patterns = patterns
        # the rules each gate word opens, as bits: anywhere, and where white space follows it ("home ")
        self._anywhere: dict[str, int] = {}
        self._spaced: dict[str, int] = {}
        for i, gate in enumerate(gates or []):
            for word in gate:
                table = self._spaced if word.endswith(" ") else self._anywhere
                table[word.rstrip()] = table.get(word.rstrip(), 0) | 1 << i
        self._words = GateWords([[*self._anywhere, *self._spaced]])
        self._word_starts = {w for w in [*self._anywhere, *self._spaced] if w[0].isalpha()}
        self.always = 0 if gates else (1 << len(patterns)) - 1   # the rules tried wherever the cheap gate opens

    @classmethod
    def table(cls, name: str) -> Rules:
        data = load_data("place_rules.json")
        return cls([lazy_re(f"(?P<{rule}>{pattern})" + r"\s*[:\-–]?\s*", re.I) for rule, pattern in data[name].items()],
                   [data["gates"][name][rule] for rule in data[name]])

    @classmethod
    def one(cls, pattern: re.Pattern[str]) -> Rules:
        return cls([pattern])

    def gate_words(self, text: str) -> list[tuple[int, int, int]]:
        """(start, end, the rules it opens as bits) of each gate word in `text`, by start: a word that starts
        with a letter only where no letter is before it (at a word's start), and one written with a space
        after it only where white space follows."""
        low = gate_text(text)
        found = []
        for a, b, word in self._words.found(low, self._word_starts):
            bits = self._anywhere.get(word, 0)
            if b < len(low) and low[b].isspace():
                bits |= self._spaced.get(word, 0)
            if bits:
                found.append((a, b, bits))
        return found

    def match(self, bits: int, text: str, pos: int, end: int) -> re.Match[str] | None:
        """The match at `pos` (up to `end`) of the first of the rules `bits` names."""
        while bits:
            low = bits & -bits
            m = self.patterns[low.bit_length() - 1].match(text, pos, end)
            if m:
                return m
            bits ^= low
        return None


# Words before a place that say the user lives there now, and that they were born or grew up there.
HOME_BEFORE = Rules.table("home_before")
BIRTH_BEFORE = Rules.table("birth_before")
# New rules whose words are used of much besides a home: the place must be a known one.
GUESS_NOT_ALLOWED = {"born_bare", "made_in", "here_in", "bought_in", "call_home", "living_the_dream", "as_of_year",
                     "located_in", "ours_in", "we_are_in", "keys", "round_the_corner",
                     "back_home_to", "back_home_in", "in_now", "works_from_home_in", "home_label", "corner_of",
                     "living_my_best_life", "arrived_at_maternity", "now_label", "home_question", "came_over",
                     "short_way_in", "im_at", "at_home_in", "dwelling_since", "commute_home", "home_to_parents",
                     "short_way_outside", "lives_over_in", "weekends_back_to", "moving_out_of", "home_spot",
                     "commute_in_from", "school_run_in", "street_end", "ended_up_in"}
# A rule that ends in "on" ("lives just up the road on", "our house on") names a street: an unknown name
# after it must be one ("Sorrel Terrace"), not "live on Twitch".
_STREET_WORDS = ("(?:Road|Rd|Street|St|Avenue|Ave|Close|Lane|Drive|Way|Crescent|Gardens|Court|Place|Terrace|Grove|"
                 "Walk|Mews|Rise|Row|Hill|View|Park|Green|Square|Parade|Vale|Bank|Croft|Fold|Wynd|Brow|Estate|Fields|"
                 "Meadows|Garth|Chase|Nook)")
STREET_NAME = lazy_re(r"(?:\s[A-Z][\w'’-]*)*\s" + _STREET_WORDS + "$")
# "with Dyfed-Powys Police, based in", "at Acme Ltd, based in": an employer named just before "based in".
WORK_BEFORE = lazy_re(r"\b(?:with|at|for)\s+(?:the\s+)?[A-Z][^,.;!?\n]{2,50}(?:Police|Constabulary|Force|Service|"
                         r"Council|Trust|Ltd|Limited|plc|Group|Agency|Authority|Station|Office|Unit|Team)\s*,?\s+$")
# "their house on X": theirs is the owner's household's when the owner was just named with another
# ("Tom and Hannah ... at their house").
COUPLE_RULES = {"their_home_in"}
# Rules whose words name the writer's household as the one living there ("round the corner from us in").
SELF_RULES = {"us_in"}
THEIRS_BEFORE = lazy_re(r"\b(?:his|her|their|your)\s+$", re.I)
# "their house", "her new flat", "your little cottage": someone else's possessive before a home word.
_THEIRS_HOME = lazy_re(r"\b(?:his|her|their|your)\s+(?:[\w-]+\s+)?$", re.I)


@cache
def _word_list(table: str) -> frozenset[str]:
    """A word list of footprint/data/place_rules.json."""
    data = load_data("place_rules.json")[table]
    return frozenset(w for key, words in data.items() if key != "_about" for w in words)


@cache
def _other_mover() -> re.Pattern[str]:
    """A subject just before a home rule's verb that is no writer: "my ex moved down to", "head office moved to"."""
    words = "|".join(re.escape(w) for w in sorted(_word_list("not_the_writer"), key=len, reverse=True))
    return re.compile(r"(?:\b(?:my|our|his|her|their|the|its|a|an)\s+(?:[\w'’-]+\s+)?"
                      r"|(?:^|(?<=[(\[,;:.!?])|(?<=[(\[,;:.!?]\s)))"
                      r"(?:" + words + r")(?:['’]s)?\s+"
                      r"(?:(?:has|have|had|just|now|recently|finally|also|all|both|then|since)\s+){0,2}$", re.I)


# "📍 Studio: Unit 4, ...": a pin before a label of where the writer works.
@cache
def _work_label() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(_word_list("work_label"), key=len, reverse=True))
    return re.compile(r"\s*(?:my\s+|our\s+|the\s+)?(?:" + words + r")\s*[:\-–]", re.I)


# Rules that tell a move, whose words ("moved out", "moved away from") speak of the place left.
MOVE_RULES = {"moved_to", "dwelling_in", "came_over", "ended_up_in"}
# Rules that tell a move only with its date after the place: "came over to Shifnal in 2019", not "came up to
# Leeds for the match".
DATED_RULES = {"came_over", "ended_up_in"}
# Rules that also fit a visit: the words after the place must not make it one.
# Rules that tell a return home, whose trip ("after a week in Devon") is the stay, not the home.
RETURN_RULES = {"back_home_in", "back_home_to"}
# "back home in Kerala, we'd have rice": a home country told of, when another clause about it follows at once.
ELSEWHERE_AFTER = lazy_re(r"\s*,?\s*(?:my|our|we|we'd|we’d|they|people|everyone|the|there|you|it|it's|it’s|"
                             r"families|folk|kids|everybody)\b", re.I)
# "Here in Leeds, my parents never locked the door": the others' place, told of.
HERE_ELSEWHERE = lazy_re(r"\s*,\s*(?:my|our|they|people|everyone|everybody|folk)\b", re.I)
VISIT_RULES = {"here_in", "we_are_in", "round_the_corner", "back_home_to", "back_home_in", "in_now", "im_at",
               "at_home_in", "short_way_outside", "weekends_back_to", "commute_in_from", "school_run_in",
               "street_end"}
# Rules that name a dwelling ("been at the vicarage in Tavistock"), a home only with how long after the place: "since
# 2014", "for twelve years" (not "at the cottage in Rhossili for the weekend").
SINCE_RULES = {"dwelling_since"}
# "based in Keswick for the week", "living in Albufeira till Sunday": a stay with its length, whatever the verb.
STAY_AFTER = lazy_re(r"\s*,?\s*(?:for\s+(?:the|this|a|one|two|three|\d{1,2})\s+(?:week|weekend|fortnight|few\s+days|"
                     r"days|night|nights|race|event|trip|course|camp|conference|festival)\b|(?:un)?til+\s+(?:\w+day|tomorrow|"
                     r"the\s+weekend)\b|on\s+(?:holiday|hols|a\s+course|the\s+course|a\s+training\s+camp)\b)", re.I)
# "based at Wakefield nick", "based in Leeds HQ": the place names a workplace.
WORKPLACE_AFTER = lazy_re(r"\s+(?:nick|(?:police|fire|ambulance)\s+station|station|office|offices|hq|headquarters|"
                          r"depot|custody(?:\s+suite)?|control\s+room|barracks|prison|crown\s+court|magistrates|campus|branch|"
                          r"warehouse|distribution\s+centre)\b", re.I)
# "the drive back to Nailsea after a night shift": the way home from work. Only then: "the train to York" is any trip.
AFTER_WORK_RULES = {"commute_home"}
AFTER_WORK = lazy_re(r"\s*,?\s*(?:after|from)\s+(?:(?:a|the|my|another|every|each)\s+)?(?:[\w-]+\s+)?"
                     r"(?:shift|shifts|work|lates|earlies|nights|set\s+of\s+nights|day\s+at\s+work|long\s+day)\b", re.I)
# "since 2014 I've been at the vicarage in ...": how long, told first
SINCE_BEFORE = lazy_re(r"\b(?:since\s+(?:(?:19|20)\d\d|the\s+\w+|i\s+was\s+\w+)|for\s+(?:the\s+(?:last|past)\s+)?\w+\s+"
                       r"(?:years|decades))\s*,?\s*(?:i|we)(?:['’]ve|\s+have)\s+$", re.I)
# Rules whose words say nothing of whose home it is ("at home in X"): only when nobody else is named in the sentence.
PERSONAL_RULES = {"at_home_in"}
SINCE_AFTER = lazy_re(r"\s*,?\s+(?:now\s+)?(?:since\b|for\s+(?:(?:nearly|almost|over|about|the\s+(?:last|past))\s+)?"
                      r"(?:\d{1,2}|\w+(?:-odd)?|a\s+few|a\s+couple\s+of)\s+(?:years?|yrs|decades?)\b)", re.I)
# When a move happened ("moved to Ely four years ago", "relocated to Hull in 2019"): the move is past, the home
# it made is not.
MOVE_WHEN = lazy_re(r"\s*,?\s*(?:(?:about|around|nearly|almost|over|just\s+over|some|a\s+good)\s+)?"
                       r"(?:\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
                       r"thirty|forty|a\s+few|a\s+couple\s+of|several|many)\s+(?:years?|months?|weeks?)\s+ago\b"
                       r"|\s*,?\s*(?:back\s+)?in\s+(?:19|20)\d\d\b|\s*,?\s*last\s+(?:year|month|spring|summer|autumn|winter)\b",
                       re.I)
# A verb that tells an arrival: a year after its place dates the arrival, not the stay.
ARRIVAL = lazy_re(r"\s*(?:moved|relocated|retired|retiring|upped|bought|buying|got|settled|into|made|make|making|came|"
                     r"ended|wound|washed|fetched|"
                     r"call|calls|calling|called|have\s+called|['’]ve\s+called)\b", re.I)
# "rewired our whole house in Bamber Bridge in 1986": a home dated to a past year is a past home.
PAST_YEAR_AFTER = lazy_re(r"[^.!?\n;]{0,40}?\bin\s+((?:19|20)\d\d)\b")
# "..., never left", "and I've never lived anywhere else": the place just named was always home, and still is.
NEVER_LEFT = (r"\s*,?\s+(?:and\s+)?(?:(?:i|we)(?:['’]ve|\s+have)?\s+)?(?:still\s+)?never\s+"
              r"(?:(?:moved\s+away|left)\b(?!\s+(?:for|till|until|to|the)\b)|lived\s+(?:anywhere\s+)?else\b)")
VISIT_AFTER = lazy_re(r"\s*,?\s*(?:now\s+)?(?:today|tonight|tomorrow|"
                         r"this\s+(?:week|weekend|morning|afternoon|evening)|"
                         r"next|last|yesterday|right\s+now|at\s+the\s+moment|for\s+(?:the\s+(?!foreseeable)|a\b|an\b|two|three|\d|now)|"
                         r"until|till|again|on\s+(?:holiday|hols|a|the|\w+day)|for\s+(?:christmas|xmas|easter|new\s+year|(?:my\s+|our\s+)?\w+['’]s\b)|"
                         r"at\s+the|visiting|to\s+(?:see|visit))\b", re.I)
# "Bridgend these days", "Blackpool all my life": a place with the words that follow it.
HOME_AFTER = Rules.one(lazy_re(r"\s*(?:these\s+days|nowadays)\b"
                        # (not "born in Treorchy, these days living in Pontypridd": the home is the place after)
                        r"(?!\s*,?\s*(?:living|lives|live|based|settled|residing|in|at|near|on|over|out|up|down)\b)"
                        r"|-based\b|\s+based\b(?!\s+on)|\s+resident\b"
                        # "Leeds born, Otley by choice": the home chosen, against the birthplace
                        r"|\s+by\s+(?:choice|adoption)\b"
                        # "Gorleston born and bred and I've never lived anywhere else": the birthplace is home still
                        r"|\s+born\s+(?:and|&|n)\s+(?:bred|raised)(?=" + NEVER_LEFT + ")"
                        # "Peckham raised, Norwood living": a bio's place and the word for living there
                        r"|\s+living\b(?!\s+(?:room|wage|costs?|standards?|space|quarters|in|on|at|with|off|the|a|an|"
                        r"history|legend|proof|memory|will|museum|expenses|area|arrangements?))(?=\s*(?:[.,;!|/]|$))"
                        # "Tiverton, where Sue and I have lived since 2003", "Alston, where I live now": not "where I
                        # lived as a kid" (a past home says 'lived' without 'have')
                        r"|\s*,?\s+where\s+(?:i|we|(?:my\s+)?[\w'’-]+\s+(?:and|&)\s+i)(?:\s+|(?=['’]))(?:now\s+|still\s+)?"
                        r"(?:live|(?:have|['’]ve)\s+(?:(?:now|always|happily)\s+)?(?:lived|been\s+living|been|settled|"
                        r"made\s+(?:our|my)\s+home))\b(?!\s+(?:as\s+a|when|until|till|before)\b)"
                        # "Ripon is where I hang my hat", "... where we lay our heads"
                        r"|\s+is\s+where\s+(?:i|we)\s+(?:hang\s+(?:my|our)\s+hats?|live|lay\s+(?:my|our)\s+heads?)\b"
                        # "Lancaster is home", "Bristol's home for now"; not "home to the university", "my second home"
                        r"|\s+(?:is|['’]s|has\s+been|have\s+been)\s+(?:now\s+|still\s+)?(?:my\s+|our\s+)?home\b(?!\s+(?:to|of|ground|game|"
                        r"match|win|side|page|screen|town\s+of)\b)(?![-’'])"
                        # "Bootle bred, Crosby now 🏡", "well, Dalston now which practically counts": a place and
                        # 'now' making a clause of their own (places.py checks the clause starts at the place)
                        r"|\s+now\b(?=\s*(?:$|[.,;!|/)\n]|[\u2190-\u2bff\u2600-\u27bf\U0001F000-\U0001FAFF]|"
                        r"\s+(?:w/|with|which|tho|though|innit|mind|and\s+(?:i|we)\b)))"
                        # "Whitley Bay here, we walk down most Sundays", "Frome here too": a reply saying where one is
                        r"|\s+here\b(?=\s*(?:$|[.,;!)\n]|\s+(?:too|as\s+well|also)\b))", re.I))
# The "X now" form of HOME_AFTER, which only holds when the place starts its clause ("We're off to Leeds now" does not).
NOW_AFTER = lazy_re(r"\s+(?:now|here)\b", re.I)
CLAUSE_OPENER = lazy_re(r"[\W_]*(?:(?:well|but|and|or|so|tho|though|mostly|mainly)\b[\W_]*)?", re.I)
# "lived in X", and a street's "been up on Kiln Lane" (after "on", only a street counts)
LIFELONG = lazy_re(r"\b(?:lived|living|been|born\s+and\s+(?:bred|raised))\s+(?:(?:up|down|over|round)\s+)?(?:here\s+)?"
                   r"(?:in|(?P<on>on))\s+", re.I)
LIFELONG_GATE = ("liv", "been", "born")   # one of these is in every text LIFELONG matches (text.gate_open)
LIFELONG_AFTER = lazy_re(r"\s+(?:all\s+my\s+life|my\s+whole\s+life|since\s+birth|forever)\b|" + NEVER_LEFT, re.I)
# "I've lived in Kettering for ten years": home, but says nothing of birth
YEARS_AFTER = lazy_re(r"\s+(?:(?:for\s+)?(?:nearly\s+|almost\s+|over\s+|about\s+|a\s+good\s+)?"
                         r"(?:\d{1,2}|\w+(?:-odd)?|a\s+few|a\s+couple\s+of)\s+(?:years?|yrs)\b(?!\s+ago)|for\s+(?:\w+\s+){1,3}years?\b|"
                         # "been in Hexham the last nine yrs", "on Fern Lane ever since"
                         r"(?:for\s+)?the\s+(?:last|past)\s+(?:\d{1,2}|\w+|few)\s+(?:years|yrs)\b|ever\s+since\b|"
                         r"since\s+(?:19|20)\d\d\b)", re.I)
# "Aberdonian in Dundee", "Proud Geordie", "I'm a Brummie": where someone is from, by its demonym.
SELF = r"(?:^\W*|\b(?:i'?m|i\s+am)\s+(?:an?\s+)?|\b(?:an?|proud|true|typical|lifelong|real|proper|born|exiled)\s+)"
# Words after a place that say the user was born or grew up there.
BIRTH_AFTER = Rules.one(lazy_re(
    r"\s*(?:born\s+(?:and|&|n)\s+(?:bred|raised)\b|-?born\b(?!\s+(?:on|in))|native\b|lad\b|lass\b|girl\b|boy\b|kid\b"
    # the same said as people say it: "a Grimsby gal", "Wigan lassie", "a Paisley laddie", "Sunderland bairn"
    r"|gal\b(?!\s+(?:pals?|friends?|squad|gang|crew))|lassie\b|laddie\b|bairn\b"
    # "Dundalk gave me the accent", "Salford made me who I am", "Burnley raised me": where the writer comes from
    r"|(?:gave|has\s+given)\s+me\s+(?:my|the|this|an?)\s+(?:\w+\s+)?accent\b|raised\s+me\b"
    r"|(?:made|shaped)\s+me\s+(?:who|what)\s+i\s+am\b|(?:is|['’]s)\s+in\s+my\s+blood\b"
    r"|-?bred\b|(?P<exile>(?:in\s+)?exile)\b|(?P<pair>boys|lads|girls|lasses)\b|-?raised\b(?!\s+(?:£|\$|\d|money|funds|awareness|over|by|the|a|an|for|our|my)\b)|through\s+and\s+through\b"
    r"|and\s+proud\b|by\s+birth\b|(?:is|['’]s)\s+where\s+i(?:['’]m|\s+am)\s+from\b|(?:is|['’]s)\s+where\s+i\s+(?:grew\s+up|was\s+born)\b|,?\s+(?:my|the)\s+(?:home\s*town|town\s+(?:where\s+)?i\s+grew\s+up)"
    # "a proper Grimsby childhood", "Lodz was home till I was six": where the writer grew up
    r"|childhood\b(?!\s+(?:cancer|obesity|illness|asthma|vaccin\w*|trauma|poverty|services|friend|sweetheart))"
    r"|was\s+home\s+(?:(?:un)?til+|till?|up\s+to)\s+(?:i\s+was|i\s+left|the\s+age\s+of)\b"
    r"|was\s+home\s+for\s+(?:the\s+|my\s+)?first\b)",
    re.I))
# Phrases meaning "the place named in this sentence is where I grew up".
GREW_UP_HERE = lazy_re(r"\b(?:(?:the|this|that|my|our|a|(?:the\s+)?(?:wee|little|small|old|tiny))\s+(?:\w+\s+)?"
                          r"(?:town|city|village|place|estate|streets?|terrace|valley|corner\s+of\s+\w+)\s+(?:where\s+|that\s+)?i\s+"
                          r"(?:grew\s+up|was\s+(?:born|raised|brought\s+up|dragged\s+up))(?:\s+in)?"
                          r"|where\s+i\s+(?:grew\s+up|was\s+born|was\s+raised|learn(?:ed|t)\s+to\s+(?:ride|swim|walk|read|drive)|"
                          r"went\s+to\s+(?:primary\s+|junior\s+|infant\s+)?school|spent\s+my\s+(?:childhood|school\s+days)|"
                          r"played\s+as\s+a\s+(?:kid|child|nipper|boy|girl))|my\s+home\s*town"
                          # "A wee flat in Bo'ness looking over the Forth was home till I was 18"
                          r"|\b(?:was|were)\s+(?:my\s+|our\s+)?home\s+(?:(?:un)?til+|till?|up\s+to)\s+(?:i\s+was|i\s+left|"
                          r"the\s+age\s+of)\b(?!\s+(?:at|in|to)\b))\b", re.I)
GREW_UP_HERE_GATE = ("grew", "born", "home", "raised", "brought", "dragged", "learn", "school", "spent", "played")
# and one of these too (the place word, "where" or "home" of each alternative): both gates must be open
GREW_UP_HERE_PLACE = ("town", "city", "village", "place", "estate", "street", "terrace", "valley", "corner", "where",
                      "home")
_I_SUBJECT = lazy_re(r"\b(?:i|i['’]m|me)\b", re.I)
# "where I grew up" names the writer itself, whoever else the sentence is about ("Mum still lives in the
# terrace in Neath where I learned to swim").
GREW_UP_REASON = "the place you say you grew up in"
# "you can take the girl out of Wigan": the "you" of the saying is the writer.
IDIOM = "(take the girl out of)"
# A place told after someone's room ("in Gran's kitchen in Rhyl"): whose it is was decided before the room.
ROOM_OF = " (in someone's room there)"
# A segment-initial "From X" in a bio.
FROM_START = lazy_re(r"^\W*(?:from|frm)\s+", re.I)
# Cheap substring checks before the patterns run: without one of these there is nothing to find.
# Cheap whole-word checks before the patterns run: without one of these there is nothing to find.
# Words without which the trigger patterns cannot match: one Aho-Corasick pass per block
# decides whether the longer patterns run at all.
WORDED = "says where you live"
HOME_GATE = PhraseIndex([(w, None) for w in (
    "live", "lives", "lived", "living", "based", "settled", "resident", "residents", "residing", "now", "moved",
    "home", "local", "current", "currently", "still", "house", "place", "flat", "gaff", "kitchen", "garden",
    "studio", "shed", "allotment", "location", "located", "where i live", "where we live", "ours", "mine", "as of",
    "terrace", "cottage", "bungalow", "garage", "loft", "attic", "cellar", "conservatory", "greenhouse",
    "summerhouse", "driveway", "yard", "front room", "street", "road", "estate", "village", "neighbourhood",
    "neighborhood", "cul-de-sac", "semi", "maisonette", "smallholding", "farmhouse", "front door",
    "back door",
    "doorstep", "box room", "spare room", "living room", "new build", "new-build", "keys", "corner", "us", "me",
    "we're", "we are", "are", "i'm", "i am", "here", "bought", "call", "calls", "calling", "called", "made", "make",
    "making",
    "whereabouts", "area", "patch", "town", "city", "home base", "home turf",
    "relocated", "retired", "retiring", "upped sticks", "been", "two-up", "two up", "wfh", "base", "manor", "abode",
    "neck of the woods", "stomping ground", "ended up", "wound up", "washed up", "fetched up", "corner",
    "garden office", "kitchen table",
    "came", "come", "headed", "went", "where's home", "where is home", "do you live", "are you based",
    "drive", "drove", "driving", "commute", "commuting", "cycle", "cycling", "ride", "bus", "train", "walk", "trek",
    "journey", "slog", "trudge", "way in", "school run",
    "get back", "gets back", "getting back", "got back", "weekends", "weekend",
    "moving out", "move out", "moving away", "move away", "sofa", "settee", "table", "floor", "office",
    "📍", "🏠", "🏡")])
AFTER_GATE = PhraseIndex([(w, None) for w in (
    "never", "these days", "nowadays", "based", "resident", "home", "by choice", "living", "by adoption", "by birth",
    "is where",
    "where i", "where we", "where i've", "where i’ve", "where we've", "where we’ve", "and i have", "and i've",
    "and i’ve",
    "born", "raised", "through", "native", "lad", "lass", "now", "here",
    "girl", "boy", "kid", "bred",
    "home town", "hometown", "grew up", "proud")])
BIRTH_GATE = PhraseIndex([(w, None) for w in (
    "born", "origin", "originally", "grew", "growing", "grown", "raised", "hometown", "home town", "native", "hailing",
    "proud",
    "proudly", "birth", "birthplace", "lad", "lass", "girl", "boy", "kid", "bred", "from", "frm", "lived", "hail",
    "hails", "childhood", "brought up", "made", "raised", "through", "learned", "learnt", "went to school",
    "where i", "spent", "is where",
    "take the", "exile", "boys", "lads", "girls", "lasses", "arrived", "turned up", "delivered", "came into",
    "gal", "lassie", "laddie", "bairn", "accent", "raised me", "made me", "shaped me", "in my blood",
    "entered the world", "entrance", "appearance", "debut", "was home", "home to",
    "home till", "home until", "home til", "home up to")])
_DIGIT = lazy_re(r"\d")
_COUNTRIES = {"united kingdom", "uk", "england", "scotland", "wales", "northern ireland", "great britain", "gb"}

STREET = lazy_re(
    r"(?<![©\d])(?<!\(c\)\s)(?<!©\s)\b\d{1,3}[a-z]?,?\s+(?:[A-Z][a-z]+\s+){1,3}(?:Road|Rd|Street|St|Avenue|Ave|Close|Lane|Drive|Way|Crescent|"
    r"Gardens|Court|Place|Terrace|Grove|Walk|Mews|Rise|Row|Hill|View|Park|"
    # the north's and Scotland's street words: "14 Craigmount Wynd", "3 Oak Garth", "7 Mill Fold"
    r"Wynd|Brow|Fold|Garth|Chase|Nook|Croft)\b")


def _not_current(text: str, at: int, to: int) -> bool:
    """clause.not_current, with a house number ("officially at 14 Fennel Close") not read as an age ("at 14")."""
    ca, cb = clause_around(text, at, to)
    numbers = [(m.start(), m.start() + len(m.group(1))) for m in _HOUSE_NUMBER.finditer(text, ca, cb)
               if STREET.match(text, m.start())]
    return not_current(mask(text, numbers), at, to)


# The person word classes of home_features.json: the writer's, and another person's.
# (a pronoun ends the search but counts as neither: "he now lives in" on a page written of its owner)
_ME, _OTHERS = frozenset(["me", "third"]), frozenset(["kin", "other"])
# A person word with its own verb after it ("PILs are lovely but live in Spain", "my sister's moved to").
_SUBJECT_VERB = lazy_re(r"(?:\s+(?:are|is|was|were|have|has|had|both|all|just|still|now)|['’](?:s|re|ve))\b", re.I)


def _others_subject(text: str, a: int, at: int, words: list[tuple[int, int, str]]) -> bool:
    """True when the last person named before text[at] in its sentence (from a) is someone else doing
    something ("PILs are lovely but live in Spain half the year", "my sister's just moved to Whitby"),
    not a bare description of the writer ("Proud dad, living in Leeds")."""
    last = max(((s, e, cls) for s, e, cls in words if a <= s and e <= at and (cls in _ME or cls in _OTHERS)),
               default=None)
    return last is not None and last[2] in _OTHERS and bool(_SUBJECT_VERB.match(text, last[1]))


def _borrowed_subject(text: str, start: int) -> bool:
    """True when the clause at `start` begins with its verb and so shares the subject of the clause before,
    and that subject is someone else doing something ("... and PILs are lovely but live in Spain")."""
    ca, _ = clause_around(text, start, start)
    if text[ca:start].strip():
        return False
    a, _ = segment_at(text, start)
    index = _home_classes()[0]
    words = [(a + m.start, a + m.end, str(c)) for m in index.find(text[a:ca]) for c in m.payloads]
    return _others_subject(text, a, ca, _outermost(words))


def _someone_in_sentence(text: str, at: int, owners: frozenset[str]) -> bool:
    """Whether the sentence around `at`, up to a few words after it, names another person: a third-person pronoun,
    or a first name not the owner's."""
    from footprint.detect.clause import first_names

    a, b = segment_at(text, at)
    b = min(b, at + 30)
    return bool(THIRD_PERSON.search(text, a, b)) or any(
        w.group() in first_names() and w.group() not in owners and w.group().casefold() not in _word_list("not_guessed")
        and not _AND_I.match(text, w.end()) for w in _CAPITALISED.finditer(text, a, b))


# "Sue and I are clearing the garage at home in ...": the writer's household
_AND_I = lazy_re(r"\s*(?:and|&)\s+(?:i|me|myself)\b", re.I)
_CAPITALISED = lazy_re(r"(?<![\w'’-])[A-Z][a-z]+(?![\w'’-])")
_HOUSE_NUMBER = lazy_re(r"(?<![\w.,:/])(\d{1,3})[a-z]?,?\s+[A-Z]")


@cache
def demonyms() -> tuple[PhraseIndex, dict[str, str]]:
    names = place_names()["demonyms"]
    # singular only: "Cumbrians" and "Scousers" are as often a team or a crowd as a self-description
    # a short one ("Dub", "Manc") only as written: "dub reggae" is music
    return PhraseIndex([(d, place, len(d) <= 4) for d, place in names.items()]), names


DEMONYM_REASON = "' says where you are from"
_SHORT_DEMONYM_NOUN = lazy_re(r"\s+(?!(?:in|by|born|and|through|here|myself|living|now|lad|lass|girl|boy|at|since|"
                              r"exile|abroad|originally)\b)[a-z]")


def _demonym_hits(block: TextBlock) -> tuple[list[Hit], list[Hit]]:
    """Birthplace (and home, with 'X in Y') from a demonym used of oneself."""
    text = text_of(block)
    index, _ = demonyms()
    births, homes = [], []
    for m in index.find(text):
        a, _ = segment_at(text, m.start)
        if not re.search(SELF + r"$", text[a:m.start], re.I) or SOMEONE_BEFORE.search(text, a, m.start):
            continue   # "Dating a Brummie": the other person's
        if m.end - m.start <= 4 and _SHORT_DEMONYM_NOUN.match(text, m.end):
            continue   # "a Dub plate", "a Manx cat": a short one as an adjective of a thing
        place = str(m.payloads[0])
        births.append(Hit("birthplace", place, place, 0.75, block, m.start, m.end,
                          f"'{text[m.start:m.end]}{DEMONYM_REASON}"))
        after = re.match(r"\s+(?:in|living\s+in|based\s+in|now\s+in)\s+", text[m.end:])
        if after:
            found = place_at(text, m.end + after.end())
            if found and found[0].casefold() not in _COUNTRIES:
                homes.append(_hit("home_location", found[0], 0.8, block, found[1], found[2],
                                 "says where you live now"))
    return births, homes


# "New Brighton prom, 5 mins walk from ours", "the Pennine Way is ten minutes from my front door": a place
# a short walk or drive from the writer's home.
NEAR_OURS = lazy_re(r"\b(?:\d{1,2}|two|five|ten|fifteen|twenty)\s*(?:mins?|minutes?)['’]?\s+"
                       r"(?:(?:walk|stroll|drive|cycle|bike\s+ride)\s+)?(?:away\s+)?from\s+(?:ours|(?:my|our)\s+(?:house|flat|front\s+door|door|place)|"
                       r"home)\b|\b(?:round\s+the\s+corner|down\s+the\s+road|a\s+stone['’]s\s+throw)\s+from\s+ours\b|"
                       r"\bon\s+(?:my|our)\s+doorstep\b"
                       # "Hest Bank prom, practically my back garden", "the perks of living ten minutes away"
                       r"|(?P<after>\b(?:practically|basically|literally|virtually|pretty\s+much)\s+(?:in\s+|on\s+)?(?:my|our)\s+"
                       r"(?:back\s+garden|back\s+yard|backyard|doorstep)\b"
                       # (not "she's living ten minutes away": someone else)
                       r"|(?<!\bis\s)(?<!['’]s\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)\bliving\s+(?:just\s+|only\s+)?"
                       r"(?:\d{1,2}|two|five|ten|fifteen|twenty)\s*(?:mins?|minutes?)['’]?\s+(?:(?:walk|stroll|drive)\s+)?away\b"
                       r"(?!\s+from))", re.I)
# one of these is in every text NEAR_OURS matches (text.gate_open): "mins", "corner", "road", "throw", "back garden",
# "doorstep"; not "from" or "garden", in far more blocks
NEAR_OURS_GATE = ("min", "corner", "road", "throw", "back", "doorstep")


_PART_OF_NAME = lazy_re(r"(?<![\w'’-])(?:New|North|South|East|West|Upper|Lower|Great|Little|Old|Nether|High|"
                           r"Kings|St\.?)\s+$")


def _near_ours(block: TextBlock) -> list[Hit]:
    """The first known place in the sentence of a 'N mins walk from ours'."""
    text = text_of(block)
    hits: list[Hit] = []
    if not gate_open(NEAR_OURS_GATE, gate_text(text)):
        return hits
    for m in NEAR_OURS.finditer(text):
        a, _ = segment_at(text, m.start())
        # the place is in the sentence, else the one just before ("Wardie Bay at dawn. Perks of living ten
        # minutes away"): the last place named there
        places = _known_places(text, max(a, m.start() - 120), m.start()) \
            or _known_places(text, *segment_at(text, max(0, a - 2)))[-1:]
        if m.group("after"):
            places = places[-1:]   # the place just before: "not Fleetwood, just Cleveleys, practically my doorstep"
        if places and not THEIRS_BEFORE.search(text, max(0, places[0][1] - 8), places[0][1]):
            name, at, to = places[0]
            part = _PART_OF_NAME.search(text, max(0, at - 8), at)
            if part:   # "New Brighton", "West Bridgford": the known town inside is another place
                name, at = part.group() + name, part.start()
            hits.append(_hit("home_location", name, 0.7, block, at, to, f"{WORDED} (a short way from home)"))
    return hits


# "Horsham to Crawley commuting on two wheels", "commute from Selby to York": a commute starts from home.
_PLACE_TO_PLACE = lazy_re(r"(?<![\w'’-])(?P<a>[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*){0,2})\s+to\s+"
                          r"(?P<b>[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*){0,2})")
_COMMUTE_BEFORE = lazy_re(r"\bcommut(?:e|es|ing)\b(?:\s+(?:to\s+work|daily|every\s+day))?\s*(?:[:\-–]|from)?\s*$", re.I)
_WHOSE_BEFORE = lazy_re(r"(?:['’]s|\b(?:his|her|their|your))\s+$", re.I)
_COMMUTE_AFTER = lazy_re(r"\s+commut(?:e|es|ing)\b", re.I)


def _commute_from(block: TextBlock) -> list[Hit]:
    """The known place a commute starts from."""
    text = text_of(block)
    hits: list[Hit] = []
    if "commut" not in text.lower():
        return hits
    for m in _PLACE_TO_PLACE.finditer(text):
        if not (_COMMUTE_AFTER.match(text, m.end()) or _COMMUTE_BEFORE.search(text, max(0, m.start() - 40), m.start())):
            continue
        if _WHOSE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue   # "my husband's Leeds to York commute": his
        start, end = place_at(text, m.start("a")) or ("", 0, 0), place_at(text, m.start("b"))
        if start[0] and start[2] == m.end("a") and end and known_place(start[0]) and known_place(end[0]) \
                and start[0].casefold() not in _COUNTRIES:
            hits.append(_hit("home_location", start[0], 0.7, block, start[1], start[2],
                             "the place your commute starts from"))
    return hits


@cache
def _local_trade() -> re.Pattern[str]:
    """A place then a local trade ("Stroud PT", "your friendly Bangor dog walker")."""
    words = "|".join(re.escape(w) for w in sorted(_word_list("local_trade"), key=len, reverse=True))
    return re.compile(r"(?:-based)?\s+(?:" + words + r")\b(?![\w'’-])", re.I)


def _local_trade_places(block: TextBlock) -> list[Hit]:
    """A bio's known place named just before a trade served near home: where the writer lives and works."""
    text = text_of(block)
    return [_hit("home_location", name, 0.7, block, at, to, f"{WORDED} (a trade done where you live)")
            for name, at, to in _known_places(text, 0, len(text)) if _local_trade().match(text, to)
            and not _WHOSE_BEFORE.search(text, max(0, at - 12), at)]


# "we lived in Ripon for six years": a simple past with its subject is a home left ("I've lived in" is not).
_PAST_LIVED = lazy_re(r"\b(?:i|we|they)\s+lived\b", re.I)
# "for a few years before we bought in Starbeck": the years ended with what came after.
_YEARS_BEFORE = lazy_re(r"\s*,?\s*(?:before|until|till|then)\b", re.I)


def _lifelong(block: TextBlock) -> list[Hit]:
    """'Lived in Blackpool all my life': home and birthplace; 'for ten years': home."""
    text = text_of(block)
    hits: list[Hit] = []
    if not gate_open(LIFELONG_GATE, gate_text(text)):
        return hits
    for m in LIFELONG.finditer(text):
        street = _STREET_AT.match(text, m.end()) if m.group("on") else None
        found = (street.group(), street.start(), street.end()) if street else None if m.group("on") \
            else place_at(text, m.end())
        if not found or found[0].casefold() in _COUNTRIES:
            continue
        years = YEARS_AFTER.match(text, found[2])
        if LIFELONG_AFTER.match(text, found[2]):
            for category in ("home_location",) if street else ("home_location", "birthplace"):
                hits.append(_hit(category, found[0], 0.8, block, found[1], found[2],
                                "a place you say you have lived in all your life"))
        elif years and not text[max(0, m.start() - 8):m.start()].lower().endswith("once ") \
                and not _PAST_LIVED.search(text, max(0, m.start() - 12), m.start() + 6) \
                and not _YEARS_BEFORE.match(text, years.end()) \
                and not not_current(text, found[1], found[2]):
            hits.append(_hit("home_location", found[0], 0.75, block, found[1], found[2],
                             "a place you say you have lived in for years"))
    return hits


# An address or number that belongs to a business, a council or somebody else.
BUSINESS = lazy_re(
    r"\b(?:physio\w*|clinic|surgery|dentist|pharmacy|chemist|shop|store|stores|ltd|limited|plc|council|office|"
    r"garage|salon|barbers?|caf[eé]|pub|restaurant|takeaway|gym|retail\s+park|centre|center|hotel|venue|church|"
    r"hardware|plumbing|builders|motors|autos|services|solicitors|estate\s+agents?|vets?|nursery|park|"
    r"business\s+address|bootcamp|class(?:es)?\s+meet|unit\s+\d{1,3}|"
    r"school|hospital|library|station|partners?|sponsors?|stockists?|opening\s+hours|open\s+(?:mon|daily)|"
    r"plumber|electrician|builder|mechanic|recommend\w*|registered\s+(?:office|address)|charity\s+no|"
    # an event's venue: "Ceremony: 2pm at the Old Barn, ...", "Free entry, doors open 7pm"
    r"ceremony|fete|f[eê]te|marquee|free\s+entry|entry\s+£?\d|doors\s+open|kick[-\s]?off|be\s+seated|"
    r"village\s+hall|tickets?|club|clubhouse|cc|fc|rfc|afc|society|association|affiliated|ground|"
    # a group's meeting place: "the book club meets at 12 Mill Lane (by kind permission of ...)"
    r"meets|meeting|held|hosted|by\s+kind\s+permission|rehearsals?|coffee\s+morning|drop[-\s]in|collection\s+point|"
    # a holiday let's address: "Sleeps 4 · self-catering", "Registered with VisitEngland", "check-in from 4pm"
    r"holiday\s+(?:let|cottage|home|rental|apartment)s?|self[-\s]catering|sleeps\s+\d+|per\s+night|guests?|"
    r"check[-\s]?in|changeovers?|registered\s+with|visit\s?(?:england|scotland|wales|britain))\b",
    re.I)
FIRST_PERSON = lazy_re(r"\b(?:i|i'm|i've|me|my|mine|we|our|us)\b", re.I)


# "at St Anne's Church Hall, Leeds LS6 9ZZ": an address that is a venue's, whoever "we" are
# (or after a pin: "📍 The Bull's Head, Mill Row, ...")
VENUE = lazy_re(r"(?:\b(?:at|@)\s+|📍\s*)(?:the\s+)?(?:[A-Z][\w'’.]*\s+){1,4}(?:Hall|Church|Chapel|Centre|Center|Club|"
                   r"Clubhouse|Hotel|Inn|Arms|Head|Tavern|School|Academy|Library|Theatre|Stadium|Ground|Pavilion|Institute|"
                   r"Studios?|Barn|Rooms)\b")


def _works_address(text: str, a: int, b: int) -> bool:
    """True when the address line around text[a:b] is a works' ("Unit 4, Mill Road Industrial Estate")."""
    line_start = text.rfind("\n", 0, a) + 1
    line_end = text.find("\n", b) % (len(text) + 1)   # (no newline after: the text's end)
    return bool(WORKS_ADDRESS.search(text, max(line_start, a - 80), min(line_end, b + 60)))


def someone_elses(text: str, at: int) -> bool:
    """True when the sentence around `at` is about a business, a venue or somebody else, not the user."""
    a, b = segment_at(text, at)
    sentence = text[max(a, at - 120):min(b, at + 60)]
    nearby = text[max(0, at - 100):at + 60]
    if VENUE.search(text, max(a, at - 80), at):
        return True
    return bool(BUSINESS.search(nearby)) and not FIRST_PERSON.search(sentence)


def _first_part(text: str) -> str:
    return text.split(",")[0].strip()


def _known_places(text: str, a: int, b: int) -> list[tuple[str, int, int]]:
    """The known UK places named in text[a:b], in order."""
    found: list[tuple[str, int, int]] = []
    for w in re.finditer(r"\b[A-Z]", text[a:b]):
        place = place_at(text, a + w.start())
        if place and place[0].casefold() not in _COUNTRIES and known_place(place[0]) \
                and not (found and found[-1][2] > place[1]):
            found.append(place)
    return found


def _this_year(block: TextBlock) -> int:
    """The year the block was written in, when it is dated; else this year."""
    if block.date and block.date[:4].isdigit():
        return int(block.date[:4])
    return datetime.date.today().year


def _hit(category: str, name: str, confidence: float, block: TextBlock, a: int, b: int, reason: str) -> Hit:
    """A place hit; an everyday alias ("MK", "the Potteries") is reported as the place it means."""
    target = place_names()["aliases"].get(name) or next(
        (v for k, v in place_names()["aliases"].items() if k.casefold() == name.casefold()), None)
    if target:
        return Hit(category, target, f"{name} ({target})", confidence, block, a, b, reason)
    return Hit(category, name, name, confidence, block, a, b, reason)


# Towns named as a month is ("March"): a place only with its county or region after a comma.
_REGION_AFTER = re.compile(r"\s*,\s*[A-Z]")


@cache
def _month_places() -> frozenset[str]:
    return frozenset(month for month in calendar.month_name if month and known_place(month))


def _a_month(h: Hit) -> bool:
    """'our own place in March!!', 'due end of March': the month, unless a profile's location field or
    a county after a comma ('March, Cambs') says it is the town."""
    return h.value in _month_places() and h.block.hint != "home_location" and h.block.field != "location" \
        and not _REGION_AFTER.match(h.block.text, h.end)


def _near(rules: Rules, gate: PhraseIndex, text: str) -> list[re.Match[str]]:
    """Matches of the rules that start just before or at a gate word: the long trigger patterns
    are only tried at the starts of the few tokens before each cheap hit, and at each start only
    the rules with a gate word of their own between it and the furthest a match may reach (every
    match holds one), in their order: the first of them to match is the first of all the rules."""
    found: dict[int, re.Match[str]] = {}
    taken = 0
    words = rules.gate_words(text)
    starts = [a for a, _, _ in words]
    for g in gate.find(text):
        end = min(len(text), g.end + 90)
        first = max(taken, g.start - 16)
        near = [(a, bits) for a, b, bits in words[bisect_left(starts, first):bisect_left(starts, end)] if b <= end]
        if not near and not rules.always:
            continue   # no rule can match before this gate word
        for pos in range(first, g.start + 1):
            if pos and text[pos - 1].isalnum() and text[pos].isalnum():
                continue   # inside a word
            bits = rules.always
            for a, opens in near:
                if a >= pos:
                    bits |= opens
            if not bits:
                break   # no rule can match here, nor at a later start
            m = rules.match(bits, text, pos, end)
            if m:
                found.setdefault(m.start(), m)
                taken = max(taken, m.end() if m.end() > m.start() else m.start() + 1)
                break
    return [found[k] for k in sorted(found)]


def _place_hits(block: TextBlock, category: str, before: Rules, reason: str,
                confidence: float, gate: PhraseIndex, profile: Profile | None = None) -> list[Hit]:
    text = text_of(block)
    hits = []
    for m in _near(before, gate, text):
        street = _STREET_AT.match(text, m.end()) if re.search(r"\b(?:on|off|end\s+of)\s*$", m.group(), re.I) else None
        owned = None if street or place_at(text, m.end()) else POSSESSED.match(text, m.end())
        at = owned.end() if owned else m.end()   # "grew up in Nana's kitchen in Kirby": the place after
        place = (street.group(), street.start(), street.end()) if street else _bracketed(text, at) \
            or place_guess(text, at)
        if place is None:
            continue
        town = _IN_TOWN.match(text, place[2]) if street and category == "birthplace" else None
        found = place_at(text, town.end()) if town else None
        if found and known_place(found[0]):
            place, street = found, None   # "grew up on Fernleigh Road in Wigan": where one is from is the town
        name, a, b = place
        if name.casefold().endswith("-ish") and len(name) > 6:
            name, b = name[:-4], b - 4   # "Leith-ish": near enough Leith
        if name.casefold() in _COUNTRIES:
            continue
        sure = known_place(name)
        if not sure and not street and m.lastgroup in GUESS_NOT_ALLOWED:
            continue   # "moved to Haskell", "home is Tuesdays": only a known place after these
        sure = sure or bool(street)
        if not sure and re.search(r"\b(?:on|off)\s*$", m.group(), re.I) and not STREET_NAME.search(" " + name):
            continue   # "live on Twitch", "our house on Tuesday": after "on", only a street
        if not sure and m.lastgroup == "pin" and re.match(r"\s+[a-z]", text[b:b + 3]):
            continue   # "📍Made with love in ...": a sentence after the pin, not a place
        if m.lastgroup == "pin" and _work_label().match(text, m.start() + len(m.group("pin"))):
            continue   # "📍 Studio: Unit 4, Tanyard Way": where the writer works
        if not sure and name.casefold() in _word_list("not_guessed"):
            continue   # "came to me in Jan": a month, not a place
        if m.lastgroup in COUPLE_RULES and not _owner_couple(text, m.start(), owner_names(profile)):
            continue   # "their house on X" of anyone but the owner and their partner
        if THEIRS_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue   # "her new house in Falmouth": someone else's
        if m.lastgroup in RETURN_RULES and ELSEWHERE_AFTER.match(text, b) or \
                m.lastgroup == "here_in" and HERE_ELSEWHERE.match(text, b):
            continue   # "Back home in Lagos my mum still cooks": the place the writer comes from
        if m.lastgroup in VISIT_RULES and VISIT_AFTER.match(text, b):
            continue   # "I'm in Leeds tonight", "we're in Bath for the weekend": a visit
        if category == "home_location" and (STAY_AFTER.match(text, b) or WORKPLACE_AFTER.match(text, b)):
            continue   # "based in Keswick for the week", "based at Wakefield nick": a stay, a workplace
        if m.lastgroup == "home_spot" and not re.match(r"\s*(?:[,.;!)\n]|$)", text[b:b + 3]):
            continue   # "Kitchen table, Leeds Arena, 8pm": the town starts another name
        when = MOVE_WHEN.match(text, b) if m.lastgroup in DATED_RULES else None
        if m.lastgroup in DATED_RULES and (not when or STAY_AFTER.match(text, when.end())
                                           or VISIT_AFTER.match(text, when.end())):
            continue   # "came up to Leeds for the match", "ended up in Hull in 1999 for a weekend": a trip
        if m.lastgroup in PERSONAL_RULES and _someone_in_sentence(text, b, owner_names(profile)):
            continue   # "Derek, recovering at home in Hexham after his op": his home, not the writer's
        if m.lastgroup in AFTER_WORK_RULES and not AFTER_WORK.match(text, b):
            continue   # "the drive back to Leeds after the match": a trip; only after work is it the way home
        if m.lastgroup in SINCE_RULES and not (SINCE_AFTER.match(text, b) or YEARS_AFTER.match(text, b)
                                               or SINCE_BEFORE.search(text, max(0, m.start() - 40), m.start())):
            continue   # "at the cottage in Rhossili" without "since 2014": a stay as likely as a home
        if category == "home_location":
            if _borrowed_subject(text, m.start()):
                continue   # "PILs are lovely but live in Spain half the year": the in-laws' home
            if len(_QUOTES.findall(text, segment_at(text, m.start())[0], m.start())) % 2:
                continue   # 'a caller: “my flat on Kingsley Road is freezing”': the words of someone quoted
            if m.lastgroup not in SELF_RULES | COUPLE_RULES \
                    and whose(Hit(category, name, name, 0, block, a, b), profile, inherit=True) in (OTHER, CHILD):
                continue   # "my daughter lives in Leeds": a child living apart; "my mate's moved to Whitby"
            if _other_mover().search(text, max(segment_at(text, m.start())[0], m.start() - 60), m.start()):
                continue   # "my ex moved down to Leeds", "head office moved to Leeds": no home of the writer's
            if m.group().casefold().startswith("based") and WORK_BEFORE.search(text, max(0, m.start() - 80), m.start()):
                continue   # "a PC with Dyfed-Powys Police, based in Carmarthen": where the job is
            # a move's own words ("moved out to", "moved away from X to") do not make its place a past one
            told = text
            if m.lastgroup in RETURN_RULES:
                trip = re.match(r"[^.!?\n]{0,20}?\b(?:after|from)\b[^.!?\n,;]*", text[b:])
                told = mask(text, [(b + trip.start(), b + trip.end())]) if trip else text   # "after a week in St Ives"
            if m.lastgroup in MOVE_RULES:
                when = MOVE_WHEN.match(told, b)
                told = mask(told, [(m.start(), m.end())] + ([(when.start(), when.end())] if when else []))
            if not_current(told, a, b):
                continue
            year = PAST_YEAR_AFTER.match(text, b)
            # (the arrival's verb may follow its subject: "we bought in Marple in 2019")
            if year and int(year.group(1)) < _this_year(block) - 2 \
                    and not any(ARRIVAL.match(text, m.start() + w.start()) for w in re.finditer(r"\b\w", m.group())):
                continue   # "our house in Bamber Bridge in 1986": then, not now
        why = f"{reason} ({(m.lastgroup or '').replace('_', ' ')})"
        if owned or m.lastgroup == "grew_up_above":
            # "grew up in Nana's kitchen in Kirby": whose the place is, the words before the room say
            if whose(Hit(category, name, name, 0, block, m.start(), m.end()), profile, inherit=True) != WRITER:
                continue
            why += ROOM_OF
        hits.append(_hit(category, name, confidence if sure else confidence - 0.2, block, a, b, why))
    return hits


_IN_TOWN = lazy_re(r",?\s+in\s+(?=[A-Z])")
# "Yr Wyddgrug (Mold)", "Caerdydd (Cardiff)": a place's name in another language, then the name the gazetteer knows.
_THEN_BRACKET = lazy_re(r"(?:[A-Z][\w'’-]*[^\S\n]+){0,3}[A-Z][\w'’-]*[^\S\n]*\((?=[A-Z])")


def _bracketed(text: str, at: int) -> tuple[str, int, int] | None:
    """The known place in brackets after a name at `at` that is not itself one."""
    lead = None if place_at(text, at) else _THEN_BRACKET.match(text, at)
    known = place_at(text, lead.end()) if lead else None
    return known if known and text.startswith(")", known[2]) else None


# A possessive after a guessed name, then the room or yard and the real place.
POSSESSED = lazy_re(r"(?:(?:my|our|his|her|their)\s+)?(?:[\w-]+\s+)?[\w-]+['’]s?\s+(?:[\w'’-]+\s+){0,3}?"
                       r"(?:in|near|outside(?:\s+of)?|on\s+the\s+edge\s+of)\s+(?=[A-Z])")
_PAIR = lazy_re(r"(?<![\w@])([A-Z][a-z'’-]+)\s+(?:and|&)\s+([A-Z][a-z'’-]+)\b")
_STREET_AT = lazy_re(r"(?:[A-Z][\w'’-]*\s+){1,3}" + _STREET_WORDS + r"\b"
                        # Welsh and Gaelic streets put the word first: "Heol y Bryn", "Ffordd Eglwys"
                        r"|(?:Heol|Ffordd|Stryd|Lôn|Lon|Rhodfa|Maes|Teras|Cilgant|Sràid|Rathad)\s+(?:(?:y|yr|'r|an|na)\s+)?"
                        r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?")


def _owner_couple(text: str, pos: int, owners: frozenset[str]) -> bool:
    """True when the last pair of people named before `pos` (in the 400 characters before it) holds one
    of the owner's names: "Tom and Hannah are hosting ... at their house" on a page about Tom."""
    pairs = list(_PAIR.finditer(text, max(0, pos - 400), pos))
    return bool(pairs and {pairs[-1].group(1), pairs[-1].group(2)} & owners)


def _places_before(block: TextBlock, pattern: Rules, category: str, reason: str,
                   gate: PhraseIndex, owners: frozenset[str] = frozenset()) -> list[Hit]:
    """'Romford born & bred': a known place just before the pattern."""
    text = text_of(block)
    hits = []
    for m in _near(pattern, gate, text):
        a, _ = segment_at(text, m.start())
        if block.field not in ("bio", "headline", "about") and BORN_NOUN.match(text, m.start()) \
                and not SELF_BEFORE.search(text, a, m.start()):
            continue   # "a Derby-born striker": someone described, not the writer
        words = list(re.finditer(r"[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*|[ -](?:on|upon)[ -][A-Z][\w'’.-]*)*",
                                 text[a:m.start()]))
        if not words:
            continue
        last = words[-1]
        if text[a + last.end():m.start()].strip(" ,&-") or last.group().endswith("."):
            continue  # the place must sit right before the phrase, in its sentence ("I'm Jonny. Born and bred ...")
        if _VIEW_OF.search(text, max(a, a + last.start() - 24), a + last.start()):
            continue  # "a flat looking over the Forth was home": a view from the place, not the place
        if "exile" in m.re.groupindex and m.group("exile") and re.search(r"\bin\s+$", text[a:a + last.start()]):
            continue  # "Scouser in Wirral exile": where the exile lives, not where they are from
        if "pair" in m.re.groupindex and m.group("pair") \
                and not PAIR_BEFORE.search(text, max(a, m.start() - 50), m.start()):
            continue  # "the Leeds lads were singing": a crowd; "two Morriston boys", "both Hull lads": the writer too
        if SOMEONE_BEFORE.search(text, max(a, a + last.start() - 30), a + last.start()) \
                or _named_other_before(text, max(a, a + last.start() - 40), a + last.start(), owners) \
                and not with_the_writer(text, m.start()):
            continue   # "marrying a Reading girl", "Tom's Leeds through and through": the other person's
        run_end = a + last.end()
        for w in re.finditer(r"(?<![\w'’.-])[A-Z]", last.group()):
            place = place_at(text, a + last.start() + w.start())
            if place and place[2] == run_end and NOW_AFTER.match(text, m.start()) \
                    and not CLAUSE_OPENER.fullmatch(text, clause_around(text, place[1], place[2])[0], place[1]):
                break   # "We're off to Leeds now": 'now' of a trip; only "Crosby now", a clause of its own, is home
            if place and place[2] == run_end and place[0].casefold() not in _COUNTRIES:
                if not _named_other_before(text, max(a, place[1] - 40), place[1], owners) \
                        or with_the_writer(text, place[2]):
                    hits.append(_hit(category, place[0], 0.85, block, place[1], place[2], reason))
                break
        else:
            # "Tredegar born and bred", "Kumasi-born": words this sure of a birthplace make a name
            # the gazetteer lacks (a district, a town abroad) worth reporting
            name = re.sub(r"['’]s$", "", last.group().split()[-1]) if " " in last.group() else last.group()
            start = run_end - len(name)
            # (or a postcode district: "S6 born & bred", "SE15-born")
            if SURE_BIRTH.match(text, m.start()) and (_guessable(name) and (start > a or len(last.group()) > 3)
                                                      or OUTWARD_CODE.fullmatch(name)):
                hits.append(_hit(category, name, 0.7, block, start, run_end, reason))
    return hits


_VIEW_OF = lazy_re(r"\b(?:over(?:looking)?|across|along|onto|towards?|beside|by)\s+the\s+$", re.I)
# "two Morriston boys", "we were both Hull lasses": a pair the writer is one of (not "my two Leeds lads")
PAIR_BEFORE = lazy_re(r"(?<!\bmy\s)(?<!\bour\s)(?<!\bhis\s)(?<!\bher\s)\b(?:two|both|a\s+pair\s+of|a\s+couple\s+of)\s+"
                      r"(?:(?:proper|true|real|young|local|wee|little)\s+)?(?:[\w'’-]+[\s-]+){0,2}[\w'’-]+$", re.I)
# Words before "a Reading girl" that make her someone the writer married, met or dated.
SOMEONE_BEFORE = lazy_re(r"\b(?:marry|marrying|married|marries|met|meet|meeting|dating|dated|date|fancied|fancy|"
                            r"kissed|with|to|for|like|love|loves|loved|engaged\s+to)\s+(?:a|an|this|that|the|my|our|some)\s+$",
                            re.I)
# "Tom's Reading through and through", "Frank, a Tewkesbury lad", "she was a Derby girl": a third person is
# the subject of the words after the place.
OTHER_SUBJECT = lazy_re(r"(?:\b(?P<name>[A-Z][a-z'’-]+)(?:['’]s|\s+(?:is|was|were|are))|(?P<appos>[A-Z][a-z'’-]+),"
                           r"|\b(?i:he|she|they|him|her|his|mum|dad|mam|nan|nana|gran|grandad|wife|husband|partner|son|"
                           r"daughter|brother|sister|hubby|missus|fiancée?|eldest|youngest|kid|niece|nephew|cousin|friend|mate|boss|"
                           r"neighbour|fella|bloke|girlfriend|boyfriend|uncle|aunt|auntie|grandson|granddaughter)(?:['’]s|\s+(?:is|was|were|are))"
                           # "Nan, Winifred May Pascoe, was a Camborne girl": a relative named in apposition
                           r"|\b(?i:nan|nana|nanna|gran|granny|grandma|grandad|grandpa|grandmother|grandfather|mum|dad|mam|"
                           r"mother|father)(?-i:,\s+(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*,?)\s+(?i:is|was|were|are))"
                           r"(?:\s+(?:a|an|the|our|proper|true|real|born|still))*\s+$")


_RELATIVE_WORD = (r"mum|dad|mam|nan|nana|gran|grandad|grandma|wife|husband|partner|son|daughter|brother|sister|hubby|"
                  r"uncle|aunt|auntie|cousin|niece|nephew|grandson|granddaughter")


def _named_other_before(text: str, a: int, b: int, owners: frozenset[str] = frozenset()) -> bool:
    from footprint.detect.clause import first_names

    # a scanned page wraps and indents its lines: read the sentence's last words with the layout taken out
    chunk = text[max(0, min(a, b - 160)):b]
    stop = max((m.end() for m in re.finditer(r"[.!?]\s|\n\s*\n|[|•·]", chunk)), default=0)
    words = re.sub(r"\s+", " ", chunk[stop:])[-40:]
    m = OTHER_SUBJECT.search(words)
    if not m:
        return False
    name = m.group("name") or m.group("appos")
    if name in owners:
        return False   # "Liam's Barnsley born and bred" on Liam's own page
    return name is None or name in first_names() or bool(re.fullmatch(_RELATIVE_WORD, name, re.I))


# "-born" before a noun describes that noun ("Derby-born striker"); in a bio it is the owner.
BORN_NOUN = lazy_re(r"-born\s+(?!and\b|&|n\b|in\b|on\b)[a-z]", re.I)
SELF_BEFORE = lazy_re(r"\b(?:i['’]?m|i\s+am|as\s+an?|me)\b", re.I)
THIRD_PERSON = lazy_re(r"\b(?:he|she|they|his|her|their|he['’]s|she['’]s|they['’]re)\b", re.I)
# Words after a name that say it is a birthplace even when the gazetteer does not know it.
SURE_BIRTH = lazy_re(r"\s*(?:-\s?born\b|born\s+(?:and|&|n)\s+(?:bred|raised)\b)", re.I)
# Nationalities and other capitalised words that stand before "-born" without being a place.
_NATIONALITY = lazy_re(r"(?:ian|ish|ese|ch|an|stani|eli|aqi|audi|aiti|deshi|mali|pali|mani|meni|atari|irati|"
                          r"jani)$|^(?:Greek|Thai|Swiss|Irish|Welsh|Scots|British|English|Local|Home|First|Free|Well|"
                          r"Proud|True|Nobly|Lowly)$")


def _guessable(name: str) -> bool:
    """A capitalised word that could be a place: not a nationality, a demonym (its own rule names the
    place: "Stokie born and bred" is Stoke-on-Trent), a stop word or a person's first name."""
    from footprint.detect.clause import first_names
    from footprint.detect.text import NOT_PLACES

    return (len(name) >= 3 and name[0].isupper() and name[1:].islower() and not _NATIONALITY.search(name)
            and name.casefold() not in NOT_PLACES and name not in first_names()
            and name.casefold() not in _demonym_words())


@cache
def _demonym_words() -> frozenset[str]:
    return frozenset(d.casefold() for d in place_names()["demonyms"])


class HomeLocationDetector(Detector):
    category = "home_location"

    def detect(self, profile: Profile, facts: Facts) -> list[Hit]:
        ruled = self.ruled(profile, facts)
        return [h for h in decide(ruled, home_candidates(profile, ruled), weights("homefit_weights"))
                if not _a_month(h)]

    def ruled(self, profile: Profile, facts: Facts) -> list[Hit]:
        """What the wording rules find, before the fitted weights add to it."""
        owner_names(profile, facts)   # remembered: "Sam lives in Leeds" on a page about Sam is the writer's home
        return super().detect(profile, facts) + _answers(profile) + _the_village(profile) + _neighbours_group(profile) \
            + _author_neighbourhood(profile)

    def detect_block(self, block: TextBlock, profile: Profile) -> list[Hit]:
        if block.hint == "home_location":
            return self._from_field(block)
        if block.label in PLATFORM_HOME:
            return _platform_home(block)
        # a home is the writer's (or their household's), and a present one; the wording rules
        # checked that themselves
        return [h for h in self._in_text(block, profile) if h.reason.startswith(WORDED)
                or (whose(h, profile, inherit=True) != OTHER and not _not_current(h.block.text, h.start, h.end))]

    def _in_text(self, block: TextBlock, profile: Profile) -> list[Hit]:
        text = text_of(block)
        hits: list[Hit] = []
        if block.hint in ("birthplace", "employer", "education", "job", "email", "phone", "name", "club"):
            return hits
        low = text.lower()
        if HOME_GATE.find(text):
            hits += _place_hits(block, "home_location", HOME_BEFORE, WORDED, 0.85, HOME_GATE, profile)
            hits += _near_ours(block)
            hits += _commute_from(block)
        if any(w in low for w in ("these days", "nowadays", "based", "resident", " home", " by choice", " living",
                                  " by adoption", " is where", " now", " here", "where ", " never")):
            hits += _places_before(block, HOME_AFTER, "home_location", "says where you live now", AFTER_GATE,
                                   owner_names(profile))
        hits += [h for h in _lifelong(block) if h.category == "home_location"]   # (its own gate: "born and raised in")
        hits += _demonym_hits(block)[1]
        if _DIGIT.search(text) and "from" in low:
            hits += _sale_district(block)
        if block.field in ("bio", "headline", "about"):
            hits += _local_trade_places(block)
        if block.field in ("bio", "headline", "location"):
            hits += self._bare_place_lines(block)
        else:
            hits += self._header_address(block)
        if not _DIGIT.search(text):
            return hits
        postcodes = [m for m in POSTCODE.finditer(text) if not someone_elses(text, m.start(1))
                     and not _works_address(text, m.start(1), m.end(1))]
        streets = [m for m in STREET.finditer(text) if not someone_elses(text, m.start())
                   and not _works_address(text, m.start(), m.end())
                   and not _THEIR_ADDRESS.search(text, clause_around(text, m.start(), m.end())[0], m.start())] \
            if block.field not in ("caption", "image_alt") else []
        for street in streets:
            # "14 Example Grove, Acomb, York YO24 9ZZ" is one address, not two details
            code = next((p for p in postcodes if 0 <= p.start(1) - street.end() <= 60
                         and "\n" not in text[street.end():p.start(1)]), None)
            if code is not None:
                postcodes.remove(code)
                value = f"{text[street.start():code.start(1)].rstrip(' ,')} {normal_postcode(code.group(1))}"
                hits.append(Hit("home_location", value, value, 0.95, block, street.start(), code.end(1),
                                "a street address with its postcode"))
            else:
                hits.append(Hit("home_location", street.group(), street.group(), 0.7, block, street.start(),
                                street.end(), "a street address"))
        for m in postcodes:
            value = normal_postcode(m.group(1))
            hits.append(Hit("home_location", value, value, 0.9, block, m.start(1), m.end(1), "a UK postcode"))
        return hits

    def _header_address(self, block: TextBlock) -> list[Hit]:
        """A line near the top of a page or file that is a town and its county or country, perhaps
        after a name ("Nuneaton, Warwickshire" under a CV's name; "Sam Leeds, West Yorkshire, United
        Kingdom" on a gaming profile): the writer's address."""
        text = text_of(block)[:HEADER]
        hits: list[Hit] = []
        if block.label and GROUP_NAME.search(block.label):
            return hits   # the line under "Leicestershire Police Cycling Club" is the club's location
        hits += _contact_line_places(block, text)
        for m in re.finditer(r"[^\n]+", text):
            head, *rest = [part.strip() for part in m.group().split(",")]
            if not rest or not all(r.casefold() in regions() or r.casefold() in _COUNTRIES for r in rest):
                continue
            if WORKS_ADDRESS.search(text, max(0, m.start() - 80), m.end()):
                continue   # "Unit 4, Tanyard Industrial Estate / Washington, Tyne and Wear": a works' address
            lead = re.match(r"\s*(?:[A-Z][\w'’-]*\s+){0,2}", head)
            for w in re.finditer(r"(?<![\w'’-])[A-Z]", head[:lead.end() + 1] if lead else head[:1]):
                at = m.start() + len(m.group()) - len(m.group().lstrip()) + w.start()
                place = place_at(text, at)
                if place and place[2] - at == len(head) - w.start() and place[0].casefold() not in regions():
                    hits.append(Hit("home_location", place[0], place[0], 0.65, block, place[1], place[2],
                                    "a town and county on a line of its own at the top of the page"))
                    break
        return hits

    def _bare_place_lines(self, block: TextBlock) -> list[Hit]:
        """A bio item that is nothing but a place, perhaps with its county or country
        ("Washington, Tyne & Wear", "💪 Stevenage", "Harrogate 🇬🇧"), or that ends "... in <place>"
        ("Illustrator & map-maker in York"), is where the user is."""
        text = text_of(block)
        hits = []
        for a, b in _bio_items(text):
            pinned = _known_places(text, a, b)[-1:] if _PIN_AFTER.match(text, b) else []
            if pinned and not text[pinned[0][2]:b].strip(" ,.;|"):
                name, at, to = pinned[0]   # "dog mum, Lancs 📍": the place the pin marks
                hits.append(Hit("home_location", name, name, 0.65, block, at, to, "a bio item that pins a place"))
                continue
            arrow = ARROW.match(text, b)
            if arrow and (place_at(text, arrow.end()) or ("", 0, 0))[0].casefold() not in ("", *_COUNTRIES):
                continue   # "Hull ➡️ Leeds": the place left, not the home (BirthplaceDetector takes the first)
            line = text[a:b].strip(" .,!|•·")
            lead = len(text[a:b]) - len(text[a:b].lstrip(" .,!|•·"))
            ending = BIO_IN_PLACE.search(line)
            if ending and BIRTH_WORDS.search(line[:ending.start()]):
                ending = None   # "Born in Chester" is a birthplace, not a home
            if ending and known_place(ending.group("place")) and ending.group("place").casefold() not in _COUNTRIES:
                name = ending.group("place")
                start = a + lead + ending.start("place")
                hits.append(Hit("home_location", name, name, 0.65, block, start, start + len(name),
                                "a bio item that ends with a place"))
                continue
            place = place_at(line, 0) if line[:1].isupper() else None
            if place is None or place[0].casefold() in _COUNTRIES or place[0].casefold() in regions():
                continue
            chain, last = ARROW_ASCII.match(line, place[2]), None
            while chain:   # "Hull -> Leeds": the home is the last place of the journey
                last = place_at(line, chain.end())
                chain = ARROW_ASCII.match(line, last[2]) if last else None
            if last is not None:
                if last and last[2] == len(line) and known_place(last[0]) and last[0].casefold() not in _COUNTRIES:
                    hits.append(Hit("home_location", last[0], last[0], 0.65, block, a + lead + last[1],
                                    a + lead + last[2], "a bio line that names a place (the last of a journey)"))
                continue
            rest = line[place[2]:].strip(" ,-–")
            # "Pontypridd, Rhondda Cynon Taff, United Kingdom": each part a known place or a country
            if rest and not all(known_place(part) or part.casefold() in _COUNTRIES
                                or known_place(part.replace("&", "and")) for part in re.split(r"\s*,\s*", rest)):
                continue
            hits.append(Hit("home_location", place[0], place[0], 0.65, block, a + lead, a + lead + len(place[0]),
                            "a bio line that names a place"))
        return hits

    def _from_field(self, block: TextBlock) -> list[Hit]:
        text = text_of(block)
        hits = []
        for m in re.finditer(POSTCODE.pattern, text, re.I):
            value = normal_postcode(m.group(1))
            hits.append(Hit("home_location", value, value, 0.95, block, m.start(1), m.end(1),
                            "a postcode in your address"))
        rest = POSTCODE.sub("", text).strip(" ,")
        value = _first_part(rest) if "," in rest and not re.match(r"\d", rest) else rest
        if value and value.casefold() not in _COUNTRIES and not re.fullmatch(r"[\W\d]*", value):
            kind = "county" if value.casefold() in regions() else "place"
            hits.append(Hit("home_location", value, value, 0.9 if kind == "place" else 0.6, block, 0,
                            len(text), f"your location field ({block.label or block.field})"))
        return hits


class BirthplaceDetector(Detector):
    category = "birthplace"

    def detect(self, profile: Profile, facts: Facts) -> list[Hit]:
        owner_names(profile, facts)
        hits = super().detect(profile, facts)
        # "Geordie exile" in a bio and "Gateshead lad" in a comment: the town the writer names
        # outranks the city a demonym stands for
        worded = {h.value for h in hits if not h.reason.endswith(DEMONYM_REASON)}
        return [h for h in hits if (not worded or not h.reason.endswith(DEMONYM_REASON) or h.value in worded)
                and not _a_month(h)]

    def detect_block(self, block: TextBlock, profile: Profile) -> list[Hit]:
        if block.hint == "birthplace":
            return self._in_text(block)
        # where someone else was born or grew up (a partner too) is not the writer's birthplace
        hits = [h for h in self._in_text(block, owner_names(profile))
                if h.reason == GREW_UP_REASON or h.reason.endswith((IDIOM, ROOM_OF))
                or h.reason.endswith(DEMONYM_REASON) and _I_AFTER.match(h.block.text, h.end)
                or whose(h, profile, inherit=True) == WRITER]
        # "Mrs Penrose (retired, originally from Truro)": words in brackets after another person's name are theirs
        hits = [h for h in hits if not _bracketed_for_another(h.block.text, h.start, owner_names(profile))
                and not quoted_by_another(h.block.text, h.start, owner_names(profile))]
        # "As a Scouser he ...": the subject right after the demonym is another person
        hits = [h for h in hits if not (h.reason.endswith(DEMONYM_REASON) and _THEY_AFTER.match(h.block.text, h.end))]
        # "The foal was born on a farm near Hawes": an animal's birthplace, unless the writer says "I"
        hits = [h for h in hits if block.field in ("bio", "headline")
                or not (about_a_pet(h.block.text, segment_at(h.block.text, h.start)[0], h.start)
                                        and not _I_SUBJECT.search(h.block.text, segment_at(h.block.text, h.start)[0],
                                                                  h.start))]
        # "Born in Leicester, raised in Preston": the place of birth, told outright, is the birthplace
        born = {segment_at(h.block.text, h.start) for h in hits if "(born" in h.reason}
        hits = [h for h in hits if not ("(grew up" in h.reason and segment_at(h.block.text, h.start) in born)]
        # "Geordie exile ... Gateshead lad": a town the writer names outranks the demonym's city
        worded = {h.value for h in hits if not h.reason.endswith(DEMONYM_REASON)}
        if worded:
            hits = [h for h in hits if not h.reason.endswith(DEMONYM_REASON) or h.value in worded]
        # "Kent lass, born in Margate": the county is the town's, one birthplace said twice
        towns = {segment_at(h.block.text, h.start) for h in hits if h.value.casefold() not in regions()}
        return [h for h in hits if h.value.casefold() not in regions()
                or segment_at(h.block.text, h.start) not in towns]

    def _in_text(self, block: TextBlock, owners: frozenset[str] = frozenset()) -> list[Hit]:
        text = text_of(block)
        if block.hint == "birthplace":
            value = _first_part(text)
            if value and value.casefold() not in _COUNTRIES:
                return [Hit("birthplace", value, value, 0.95, block, 0, len(text),
                            f"your birthplace field ({block.label or block.field})")]
            return []
        if block.hint in ("home_location", "employer", "education", "job", "email", "phone", "name", "club"):
            return []
        # "Mackem till I die": a fan's word for the club, not where the writer is from
        hits = [h for h in _demonym_hits(block)[0] if not _FAN_AFTER.match(text, h.end)] + _demonym_born(block)
        if block.field in ("bio", "headline", "location"):
            hits += _journey_start(block, text)
        if not BIRTH_GATE.find(text):
            return hits
        hits += [h for h in _place_hits(block, "birthplace", BIRTH_BEFORE, "says where you were born or grew up",
                                        0.9, BIRTH_GATE) if not _not_a_birthplace(text, h)]
        hits += [h for h in _lifelong(block) if h.category == "birthplace"]
        hits += _places_before(block, BIRTH_AFTER, "birthplace", "says where you were born or grew up",
                               BIRTH_AFTER_GATE, owners)
        for m in GREW_UP_HERE.finditer(text) if (gate_open(GREW_UP_HERE_GATE, gate_text(text))
                                                 and gate_open(GREW_UP_HERE_PLACE, gate_text(text))) else ():
            a, b = segment_at(text, m.start())
            # the place is in the sentence, else the one just before ("Back to Kirkcaldy. Odd being
            # back in the town I grew up in"): the last place named there
            places = _known_places(text, a, b) or _known_places(text, *segment_at(text, max(0, a - 2)))[-1:]
            if places:
                name, at, to = places[0]
                hits.append(_hit("birthplace", name, 0.8, block, at, to, GREW_UP_REASON))
        hits += _then_named(block, text, owners)
        if block.field in ("bio", "about", "headline"):
            hits += _person_from(block, text)
            for a, b in _segments(text):
                start = FROM_START.match(text, a, b)
                if start:
                    place = place_at(text, start.end())
                    if place and place[0].casefold() not in _COUNTRIES:
                        hits.append(_hit("birthplace", place[0], 0.75, block, place[1], place[2],
                                        "'From ...' in your bio"))
        return hits


# "Scarborough's where I'm from": the words the birthplace-after patterns need (AFTER_GATE's, and "'s where")
BIRTH_AFTER_GATE = PhraseIndex([(w, None) for w in (
    "by birth", "is where", "where i'm", "where i’m", "where i am", "where i grew", "where i was", "born", "raised",
    "through", "native", "lad", "lass", "girl", "boy", "kid", "bred", "home town", "hometown", "proud", "exile", "boys",
    "lads", "girls", "lasses", "childhood", "was home", "gal", "lassie", "laddie", "bairn", "accent", "raised me",
    "made me", "shaped me", "in my blood")])
# "As a Scouser, I ...": the subject right after the demonym is the writer, whoever the sentence before spoke of
_I_AFTER = lazy_re(r"\s*,?\s*(?:i|i['’]m|i['’]ve|i\s+am|i\s+was)\b", re.I)
_THEY_AFTER = lazy_re(r"\s*,?\s*(?:he|she|they|he['’]s|she['’]s|they['’]re)\b", re.I)
_FAN_AFTER = lazy_re(r"\s+(?:till|til|until|'?til)\s+i\s+die\b", re.I)
# "29, Glaswegian born and bred": a demonym with words that make it the writer's origin, wherever it stands
_DEMONYM_BORN = lazy_re(r"\s*(?:born\s+(?:and|&|n)\s+(?:bred|raised)|through\s+and\s+through|by\s+birth|"
                       r"(?:in\s+)?exile)\b",
                       re.I)
# "host Sam Reid, who was born in Derby": a relative clause about the person just named
_WHO_BEFORE = lazy_re(r"\bwho\s+(?:was\s+|were\s+|is\s+)?(?:born|raised|grew\s+up|brought\s+up)\s+(?:and\s+\w+\s+)?"
                      r"(?:in|at|near|outside)\s+$", re.I)
# "From: Alan Pickup <alan@...>": an e-mail header, not a birthplace field
_MAIL_AFTER = lazy_re(r"\s*(?:<|&lt;|\(|\[)?[\w.+-]+@")


_NAMED_BEFORE_BRACKET = lazy_re(r"(?:\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Rev|Revd|Cllr|Sgt|Insp)\.?\s+"
                               r"(?P<titled>[A-Z][\w'’-]+)"
                               r"|\b(?P<first>[A-Z][a-z]+)(?:\s+[A-Z][a-z'’-]+)?)\s*$")


def _bracketed_for_another(text: str, at: int, owners: frozenset[str]) -> bool:
    """Whether `at` is inside brackets opened right after another person's name: "Mrs Penrose (retired, originally
    from Truro)", "our chair Dev Rai (Hull born and bred)"."""
    opened = text.rfind("(", max(0, at - 120), at)
    if opened < 0 or ")" in text[opened:at]:
        return False
    from footprint.detect.clause import first_names

    m = _NAMED_BEFORE_BRACKET.search(text, max(0, opened - 40), opened)
    if m is None:
        return False
    name = m.group("titled") or m.group("first")
    return name not in owners and (bool(m.group("titled")) or name in first_names())


def _not_a_birthplace(text: str, h: Hit) -> bool:
    """A rule's place that is someone else's (a relative clause about a person named) or no place at all
    (a guessed name that is a person's, as in an e-mail's 'From:' line)."""
    from footprint.detect.clause import first_names

    if _WHO_BEFORE.search(text, max(0, h.start - 60), h.start):
        return True
    return not known_place(h.value) and (h.value.split()[0] in first_names() or bool(_MAIL_AFTER.match(text, h.end)))


def _demonym_born(block: TextBlock) -> list[Hit]:
    """'29, Glaswegian born and bred': a demonym the words after it make the writer's, not only one after 'I'm a'."""
    text = text_of(block)
    index, _ = demonyms()
    hits = []
    for m in index.find(text):
        a, _ = segment_at(text, m.start)
        if not _DEMONYM_BORN.match(text, m.end) or re.search(SELF + r"$", text[a:m.start], re.I) \
                or SOMEONE_BEFORE.search(text, a, m.start) or _named_other_before(text, a, m.start):
            continue   # (after "I'm a", _demonym_hits has it)
        place = str(m.payloads[0])
        hits.append(Hit("birthplace", place, place, 0.75, block, m.start, m.end,
                        f"'{text[m.start:m.end]}{DEMONYM_REASON}"))
    return hits


# "an East End lad - Stepney, to be exact", "Cornish born and bred -- Bodmin", "a Geordie originally (Jesmond)":
# a birthplace word, then the exact place after a dash, a colon or a bracket.
CLUB_AFTER = lazy_re(r"\s+(?:Town|City|United|Utd|F\.?C|Rovers|Athletic|Wanderers|Albion|County|Rangers|"
                        r"Celtic|Villa|Hotspur|Wednesday|Forest|Argyle|Alexandra|Dons|Stanley|Orient)\b")
THEN_NAMED = lazy_re(r"\b(?:lad|lass|boy|girl|kid|born|bred|raised|originally|native|through\s+and\s+through)"
                        r"\s*(?:-{1,2}|[–—:(])\s*(?=[A-Z])")
THEN_NAMED_GATE = ("lad", "lass", "boy", "girl", "kid", "born", "bred", "raised", "originally", "native", "through")
THEN_NAMED_MARK = ("-", "–", "—", ":", "(")   # and one of these too: both gates must be open


def _then_named(block: TextBlock, text: str, owners: frozenset[str]) -> list[Hit]:
    hits: list[Hit] = []
    if not (gate_open(THEN_NAMED_GATE, gate_text(text)) and gate_open(THEN_NAMED_MARK, gate_text(text))):
        return hits
    for m in THEN_NAMED.finditer(text):
        place = place_at(text, m.end())
        if not place or place[0].casefold() in _COUNTRIES or not known_place(place[0]) and not place_names()[
                "aliases"].get(place[0]):
            continue
        a = max(0, m.start() - 80)
        line = text.rfind("\n", a, m.start())
        a = line + 1 if line >= 0 else a
        if block.field not in ("bio", "about", "headline") and not SELF_BEFORE.search(text, a, m.start()) \
                and THIRD_PERSON.search(text, a, m.start()):
            continue   # "she's a Hull lass - Hessle, really": the writer's own words only
        if SOMEONE_BEFORE.search(text, a, m.start()) or _named_other_before(text, a, m.start(), owners) \
                or CLUB_AFTER.match(text, place[2]):
            continue   # "a Cobblers girl through and through (Northampton Town)": a club, not a town
        hits.append(_hit("birthplace", place[0], 0.8, block, place[1], place[2],
                         "says where you were born or grew up (the exact place)"))
    return hits


# "Hull ➡️ Leeds", "Derry -> Belfast -> Bristol": a bio's journey from where the writer is from.
ARROW = lazy_re(r"\s*(?:➡️?|→|⟶|⇒|->|-->|=>|»)\s*")
ARROW_ASCII = lazy_re(r"\s*(?:->|-->|=>|»)\s*")
# The place after an arrow ends its bio item (or goes on to the next arrow).
_JOURNEY_END = lazy_re(r"\s*(?:$|[|•·,.;/\n(]|[\u2190-\u2bff\u2600-\u27bf\U0001F000-\U0001FAFF]|->|=>|»|"
                       r"(?:via|then|now|and\s+back)\b)")
_ARROW_BEFORE = lazy_re(r"(?:➡️?|→|⟶|⇒|->|=>|»)\s*$")


def _journey_start(block: TextBlock, text: str) -> list[Hit]:
    """The first known place of a bio's journey of places joined by arrows: where the writer is from."""
    hits: list[Hit] = []
    if not gate_open(("➡", "→", "⟶", "⇒", "->", "=>", "»"), gate_text(text)):
        return hits
    for m in ARROW.finditer(text):
        a = max(0, m.start() - 40)
        places = _known_places(text, a, m.start())
        if not places or text[places[-1][2]:m.start()].strip():
            continue   # the place must stand right before the arrow
        name, at, to = places[-1]
        if _ARROW_BEFORE.search(text, max(0, at - 6), at):
            continue   # a stop on the way, not the start
        after = place_at(text, m.end())
        if after is None or not known_place(after[0]) or name.casefold() in _COUNTRIES or name.casefold() in regions() \
                or not _JOURNEY_END.match(text, after[2]):
            continue   # "Manchester → London train every Monday": a commute, not a life's journey
        hits.append(_hit("birthplace", name, 0.7, block, at, to, "the first place of the journey in your bio"))
    return hits


# "Singer-songwriter from Hull", "Yorkshire lass from Selby", "Dad from Dundee": a bio item that calls the
# writer by what they are, then says where from. The word before "from" must name a person.
PERSON_FROM = lazy_re(r"(?<![\w'’-])(?P<who>[\w'’-]+)\s+(?:originally\s+)?from\s+(?=[A-Z])")
PERSON_FROM_GATE = ("from",)
PERSON_NOUN = lazy_re(r"(?:er|or|ist|ian|ant|ent|ess|man|woman|lad|lass|girl|boy|guy|gal|bloke|mum|dad|mam|mom|"
                         r"nan|grandad|grandma|cop|copper|dev|geek|nerd|fan|chap|fella|kid|human|person|wife|husband|"
                         r"native|sarge|pc|pcso|dc|ds|medic|nurse|vet|chef|cook|baker|artist|poet)$", re.I)


def _person_from(block: TextBlock, text: str) -> list[Hit]:
    hits: list[Hit] = []
    if not gate_open(PERSON_FROM_GATE, gate_text(text)):
        return hits
    for a, b in _bio_items(text):
        for m in PERSON_FROM.finditer(text, a, b):
            who = m.group("who")
            if not PERSON_NOUN.search(who) or who.casefold() in _NOT_PERSON_FROM:
                continue   # "Greetings from Leeds", "Tickets from £5", "Delivering from York"
            place = place_at(text, m.end())
            if not place or place[0].casefold() in _COUNTRIES or place[2] > b:
                continue
            if re.match(r"\s+(?:to|and\s+back)\b", text[place[2]:place[2] + 12]):
                continue   # "commuter from Hull to Leeds": a journey
            hits.append(_hit("birthplace", place[0], 0.7, block, place[1], place[2],
                             f"'{who} from ...' in your bio says where you are from"))
    return hits


_NOT_PERSON_FROM = frozenset(["greetings", "letter", "poster", "sticker", "flyer", "banner", "trailer", "teaser",
                              "order", "number", "border", "corner", "quarter", "centre", "center", "shelter",
                              "weather", "water", "river", "after", "later", "never", "ever", "over", "under",
                              "transfer", "offer", "paper", "newspaper", "answer", "power", "tower", "flower",
                              "beer", "cider", "butter", "jumper", "sweater", "leather", "timber", "amber",
                              "colour", "flavour", "favour", "honour", "labour", "moment", "content", "event",
                              "agent", "talent", "parent", "present", "current", "recent", "distant", "restaurant",
                              "plant", "want", "elephant", "pheasant", "giant", "grant", "comment", "segment",
                              "shipment", "equipment", "apartment", "department", "treatment", "statement",
                              "business", "address", "express", "access", "process", "progress", "success",
                              "fitness", "wilderness", "email", "man"])


# The top of a page or file, where a CV or a letter puts the writer's address.
HEADER = 400
# A CV's contact line: a line with a phone number or an e-mail address, its parts set apart by bars or dots (or
# by nothing but spaces, once a reader has dropped the bars).
_CONTACT = lazy_re(r"@|(?<!\d)(?:\+44\s?|0)\d{3,4}\s?\d{3}\s?\d{3,4}(?!\d)")
_PART_START = lazy_re(r"(?:^|[|·•])[\s*_#>\[-]*", re.M)
# After a town, perhaps its county or a bigger town and its postcode district ("Leeds (LS6)", "Wath-upon-Dearne,
# Rotherham S63"), the part ends: at a bar or a dot, at the line's end, or where the phone number or e-mail begins.
_PART_REST = lazy_re(r"(?P<rest>(?:\s*,\s*[A-Z][a-z][\w'’.-]*(?:\s(?:[A-Z][a-z][\w'’.-]*|&|and|upon|on))*)*)"
                     r"(?:,?\s*\(?[A-Z]{1,2}\d{1,2}[A-Z]?\)?)?"
                     r"[\s*_]*(?=$|[|·•]|(?:\+44|0)\d|[\w.+-]+@)", re.M)


def _contact_line_places(block: TextBlock, text: str) -> list[Hit]:
    """The town on a contact line at the top of a page ("Data Analyst · Leeds (LS6) · 07700 900123 · ..."): the
    writer's address, said as a CV says it."""
    hits: list[Hit] = []
    for line in re.finditer(r"[^\n]+", text):
        if not _CONTACT.search(line.group()):
            continue
        for part in _PART_START.finditer(text, line.start(), line.end()):
            place = place_at(text, part.end())
            if not place or place[0].casefold() in _COUNTRIES or place[0].casefold() in regions() \
                    or someone_elses(text, part.end()):
                continue   # "Open daily | Whitby | 01947 ...": a business's
            tail = _PART_REST.match(text, place[2], line.end())
            rest = [r for r in re.split(r"\s*,\s*", tail.group("rest").strip(" ,")) if r] if tail else None
            if rest is None or not all(known_place(r) or known_place(r.replace("&", "and"))
                                       or r.casefold() in _COUNTRIES for r in rest):
                continue
            hits.append(Hit("home_location", place[0], place[0], 0.7, block, place[1], place[2],
                            "a town on the contact line at the top of the page"))
    return hits
# "... in York" closing a bio item; emoji and symbols divide a bio into items.
_PIN_AFTER = lazy_re(r"📍|🏠|🏡")
BIO_IN_PLACE = lazy_re(r"\b(?:in|near|nr)\s+(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s*$")
BIRTH_WORDS = lazy_re(r"\b(?:born|raised|grew\s+up|originally|bred|hometown|native)\b", re.I)
_EMOJI_RUN = lazy_re(r"[\u2190-\u2bff\u2600-\u27bf\U0001F000-\U0001FAFF\ufe0f\u200d]+")


def _bio_items(text: str) -> list[tuple[int, int]]:
    """Segments of a bio, split again at every run of emoji."""
    items = []
    for a, b in _segments(text):
        start = a
        for m in _EMOJI_RUN.finditer(text, a, b):
            if m.start() > start:
                items.append((start, m.start()))
            start = m.end()
        if start < b:
            items.append((start, b))
    return items


def _segments(text: str) -> list[tuple[int, int]]:
    from footprint.detect.text import segments

    return list(segments(text))


# Blocks that hold one kind of detail, not the owner's prose.
_NOT_PROSE = {"home_location", "birthplace", "employer", "education", "job", "email", "phone", "name", "club"}
FITTED = "the words around it say you live there"
# A block's field, as the kind of writing it is (a feature: a bio names a home more plainly than a post).
_KINDS = {"bio": "bio", "headline": "bio", "location": "bio", "username": "bio", "post": "post", "comment": "post",
          "caption": "post", "story": "post", "image_alt": "post", "about": "about", "profile_field": "about",
          "experience": "about", "education": "about", "metadata": "meta", "title": "meta"}
# The word just before a place that the candidate step names as a feature ("before:in", "before:from").
_BEFORE_WORDS = frozenset(["in", "from", "to", "near", "nr", "at", "of", "on", "outside", "around", "round", "into",
                           "up", "down", "over", "off", "by", "and", "the"])
_BEFORE = lazy_re(r"([\w'’]+)\W{0,3}$")
_WAY_AFTER = lazy_re(r"\s+(?:way|area|direction|side|end(?!\s+of\b))\b", re.I)   # not "Lincoln end of Oct"
_YEAR = lazy_re(r"\b(?:19|20)\d\d\b")
# "Royston S71", "Castleford (WF10)", "Dennistoun, G31": a postcode district after the town, as an address gives it.
_DISTRICT_AFTER = lazy_re(r",?\s*\(?[A-Z]{1,2}\d{1,2}[A-Z]?\)?(?![\w-]|\s*\d[A-Z]{2}\b)")
# "Bracknell-ish", "Leith ish": near enough there.
_ISH_AFTER = lazy_re(r"[\s-]?ish\b", re.I)
# An open quotation mark before the place in its sentence: someone else's words quoted.
_QUOTES = lazy_re(r"[“”\"]")
# A street named without a house number ("the end house on Foxglove Close"): a candidate, not yet a home.
_STREET_NAMED = lazy_re(r"(?<![\w'’-])(?:[A-Z][\w'’-]*\s+){1,3}(?:Close|Lane|Road|Rd|Avenue|Ave|Drive|Street|"
                        r"Crescent|Grove|Way|Gardens|Terrace|Rise|Court|View|Walk|Mews|Row|Place|Square|Parade|Fold|Wynd|"
                        r"Brow|Garth|Chase|Nook|St\b(?!\.?\s+[A-Z]))\b")


class HomeCandidate(NamedTuple):
    """A place that could be the owner's home, and the named features of the words around it."""

    hit: Hit
    features: frozenset[str]


@cache
def _home_classes() -> tuple[PhraseIndex, frozenset[str], PhraseIndex]:
    """The word classes of footprint/data/home_features.json, the classes that make a sentence worth
    reading for candidates, and an index of those classes' words alone (a cheap first look at a block)."""
    data = load_data("home_features.json")
    index = PhraseIndex([(w, c) for c, words in data["classes"].items() for w in words])
    cue = frozenset(data["cue"])
    return index, cue, PhraseIndex([(w, c) for c, words in data["classes"].items() if c in cue for w in words])


def _outermost(found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The phrases found, less those inside a longer one ('home' in 'care home', 'way' in 'on the way')."""
    kept: list[tuple[int, int, str]] = []
    for start, end, cls in sorted(found, key=lambda f: f[0] - f[1]):
        if not any(start < e and s < end and (s, e) != (start, end) for s, e, _ in kept):
            kept.append((start, end, cls))
    return kept


def home_features(block: TextBlock, at: int, to: int, profile: Profile,
                  words: list[tuple[int, int, str]]) -> set[str]:
    """The named features of the place text[at:to]: the word classes in its clause, the word before it, its kind
    of block, whose the clause says it is and whether it puts the place in the past or makes it a stay.
    (The classes elsewhere in the sentence were tried too: left out, the weights generalised no worse.)"""
    text = text_of(block)
    a, _ = segment_at(text, at)
    ca, cb = clause_around(text, at, to)
    before = _BEFORE.search(text, max(a, at - 24), at)
    # a word inside the place's own name ("Garden City") says nothing about it, and the preposition just before it
    # ("Priston Mill, near Bath") is its feature before:near, not the class of "near us", "round here"
    bare = (before.start(1), before.end(1)) if before else None
    # nor does a word inside a street's name in the clause ("watching Stevenage from Broadhall Way" is not "way")
    streets = [(m.start(), m.end()) for m in _STREET_NAMED.finditer(text, ca, cb)]
    found = {cls for s, e, cls in words if ca <= s and e <= cb and not (s < to and at < e) and (s, e) != bare
             and not any(a1 <= s and e <= b1 for a1, b1 in streets)}
    if before is None:
        found.add("before:start")
    elif before.group(1).casefold() in _BEFORE_WORDS:
        found.add("before:" + before.group(1).casefold())
    if _WAY_AFTER.match(text, to):
        found.add("after:way")
    if _DISTRICT_AFTER.match(text, to):
        found.add("after:district")
    if _ISH_AFTER.match(text, to):
        found.add("after:ish")
    if len(_QUOTES.findall(text, a, at)) % 2:
        found.add("quoted")
    if _others_subject(text, a, at, words):
        found.add("subject:other")
    found.add("kind:" + _KINDS.get(block.field, "page"))
    if _YEAR.search(text, ca, cb):
        found.add("year")
    if THEIRS_BEFORE.search(text, max(0, at - 8), at) or any(
            cls == "res" and ca <= s < at and _THEIRS_HOME.search(text, max(ca, s - 24), s) for s, _, cls in words):
        found.add("theirs")   # "her new flat on Poplar Avenue": a home, but someone else's
    if someone_elses(text, at):
        found.add("business")
    if _not_current(text, at, to):
        found.add("not_current")
    owner = whose(Hit("home_location", "", "", 0, block, at, to), profile, inherit=True)
    found.add("whose:" + ("other" if owner == OTHER else "self" if owner == WRITER else "unsaid"))
    return found


def home_candidates(profile: Profile, ruled: list[Hit]) -> list[HomeCandidate]:
    """Every place on the page that could be the owner's home, with its features: what the rules found
    (feature `rule`), and every known place and named street in a sentence holding a word of a cue class
    (home_features.json), or in the page's title when its prose holds one."""
    index, cue, cue_words = _home_classes()
    out: list[HomeCandidate] = []
    taken: set[tuple[int, int]] = set()
    words_of: dict[int, list[tuple[int, int, str]]] = {}

    def words(block: TextBlock) -> list[tuple[int, int, str]]:
        if id(block) not in words_of:
            words_of[id(block)] = _outermost([(m.start, m.end, str(c)) for m in index.find(text_of(block))
                                              for c in m.payloads])
        return words_of[id(block)]

    values = {h.value.casefold() for h in ruled}
    for h in ruled:
        features = {"rule", "type:" + _place_type(h.value)}
        if values - {h.value.casefold()}:
            features.add("page_rule")
        if h.block.hint != "home_location" and h.end <= len(text_of(h.block)):
            features |= home_features(h.block, h.start, h.end, profile, words(h.block))
        else:
            features.add("kind:field")
        out.append(HomeCandidate(h, frozenset(features)))
        taken.add((id(h.block), h.start))
    prose_cue = False
    titles: list[TextBlock] = []
    no_place: list[TextBlock] = []
    for block in profile.blocks:
        if not block.own or block.hint in _NOT_PROSE:
            continue
        if _KINDS.get(block.field) == "meta":
            titles.append(block)
            continue
        text = text_of(block)
        found = cue_words.find(text)
        if not found:   # no cue word at all: none can be left after words() drops inner ones
            continue
        if not any(_known_places(text, a, b) or _STREET_NAMED.search(text, a, b)
                   for a, b in {segment_at(text, m.start) for m in found}):
            # no place in any sentence of a cue word, so none in the sentences of the cues words() keeps: all
            # its words are looked up only if the titles need to know whether the prose holds a cue (most blocks
            # with a cue word name no place, and the lookup is most of this step's time)
            no_place.append(block)
            continue
        cues = [(s, e) for s, e, c in words(block) if c in cue]
        if not cues:
            continue
        prose_cue = True
        for a, b in sorted({segment_at(text, s) for s, _ in cues}):
            places = [(name, at, to, "town") for name, at, to in _known_places(text, a, b)]
            places += [(m.group(), m.start(), m.end(), "street") for m in _STREET_NAMED.finditer(text, a, b)
                       if not re.search(r"\d\s*$", text[max(a, m.start() - 4):m.start()])]
            for name, at, to, kind in places:
                if kind == "street" and _ESTATE_AFTER.match(text, to):
                    continue   # "Unit 7, Mill Road Industrial Estate": a works, named after its street
                if (id(block), at) in taken or name.casefold() in _WORDS_NOT_PLACES \
                        or kind == "town" and (_STREET_AFTER.match(text, to) or _BODY_AFTER.match(text, to)
                                               or _BODY_BEFORE.search(text, max(0, at - 16), at)
                                               or _PART_OF_NAME.search(text, max(0, at - 8), at)
                                               or _TEAM_AFTER.match(text, to) or _LONGER_NAME.match(text, to)
                                               or _club_named(text, at, to)):
                    continue   # ("the Stoke City flag": a club's name, not the town)
                taken.add((id(block), at))
                out.append(_candidate(block, name, at, to, kind, profile, words(block), values))
    if titles and not prose_cue:
        prose_cue = any(c in cue for block in no_place for _, _, c in words(block))
    for block in titles if prose_cue else []:
        text = text_of(block)
        for name, at, to in _known_places(text, 0, len(text)):
            if (id(block), at) not in taken and name.casefold() not in _WORDS_NOT_PLACES \
                    and not _TEAM_AFTER.match(text, to) and not _LONGER_NAME.match(text, to) \
                    and not _club_named(text, at, to):
                out.append(_candidate(block, name, at, to, "town", profile, words(block), values))
    return out


def _place_type(value: str) -> str:
    """What kind of place a rule's finding names (a feature of its candidate)."""
    if value.casefold() in regions():
        return "region"
    if POSTCODE.search(value):
        return "postcode"
    if _STREET_NAMED.search(value):
        return "street"
    return "town" if known_place(value) else "guess"


def _candidate(block: TextBlock, name: str, at: int, to: int, kind: str, profile: Profile,
               words: list[tuple[int, int, str]], ruled: set[str]) -> HomeCandidate:
    hit = _hit("home_location", name, 0.5, block, at, to, FITTED)
    features = home_features(block, at, to, profile, words)
    features.add("type:" + ("region" if name.casefold() in regions() else kind))
    if ruled - {hit.value.casefold()}:
        features.add("page_rule")
    return HomeCandidate(hit, frozenset(features))


def decide(ruled: list[Hit], candidates: list[HomeCandidate], model: Weights) -> list[Hit]:
    """The rules' homes, and the candidates no rule found that the fitted weights accept, reported at a
    confidence from their score, below a rule's."""
    hits = list(ruled)
    values = {h.value.casefold() for h in ruled}
    for c in candidates:
        if "rule" in c.features or c.hit.value.casefold() in values or not model.accepts(c.features):
            continue
        values.add(c.hit.value.casefold())
        h = c.hit
        hits.append(Hit(h.category, h.value, h.display, round(0.5 + 0.1 * model.score(c.features), 2), h.block,
                        h.start, h.end, h.reason))
    if any(h.value.casefold() not in regions() for h in hits):
        # "Wakefield" says more than "West Yorkshire" (a structured address gives both)
        hits = [h for h in hits if h.value.casefold() not in regions()]
    return hits


# "Ashby Road": a street named after a town, not the town.
_STREET_AFTER = lazy_re(r"\s+" + _STREET_WORDS + r"\b")
# "Mill Road Industrial Estate", "Unit 3, Tanyard Business Park": a works' address, not a home's.
_ESTATE = r"(?:Industrial|Trading|Business|Enterprise|Retail|Technology|Science)\s+(?:Estate|Park|Centre)\b"
_ESTATE_AFTER = lazy_re(r"\s+" + _ESTATE)
WORKS_ADDRESS = lazy_re(r"\bUnits?\s+\d{1,3}[A-Z]?\b|\b" + _ESTATE)
# "Cheshire Constabulary", "Leeds City Council": a body named after the place, not the place.
_BODY_AFTER = lazy_re(r"\s+(?:(?:City|County|Borough|District)\s+)?(?:Police|Constabulary|Council|Fire|Ambulance|NHS|"
                      r"University|College|Hospital|Infirmary|Airport|Crown\s+Court|Magistrates)\b")
# "Trinity College Carmarthen", "University College London": a place named last in a body's name.
_BODY_BEFORE = lazy_re(r"\b(?:College|University|Hospital|Infirmary|Academy|Institute|School)\s+$")
# Place names that are also everyday words of a sentence's start ("Street parking", "Home is ...").
_WORDS_NOT_PLACES = frozenset(["street", "home", "way", "local", "flat", "terrace", "garden", "now"])

_WORDS_AFTER = lazy_re(r"(?:\s+[A-Z][\w'’&.-]*){1,2}")


@cache
def _club_names() -> frozenset[str]:
    """The football clubs' names of more than one word, folded ("stoke city", "derby county")."""
    clubs = load_data("football_clubs.json")["clubs"]
    return frozenset(t["text"].casefold() for c in clubs for t in c["terms"]
                     if t["kind"] in ("name", "short_name") and " " in t["text"].strip())


def _club_named(text: str, at: int, to: int) -> bool:
    """The place at `at`..`to` begins a football club's name ("Stoke City", "Queen of the South" aside)."""
    m = _WORDS_AFTER.match(text, to)
    if m is None:
        return False
    words = m.group().split()
    return any(" ".join([text[at:to], *words[:k]]).casefold() in _club_names() for k in (1, 2))


# "Lostock Lions JFC", "Tring Harriers", "Ashby Rovers U9s": a place in a team's or club's name.
_TEAM_AFTER = lazy_re(r"(?:\s+[A-Z][\w'’-]*){0,2}\s+(?:J?F\.?C|A\.?F\.?C|R\.?U?F\.?C|C\.?C|"
                      r"Colts|Harriers|Striders|Runners|Road\s+Runners|Joggers|Wheelers|Athletic|Wanderers|Rovers|"
                      r"United|Utd|Rangers|Albion|Lions|Tigers|Panthers|Hockey|Cricket|Rugby|Netball|Running|Cycling|"
                      r"Swimming|Tennis|Golf|Bowls|Choir|Singers|Players|Scouts|Guides|Brownies|Cubs|U\d{1,2}s?)\b")
# "Heaton Mersey", "Kirkby Malzeard": a known place followed at once by another capitalised word that is not a
# general word for a part of a place, nor of a school or a public building in it ("Nettleham Juniors"), is the first
# word of a longer name the gazetteer lacks.
_LONGER_NAME = lazy_re(r"[ \t]+(?!(?:Centre|Center|City|Town|Village|Area|Way|Side|End|Direction|UK|England|Scotland|"
                       r"Juniors?|Infants|Primary|School|Academy|College|Library|Church|Parish|Community|Hall|Market|"
                       r"Surgery|Practice|Medical|Health|Leisure|Museum|"
                       r"Wales|Ireland|I|I'm|I've|We|My|Our|And|Or|But|Now|Here|So|The|It|This|That|For|In|On|At|To)\b)"
                       r"[A-Z][a-z][\w'’-]*(?![\w'’-])")
# "gives his address as 7 Chapel Terrace", "her house at": someone else's address.
_THEIR_ADDRESS = lazy_re(r"\b(?:his|her|their|your)\s+(?:[\w'’-]+\s+)?(?:address|house|home|flat|place|cottage|digs)\b"
                         r"[^.!?\n]{0,24}$", re.I)
# A block under a heading that names a group: its location line is the group's.
GROUP_NAME = lazy_re(r"\b(?:Club|Society|Association|Group|Team|League|Choir|Band|Church|Chapel|Parish|Council|"
                     r"Committee|Trust|Charity|Foundation|Network|Federation|Union|Guild|Institute|CC|FC|RFC|AFC|JFC|"
                     r"Harriers|Runners|Striders|Wheelers|Rovers|Ltd|Limited)\b")
# Blocks a collector labels with the platform's own sign of a home: a parkrunner's home event ("201 parkruns at
# Dartford Heath", collectors/parkrun.py), where most of their runs are.
PLATFORM_HOME = {"home parkrun": "your home parkrun event is a place near home"}
_RUNS_AT = lazy_re(r"^\s*\d+\s+(?:junior\s+)?parkruns?\s+at\s+", re.I)


def _platform_home(block: TextBlock) -> list[Hit]:
    """The event (or place) a platform's home label names, when it holds a known place: reported as written
    ("Dartford Heath"), since the event is the signal."""
    text = text_of(block)
    lead = _RUNS_AT.match(text)
    at = lead.end() if lead else 0
    name = text[at:].strip()
    for w in re.finditer(r"(?<![\w'’-])[A-Z]", name):
        place = place_at(name, w.start())
        if place and known_place(place[0]) and place[0].casefold() not in _COUNTRIES:
            return [Hit("home_location", name, name, 0.6, block, at, at + len(name), PLATFORM_HOME[block.label or ""])]
    return []


# "And where's home now?" closing one block, answered by the place that opens the next (an interview, a Q&A).
_HOME_QUESTION_END = lazy_re(r"\bwhere(?:['’]s|\s+is)\s+home(?:\s+(?:now|these\s+days|nowadays))?\s*\?\W*$|"
                             r"\bwhere(?:abouts)?\s+(?:do\s+you\s+live|are\s+you\s+(?:based|living))"
                             r"(?:\s+(?:now|these\s+days|nowadays))?\s*\?\W*$", re.I)


# A chat group of a street's residents ("Oakfield Close Neighbours 🏡"): the user is one of them.
_NEIGHBOURS_AFTER = lazy_re(r"\s+(?:neighbours|neighbors|residents|residents['’]?\s+association|street\s+group|"
                            r"community\s+group)\b", re.I)


# "Roy Pennington (Author) · Hucknall Town", "Dean Whitlock Outwood · Author": a neighbourhood site's byline of a
# post's author, who is shown in the neighbourhood they live in. The capitalised words before "· Author" start
# with the author's name.
_AUTHOR_BYLINE = lazy_re(r"\(Author\)[^\S\n]*·[^\S\n]*(?P<after>[A-Z][\w'’-]*(?:[^\S\n]+[A-Z][\w'’-]*){0,2})"
                         r"|(?<![\w'’-])(?P<before>[A-Z][\w'’-]*(?:[^\S\n]+[A-Z][\w'’-]*){0,4})[^\S\n]*·[^\S\n]*Author\b")


def _author_neighbourhood(profile: Profile) -> list[Hit]:
    """The neighbourhood a post's author (the writer) is shown in, by the byline of their post or replies."""
    owners = owner_names(profile)
    for block in profile.blocks:
        text = text_of(block)
        if "Author" not in text:
            continue
        for m in _AUTHOR_BYLINE.finditer(text):
            group = "after" if m.group("after") else "before"
            at, name = m.start(group), m.group(group)
            if group == "before":   # the author's name, then the neighbourhood (of one or two words)
                words = list(re.finditer(r"\S+", name))
                first = next((i for i, w in enumerate(words) if w.group() not in owners), len(words))
                if first == len(words) or len(words) - first > 2:
                    continue
                at, name = at + words[first].start(), name[words[first].start():]
            if name.casefold() in _word_list("not_guessed") or name.casefold() in _COUNTRIES:
                continue
            return [Hit("home_location", name, name, 0.7, block, at, at + len(name),
                        f"{WORDED} (the neighbourhood your posts are shown from)")]
    return []


def _neighbours_group(profile: Profile) -> list[Hit]:
    """The street a chat group of its residents, which the user's export is of, is named after."""
    return [Hit("home_location", m.group(), m.group(), 0.75, block, m.start(), m.end(),
                f"{WORDED} (the street whose residents' group you are in)")
            for block in profile.blocks if block.label == "group name"
            for m in _STREET_NAMED.finditer(text_of(block)) if _NEIGHBOURS_AFTER.match(text_of(block), m.end())]


# "since Anna and I moved into the village", "we live in the village": the writer's village, which the page names
# at its top (a parish magazine's masthead, a village website's title).
VILLAGE_HOME = lazy_re(r"\b(?:moved|came|settled)\s+(?:in)?to\s+the\s+village\b"
                       r"|\b(?:live|living)\s+in\s+the\s+village\b|\bhere\s+in\s+the\s+village\b"
                       # "we're in the village", and on a page about the owner "Priya's in the village": who is, the
                       # word before says
                       r"|(?P<who>[\w’']+?)(?:['’]s|\s+is|['’]re|\s+are|['’]m|\s+am)\s+(?:(?:also|just|still|now)\s+)?in\s+"
                       r"the\s+village\b(?!\s+(?:hall|shop|pub|school|today|tonight|for|at)\b)", re.I)


# "I", "we" in the sentence before (a wrapped one too: from its last full stop)
_I_BEFORE = lazy_re(r"\b(?:i|we)\b[^.!?]*$", re.I)


def _the_village(profile: Profile) -> list[Hit]:
    """The known place at the top of the page, when the writer says they live in "the village"."""
    owners = owner_names(profile)
    said = any(block.own and block.hint not in _NOT_PROSE and any(
        (m.group("who").casefold() in ("i", "we") or m.group("who") in owners if m.group("who")
         else _I_BEFORE.search(text_of(block), max(0, m.start() - 150), m.start()))
        and not _not_current(text_of(block), m.start(), m.end()) for m in VILLAGE_HOME.finditer(text_of(block)))
        for block in profile.blocks if "village" in text_of(block).lower())   # (every way of saying it holds the word)
    if not said:
        return []
    heads = [b for b in profile.blocks if _KINDS.get(b.field) == "meta"] + profile.blocks[:1]
    for block in heads:
        text = text_of(block)
        top = text[:text.find("\n", 0, 200) if "\n" in text[:200] else 200]
        for name, at, to in _known_places(top, 0, len(top)):
            if name.casefold() not in regions():
                name = gazetteer().get(name.casefold(), name)
                return [_hit("home_location", name, 0.7, block, at, to,
                             f"{WORDED} (the village you live in, named at the top of the page)")]
    return []


def _answers(profile: Profile) -> list[Hit]:
    """A known place opening the owner's block right after a block that asks where home is."""
    hits: list[Hit] = []
    for prev, block in zip(profile.blocks, profile.blocks[1:], strict=False):
        if not block.own or not _HOME_QUESTION_END.search(text_of(prev)[-120:]):
            continue
        text = text_of(block)
        lead = len(text) - len(text.lstrip(" \t\n\"'“‘-–—"))
        place = place_at(text, lead)
        if place and place[1] == lead and known_place(place[0]) and place[0].casefold() not in _COUNTRIES \
                and not _not_current(text, place[1], place[2]):
            hits.append(_hit("home_location", place[0], 0.8, block, place[1], place[2],
                             f"{WORDED} (the answer to where home is)"))
    return hits


# "Posted Mon-Fri from Castleford (WF10)", "collection only from OX11": a seller's town and postcode district, or the
# district alone, after the words of sending or collection.
SALE_DISTRICT = lazy_re(r"\b(?i:collection|collect|pick[-\s]?up|posts?|posted|ships?|shipped|dispatch(?:ed)?|"
                        r"despatch(?:ed)?|sent)\s+(?i:only\s+)?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*(?:\s*[-–]\s*(?:Mon|Tue|Wed|Thu|Fri|"
                        r"Sat|Sun)\w*)?\s+)?(?i:from)\s+(?:(?P<town>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?)\s*,?\s*)?"
                        r"\(?(?P<district>[A-Z]{1,2}\d{1,2}[A-Z]?)\)?(?![\w-]|\s*\d[A-Z]{2})")


_BUYER_BEFORE = lazy_re(r"\b(?:i|we|i['’]ll|we['’]ll|i['’]d|we['’]d)\s+(?:(?:can|could|will|would|am|are|happy|able|to|"
                        r"be|gladly|easily)\s+)*$", re.I)


def _sale_district(block: TextBlock) -> list[Hit]:
    text = text_of(block)
    hits = []
    for m in SALE_DISTRICT.finditer(text):
        if _BUYER_BEFORE.search(text, max(0, m.start() - 24), m.start()):
            continue   # "I can collect from Leeds LS6": the buyer, at the seller's
        town = m.group("town")
        if town and known_place(town):
            hits.append(_hit("home_location", town, 0.8, block, m.start("town"), m.end("town"),
                             f"{WORDED} (where a seller posts or is collected from)"))
        elif not town:
            name = m.group("district")
            hits.append(Hit("home_location", name, name, 0.75, block, m.start("district"), m.end("district"),
                            f"{WORDED} (the postcode district a seller posts or is collected from)"))
    return hits
