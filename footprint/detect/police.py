"""Police affiliation: anything that links the user to a police service (footprint/data/police.json).

A strong signal (a force's name or handle, a police role, #PoliceFamily, "thin blue line", a
collar number) is enough alone; weak ones ("the Met", "skipper", "response", 🚓) need a second
signal in the same text. False friends (Police Academy, grammar police, PC gaming) are masked
first, and a text that says it is from a member of the public is not a link."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from footprint.detect.base import Detector, Hit, load_data, text_of
from footprint.detect.clause import OTHER, alternation, first_names, owner_at, owner_names, police_stance
from footprint.detect.text import PhraseIndex, PhraseMatch, drop_inside, mask, segment_at
from footprint.facts import Facts
from footprint.models import Profile, TextBlock
from footprint.lazyre import lazy_re

# A collar number stands alone: not inside a hex colour, a product code or a URL ("DC143C", "=PS1024", a
# "DS220+" NAS).
COLLAR = lazy_re(r"(?<![\w#=/.-])(?:PC|PCSO|DC|DS|PS|Sgt|SC|WPC|TDC|SPC|PSC)\s?(?:No\.?\s?)?\d{2,5}(?![\w+-])")
_URL = lazy_re(r"(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)+/\S*", re.I)
WORK_PHRASE = lazy_re(
    r"\b(?:work(?:s|ed|ing)?|serv(?:e|es|ed|ing)|career|volunteer(?:s|ed|ing)?|years?)\s+(?:for|in|with)\s+"
    r"(?:the\s+)?(?:police|policing)\b|\b(?:i'?m|i\s+am|i\s+was|i'?ve\s+been|i\s+have\s+been)\s+(?:a\s+)?"
    r"(?:police|cop|copper)\b|\bin\s+the\s+police\b"
    r"|\b(?:cop|copper|officer|detective|constable|sergeant|bobby)\s+for\s+(?:[\w-]+\s+){1,3}years?\b", re.I)
PUBLIC = lazy_re(r"\b(?:member\s+of\s+the\s+public|not\s+(?:a\s+|the\s+)?(?:police|cop|copper|officer)"
                    # "Not a police page", "not a police matter": the page or the matter, not the writer
                    r"(?!\s+(?:advice|guidance|views|opinions?|page|account|group|site|matter|issue|business|thing|"
                    r"emergency|number|line|profile|channel|"
                    r"event|job|problem))|"
                    r"(?:not|never\s+(?:been|was|worked))\s+(?:in|with|for|part\s+of)\s+the\s+police|never\s+(?:been\s+)?a\s+"
                    r"(?:cop|copper|police\s+officer)|"
                    r"i'?m\s+(?:a\s+)?civilian|as\s+a\s+civilian|non[-\s]police)\b", re.I)
_DIGIT = lazy_re(r"\d")
NEWS_FIELDS = {"post", "comment", "caption", "story", "page", "text"}
BELONGING = lazy_re(r"\b(?:with|at|for|joined|join|joining|in|of|from|serving|served|proud|my|our|ex|"
                       r"retired\s+from|left|work(?:s|ed|ing)?\s+(?:for|at|with))\s+(?:the\s+)?$|"
                       r"\b(?:ex|former)-$|"   # "ex-Lancs Police (1989-2019)"
                       # "I'm a Kent special", "as a GMP PCSO": the writer's own role
                       r"\b(?:i['’]?m|i\s+am|i\s+was|as|work\s+as|worked\s+as)\s+(?:an?\s+)?(?:proud\s+|former\s+)?$|"
                       # a profile's job line: "💼 Contact Centre, West Mercia Police", "Job: Analyst, GMP"
                       r"(?:^|\n)\s*(?:💼|job\s*:|role\s*:|work\s*:|occupation\s*:|employer\s*:)[^\n]{0,40}$", re.I)
_EMPLOYER_HINTS = {"employer", "job", "club"}
# Weak words so common elsewhere that two of them together still prove nothing
# ("passed out after nights out"); they count only beside a stronger weak signal or context.
VERY_WEAK = {"nights", "earlies", "lates", "on shift", "night shift", "on nights", "officer", "response",
             "special", "specials", "detective", "custody", "tutor", "commander", "commissioner", "inspector",
             "passed out", "passing out", "on duty", "off duty", "blue light", "emergency services",
             "on patrol", "in the job", "cop", "copper", "training school", "bobby", "plod", "guv",
             "🚨", "🚓", "🚔", "👮", "👮\u200d♂", "👮\u200d♀"}


# "covered my shifts", "our rest days": a police word the writer owns is theirs, whoever the sentence is about.
_MINE_BEFORE = lazy_re(r"\b(?:my|our)\s+$", re.I)
# Shift words that say little alone, but are the writer's working hours beside a first person ("us on lates").
SHIFTS = {"nights", "earlies", "lates", "on shift", "night shift", "on nights"}
_ME = lazy_re(r"\b(?:i|i['’]m|i['’]ve|i['’]d|me|my|we|we['’]re|we['’]ve|us|our)\b", re.I)


@cache
def _job_line() -> re.Pattern[str]:
    """A CV's or a profile's job line up to the employer: "Data Analyst (Insight), " before "West Yorkshire
    Police", "Digital Forensic Investigator — " before "Greater Manchester Police"."""
    nouns = "|".join(re.escape(w) for w in sorted(load_data("police.json")["job_titles"], key=len, reverse=True))
    return re.compile(rf"(?:^|\n)[^\n]{{0,60}}?\b(?:{nouns})s?\b[^\n,—–|@]{{0,30}}(?:,|—|–|\s-\s|\||@)"
                      rf"\s*(?:the\s+)?$", re.I)


CONTEXT_WORDS = ["police", "policing", "constabulary", "the force", "on duty", "shift", "collar"]


@dataclass
class Lexicon:
    """Every police phrase in one index; payloads say what each one is."""

    index: PhraseIndex
    passing_out: re.Pattern[str]
    off_duty_abbreviations: PhraseIndex


_SERVICE_WORDS = {"Police": "Constabulary", "Constabulary": "Police"}


