"""Whose detail a clause states (the writer, their household, someone else) and whether it still holds."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache, lru_cache

from footprint.detect.base import Hit, load_data
from footprint.detect.text import PhraseIndex
from footprint.facts import Facts
from footprint.models import Profile, TextBlock
from footprint.lazyre import lazy_re

SELF, HOUSEHOLD, CHILD, OTHER = "self", "household", "child", "other"
# Sentence ends: a subject does not carry over them (except into a sentence without one).
_SENTENCE = lazy_re(r"[.!?]+(?=\s|$)|\n|\s[|•·]\s|\s[|•·]|[|•·]\s")
# Clause ends: a temporary or past marker speaks only of its own clause.
_CLAUSE = lazy_re(r"[.!?;:\n()\[\]]|\s[-–—]\s|,|\b(?:but|whereas|while|although|then|and|so|now|since)\b", re.I)
_PROSE = {"post", "comment", "page", "text", "about", "story", "caption", "readme", "description"}
# A capitalised word doing something: a named person as the subject of a clause.
# (a lookahead, so that "Our Kieran has" is tried at "Kieran" too)
_PLACE_PREPOSITION = lazy_re(r"\b(?:in|at|from|near|outside|around)\s+$", re.I)
_NAMED_SUBJECT = lazy_re(r"(?=\b(?P<name>[A-Z][a-z]+)(?:\s+[A-Z][a-z'’-]+)?"
                            r"(?:\s*\([^()\n]{1,30}\))?"   # an aside after the name: "Joe Bell (dad in Y2), who"
                            r"(?:['’]s\s+(?:been|got|now|just|always|"
                            r"still|\d|(?!(?:a|an|the|not|very|so|too|really|off|on|in|at|out|my|our)\b)[a-z])|"
                            # (an adverb between: "Mam still lives in Bentley")
                            r"\s+(?:(?:still|now|also|already|currently|both)\s+)?(?:has|had|is|was|lives|lived|moved|works|worked|grew|joined|serves|served|"
                            r"became|got|wants|will|who|spent|went|started|retired|left|does|did|used|turns|turned|celebrates|"
                            r"celebrated|runs|ran|coaches|coached|plays|played|helps|helped|organises|organizes|"
                            r"leads|led|chairs|chaired|teaches|taught|manages|managed)\b|"
                            # an apposition: "Derek, a retired sergeant", "Gary Bell – just transferred"
                            # (or an age: "Harold Bennett, aged 91, of Mill Lane"), and a name given its birth as a
                            # heading ("DI Ruth Fairlie: born in Oban", "Walter Pinder: born 1890")
                            r"\s*(?:,|\s[-–—])\s*(?:a|an|who|who's|our|the|ex|former|retired|just|recently|newly|aged)\s"
                            r"|\s*:\s*born\b))")


# A person (not a pronoun or a crowd) as the subject: only they carry into the next sentence.
_PERSON_NAMED = lazy_re(r"(?-i:\b[A-Z][a-z]+(?:\s+(?:has|had|is|was|runs|ran|coaches|plays|helps|organises|leads|"
                           r"chairs|teaches|manages)\b|['’]s\s))|\b(?:my|our|his|her|their)\s+"
                           r"(?:[\w'’-]+\s+)?(?:brother|sister|son|daughter|dad|mum|mam|father|mother|friend|mate|"
                           r"colleague|cousin|uncle|aunt|auntie|nephew|niece|neighbour|pal|kid|lad)\b", re.I)


# A thing is the subject only with its verb: "the servers moved", not "at the training school".
_THING_VERB = r"(?:moved|moves|relocated|is|was|are|were|has|have|had|went|got|will|now|opened|closed|shut)\b"


@dataclass(frozen=True)
class Words:
    subjects: re.Pattern[str]
    first_words: frozenset[str]
    pets: re.Pattern[str]
    people: frozenset[str]


def alternation(items: list[str]) -> str:
    """The words as one alternation, longest first, any space matching any run of spaces and an apostrophe
    either apostrophe ("he's" is "he’s" too)."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+").replace("'", "['’]")
                    for w in sorted(items, key=len, reverse=True))