@cache
def lexicon() -> Lexicon:
    data = load_data("police.json")
    entries: list[tuple[str, tuple[str, str | None], bool]] = []
    for org in data["forces"] + data["bodies"]:
        name = org["name"]
        names = set(org["names"])
        names |= {n.replace(" and ", " & ") for n in names} | {n.replace(" & ", " and ") for n in names}
        if org in data["forces"]:
            # "Herts Constabulary" for "Herts Police": a force's people call it by either service word
            names |= {f"{head} {_SERVICE_WORDS[last]}" for n in names for head, _, last in [n.rpartition(" ")]
                      if head and last in _SERVICE_WORDS}
        # a name of ordinary words ("Police Now": "with Herts Police now") only as the body writes it, capitalised
        entries += [(alias, ("strong", name), bool(org.get("cased"))) for alias in sorted(names)]
        for handle in org.get("handles", []):
            entries += [("@" + handle, ("strong", name), False), ("#" + handle, ("strong", name), False)]
        entries += [(abbr, ("strong", name), True) for abbr in org.get("abbreviations", [])]
        entries += [(alias, ("weak", name), alias.isupper()) for alias in org.get("weak", [])]
        entries += [(c, ("strong", name), True) for c in _force_roles(org)]
        entries += [(c, ("strong", name), False) for c in _force_people(org, data["after_force"])]
        entries += _force_hashtags(org, names, org in data["forces"])
        if org in data["forces"]:
            entries += [(n, ("strong", name), False) for n in _suffixed(org, data["short_suffixes"])]
    strong = data["roles"]["strong"] + data["phrases"]["strong"] + data["organisations"]
    entries += [(p, ("strong", None), False) for p in strong]
    entries += [("#" + h, ("strong", None), False) for h in data["hashtags"]]
    entries += [(r, ("weak", None), r.isupper() and len(r) <= 4) for r in data["roles"]["weak"]]
    entries += [(p, ("weak", None), False) for p in data["phrases"]["weak"] + data["emoji"]]
    entries += [(p, ("false_friend", None), False) for p in data["false_friends"]]
    entries += [(p, ("context", None), False) for p in CONTEXT_WORDS]
    entries += [(p, ("strong", None), case) for p, case in _rank_compounds(data["rank_compounds"])]
    # a training centre is a place name: only "passed out at Hendon" ties it to the police
    centres = "|".join(re.escape(c) for c in sorted(data["training_centres"], key=len, reverse=True))
    passing_out = re.compile(rf"\b(?:pass(?:ed|ing)\s+out(?:\s+parade)?|trained|training)\s+(?:at|from|in)\s+"
                             rf"(?:the\s+)?"
                             rf"(?:{centres})\b", re.I)
    return Lexicon(PhraseIndex(entries, plural=True), passing_out,
                   PhraseIndex([(w, None) for w in data["abbreviation_contexts"]], plural=True))


# "Met special", "GMP PCSO", "Kent copper": a force's short name before a role names the writer's service
# (as written: "I met special people" is no special constable).
FORCE_ROLES = ("special", "specials", "special constable", "Special Constable", "Special", "PCSO", "PC", "Sgt", "DC",
               "DS", "copper", "cop", "officer", "detective", "call handler", "response officer")


ROLES_BEFORE_FORCE = ("special", "Special", "special constable", "Special Constable", "PCSO", "PC", "copper", "cop",
                      "call handler", "detective", "DC", "Sgt", "sergeant")


def _shorts(org: dict[str, list[str] | str]) -> set[str]:
    """A force's short names as written: "GMP", "Met" (of "the Met"), "Kent" (of "Kent Police")."""
    shorts = {str(a) for a in org.get("abbreviations", [])}
    shorts |= {str(w)[4:] if str(w).startswith("the ") else str(w) for w in org.get("weak", [])}
    shorts |= {re.sub(r"\s+(?:Police(?:\s+Service)?|Constabulary)$", "", str(n)) for n in org["names"]
               if re.search(r"\s(?:Police|Constabulary)$", str(n))}
    return {w for w in shorts if len(w) >= 2 and w[:1].isupper()}


def _suffixed(org: dict[str, list[str] | str], suffixes: list[str]) -> list[str]:
    """"Lancs Constab", "Staffs Cops", "LancsPol": a force's short name with an informal word for its service."""
    shorts = {w for w in _shorts(org) if len(w) >= 3 and not w.isupper()}
    return sorted({f"{w} {s}" for w in shorts for s in suffixes}
                  | {f"{w}{s}" for w in shorts if " " not in w for s in suffixes if s == "Pol"})


def _force_roles(org: dict[str, list[str] | str]) -> list[str]:
    shorts = _shorts(org)
    before = [f"{w} {role}" for w in sorted(shorts) for role in FORCE_ROLES]
    # "a special with Suffolk", "PCSO for Gwent": the role, then the force's short name
    after = [f"{role} {prep} {w}" for w in sorted(shorts) for role in ROLES_BEFORE_FORCE for prep in ("with", "for")]
    return before + after


def _force_people(org: dict[str, list[str] | str], after: list[str]) -> list[str]:
    """"West Mids finest", "Avon & Somerset's finest": a force's people, said by its own."""
    shorts = {str(w)[4:] if str(w).startswith("the ") else str(w) for w in org.get("weak", [])}
    shorts |= {str(a) for a in org.get("abbreviations", [])} | {str(n) for n in org["names"]}
    shorts |= {w.replace(" & ", " and ") for w in shorts} | {w.replace(" and ", " & ") for w in shorts}
    return [w + (s if s.startswith("'") else " " + s) for w in sorted(shorts) for s in after]


def _force_hashtags(org: dict[str, list[str] | str], names: set[str],
                    force: bool) -> list[tuple[str, tuple[str, str], bool]]:
    """A force's or a body's names run together as a hashtag (#StaffordshirePolice, #PoliceFederation), strong;
    a force's abbreviations and short forms (#wmp, #WestMids), weak, in any case (a body's "#PSA" is no sign)."""
    name = str(org["name"])
    strong = {"#" + re.sub(r"[\s&'’-]+", "", n) for n in names if " " in n}
    weak = {"#" + re.sub(r"[\s&'’-]+", "", str(w)[4:] if str(w).startswith("the ") else str(w))
            for w in [*org.get("abbreviations", []), *org.get("weak", [])] if force and len(str(w)) >= 3}
    return [(t, ("strong", name), False) for t in sorted(strong)] + \
        [(t, ("weak", name), False) for t in sorted(weak - strong)]


@cache
def _short_forces() -> tuple[re.Pattern[str], dict[str, str]]:
    """Every force's short names, after a gap of emoji or signs, and the force each one names."""
    short = {w: str(org["name"]) for org in load_data("police.json")["forces"] for w in _shorts(org)}
    alternatives = "|".join(re.escape(w) for w in sorted(short, key=len, reverse=True))
    return re.compile(rf"[^\w\n|•·]{{1,12}}?({alternatives})\b"), short


# the roles that name a service as written ("Special" and "officer" begin many other things)
_ROLE_WORDS = {"PC", "PCSO", "Sgt", "DC", "DS", "copper", "special constable", "Special Constable", "call handler",
               "response officer"}


def _role_then_force(text: str, matches: list[PhraseMatch]) -> list[tuple[int, int, str | None]]:
    """"PC 👮🏾‍♂️ Met", "Sgt 🚔 GMP": a role, then emoji or signs (not words or bare spaces), then a force's
    short name; "Response PC @ Merseyside", "a special with Cumbria": a police role, then a preposition of
    belonging, then a force's short name standing alone (not "officer at Essex County Council")."""
    pattern, short = _short_forces()
    out: list[tuple[int, int, str | None]] = []
    for m in matches:
        if not any(p[0] in ("weak", "strong") and p[1] is None for p in m.payloads):
            continue
        if text[m.start:m.end] in _ROLE_WORDS:
            after = pattern.match(text, m.end)
            if after and text[m.end:after.start(1)].strip(" ,.;:"):
                out.append((m.start, after.end(), short[after.group(1)]))
                continue
        if text[m.start:m.end].split()[-1].casefold() in _POLICE_ROLES:
            # "the sergeant on the dog section at Leics": the unit may stand between the role and the force
            if _SOMEONE_A.search(text, max(0, m.start - 40), m.start) \
                    and not _SELF_A.search(text, max(0, m.start - 40), m.start):
                continue   # "A sergeant at Leics showed us round": someone the writer met
            unit = _UNIT.match(text, m.end)
            at = _at_force().match(text, m.end) or (_at_force().match(text, unit.end()) if unit else None)
            if at:
                out.append((m.start, at.end(), short[at.group(1)]))
    return out


def _named_other_before(text: str, start: int, names: frozenset[str]) -> bool:
    """A first name not the owner's stands before `start` in its sentence ("Dave's a copper with Kent")."""
    a, _ = segment_at(text, start)
    return any(w in first_names() and w not in names for w in re.findall(r"\b[A-Z][a-z]+", text[a:start]))


_SOMEONE_A = lazy_re(r"(?:^|[.!?]\s+|\b(?:met|with|and|by|from|asked|told)\s+)(?:a|an|another|one)\s+(?:[\w-]+\s+)?$",
                     re.I)
_SELF_A = lazy_re(r"\b(?:i['’]?m|i\s+am|be|been|was|became|become|as|still|now|currently|work\s+as)\s+(?:a|an)\s+"
                  r"(?:[\w-]+\s+)?$", re.I)
_UNIT = lazy_re(r"\s+(?:on|in|with)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:section|team|unit|squad|department|dept)\b",
                re.I)
# The last word of a role that is a police role whatever its employer is called ("officer" is not).
_POLICE_ROLES = {"pc", "pcso", "sgt", "dc", "ds", "dci", "ps", "copper", "cop", "constable", "sergeant", "detective",
                 "special", "specials", "skipper"}


@cache
def _at_force() -> re.Pattern[str]:
    """"@ Merseyside", " with Cumbria", " for the Met": belonging to a force named by its short name alone."""
    alternatives = "|".join(re.escape(w) for w in sorted(_short_forces()[1], key=len, reverse=True))
    return re.compile(rf"\s*(?:@|\b(?:with|for|at|in)\b)\s*(?:the\s+)?({alternatives})\b(?![\w-]|\s+(?-i:[A-Z]))")


def _rank_compounds(data: dict[str, list[str]]) -> list[tuple[str, bool]]:
    """'Neighbourhood Insp', 'Response Sgt', 'Retd DS', 'ex-PC': a unit or a service word before an
    abbreviated rank, each weak alone. A two-letter capital rank matches only in capitals, beside a
    unit written in capitals or not ("response PC", "Response PC")."""
    out = []
    for rank in data["ranks"]:
        exact = rank.isupper() and len(rank) <= 3
        for word in data["units"] + data["before"]:
            forms = {word, word[:1].upper() + word[1:]} if exact else {word}
            out += [(f"{w} {rank}", exact) for w in forms]
        for word in data["before"]:
            forms = {word, word[:1].upper() + word[1:]} if exact else {word}
            out += [(f"{w}-{rank}", exact) for w in forms]
    return out


def _very_weak(phrase: str) -> bool:
    """One of the weak words that prove nothing in pairs ("blue lights" as "blue light")."""
    words = " ".join(phrase.split()).casefold()
    return any(form in VERY_WEAK for form in (words, words[:-1] if words.endswith("s") else words,
                                              words[:-2] if words.endswith("es") else words))


def _hashtag_force(tag: str) -> str | None:
    """A force's name run together in a hashtag (#MetPolice, #PoliceScotland)."""
    tag = tag.lstrip("#").casefold()
    for org in load_data("police.json")["forces"]:
        for alias in org["names"]:
            if " " in alias and alias.replace(" ", "").casefold() in tag:
                return str(org["name"])
    return None


_WORD_AFTER = lazy_re(r"\s+[^\W\d_]")
# Police words naming a book, a game or a show: "a PCSO memoir", "Police Simulator".
MEDIA_AFTER = lazy_re(r"[\s:]+(?:memoirs?|novels?|dramas?|procedurals?|thrillers?|series|shows?|sitcoms?|"
                         r"documentar(?:y|ies)|simulator|video\s+games?|podcasts?|films?|movies?|box\s*sets?|"
                         r"tv\s+shows?|books?|mysteries)\b", re.I)
@cache
def origin_after() -> re.Pattern[str]:
    """Words after a police name that make it the origin of a thing ("the ex-Humberside Police fleet sale",
    "College of Policing Credential ID"), from context.json."""
    words = alternation(load_data("context.json")["police_origin_after"])
    return re.compile(rf"[\s:–—-]+(?:[\w'’-]+\s+){{0,2}}?(?:{words})\b", re.I)


@cache
def statement_after() -> re.Pattern[str]:
    """Words after a force's name that make the sentence the force's own statement as news reports it ("West
    Mercia Police have warned", "Kent Police are appealing for"), from context.json."""
    words = alternation(load_data("context.json")["police_statement_after"])
    return re.compile(rf"\s+(?:(?:have|has|had|are|is|were|was|today|yesterday|just|now|also)\s+){{0,2}}(?:{words})\b",
                      re.I)


@cache
def partner_before() -> re.Pattern[str]:
    """Words just before a force's name that make it another force helping the writer's in a joint operation
    ("officers worked with colleagues from Lancashire Constabulary"), from context.json."""
    words = alternation(load_data("context.json")["police_partner_before"])
    return re.compile(rf"\b(?:{words})\s+(?:the\s+)?$", re.I)