@cache
def words() -> Words:
    data = load_data("context.json")
    relations = load_data("relations.json")["words"]
    household = set(data["household"])
    children = set(data["children"])
    relatives = [w for w in relations if w not in household | children and relations[w][1] != "partner"]
    people = alternation(relatives + data["other_people"])
    det = r"(?:my|our|his|her|their|your|the|one\s+of\s+(?:my|our|his|her|their))\s+(?:[\w'’-]+\s+){0,2}?"
    subjects = re.compile(
        rf"(?P<household>\b(?:my|our)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{alternation(sorted(household))})\b)"
        rf"|(?P<child>\b(?:my|our)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{alternation(sorted(children))})\b)"
        rf"|(?P<other>\b{det}(?:{people})\b|\b{det}(?:{alternation(data['things'])})\b(?=\s+(?:[\w'’-]+\s+)?{_THING_VERB})"
        rf"|\ban?\s+(?:[\w'’-]+\s+)?(?:{alternation(data['acquaintances'])})\b"
        rf"|\b(?:{alternation(data['other_pronouns'])})(?![\w'’]))"
        rf"|(?P<self>\b(?:{alternation(data['self'])})(?![\w'’])|\bmy\b|\bour\b)", re.I)
    first = {"my", "our", "his", "her", "their", "your", "the", "one", "a", "an"}
    first |= {p.split()[0] for p in data["self"] + data["other_pronouns"]}
    return Words(subjects, frozenset(first),
                 # (not "Cat B")
                 re.compile(rf"(?<!\w)(?:{alternation(data['pets'])})(?![\w-])(?!\s?(?-i:[A-HJ-Z0-9])\b)", re.I),
                 frozenset(w.casefold() for w in relatives + data["other_people"]))


@cache
def first_names() -> frozenset[str]:
    from importlib import resources

    text = resources.files("footprint.data").joinpath("first_names.txt").read_text("utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


_NAMES: dict[int, tuple[Profile, frozenset[str]]] = {}


@cache
def nicknames() -> dict[str, frozenset[str]]:
    """Full first names and their short forms, both ways ("thomas" -> {"tom", "tommy"})."""
    table: dict[str, set[str]] = {}
    for full, shorts in load_data("nicknames.json")["names"].items():
        for short in shorts:
            table.setdefault(full, set()).add(short)
            table.setdefault(short, set()).add(full)
    return {k: frozenset(v) for k, v in table.items()}


def _with_short_forms(names: list[str]) -> set[str]:
    """The facts' names with the short forms of the first ("Gareth Lund": Gaz too, as friends write him)."""
    return set(names) | ({n.capitalize() for n in nicknames().get(names[0].casefold(), ())} if names else set())


def owner_names(profile: Profile | None, facts: Facts | None = None) -> frozenset[str]:
    """The profile owner's own names (from a name block, and the full name in the user's facts):
    "Sam is a PC" about Sam is the writer. Given the facts once, later calls for the same
    profile remember them."""
    if profile is None:
        return frozenset()
    kept = _NAMES.get(id(profile))
    if kept and kept[0] is profile and (facts is None or kept[1].issuperset(_with_short_forms(
            re.findall(r"[A-Z][a-z'’-]+", facts.full_name)))):
        return kept[1]   # (each detector asks again with the facts: what they add is already there)
    names: set[str] = set(kept[1]) if kept and kept[0] is profile else set()
    for block in profile.blocks:
        if block.hint == "name" or block.field == "name":
            names |= set(re.findall(r"[A-Z][a-z'’-]+", block.text))
        elif block.own:
            names |= set(addressee(block))
    if facts is not None:
        names |= _with_short_forms(re.findall(r"[A-Z][a-z'’-]+", facts.full_name))
        names |= cut_short(profile, facts.full_name)
    if profile.owner:     # the author the page's words are taken for (a thread's, a listing's owner)
        names |= set(re.findall(r"[A-Z][a-z'’-]+", profile.owner))
    if not names & first_names():   # nobody named owns the page: the one person it is about
        names |= page_subject(profile)
    if len(_NAMES) > 16:
        _NAMES.clear()
    _NAMES[id(profile)] = (profile, frozenset(names))
    return frozenset(names)


@cache
def _subject_cue() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w'’])(?:{alternation(load_data('page_subject.json')['cues'])})(?![\w'’])", re.I)