def _a_partner(text: str, m: PhraseMatch) -> bool:
    """A force named as a partner in another's operation, not as the writer's employer."""
    return any(f for kind, f in m.payloads if kind in ("strong", "weak")) \
        and partner_before().search(text, max(0, m.start - 40), m.start) is not None


def _news_of_the_force(text: str, end: int) -> bool:
    """The force's name at `end` opens its own statement, not one about the writer ("have confirmed my transfer")."""
    said = statement_after().match(text, end)
    return said is not None and not _MINE_AFTER.search(text[said.end():said.end() + 40].split(".")[0])


_MINE_AFTER = lazy_re(r"\b(?:my|me|I)\b")


def _a_body(m: PhraseMatch) -> bool:
    """The match names only bodies (the College of Policing), no force."""
    forces = {f for kind, f in m.payloads if kind in ("strong", "weak")}
    return bool(forces) and None not in forces and not forces & _territorial()


@cache
def _courses_after() -> re.Pattern[str]:
    """"College of Policing - Intelligence Analyst course": a body as a course's provider."""
    courses = load_data("police.json")["body_courses_after"]
    words = "|".join(re.escape(w) for w in sorted(courses, key=len, reverse=True))
    return re.compile(rf"[\s:–—-]+(?:[\w'’()-]+\s+){{0,3}}?(?:{words})\b", re.I)


@cache
def _employer_after() -> re.Pattern[str]:
    """"Staffs Police pay me nowhere near enough": words after a force's name that make it the writer's employer."""
    words = "|".join(re.escape(w).replace(r"\ ", r"\s+")
                     for w in sorted(load_data("police.json")["employer_verbs_after"], key=len, reverse=True))
    return re.compile(rf"['’]?\s+(?:\w+ly\s+|still\s+|barely\s+|only\s+)?(?:{words})\b", re.I)


# "Views mine, not Police Scotland's": a disclaimer names the writer's employer, and denies nothing.
DISCLAIMER_BEFORE = lazy_re(r"\b(?:views?|opinions?|thoughts|tweets|posts)\b[^.!?\n|]{0,30}\bnot\s+"
                            r"(?:(?:those|that)\s+of\s+)?(?:the\s+|my\s+)?(?:employer['’]?s?\s*[(,:-]?\s*)?$", re.I)
# "Met vs Thames Valley Police in the final", "lost to GMP": the other side of a match, not the writer's force.
OPPONENT_BEFORE = lazy_re(r"\b(?:vs\.?|v\.?|versus|against|beat|beating|lost\s+to|losing\s+to|drew\s+with|"
                          # a force the writer sets theirs beside: "can't speak for the Met", "unlike GMP"
                          r"(?:can'?t|cannot|can\s+not|won'?t)\s+speak\s+for|unlike|compared\s+(?:to|with)|"
                          r"(?:better|worse|busier|quieter)\s+than)\s+(?:the\s+)?$", re.I)


# "how GMP finally cracked it", "the night the Met raided ...": a force as a case's subject, a story's topic.
_CASE_TOLD_BEFORE = lazy_re(r"\b(?:how|when|why)\s+(?:the\s+)?$", re.I)


@cache
def _case_after() -> re.Pattern[str]:
    words = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(load_data("police.json")["case_verbs"],
                                                                         key=len, reverse=True))
    return re.compile(rf"\s+(?:\w+ly\s+)?(?:{words})\b", re.I)


# A role as a title before another person's name: "PCSO Lisa Grant from the Met will ..."
TITLED = lazy_re(r"(?-i:\s+([A-Z][a-z]+)(?:\s+[A-Z][a-z'’-]+)?)")
# Ranks written before a surname: "Sgt Bloggs", "PC Patel" (any capitalised word after one is a name).
RANK_TITLES = {"pc", "pcso", "dc", "ds", "di", "dci", "sgt", "sergeant", "insp", "inspector", "supt", "superintendent",
               "ch insp", "chief inspector", "det", "detective", "constable", "special constable", "wpc"}
# "Nobody we knew joined the police", "none of us were in the job": a denial, not a link.
NOBODY = lazy_re(r"\b(?:nobody|no\s+one|none\s+of\s+(?:us|them|my|our))\b[^.!?\n]*$", re.I)
# Meeting the police as a member of the public: "had a PCSO knock", "thanks to the officers who helped".
_ROLE = r"(?:police(?:\s+officers?)?|pcsos?|officers?|cops?|coppers?|detectives?|constables?|sergeants?|bobb(?:y|ies))"
ENCOUNTER = lazy_re(
    rf"\b(?:had|saw|met|spoke\s+to|talked\s+to|chatted\s+(?:to|with)|flagged\s+down|stopped\s+by|visited\s+by|"
    rf"thanks?\s+to|thank\s+you\s+to|shout[-\s]?out\s+to)\s+(?:a|an|the|two|three|some|a\s+couple\s+of)\s+"
    rf"(?:[\w-]+\s+)?{_ROLE}\b"
    rf"|\b(?:a|an|the|two|some)\s+(?:[\w-]+\s+)?{_ROLE}\s+(?:who\s+)?(?:knocked|came|called|turned\s+up|stopped|"
    rf"pulled|rang|visited|attended|helped|said|told|asked|arrived|was\s+(?:really|very|so|lovely|great|helpful|rude))\b"
    # "the officers I've interviewed": people the writer met, not the writer
    rf"|\b(?:the|a|an|some|two|three)\s+(?:[\w-]+\s+)?{_ROLE}\s+(?:that\s+|who\s+)?(?:i|i'?ve|we|we'?ve)\s+(?:have\s+)?"
    rf"(?:interviewed|met|spoke\s+to|spoken\s+to|talked\s+to|asked|followed|shadowed|watched)\b",
    re.I)
COLLECTIVE = lazy_re(r"\b(?:everyone|everybody|all|colleagues|(?:the|my|our)\s+(?:team|lads|girls|gang|troops|"
                        r"colleagues|shift|mates|crew|section))\s+(?:at|in|from|with|of)\s+(?:the\s+)?$", re.I)
FIRST_PERSON = lazy_re(r"\b(?:i|i'm|i've|i'd|my|we|we're|we've)\b", re.I)
# Wishing someone well on their new job: the force named is theirs ("congrats on the new role with
# Kent Police!", "good luck in your new post at the Met"), unless the wish is to oneself.
WISHED = lazy_re(r"\b(?:congrat\w*|well\s+done|good\s+luck|best\s+of\s+luck|all\s+the\s+best)\b"
                    r"(?![^.!?\n]*\b(?:to\s+me|myself|to\s+us)\b)[^.!?\n]{0,40}?"
                    r"\b(?:job|role|post|position|posting|start)\s+(?:at|with|in|for)\s+(?:the\s+)?$", re.I)