# A full name (tried at every capitalised word, so that "Dr Ann Example" is tried at "Ann" too).
_FULL_NAME = lazy_re(r"(?<![\w'’@#-])(?=(?P<first>[A-Z][a-z]+)(?:-[A-Z][a-z]+)?\s+"
                     r"(?P<last>(?:Mc|Mac|O['’])?[A-Z][a-z'’]+)(?![\w'’&@]))")


def page_subject(profile: Profile) -> set[str]:
    """The names of the one person a page that names no owner is about (a club's spotlight, a parish
    magazine's interview, a team's "meet your PCSO", a guest bio), from a cue before their full name in its
    title, headings or opening lines ("Meet your beat officer: PC Ann Example"); none when the words
    between make them someone the writer knows ("meet my friend ...") or one of several."""
    block_words = {w.casefold() for w in load_data("page_subject.json")["not_between"]}
    for block in [b for b in profile.blocks if b.own][:16]:
        for text in (block.label or "", block.text[:400]):
            for cue in _subject_cue().finditer(text):
                end = _SENTENCE.search(text, cue.end())
                stop = min(end.start() if end else len(text), cue.end() + 60)
                m = next((n for n in _FULL_NAME.finditer(text, cue.end(), stop) if n.group("first") in first_names()
                          and n.end("last") <= stop), None)
                between = {w.casefold() for w in re.findall(r"[\w'’&]+", text[cue.end():m.start()])} if m else set()
                if m and not between & block_words:
                    return _with_short_forms([m.group("first"), m.group("last")])
    return set()


# A saved e-mail's "To:" line names the one who saved it: "To: Ned Colley <...>", "To: ned.colley77@example.net".
_TO_VALUE = (r"[^\S\n]*(?:\"?(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)+)\"?\s*<|"
             r"(?P<first>[a-z]{2,})[._-](?P<last>[a-z]{2,})\d*@)")
_TO_HEADER = lazy_re(r"^To:" + _TO_VALUE, re.M)
_TO_LINE = lazy_re(_TO_VALUE)


def addressee(block: TextBlock) -> list[str]:
    """The names, in order, of the one a saved e-mail was sent to, from its display name or its
    address: in a "To:" header at the top of the text, or in the value of a header line a
    collector gave its own block (labelled To)."""
    if (block.label or "").casefold() == "to":
        m = _TO_LINE.match(block.text)
    else:
        m = _TO_HEADER.search(block.text, 0, 600)
        if m and not re.match(r"(?:From|Subject|Date|To):", block.text.lstrip()[:8]):
            m = None
    if not m:
        return []
    if m.group("name"):
        return m.group("name").split()
    return [m.group("first").capitalize(), m.group("last").capitalize()]


def _sentence_start(text: str, pos: int) -> int:
    starts = _sentence_starts(text)
    return starts[bisect_right(starts, pos) - 1]


@lru_cache(maxsize=64)
def _sentence_starts(text: str) -> list[int]:
    """Where each sentence of `text` starts (computed once per text, then bisected)."""
    return [0] + [m.end() for m in _SENTENCE.finditer(text)]


_WORD = lazy_re(r"[\w'’]+")
_ME_AND = lazy_re(r"\b(?:me|i)\s*(?:and|&)\s+(?:[\w'’-]+\s+){0,3}$", re.I)