_WISH_WORDS = ("congrat", "well done", "good luck", "best of luck", "all the best")
# "your sergeant, your Fed rep": the reader's, unless the writer is the reader's own ("one of your local PCSOs").
YOUR_BEFORE = lazy_re(r"\byour\s+(?!friendly\b)(?:[\w-]+\s+)?$", re.I)
SELF_INTRO = lazy_re(r"\b(?:i['’]?m|i\s+am|one\s+of|this\s+is|it['’]s|as)\s+(?:[\w-]+\s+)?your\b", re.I)
# "Join Lewisham Volunteer Police Cadets", "Apply to join the Specials": a call to others, at an item's start.
INVITE_BEFORE = lazy_re(r"(?:^|[.!?|•·\n]\s*)(?i:join|apply\s+to(?:\s+join)?|apply\s+(?:now\s+)?(?:for|to)|"
                           r"sign\s+up\s+(?:to|for|with)|volunteer\s+with|become\s+(?:a|an))\s+[^.!?|•·\n]{0,50}$")


# A visit to a force, or a day out with it: "a day with the Met Police cycle unit", "ride-along with GMP",
# "behind the scenes at Kent Police HQ", "our trip to the Thames Valley Police museum"; a talk the force gave.
VISIT_BEFORE = lazy_re(r"\b(?:an?\s+(?:day|night|morning|afternoon|evening|week)|ride[-\s]?alongs?|tours?|visits?|"
                       r"trips?|open\s+days?|behind\s+the\s+scenes|guest\s+(?:video|episode|slot))\s+"
                       r"(?:out\s+)?(?:with|at|to|of|inside)\s+(?:the\s+)?$|"
                       # a talk or a display the force gave: "a really good talk from Durham Constabulary's lab"
                       r"\b(?:talks?|presentations?|workshops?|demos?|demonstrations?|displays?)\s+(?:from|by)\s+"
                       r"(?:the\s+)?$", re.I)


# A talk's or a show's guest, the subject of the sentence: "Our speaker next month is a retired DS from ...".
SPEAKER_BEFORE = lazy_re(r"\b(?:our|the|this\s+(?:week|month|year)['’]?s?|next\s+(?:week|month)['’]?s?)\s+"
                         r"(?:guest\s+)?(?:speakers?|guests?|visitors?)\b[^.!?\n]{0,80}$", re.I)


# The writer's own job line: "Day job teaches people to shoot", "| job: arresting people in Bristol".
OWN_JOB = lazy_re(r"(?:^\s*|[|•·\n]\s*|\bmy\s+)day[\s-]job\b|(?:^\s*|[|•·\n]\s*)(?:job|work|role|occupation)\s*:",
                  re.I)
# A post's closing run of hashtags ("... #studentofficer #staffspolice #fyp"): the poster's labels.
TAG_RUN = lazy_re(r"(?:\s*#\w+)+\s*$")
# The generic "you" of "POV: you finish a 12hr shift", which names nobody else.
_YOU = lazy_re(r"\b(?:you|you['’](?:re|ve|ll|d))\b", re.I)
# "I can't make your speeding ticket go away": the reader's dealings with the police, told by the police.
_YOUR_DEALINGS = lazy_re(r"\byour\s+$", re.I)


def _tag_read(text: str, start: int) -> tuple[str, int]:
    """The text to ask whose words are at `start`: a hashtag in a post's closing run of tags is the
    poster's label for the post, read with the generic "you" of the post blanked out."""
    if text[start:start + 1] != "#" or "you" not in text.casefold():
        return text, start
    run = TAG_RUN.search(text)
    if not run or start < run.start():
        return text, start
    return _YOU.sub(lambda m: " " * len(m.group()), text), start


@cache
def _stance_words() -> PhraseIndex:
    return PhraseIndex([(p, None) for p in load_data("context.json")["police_stance"]])


def _readers_dealings(text: str, start: int) -> bool:
    """Every stance phrase of the sentence at `start` is the reader's ("your speeding ticket")."""
    a, b = segment_at(text, start)
    found = _stance_words().find(text[a:b])
    return bool(found) and all(_YOUR_DEALINGS.search(text[a:a + m.start]) for m in found)


def _not_the_writers(text: str, start: int, block: TextBlock, names: frozenset[str],
                     household: frozenset[str], about: bool = False) -> bool:
    """Police words about someone else (a friend, a brother; a partner or a child is the household),
    police as a topic or an adversary, or a denial."""
    a, _ = segment_at(text, start)
    if OWN_JOB.search(text[a:start]):
        return False   # "Day job: arresting people (Avon & Somerset's finest)": the writer's job line
    if owner_at(*_tag_read(text, start), names, block.field, inherit=True, household=household, about=about) \
            == OTHER or (police_stance(text, start) and not _readers_dealings(text, start)):
        return True
    a, _ = segment_at(text, start)
    if YOUR_BEFORE.search(text, max(a, start - 25), start) and not SELF_INTRO.search(text, max(a, start - 60), start):
        return True   # "talk to your Fed rep": the reader's
    if INVITE_BEFORE.search(text, max(0, start - 60), start):
        return True   # "Join Lewisham Volunteer Police Cadets": an invitation to others
    if OPPONENT_BEFORE.search(text, max(a, start - 20), start):
        return True   # "Met vs Thames Valley Police in the final": the other side
    if VISIT_BEFORE.search(text, max(0, start - 40), start):
        return True   # "a day with the Met's cycle unit", "ride-along with GMP": a visitor's, not a member's
    if SPEAKER_BEFORE.search(text, max(a, start - 90), start) and not FIRST_PERSON.search(text, max(a, start - 90),
                                                                                            start) \
            and not any(n in text[a:start] for n in names):   # (a host's guest named as the user is the user)
        return True   # "Our speaker next month is a retired sergeant from ...": the guest's
    low = text.casefold()
    if any(w in low for w in _WISH_WORDS) and WISHED.search(text, segment_at(text, start)[0], start):
        return True   # (the wish pattern is only tried on the few texts holding a wish word)
    if not _denial_or_encounter(text):
        return False   # (the sentence is only looked up in the few texts that need it)
    a, b = segment_at(text, start)
    return bool(NOBODY.search(text, a, start)) or bool(ENCOUNTER.search(text, a, b))


@lru_cache(maxsize=64)
def _denial_or_encounter(text: str) -> bool:
    return bool(ENCOUNTER.search(text)) or bool(re.search(r"\b(?:nobody|no\s+one|none\s+of)\b", text, re.I))