@lru_cache(maxsize=1024)
def _subjects(text: str, a: int, names: frozenset[str], household: frozenset[str],
              about: bool = False) -> tuple[tuple[int, int, str], ...]:
    """Every subject-like phrase from `a` on (start, end, kind): computed once per sentence. With
    `about` (the owner's own section of a page listing several people) "he" or "she" is the owner,
    whoever else the section names ("Abigail's Party", "Devon and Cornwall")."""
    w = words()
    end = _SENTENCE.search(text, a + 1, min(len(text), a + 600))
    b = end.end() if end else min(len(text), a + 600)
    if b - a < 2:
        return ()
    found: list[tuple[int, int, str]] = []
    taken = a
    for t in _WORD.finditer(text, a, b):
        # the subject pattern is tried only where one of its first words stands (much faster)
        if t.start() < taken or t.group().casefold().replace("’", "'") not in w.first_words:
            continue
        m = w.subjects.match(text, t.start(), b)
        if m is None:
            continue
        taken = m.end()
        kind = m.lastgroup or SELF
        if kind == OTHER and m.group().split()[-1] in household:
            kind = HOUSEHOLD
        if kind == OTHER and names and m.group().casefold().replace("’", "'") in _THIRD_PERSON \
                and (about or _last_named(text, t.start(), names)):
            kind = SELF   # an about page in the third person: "Sam ... she" is the writer
        found.append((m.start(), m.end(), kind))
    for m in _NAMED_SUBJECT.finditer(text, a, b):
        name = m.group("name")
        ours = text[max(a, m.start() - 4):m.start()].casefold() == "our "   # "our Kieran": one of the family
        if name in names or not (ours or name in first_names() or name.casefold() in w.people):
            continue
        if _PLACE_PREPOSITION.search(text, max(a, m.start() - 9), m.start()):
            continue   # "born in Walton, a stone's throw from ...": a place that is also a name
        found.append((m.start(), m.start() + len(name), HOUSEHOLD if name in household else OTHER))
    return tuple(sorted(found))


_THIRD_PERSON = {"he", "she", "his", "her", "him", "he's", "she's", "he'd", "she'd", "he'll", "she'll"}


def _last_named(text: str, pos: int, names: frozenset[str]) -> bool:
    """True when the person last named before `pos` is the owner: on a page about several
    people ("Sam ... she", then "Jo ... she"), a pronoun is the one last named. A name given as a
    relative of the same "she" or "he" ("she lives with her partner Ross. She ...") is not the one meant,
    nor one the page calls by the other pronoun ("Marcus ... he asked"; "Hannah ... He was raised in")."""
    people = _named_people(text, names)
    gender = _GENDER.get(text[pos:pos + 3].casefold().rstrip("'’ ").replace("him", "he"), "")
    i = bisect_right(people, (pos, True, "z", "z")) - 1
    while i >= 0 and gender and (people[i][2] == gender or people[i][3] not in ("", gender)):
        i -= 1
    return people[i][1] if i >= 0 else any(n in text for n in names)


def owners_pronoun(text: str, pos: int, names: frozenset[str]) -> bool:
    """Whether the "he" or "she" at `pos` is the owner: on a page that tells of them in the third person, the
    owner is the person last named before it ("Jade ... she's an Imps season ticket holder")."""
    word = _WORD.match(text, pos)
    return bool(names) and word is not None and re.split(r"['’]", word.group())[0].casefold() in ("he", "she") \
        and _last_named(text, pos, names)


_GENDER = {"he": "m", "his": "m", "she": "f", "her": "f"}
_PRONOUN = lazy_re(r"\b(?:he|she|his|her|him)\b", re.I)


@lru_cache(maxsize=64)
def _named_people(text: str, names: frozenset[str]) -> list[tuple[int, bool, str, str]]:
    """Where a person's first name stands in `text`, whether it is one of the owner's, for a name given as a
    relative after "his" or "her" ("her partner Ross") that word's gender ("m", "f"; else ""), and the
    gender of the pronoun the text first uses for that name (the first "he" or "she" after it before
    another person is named)."""
    known = first_names()
    found = []
    for m in re.finditer(r"(?<![\w@#])[A-Z][a-z]+(?![\w@])", text):
        if m.group() in names or m.group() in known:
            rel = _relation_before().search(text, max(0, m.start() - 40), m.start())
            found.append((m.start(), m.group(), _GENDER.get(rel.group(1).casefold(), "") if rel else ""))
    subjects = [f for f in found if not f[2]]
    genders: dict[str, str] = {}
    for (start, name, _), nxt in zip(subjects, [*subjects[1:], (len(text), "", "")], strict=False):
        if name not in genders:
            p = _PRONOUN.search(text, start, nxt[0])
            if p:
                genders[name] = _GENDER[p.group().casefold().replace("him", "he")]
    return [(start, name in names, rel, genders.get(name, "")) for start, name, rel in found]