def _someone_titled(text: str, m: PhraseMatch, block: TextBlock, names: frozenset[str]) -> tuple[int, int] | None:
    """'PCSO Lisa Grant from the Met will join us': a role used as another person's title, in prose;
    the span from the role to the end of its sentence speaks of them."""
    if block.field not in NEWS_FIELDS and block.field not in ("about", "readme", "description", "link") \
            and not GUEST_BEFORE.search(text, max(0, m.start - 40), m.start):
        return None   # (a bio's "Sgt Jo Bell, Kent Police" is its owner; "thanks to Sgt Jo Bell" in it is not)
    after = TITLED.match(text, m.end)
    matched = text[m.start:m.end].rstrip(".").casefold()
    rank = matched in RANK_TITLES or matched.split()[-1].split("-")[-1] in RANK_TITLES   # "retired DCI Jo Bell"
    if not after or after.group(1) in names or not (rank or after.group(1) in first_names()) \
            or after.group(1).casefold() in RANK_TITLES:
        return None   # ("Detective Sergeant with ...": one rank in two words, no one's name)
    a, b = segment_at(text, m.start)
    if HERE_AFTER.match(text, after.end()) \
            or ME_AS_BEFORE.search(" ".join(text[max(0, m.start - 50):m.start].split()) + " "):
        return None   # "Sgt Example here", "PC Ames from the Leek team (Staffs) here": the writer
    if FIRST_PERSON.search(text, a, b) and not GUEST_BEFORE.search(text, max(a, m.start - 40), m.start):
        return None   # "I work alongside PC Jo Hart at Kent Police": the writer too
    return m.start, b


# "you'll know me better as PC Ames", "I'm Sgt Ray Ames": the writer named by their own title.
ME_AS_BEFORE = lazy_re(r"\b(?:me\s+(?:better\s+|best\s+|more\s+)?as|call\s+me|i['’]?m|i\s+am|it['’]s\s+me,?)\s+$",
                          re.I)
# The writer giving their own title: "PC Ames here", "PC Ames from the Leek team (Staffs) here -".
# (not a link's "buy here", "listen here")
HERE_AFTER = lazy_re(r"[^.!?\n]{0,80}?(?<!\bbuy)(?<!\bclick)(?<!\btap)(?<!\border)(?<!\bshop)(?<!\bread)(?<!\bwatch)"
                     r"(?<!\blisten)(?<!\bmore)(?<!\bbook)\s+here\b\s*(?:[-–—,!:.(]|$)")
# A guest or an interviewee introduced by title: "joined by DC Jo Bell", "this week's guest, Sgt Ray Ames"; one
# thanked or credited ("huge thanks to Sgt Ray Ames for ...", "a memoir by PC Jo Bell (retd)"; not "trained by").
GUEST_BEFORE = lazy_re(r"\b(?:joined\s+by|(?<!ed\s)by|thanks?\s+(?:you\s+)?to|cheers\s+to|shout[-\s]?outs?\s+to|"
                          r"guests?\s*(?:is|are|was|,|:)?|welcom(?:e|es|ed|ing)(?:\s+back)?|"
                          r"interview(?:s|ed|ing)?|talk(?:s|ed|ing)?\s+(?:to|with)|speak(?:s|ing)?\s+(?:to|with)|"
                          r"spoke\s+(?:to|with)|chat(?:s|ted|ting)?\s+(?:to|with)|meet|featuring|feat\.?|ft\.?)\s+"
                          r"(?:the\s+)?(?:(?:brilliant|wonderful|lovely|fantastic|amazing|legendary|retired|former)\s+)?$",
                          re.I)


def _abbreviation_elsewhere(text: str, start: int, end: int, contexts: list[tuple[int, int]]) -> bool:
    """'PC, DS and Wii games': a short role abbreviation in a sentence about consoles or computers."""
    word = text[start:end]
    if not (word.isupper() and len(word) <= 4) or not contexts:
        return False
    a, b = segment_at(text, start)
    return any(a <= c < b for c, _ in contexts)


def police_hits(block: TextBlock, names: frozenset[str] = frozenset(),
                household: frozenset[str] = frozenset(), about: bool = False) -> list[Hit]:
    """Police links in one block of text: a hit per force named, else one generic hit.
    Whose words they are is asked only of a block that links to the police at all (it costs more).
    `about`: the block is the owner's own section of a page listing several people."""
    text = text_of(block)
    matches = lexicon().index.find(text)
    if not matches and not (_DIGIT.search(text) and COLLAR.search(text)):
        return []   # no police word and no collar number: nothing to weigh
    if not _police_hits(block, matches, None):
        return []
    return _police_hits(block, matches, (names, household), about)


def _police_hits(block: TextBlock, matches: list[PhraseMatch],
                 whose: tuple[frozenset[str], frozenset[str]] | None, about: bool = False) -> list[Hit]:
    lex = lexicon()
    text = text_of(block)
    false_friends = [(m.start, m.end) for m in matches if any(p[0] == "false_friend" for p in m.payloads)]
    names, household = whose or (frozenset(), frozenset())
    collective: set[tuple[int, int]] = set()
    if matches and whose is not None:
        elsewhere = [(m.start, m.end) for m in lex.off_duty_abbreviations.find(text)]
        false_friends += [(m.start, m.end) for m in matches if _abbreviation_elsewhere(text, m.start, m.end, elsewhere)]
        # "my sergeant" speaks of the writer's own work: whose it is is asked after the "my"
        theirs = [m for m in matches if not _MINE_BEFORE.search(text, max(0, m.start - 5), m.start)
                  and _not_the_writers(text, m.start + 3 if text[m.start:m.start + 3].casefold()
                                       == "my " else m.start, block, names, household, about)]
        # "everyone at GMP", "all at Kent Police": the force of a group the writer may be one of, a
        # weak sign that needs another of the writer's own ("my sergeant")
        collective = {(m.start, m.end) for m in theirs if COLLECTIVE.search(text[max(0, m.start - 40):m.start])}
        false_friends += [(m.start, m.end) for m in theirs
                          if not any(a <= m.start and m.end <= b for a, b in collective)]   # nor "Police" in it
        false_friends += [(m.start, m.end) for m in matches
                          if MEDIA_AFTER.match(text, m.end) or origin_after().match(text, m.end)
                          or _news_of_the_force(text, m.end) or _a_partner(text, m)
                          or (_a_body(m) and _courses_after().match(text, m.end))
                          or (_CASE_TOLD_BEFORE.search(text, max(0, m.start - 12), m.start)
                              and _case_after().match(text, m.end))]
        # "Humberside's finest fish and chips": the finest of a thing, not of a force's people
        false_friends += [(m.start, m.end) for m in matches
                          if text[m.start:m.end].casefold().endswith("finest") and _WORD_AFTER.match(text, m.end)]
        false_friends += [span for m in matches if any(p[0] in ("strong", "weak") and p[1] is None for p in m.payloads)
                          for span in [_someone_titled(text, m, block, names)] if span]
    matches = [m for m in drop_inside(matches, false_friends)   # "Police" in a group's "Kent Police" is no more
               if not any(a <= m.start and m.end <= b and (a, b) != (m.start, m.end) for a, b in collective)]
    strong: list[tuple[int, int, str | None]] = []
    weak: list[tuple[int, int, str | None]] = []
    context = []
    for m in matches:
        for kind, force in m.payloads:
            if kind == "strong" and (m.start, m.end) in collective:
                weak.append((m.start, m.end, force))
            elif kind == "strong":
                strong.append((m.start, m.end, force))
            elif kind == "weak":
                weak.append((m.start, m.end, force))
            elif kind == "context":
                context.append((m.start, m.end))
    # "a night shift" alone is one signal, not a weak one and a context word ("shift") inside it
    apart = [(a, b) for a, b in context if not any(w[0] <= a and b <= w[1] and (w[0], w[1]) != (a, b) for w in weak)]
    # a role naming its force says the belonging outright, unless it is said of someone named ("our son Luke is a PC
    # in Kent")
    roled = [r for r in _role_then_force(text, matches) if not _named_other_before(text, r[0], names)]
    strong += roled
    masked = mask(text, false_friends) if false_friends else text
    if not strong and _DIGIT.search(text):
        collars = list(COLLAR.finditer(masked))
        urls = [u.span() for u in _URL.finditer(text)] if collars else []
        strong += [(x.start(), x.end(), None) for x in collars
                   if not any(a <= x.start() < b for a, b in urls)
                   and not (whose and _not_the_writers(text, x.start(), block, names, household, about))]
    if not strong and (context or weak):
        strong += [(x.start(), x.end(), None) for x in WORK_PHRASE.finditer(masked)
                   if not (whose and _not_the_writers(text, x.start(), block, names, household, about))]
        strong += [(x.start(), x.end(), None) for x in lex.passing_out.finditer(masked)
                   if not (whose and _not_the_writers(text, x.start(), block, names, household, about))]
    distinct_weak = set()
    covered = -1
    for a, b, _ in sorted(weak, key=lambda w: (w[0], -w[1])):
        if a >= covered:  # one signal per stretch of text: "👮‍♀️" is not also "👮"
            distinct_weak.add(" ".join(text[a:b].split()).casefold())
            covered = b
    if block.label and "police" in block.label.casefold():
        distinct_weak.add("(a police community)")
    if block.hint in _EMPLOYER_HINTS and context:
        strong += [(a, b, None) for a, b in context]
    if strong and block.field in NEWS_FIELDS and all(force for _, _, force in strong) and not block.hint:
        # only force names, in a post: "Twelve years with Essex Police" is a link, "good to see
        # the NCA take down a gang" is news; it needs a preposition of belonging or another signal
        named = [(a, b) for a, b, _ in strong]
        starts = [w[0] for w in weak if not _very_weak(text[w[0]:w[1]])]
        starts += [c[0] for c in context]
        # "I'm on nights ... Notts Police don't care": the writer's own shifts beside the force
        starts += [w[0] for w in weak if " ".join(text[w[0]:w[1]].split()).casefold() in SHIFTS
                   and _ME.search(text, *segment_at(text, w[0])) and any(abs(w[0] - a) < 120 for a, _ in named)]
        others = [s for s in starts if not any(a <= s < b for a, b in named)]
        belongs = bool(roled) or any(BELONGING.search(text[max(0, a - 30):a])
                                     or _job_line().search(text[max(0, a - 90):a])
                                     or _employer_after().match(text, b) for a, b in named)
        if not belongs and not others and not (block.label and "police" in block.label.casefold()):
            return []
    firm = {w for w in distinct_weak if not _very_weak(w)}
    linked = bool(strong) or (len(distinct_weak) >= 2 and bool(firm)) \
        or (bool(distinct_weak) and bool(context if len(distinct_weak) >= 2 else apart))
    disclaimed = any(force and DISCLAIMER_BEFORE.search(text[max(0, a - 50):a]) for a, _, force in strong)
    if not linked or (PUBLIC.search(text) and not _staff(text, strong) and not disclaimed):
        return []
    forces: dict[str, tuple[int, int]] = {}
    for a, b, force in strong + weak:
        if force is None and text[a:b].startswith("#"):
            force = _hashtag_force(text[a:b])
        if force and force not in forces:
            forces[force] = (a, b)
    hits = []
    for name, (a, b) in forces.items():
        display = name if re.search(r"police|constab", name, re.I) else f"{name} (police service)"
        hits.append(Hit("police_affiliation", name, display, 0.95 if strong else 0.8, block, a, b, f"names {name}"))
    if not forces:
        a, b, _ = (strong or weak)[0] if (strong or weak) else (*context[0], None)
        hits.append(Hit("police_affiliation", "police", "police service (force not named)", 0.9 if strong else 0.7,
                        block, a, b,
                        f"'{text[a:b]}' links you to the police"))
    return hits


@cache
def _staff_words() -> PhraseIndex:
    return PhraseIndex([(w, None) for w in load_data("police.json")["staff_words"]])


def _staff(text: str, strong: list[tuple[int, int, str | None]]) -> bool:
    """'IT dept at Kent Police (staff, not a copper)': a force named as the writer's employer beside
    a word for police staff; the denial is of being an officer, not of working for the police."""
    return any(force and BELONGING.search(text[max(0, a - 30):a]) for a, _, force in strong) \
        and bool(_staff_words().find(text))


# the partner, or the couple ("the rotas kept us apart")
_PARTNER = lazy_re(r"\b(?:he|him|his|she|her|hubby|husband|wife|partner|other\s+half|OH|us|we)\b", re.I)


@cache
def _household_markers() -> PhraseIndex:
    return PhraseIndex([(w, None) for w in load_data("police.json")["household_markers"]], hashtag=True)


_DEALINGS = lazy_re(r"\b(?:complain\w*|report\w*|rang|called|phoned|arrest\w*|stopped|fined|ticket\w*|"
                       r"charged|cautioned|nicked|pulled\s+over)\b", re.I)