@cache
def _relation_before() -> re.Pattern[str]:
    relations = load_data("relations.json")["words"]
    return re.compile(rf"\b(his|her|their|my|our|your)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{alternation(list(relations))})"
                      r"\s*[,:]?\s*$", re.I)


def _aside(text: str, start: int, b: int) -> bool:
    """True when text[start] lies in brackets closed before `b`: "(he'll remind you)" has no say after it."""
    return text.rfind("(", 0, start) > text.rfind(")", 0, start) and 0 <= text.find(")", start, b)


def _last_subject(text: str, a: int, b: int, names: frozenset[str],
                  household: frozenset[str] = frozenset(), about: bool = False) -> str | None:
    """The kind of the last subject-like words in text[a:b]."""
    before = [s for s in _subjects(text, a, names, household, about) if s[1] <= b and not _aside(text, s[0], b)]
    if not before:
        return None
    start, _, kind = before[-1]
    if kind == OTHER and _ME_AND.search(text[max(a, start - 30):start]):
        return SELF   # "me and my brother moved to ..." includes the writer
    return kind


def owner_at(text: str, pos: int, names: frozenset[str] = frozenset(), field: str = "", inherit: bool = False,
             household: frozenset[str] = frozenset(), about: bool = False) -> str:
    """Whose detail the words at `pos` state: SELF (or nobody named: a bio speaks of its owner),
    HOUSEHOLD (a partner, or a family member the user named in their facts), CHILD ("my son")
    or OTHER (a friend, a parent, a brother, another named person, a thing).

    With `inherit`, a prose sentence that names no subject takes a person named as the
    subject of the one before it ("Our Ella has been a nurse for years. Leeds General, nights.").
    With `about`, the text is the owner's own section of a page listing several people: "he" and
    "she" there are the owner."""
    introduced = _introduced(text)
    names = names | introduced if introduced else names
    a = _sentence_start(text, pos)
    kind = _last_subject(text, a, pos, names, household, about)
    if kind is None and inherit and field in _PROSE and a > 0 and not _I_LATER.match(text, pos):
        # (not when the sentence goes on in the first person: "Prenton born and bred and I've never left")
        prev = _sentence_start(text, max(0, a - 2))
        if _last_subject(text, prev, a, names, household, about) == OTHER and _PERSON_NAMED.search(text, prev, a):
            kind = OTHER
    if kind == OTHER and _ME_TOO.match(text, pos, min(len(text), pos + 40)):
        return SELF   # "Mum was a Selby girl like me": the writer too
    return kind or SELF


_I_LATER = lazy_re(r"[^.!?\n]{0,80}?\b(?:i|i['’](?:m|ve|d|ll))\b", re.I)
_ME_TOO = lazy_re(r"[^.!?\n]{0,30}?\b(?:like\s+(?:me|myself)|same\s+as\s+me|as\s+am\s+i|me\s+too|both\s+of\s+us)\b",
                     re.I)
_INTRO = lazy_re(r"\b(?:i'?m|i\s+am|my\s+name\s+is|call\s+me)\s+(?-i:([A-Z][a-z'’-]+))", re.I)


@lru_cache(maxsize=64)
def _introduced(text: str) -> frozenset[str]:
    """Names the writer gives themself ("I'm Callum", "my name is Jo")."""
    if "I" not in text and "i" not in text:
        return frozenset()
    return frozenset(m.group(1) for m in _INTRO.finditer(text, 0, 2000))