def _forces_named(block: TextBlock) -> list[Hit]:
    """The forces a block names beside the partner ("Kent Police need him more than we do"), not
    inside a false friend, as a complaint or an arrest, once each."""
    text = text_of(block)
    matches = lexicon().index.find(text)
    false_friends = [(m.start, m.end) for m in matches if any(p[0] == "false_friend" for p in m.payloads)]
    hits: dict[str, Hit] = {}
    for m in drop_inside(matches, false_friends):
        a, b = segment_at(text, m.start)
        if not _PARTNER.search(text, a, b) or police_stance(text, m.start) or _DEALINGS.search(text, a, b):
            continue   # the partner is not in the sentence, or the force is met as the public meets it
        for kind, force in m.payloads:
            if kind == "strong" and force and force not in hits:
                display = force if re.search(r"police|constab", force, re.I) else f"{force} (police service)"
                hits[force] = Hit("police_affiliation", force, display, 0.7, block, m.start, m.end,
                                  f"names {force}, beside a police-family word on the profile")
    return list(hits.values())


def _household_marker(text: str) -> bool:
    """Whether a text says the writer's partner or relative serves ("#PoliceWife", "police husband")."""
    return bool(_household_markers().find(text))


# A section headed by a person's name: a reunion page's "Dean Fell", a newsletter paragraph's first line "Derek
# Walsh – Churchwarden". Its police words are that person's; under the owner's own name, "she" is the owner.
_HEAD_NAME = lazy_re(r"^\W*(?-i:([A-Z][a-z]+))(?:\s+[\"“'‘(][^\"”'’()\n]{1,20}[\"”'’)])?\s+(?-i:[A-Z][a-z'’-]+)"
                     r"\s*(?:[–—,(-]|$)")


def _section_of(block: TextBlock, names: frozenset[str]) -> str | None:
    """"self" when the block's heading (its label, or a short first line over more text) names the owner,
    "other" when it names someone else by first name and surname, else None."""
    first, more, _ = block.text.partition("\n")
    for head in (block.label or "", first if more else ""):
        # (a name in capitals heads a section as well: "PRIYA NAIR – Secretary")
        head = re.sub(r"\b[A-Z][A-Z'’-]+\b", lambda w: w.group().title(), head) if len(head) <= 60 else head
        m = _HEAD_NAME.match(head) if len(head) <= 60 else None
        if not m:
            continue
        if set(re.findall(r"[A-Z][a-z'’-]+", head)) & names:
            return "self"
        if m.group(1) in first_names():
            return "other"
    return None


_TEAM_NAME = lazy_re(r"\b(?:team|unit|section|department|dept|station|branch|squad|hub|office)s?\W*$", re.I)


# Volunteers' bodies inside a force: beside the force's own name they are the same link, told less exactly.
_INSIDE_A_FORCE = {"Special Constabulary", "Volunteer Police Cadets", "Police Support Volunteers"}


class PoliceDetector(Detector):
    category = "police_affiliation"

    def detect(self, profile: Profile, facts: Facts) -> list[Hit]:
        names, household = owner_names(profile, facts), frozenset(n.split()[0] for n in facts.family if n.strip())
        hits = [h for block in profile.blocks if block.own
                for h in self._block(block, names, household, profile.about_owner(block))]
        if any(_household_marker(b.text) for b in profile.blocks if b.own):
            # "#PoliceWife" on the profile: "the Met need him more than we do" names the household's force
            found = {id(h.block) for h in hits}
            hits += [h for b in profile.blocks if b.own and id(b) not in found and _PARTNER.search(b.text)
                     and b.hint not in ("email", "phone", "home_location", "birthplace", "date_of_birth")
                     for h in _forces_named(b)]
        if hits and all(h.value == "police" for h in hits):
            # the owner serves, and the page names one force: "West Mercia Police have a rural crime team"
            hits += _the_pages_force(profile, names, household)
        if any(h.value != "police" for h in hits):
            # the force named elsewhere on the profile is the same link, told more exactly
            hits = [h for h in hits if h.value != "police"]
        said = {h.value for h in hits if h.value in _territorial() and not _tagged(h)}
        if said:
            # "#policeuk #metpolice #fyp" under a post by an officer whose words name another force: a tag
            # chosen for reach, not the writer's force; a force the words name is kept whatever tags it too
            hits = [h for h in hits if not (_tagged(h) and h.value in _territorial() and h.value not in said)]
        if any(h.value in _territorial() for h in hits):
            # (the Federation of the force's own officers, too: "our Fed rep" beside the force)
            hits = [h for h in hits if h.value not in _INSIDE_A_FORCE and h.value not in _associations()]
        return hits

    def _block(self, block: TextBlock, names: frozenset[str], household: frozenset[str],
               about: bool = False) -> list[Hit]:
        if block.hint in ("email", "phone", "home_location", "birthplace", "date_of_birth"):
            return []
        if block.field == "name" and _TEAM_NAME.search(block.text):
            return []   # "Sleaford & District Neighbourhood Policing Team": the page's name, a team's, not a person's
        section = _section_of(block, names) if names else None
        if section == "other":
            return []
        return police_hits(block, names, household, about or section == "self")


@cache
def _associations() -> frozenset[str]:
    return frozenset(str(b["name"]) for b in load_data("police.json")["bodies"] if b["kind"] == "staff_association")


@cache
def _territorial() -> frozenset[str]:
    return frozenset(str(org["name"]) for org in load_data("police.json")["forces"])


def _the_pages_force(profile: Profile, names: frozenset[str], household: frozenset[str]) -> list[Hit]:
    """The one force the owner's blocks name outright (its full name), not as someone else's, a topic's or a
    thing's, for a page that says the owner serves without naming the force beside it; none if it names two."""
    found: dict[str, Hit] = {}
    for block in profile.blocks:
        if not block.own or block.hint in ("email", "phone", "home_location", "birthplace", "date_of_birth") \
                or _section_of(block, names) == "other":
            continue
        text = text_of(block)
        for m in lexicon().index.find(text):
            forces = {f for kind, f in m.payloads if kind == "strong" and f in _territorial()}
            if not forces or " " not in text[m.start:m.end].strip() or MEDIA_AFTER.match(text, m.end) \
                    or origin_after().match(text, m.end) or _news_of_the_force(text, m.end) \
                    or _not_the_writers(text, m.start, block, names, household, profile.about_owner(block)):
                continue
            for force in forces:
                display = force if re.search(r"police|constab", force, re.I) else f"{force} (police service)"
                found.setdefault(force, Hit("police_affiliation", force, display, 0.8, block, m.start, m.end,
                                            f"names {force}, on a page that says you serve"))
    return list(found.values()) if len(found) == 1 else []


def _tagged(hit: Hit) -> bool:
    """Whether a hit's evidence is a hashtag ("#LancsPolice"), not words."""
    return text_of(hit.block)[hit.start:hit.start + 1] == "#"