def clause_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause holding text[start:end]: bounded by punctuation and joining words."""
    a = max(0, start - 160)
    for m in _CLAUSE.finditer(text, a, start):
        a = m.end()
    after = _CLAUSE.search(text, end, min(len(text), end + 120))
    return a, (after.start() if after else min(len(text), end + 120))


def not_current(text: str, start: int, end: int) -> bool:
    """True when the clause puts a place in the past or makes it a stay ("used to live in",
    "moved to X for university", "at 19 I moved to", "the cost of living in")."""
    a, b = clause_around(text, start, end)
    return any(a <= m < b for m in _stay_markers(text)) or bool(_AGE.search(text, a, b))


# an age puts a move in the past: "at 19 I moved", "aged 18"
_AGE = lazy_re(r"\b(?:at|aged)\s+(?:the\s+age\s+of\s+)?\d{1,2}\b(?!\s*(?:am|pm|:|%|mph|k\b))", re.I)


@lru_cache(maxsize=64)
def _stay_markers(text: str) -> tuple[int, ...]:
    """Where the past and temporary markers of context.json start in `text` (one pass)."""
    return tuple(m.start for m in _stay_index().find(text))


@cache
def _stay_index() -> PhraseIndex:
    data = load_data("context.json")
    return PhraseIndex([(p, None) for p in data["past"] + data["temporary"]])


def police_stance(text: str, pos: int) -> bool:
    """True when the sentence at `pos` treats the police as a topic or an adversary."""
    spans = _stance_spans(text)
    if not spans:
        return False
    a = _sentence_start(text, pos)
    m = _SENTENCE.search(text, pos)
    b = m.start() if m else len(text)
    return any(a <= s < b for s in spans)


@lru_cache(maxsize=64)
def _stance_spans(text: str) -> tuple[int, ...]:
    return tuple(m.start for m in _stance_index().find(text))


@cache
def _stance_index() -> PhraseIndex:
    return PhraseIndex([(p, None) for p in load_data("context.json")["police_stance"]])


def whose(hit: Hit, profile: Profile | None = None, inherit: bool = False) -> str:
    """owner_at for a hit: whose detail the hit's words state (with `inherit`, a prose sentence
    without a subject is about the person the sentence before it was about)."""
    about = profile is not None and profile.about_owner(hit.block)
    return owner_at(hit.block.text, hit.start, owner_names(profile), hit.block.field, inherit=inherit, about=about)


def about_a_pet(text: str, a: int, b: int) -> bool:
    return bool(words().pets.search(text, a, b))


def with_the_writer(text: str, pos: int) -> bool:
    """True when the words after `pos` count the writer in too ("X-mad like me", "same as me")."""
    return bool(_ME_TOO.match(text, pos, min(len(text), pos + 40)))


# Someone else's words inside the writer's text: a line quoted from another post ("> my dad was born in ..."),
# or a quotation another person says, asks or wrote ("Listener question: “how do I tell my wife ...”",
# "a reader writes: 'my son ...'"); not the writer's own ("I said “my wife will kill me”").
_QUOTED_LINE = lazy_re(r"^[^\S\n]*(?:>|&gt;)[^\n]*", re.M)
_QUOTED_SPEECH = lazy_re(
    r"(?<!\bI\s)(?<!\bi\s)\b(?:question|asks?|asked|asking|writes|wrote|says|said|messaged|texted|commented|"
    r"replied|posted|tweeted|DMed|emailed)\s*[:,-]?\s*(?P<q>[“\"][^”\"\n]{3,400}[”\"]?)", re.I)


def others_words(text: str) -> list[tuple[int, int]]:
    """The spans of `text` that quote someone else: a quoted line, or a quotation after another's
    'says', 'asked', 'wrote' or 'question:' (the writer's own 'I said' is theirs)."""
    if ">" not in text and "“" not in text and '"' not in text:
        return []
    spans = [m.span() for m in _QUOTED_LINE.finditer(text)]
    return spans + [m.span("q") for m in _QUOTED_SPEECH.finditer(text)]


# Another person's quoted words: '"Bootle born, I am," says Maureen', '“...” Maureen laughs', 'Maureen says: "..."',
# 'Maureen: “...”', and a video's '#duet with @someone "..."' (the other creator's caption). The verbs are data.
# A testimonial or a recommendation signed with a dash: '"Best course I've done." – Sgt Ann Example, Kent Police'
# (the signature, their role and force, is theirs too). A repost: 'Reposting Chloe: “...”', 'RT @kat: ...'.
_QUOTE = r"(?P<q>[“\"][^”\"\n]{3,400}[”\"])"
_SPEAKER_NAME = r"(?P<name>(?-i:[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?))"
_REPOST = lazy_re(r"\b(?=[rsbq])(?:re-?post(?:ing|ed)?|re-?shar(?:ing|ed)|sharing|shared|boost(?:ing|ed)|"
                  r"re-?tweet(?:ing|ed)?|quote-?tweet(?:ing|ed)?|rt)\b(?P<lead>[^\n:“\"]{1,60}?):[^\S\n]*"
                  r"(?P<said>[“\"][^”\"\n]{3,400}[”\"]|['‘][^\n]{3,400}?['’](?!\w)|[^\s“\"'‘][^\n]{2,400})", re.I)


@cache
def _quote_patterns() -> re.Pattern[str]:
    data = load_data("sections.json")
    verbs = alternation(data["speech_verbs"])
    titles = alternation(data["titles"])

    def name(group: str) -> str:
        return _SPEAKER_NAME.replace("name>", group + ">")

    def quote(group: str) -> str:
        return _QUOTE.replace("q>", group + ">")

    return re.compile(
        rf"{quote('q1')}[^\S\n]*[,.!?]?[^\S\n]*(?:(?:{verbs})[^\S\n]+{name('n1')}|{name('n2')}[^\S\n]+(?:{verbs}))\b"
        rf"|{quote('q5')}[^\S\n]*[-–—―~]{{1,2}}[^\S\n]*(?P<t5>(?-i:{titles})\.?[^\S\n]+)?{name('n5')}(?![\w'’])[^\n]*"
        rf"|(?<![\w'’]){name('n3')}(?:[^\S\n]+(?:{verbs}))?[^\S\n]*[:,][^\S\n]*{quote('q3')}"
        rf"|\b(?:duet|stitch)(?:ed|ing)?\s+(?:with|to)\s+(?P<handle>@[\w.]+)[^\S\n]*:?[^\S\n]*{quote('q4')}",
        re.I)


# Someone else's words given to them by name at the start of a line, as a shared post, a comment or the minutes
# put them: "Ann Example: Couldn't be prouder of this one ..." (a full name: a first name and a surname).
_SPEAKER_LINE = lazy_re(r"^[^\S\n]*(?P<name>[A-Z][a-z'’-]+[^\S\n]+(?:Mc|Mac|O['’])?[A-Z][a-z'’-]+)"
                        r"[^\S\n]*:[^\S\n]+(?P<said>[^\s\"“][^\n]{2,})", re.M)
# Who a repost is of: a handle, a person by first name, or a friend.
_REPOSTED = lazy_re(r"@[\w.]+|(?-i:\b[A-Z][a-z'’-]+\b)|\b(?:friend|mate|pal|buddy|colleague|neighbour|cousin|sister|"
                    r"brother|auntie|aunt|uncle|niece|nephew)\b", re.I)
_WITH = lazy_re(r"\b(?:with|and)\b|&", re.I)


def _within(pos: int, spans: list[tuple[int, int, str]]) -> bool:
    return any(a <= pos < b for a, b, _ in spans)


def quoted_others(text: str, names: frozenset[str]) -> list[tuple[int, int, str]]:
    """The words in `text` that another person says (start, end, who): a quotation put to a first name
    that is not one of the owner's `names`, or to a handle the writer duets; a testimonial signed with
    another's name; what the writer reposts of a person's ('Reposting @kat: ...'); a line that opens
    with another's full name and a colon. The writer's own quoted words ('"...", I said') and words put
    to a pronoun or a relation ('Mum said: "..."') are left where they are."""
    if '"' not in text and "“" not in text and ":" not in text:
        return []
    out = []
    for m in _quote_patterns().finditer(text) if '"' in text or "“" in text else ():
        who = m.group("n1") or m.group("n2") or m.group("n3") or m.group("n5") or m.group("handle")
        quote = next(q for q in ("q1", "q3", "q4", "q5") if m.group(q))
        first = who.split()[0]
        if not who.startswith("@") and (first in names or (first not in first_names() and not m.group("t5"))):
            continue
        out.append((m.start(quote), m.end() if quote == "q5" else m.end(quote), who))
    if ":" not in text:
        return out
    for m in _REPOST.finditer(text):
        # (the one reposted stands last before the colon: "Sharing a brew with Dave: ..." reposts nobody)
        lead = m.group("lead")
        who = next((w.group() for w in reversed(list(_REPOSTED.finditer(lead))) if w.group().startswith("@")
                    or w.group()[0].islower() or w.group() in first_names()), None)
        if who is not None and who not in names and not _WITH.search(lead) and not _within(m.start("said"), out):
            out.append((m.start("said"), m.end("said"), who))
    for m in _SPEAKER_LINE.finditer(text) if names else ():
        words = m.group("name").split()
        if words[0] in first_names() and not set(words) & names and not _within(m.start(), out):
            out.append((m.start("said"), m.end("said"), m.group("name")))
    return sorted(out)


def cut_short(profile: Profile, full_name: str) -> set[str]:
    """The user's first name cut short as the page writes it ("Cal" for Callum, "Rach" for Rachel): a
    capitalised word of three letters or more that the first name starts with and that is no other
    first name the page could mean. Asked once per profile (owner_names keeps what it gives)."""
    first = full_name.split()[0] if full_name.split() else ""
    if len(first) < 5:
        return set()
    cuts = {first[:n] for n in range(3, len(first) - 1)} - first_names()
    pattern = re.compile(r"(?<![\w@#])(?:" + "|".join(sorted(cuts, key=len, reverse=True)) + r")(?![\w@])")
    return {m.group() for b in profile.blocks if b.own for m in pattern.finditer(b.text[:20_000])}


def quoted_by_another(text: str, pos: int, names: frozenset[str] = frozenset()) -> bool:
    """Whether `pos` is inside a quotation given to another creator or a named person on its line."""
    line = text[text.rfind("\n", 0, pos) + 1:pos]
    marks = [i for i, c in enumerate(line) if c in '"“”']
    if len(marks) % 2 == 0:
        return False   # not inside a quotation
    who = QUOTE_OF_ANOTHER.search(line, max(0, marks[-1] - 45), marks[-1])
    if who is None and not line[:marks[0]].strip() and len(marks) == 1:
        # a quotation that opens its line, under a heading that names someone ("** Plot 9 — Maureen Tierney **")
        start = text.rfind("\n", 0, pos) + 1
        heading = text[text.rfind("\n", 0, max(0, start - 1)) + 1:max(0, start - 1)]
        who = QUOTE_HEADING.search(heading)
    return who is not None and (who.group("name") or "").split(" ")[0] not in names


QUOTE_HEADING = lazy_re(r"(?P<name>(?-i:[A-Z][a-z]+\s+[A-Z][a-z'’-]+))[\s*#:=_–—-]*$")
# Who a quotation is given to: an @handle, a duet or stitch, another's words, a full name (with a colon or a verb).
QUOTE_OF_ANOTHER = lazy_re(r"(?:@[\w.]+|\b(?:duet|stitch|stitched|replying\s+to|quoting|quote)\b[^\n]{0,30}?|"
                           r"(?P<name>(?-i:[A-Z][a-z]+\s+[A-Z][a-z'’-]+))\s*(?:[:,–—-]|\b(?:says|said|writes|wrote|told\s+us))?)"
                           r"\s*[:,]?\s*$", re.I)
