"""Family: spouse, partner, children, parents, grandparents, siblings, with names, ages and
@handles where given ("Dad to Alfie & Mia", "my wife Becky", "Mum of 2", "proud nan").
Not "work family", "Family Guy", "brothers in arms" or pets."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import NamedTuple

from footprint.detect.base import Detector, Hit, load_data
from footprint.detect.base import text_of as block_text
from footprint.detect.clause import first_names, others_words, owner_names
from footprint.detect.weigh import Weights, weights
from footprint.detect.text import (Cue, GateWords, PhraseIndex, gate_open, gate_text, known_place, mask, segment_at,
                                   unaccented)
from footprint.facts import Facts
from footprint.models import Profile, TextBlock
from footprint.lazyre import lazy_re

# A name or handle; a double-barrelled first name keeps its second part ("Lily-Mae", "Ellie-Jo").
_WORD = r"[A-Z][a-zà-öø-ÿā-ž'’-]+(?:(?<=-)[A-Z][a-zà-öø-ÿā-ž'’]+)?"
NAME = rf"(?-i:@[\w.]{{2,30}}|{_WORD}(?:\s+{_WORD})?)"
AGE = r"(?:\s*\((?:aged?\s*)?(?P<age{n}>\d{{1,2}})\)|,\s*(?P<agec{n}>\d{{1,2}})\b(?!\s*\w))?"
WORDS = load_data("words.json")
FAMILY = load_data("family.json")


def _table(key: str) -> dict[str, str]:
    return {k: v for k, v in FAMILY[key].items() if k != "_about"}


NUMBERS: dict[str, int] = _table("numbers")  # type: ignore[assignment]
ADJ = "(?:(?:" + "|".join(w if w == r"\d" else re.escape(w) for w in WORDS["family_adjectives"]) + r")\s+){0,3}"
STOP = frozenset(WORDS["family_not_names"])
PET_NAMED = lazy_re(r"[A-Z][a-z'’-]+\s*(?:🐶|🐕|🐱|🐈|🐾|🐰|🐴)")
PET_AFTER = lazy_re(r"^\W{0,3}(?:the|our|my)\s+(?:\w+\s+)?(?:" + "|".join(WORDS["pets"]) + r")\b|"
                       r"^\s*(?:🐶|🐕|🐱|🐈|🐾|🐰|🐴)|"
                       # "Rolo's sire", "Bramble's litter": what only an animal has
                       r"^['’]s\s+(?:" + "|".join(w.replace(" ", r"\s+") for w in FAMILY["pet_only_after"])
                       + r")\b", re.I)
TITLE_OF = _table("title_makes")
GROUP_OF_TARGET = _table("group_of")
PROUD_TITLE = _table("proud_of")
# Relation words that name a relative with no "my" before them ("Grandson Ned (6)"); "Brother",
# "Sister", "Mother" and "Father" are also titles, so they need "my", "her" or the like.
BARE_BEFORE_NAME = frozenset(WORDS["family_bare_before_name"])
POSSESSIVE = lazy_re(r"(?:my|our|his|her|their)\s", re.I)
# Forum shorthand, case-sensitive: "DH", "DD (4)", "MIL", "PILs" (relations.json shorthand)
SHORTHAND: dict[str, tuple[str, str]] = {k: (v[0], v[1]) for k, v in load_data("relations.json")["shorthand"].items()
                                         if k != "_about"}
CHILD_WORDS = "(?:" + "|".join(re.escape(w).replace(r"\ ", " ") for w in WORDS["child_words"]) + ")"


@dataclass(frozen=True)
class Relations:
    words: dict[str, tuple[str, str]]
    titles: dict[str, str]
    word_re: str
    title_re: str
    not_family: PhraseIndex


@cache
def relations() -> Relations:
    data = load_data("relations.json")
    words = {k.casefold(): (v[0], v[1]) for k, v in data["words"].items()}
    # "my brother in law", unhyphenated as often as not
    words |= {k.replace("-", " "): v for k, v in words.items() if k.endswith("-in-law")}
    titles = {k.casefold(): v for k, v in data["parent_titles"].items()}

    def alt(items: list[str]) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(items, key=len, reverse=True))

    return Relations(words, titles, alt(list(words)), alt(list(titles)),
                     PhraseIndex([(p, None) for p in data["not_family"]], plural=True))


# Words a rule names in its 'when' to run (besides the kinds of anchor): anchors too.
RULE_WORDS = frozenset(w for spec in FAMILY["rules"].values() for w in spec["when"]) - {"title", "relation", "ours",
                                                                                      "couple", "self"}


@cache
def anchors() -> PhraseIndex:
    """Every relation word and title: a block without one names no family member."""
    r = relations()
    words = set(r.words) | set(r.titles) | RULE_WORDS | COUPLE_WORDS
    return PhraseIndex([(w, None) for w in words], plural=True)


@dataclass(frozen=True)
class Rule:
    """One named rule: its pattern (footprint/data/family.json), the anchor words that let it run,
    how sure a finding from it is, and what it builds from a match (the function of its name)."""

    name: str
    pattern: re.Pattern[str]
    when: frozenset[str]
    confidence: float
    build: Callable[[re.Match[str], Context], list[Relative]]
    # the part of the match that must not overlap an earlier finding, and what a finding takes
    checks: str | None = None
    takes: str = "match"
    cue: Cue | None = None
    # literal words one of which is in any text the cue (else the pattern) matches: without one, it is not tried
    gate: frozenset[str] | None = None
    # every match of the cue (else the pattern) starts at one of the gate words (family.json 'at_gate'): tried there
    at_gate: bool = False

    def matches(self, text: str, gates: list[tuple[int, str]]) -> Iterator[re.Match[str]]:
        """pattern.finditer(text), tried only at the gate words (`gates`: gate_found of the text) if every match
        of the pattern starts at one (a rule without a cue flagged at_gate): the first match at or after the end of
        the last, as finditer finds them."""
        if not self.at_gate or self.cue is not None:   # (a rule with a cue: the flag is the cue's)
            yield from self.pattern.finditer(text)
            return
        end = 0
        for start, word in gates:
            if start >= end and self.gate and word in self.gate:
                m = self.pattern.match(text, start)
                if m:
                    end = max(m.end(), start + 1)
                    yield m

    def opens(self, present: frozenset[str]) -> bool:
        """Whether the gate is open for a text holding the gate words `present` (no gate: always)."""
        return self.gate is None or not self.gate.isdisjoint(present)


@dataclass(frozen=True)
class Context:
    text: str
    block: TextBlock
    r: Relations
    taken: list[tuple[int, int]]
    owners: frozenset[str] = frozenset()
    about: bool = False     # the owner's own section of a page listing several people: "his"/"her" is theirs

    def free(self, a: int, b: int) -> bool:
        """No earlier rule's match overlaps text[a:b]."""
        return not any(x < b and a < y for x, y in self.taken)


def _alt(words: list[str]) -> str:
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)) + ")"


# Words that make a named child a pupil or a player, not the writer's (family.json not_a_parent), and
# words that make two people of one surname siblings rather than a couple.
NOT_A_PARENT = lazy_re(r"(?<!\w)" + _alt(FAMILY["not_a_parent"]["words"]) + r"(?!\w)", re.I)
SIBLING_WORDS = lazy_re(r"\b" + _alt(FAMILY["sibling_words"]) + r"\b", re.I)


THE_CHILD: dict[str, str] = FAMILY["the_child"]["words"]
# "Police wife", "Army mum": the service a relative serves in, before the writer's title
SERVICE = r"(?:" + _alt(FAMILY["service_words"]["words"]) + r"\s+)?"


def _expand(pattern: str, r: Relations) -> str:
    """A rule's pattern with its placeholders filled in."""
    # a list of names, each with its age: "Finn, 9, and Rory, 6" (a comma before "and" too; "n" for it)
    between = r"\s*(?:,(?:\s*(?:and|&))?|&|\+|and|(?-i:n|'n'|’n’))\s*"   # "Rory n Isla": said as written
    aside = f"(?:{ASIDE})?"
    # (not the title of the bio's next item: "Wife to Sam, Mum to Harry")
    listed = rf"(?!(?i:{r.title_re})\s+(?:to|of|tae)\s){NAME}"
    names_list = rf"(?P<list>{NAME}{AGE.format(n=0)}{aside}(?:{between}{listed}{AGE.format(n=1)}{aside}){{0,5}})"
    parts = {"NAME": NAME, "NAMES": names_list, "AGE0": AGE.format(n=0), "ADJ": ADJ, "REL": r.word_re,
             "TITLE": r.title_re, "CHILD": CHILD_WORDS, "ME": _alt(FAMILY["me_words"]), "SHORT": _alt(list(SHORTHAND)),
             "THECHILD": _alt(list(THE_CHILD)), "SERVICE": SERVICE}
    return re.sub(r"\{([A-Z]+[0-9]?)\}", lambda m: parts[m.group(1)], pattern)


def _expand_cue(cue: str) -> str:
    return cue.replace("{SHORT}", _alt(list(SHORTHAND)))


@cache
def rules() -> tuple[Rule, ...]:
    """The rules in the order they are tried: a match counts only where no earlier one was kept."""
    r = relations()
    # each pattern compiled when first tried (lazy_re): most blocks open no rule's gate
    return tuple(Rule(name, lazy_re(_expand(spec["pattern"], r)), frozenset(spec["when"]), spec["confidence"],
                      BUILD[name], spec.get("checks"), spec.get("takes", "match"),
                      Cue([_expand_cue(spec["cue"])]) if "cue" in spec else None,
                      frozenset(spec["gate"]) if "gate" in spec else None, spec.get("at_gate", False))
                 for name, spec in FAMILY["rules"].items())


@cache
def gate_words() -> GateWords:
    return GateWords(rule.gate for rule in rules() if rule.gate)


# gate words that open a rule only at a word's start (family.json gate_word_starts): "is" in "this" opens nothing
GATE_WORD_STARTS = frozenset(FAMILY["gate_word_starts"]["words"])


def gate_found(low: str) -> list[tuple[int, str]]:
    """(start, word) of each of the rules' gate words in text whose gate_text is `low`, by start: each of
    GATE_WORD_STARTS only where no letter is just before it."""
    return [(start, word) for start, _, word in gate_words().found(low, GATE_WORD_STARTS)]


FAMILY_ADJECTIVES = frozenset(WORDS["family_adjectives"])


def _a_place(name: str) -> bool:
    """'Took mum to Southport': after 'to', a town the gazetteer knows and no first name is where, not whom."""
    return known_place(name) and name.split()[0] not in first_names()


def _a_pet(text: str, rel: Relative) -> bool:
    """'our Rolo, the dog', 'our boy Rolo's sire': the relative's name (or the name after an
    unnamed 'our boy') is followed by words that only a pet takes."""
    end = rel.end
    if not rel.name:
        after = re.match(r"\s+[A-Z][a-z-]+", text[end:end + 40])
        if not after:
            return False
        end += after.end()
    return bool(PET_AFTER.search(text[end:end + 40])) or _described_as_a_pet(text, end)


_PET_KIND = lazy_re(r"(?:^|[(.,:;!?\n—–])\s*(?P<pre>(?:[\w'’+&/-]+\s+){0,4}?)(?P<kind>"
                    + _alt(FAMILY["pet_described"]["kinds"]) + r")(?![\w'’-])")
_NOT_ITS_OWN = lazy_re(r"(?i)(?<![\w'’])(?:the|a|an|my|our|his|her|their|your|its|this|that|one|two|three|four|five|"
                       r"some|another|other|and|or|with|to|for|of|\d+)(?![\w'’])")
# "Tess turned 3 - she's the spaniel in the thumbnails": the name said to be an animal
_IS_A_KIND = lazy_re(r"(?i)(?<![\w'’])(?:she|he|it)(?:['’]s|\s+is|\s+was)\s+(?:the|a|an|our|my)\s+(?:[\w-]+\s+)?(?:"
                     + _alt(FAMILY["pet_described"]["kinds"]) + r")(?![\w'’-])")
_PET_ONLY = lazy_re(r"(?i)(?<![\w'’-])(?:" + _alt(FAMILY["pet_described"]["only"]) + r")(?![\w'’-])")


def _described_as_a_pet(text: str, end: int) -> bool:
    """Whether the words after a name, to the end of the next sentence, describe an animal (family.json
    'pet_described'): "Our boy Biscuit hasn't been home. Ginger tom, 4 yrs"."""
    a, b = segment_at(text, end)
    b = segment_at(text, b)[1] if b < len(text) else b
    window = text[end:min(b, end + 160)]
    if _PET_ONLY.search(window) or _IS_A_KIND.search(window):
        return True
    # the kind opens its phrase ("Ginger tom, 4 yrs", "(black + tan cocker"), not "with one cat", "and two spaniels"
    return any(not _NOT_ITS_OWN.search(k.group("pre")) for k in _PET_KIND.finditer(window))


def _owned(text: str, start: int) -> bool:
    """'my big brother', 'Jamie's big brother': a not-family phrase that opens with a family adjective ('Big Brother',
    'little man') is family after 'my', 'our' or a name's possessive."""
    word = re.match(r"[\w'’-]+", text[start:])
    return bool(word and word.group().casefold() in FAMILY_ADJECTIVES
                and _OWNED_BEFORE.search(text, max(0, start - 24), start))


_OWNED_BEFORE = lazy_re(r"(?:\b(?:[Mm]y|[Oo]ur)|(?<![\w'’])[A-Z][a-z'’-]+['’]s)\s+$")


# An aside after a listed name that is not its age: a school year or class ("Arjun (Y4)",
# "Harry in Year 4 (Kingfishers)")
ASIDE = (r"(?:\s+in\s+(?i:year\s+\d{1,2}|y\d{1,2}|reception|nursery)\b)?"
         r"(?:\s*\((?!\s*(?:aged?\s*)?\d{1,2}\s*\))[^()\n]{1,60}\))?")
_ASIDE = lazy_re(r"\s+in\s+(?i:year\s+\d{1,2}|y\d{1,2}|reception|nursery)\b|"
                 r"\((?!\s*(?:aged?\s*)?\d{1,2}\s*\))[^()\n]*\)")


def _listed(names: str) -> list[tuple[str, int, int]]:
    """The names of a list, not the words of its asides ("Zeke (Y4, Mrs Pattinson's class) and Temi")."""
    return _names(_ASIDE.sub(lambda a: " " * len(a.group()), names))


def _names(text: str) -> list[tuple[str, int, int]]:
    found = []
    for m in re.finditer(NAME, text):
        name = m.group().rstrip("'’")
        name = re.sub(r"['’]s$", "", name)
        first = name.split()[0]
        if first in STOP:
            continue
        found.append((name, m.start(), m.start() + len(name)))
    return found


def _count(word: str) -> int | None:
    return int(word) if word.isdigit() else NUMBERS.get(word.casefold())


@dataclass
class Relative:
    relation: str
    group: str
    name: str | None
    start: int
    end: int
    count: int | None = None
    age: str | None = None
    confidence: float = 0.9


def _same_as(rel: Relative) -> str:
    """Whom an unnamed mention may be the same person as: anyone of the group for children and partners
    ("my son" after "Alfie", "her brother" after "big sister Poppy"), but a named grandfather is not "my nan"."""
    if rel.group in ("parent", "grandparent"):
        return SINGULAR.get(rel.relation, rel.relation)
    return rel.group


def _said(words: str, relation: str) -> str:
    """The word the writer used for an unnamed relative ("Mam", "grandma", "the missus"), to show beside the
    relation it means when it is another word for it (not a title the writer gives themselves: "Dad" for children)."""
    said = re.sub(r"^(?:(?:my|our|the|his|her|their|me)\s+)+", "", " ".join(words.split()), flags=re.I)
    means = relations().words.get(said.casefold(), ("", ""))[0]
    return said if means == relation and said.casefold() != relation else ""


class FamilyDetector(Detector):
    category = "family"

    def detect(self, profile: Profile, facts: Facts) -> list[Hit]:
        ruled = self.ruled(profile, facts)
        candidates = name_candidates(profile, facts, ruled)
        return _counted_named(link_names(decide_names(ruled, candidates, weights("namefit_weights")), candidates))

    def ruled(self, profile: Profile, facts: Facts) -> list[Hit]:
        """The relatives the wording rules find."""
        found: list[tuple[Relative, TextBlock]] = []
        owners = _owners(profile, facts)
        for block in profile.blocks:
            if block.own:
                found += [(rel, block) for rel in self.relatives(block, owners, profile.about_owner(block))]
        named_groups: dict[str, int] = {}
        names_seen: set[str] = set()
        for rel, _ in found:
            if rel.name:
                named_groups[_same_as(rel)] = named_groups.get(_same_as(rel), 0) + 1
        stated = {_same_as(rel): rel.count for rel, _ in found if rel.count}
        hits = []
        for rel, block in found:
            if rel.name:
                key = rel.name.casefold().lstrip("@")
                if key in names_seen:
                    continue
                names_seen.add(key)
                value = f"{rel.relation}: {rel.name}"
                display = value + (f" ({rel.age})" if rel.age else "")
                hits.append(Hit("family", value, display, rel.confidence, block, rel.start, rel.end,
                                f"names your {rel.relation}"))
                continue
            named = named_groups.get(_same_as(rel), 0)
            # an unnamed mention of someone already named is the same person
            if named and (rel.count is None or rel.count <= named) and not (stated.get(_same_as(rel), 0) > named):
                continue
            value = rel.relation + (f" ({rel.count})" if rel.count and rel.count > 1 else "")
            said = _said(text_of(block)[rel.start:rel.end], rel.relation)
            display = value + (f" ('{said}')" if said else "")
            hits.append(Hit("family", value, display, rel.confidence, block, rel.start, rel.end,
                            f"mentions your {rel.relation}"))
        return hits

    def relatives(self, block: TextBlock, owners: frozenset[str] = frozenset(), about: bool = False) -> list[Relative]:
        """The relatives `block` names; `owners` are the owner's own names (for "Dave and his wife");
        `about`: the block is the owner's own section of a page listing several people."""
        r = relations()
        text = text_of(block)
        if block.hint == "family":
            relation, group = r.words.get((block.label or "").casefold().strip(),
                                          ((block.label or "relative").lower(), "relative"))
            return [Relative(relation, group, text.strip(), 0, len(text))]
        if block.hint == "relationship":
            m = re.search(rf"(?:married|engaged|in\s+a\s+(?:civil\s+)?(?:relationship|partnership))\s+(?:to|with)\s+"
                          rf"(?P<name>{NAME})", text, re.I)
            if m:
                said = m.group().lower()
                kind = ("fiancé(e)" if said.startswith("engaged") else
                        "spouse" if said.startswith("married") else "partner")
                return [Relative(kind, "partner", m.group("name"), m.start("name"), m.end("name"))]
            if (block.label or "").casefold() in ("married to", "relationship", "spouse", "partner"):
                return [Relative("spouse", "partner", text.strip(), 0, len(text))]
            return []
        if block.hint in ("email", "phone", "home_location", "birthplace", "employer", "club", "education", "job"):
            return []
        found = {text[m.start:m.end].casefold() for m in anchors().find(text)}
        # what the rules that carry their own cue ('when': 'self') need in the text to run at all: any one cue
        gates = {text: gate_found(gate_text(text))}
        present = frozenset(word for _, word in gates[text])
        searched: dict[tuple[object, str], bool] = {}

        def holds(pattern: Cue | re.Pattern[str], within: str) -> bool:
            """Whether `pattern` is found in `within`, each asked once: the rules below ask the cues (and OUR_NAME)
            again, of the same text unless masking changed it."""
            if (pattern, within) not in searched:
                searched[pattern, within] = bool(pattern.search(within))
            return searched[pattern, within]

        def gates_in(within: str) -> list[tuple[int, str]]:
            """gate_found of `within` (the text, or the text masked), each worked out once."""
            if within not in gates:
                gates[within] = gate_found(gate_text(within))
            return gates[within]

        def cue_holds(rule: Rule, within: str) -> bool:
            """Whether the rule's cue is found in `within` (holds), tried only at its gate words if it starts at one."""
            assert rule.cue is not None
            if not rule.at_gate:
                return holds(rule.cue, within)
            if (rule.cue, within) not in searched:
                gate = rule.gate or frozenset()
                searched[rule.cue, within] = rule.cue.search_at(within, (a for a, w in gates_in(within) if w in gate))
            return searched[rule.cue, within]

        cued = any(cue_holds(rule, text) for rule in rules() if rule.cue and rule.opens(present))
        ours = gate_open(OUR_NAME_GATE, gate_text(text))   # whether OUR_NAME may match (here or masked)
        if not found and not cued and not (ours and holds(OUR_NAME, text)):
            return []
        asked = [m.span() for m in _QUESTION.finditer(text)] if _FAQ.search(block.label or "") else []
        text = mask(text, [(m.start, m.end) for m in r.not_family.find(text) if not _owned(text, m.start)]
                    + others_words(text) + asked)   # "> my dad was ..." quoted from another post: theirs
        has_title = any(w.rstrip("s") in r.titles or w in r.titles for w in found)
        has_relation = bool(found - RULE_WORDS - COUPLE_WORDS)
        # which anchors the text holds: a rule runs only when one of the words it needs is there
        held = set(found) | {key for key, holds in (("title", has_title), ("relation", has_relation),
                                                    ("ours", ours and holds(OUR_NAME, text)),
                                                    ("couple", bool(found & COUPLE_WORDS)),
                                                    ("self", cued)) if holds}
        out: list[Relative] = []
        taken: list[tuple[int, int]] = []
        ctx = Context(text, block, r, taken, owners, about)
        anchored = held - {"self"}
        for rule in rules():
            if rule.when.isdisjoint(held):
                continue
            if rule.cue:   # a rule with a cue runs on another of its anchors, else on its cue
                if rule.when.isdisjoint(anchored) and not (rule.opens(present) and cue_holds(rule, text)):
                    continue
            elif not rule.opens(present):
                continue   # (masking blanks words, so a gate shut on the text stays shut on the masked text)
            for m in rule.matches(text, gates_in(text)):
                if not ctx.free(*(m.span(rule.checks) if rule.checks else m.span())):
                    continue   # an earlier rule already read these words
                for rel in rule.build(m, ctx):
                    if _a_pet(text, rel):
                        continue
                    out.append(replace(rel, confidence=rule.confidence))
                    taken.append(m.span() if rule.takes == "match" else (m.start(), m.start()))
        return _our_name_said(_name_milestone_child(_name_proud_child(_name_by_age(out, text), text, owners), text,
                                                    owners), text)


# three or more words in capitals together: "POPPY IS 10 TODAY", "HAPPY BIRTHDAY TO MY GIRL ELLA"
_SHOUTED = lazy_re(r"(?<![\w'’])[A-Z0-9][A-Z0-9'’-]*(?:[^\S\n]+[A-Z0-9][A-Z0-9'’-]*(?![\w'’])){2,}")


def text_of(block: TextBlock) -> str:
    """The block's text as the family rules read it: words shouted in capitals as if written in lower case, their
    first names capitalised ("POPPY IS 10 TODAY" as "Poppy is 10 today"), at the same offsets."""
    return _unshouted(block_text(block))


@lru_cache(maxsize=4096)
def _unshouted(text: str) -> str:
    if not _SHOUTED.search(text):
        return text

    def word(m: re.Match[str]) -> str:
        w = m.group()
        name = "-".join(part.capitalize() for part in w.split("-"))
        said = name if _first_name(name) or w == "I" else w.lower()
        return said if len(said) == len(w) else w
    return _SHOUTED.sub(lambda m: re.sub(r"[A-Z][A-Z'’-]*", word, m.group()), text)


def _owners(profile: Profile, facts: Facts) -> frozenset[str]:
    """The owner's names (clause.owner_names), or on a couple's page that names no owner ("Jamie & Rhi are getting
    married!") the one of the two its words link to the police: footprint's users are police officers and staff."""
    return owner_names(profile, facts) or _the_police_one(profile)


_COUPLE_TITLE = lazy_re(r"^\W*([A-Z][a-z'’-]+)\s*(?:&|\+|and)\s*([A-Z][a-z'’-]+)\b(?!\s+[A-Z][a-z])")
_POLICE_WORD = lazy_re(r"\b(?:PCSO|PC|DC|DS|DI|DCI|[Pp]olice|[Cc]onstable|[Cc]onstabulary|[Ss]ergeant|[Dd]etective|"
                       r"copper|on\s+response|response\s+team|custody)\b")
_I = lazy_re(r"(?<![\w'’])(?:I|I['’]m|I['’]ve|I['’]d|me|my)(?![\w'’])")


def _the_police_one(profile: Profile) -> frozenset[str]:
    """Of the couple a page's title or first heading names, the one named last before its mentions of the police
    (not the writer's own 'I've been a call handler'), when that is one of them only."""
    couple: tuple[str, str] | None = None
    for block in [b for b in profile.blocks if b.own][:6]:
        m = _COUPLE_TITLE.match(block.label or "") or _COUPLE_TITLE.match(block.text)
        if m and block.field in ("metadata", "title", "name", "page", "headline"):
            couple = (m.group(1), m.group(2))
            break
    if not couple:
        return frozenset()
    named: set[str] = set()
    for block in profile.blocks:
        text = text_of(block)
        for w in _POLICE_WORD.finditer(text):
            before = text[max(0, w.start() - 300):w.start()]
            last = max(((before.rfind(n), n) for n in couple), default=(-1, ""))
            if last[0] >= 0 and not _I.search(before, last[0]):
                named.add(last[1])
    return frozenset(named) if len(named) == 1 else frozenset()


# Under a heading of questions and answers, the questions are the reader's ("FAQs: Can I bring the kids?")
_FAQ = lazy_re(r"(?i)\b(?:FAQs?|Q\s*&\s*A|questions)\b")
_QUESTION = lazy_re(r"[^.!?\n]*\?")


# Words that make "<Name> and I" a couple.
COUPLE_WORDS = frozenset(FAMILY["couple_words"])
COUPLE = lazy_re(FAMILY["couple_after"])
# Relations that British speakers give "the" for their own family ("the wife", "the kids").
THE_OWN = frozenset(WORDS["the_own"])
THE_OWN_WITH_NAME = frozenset(FAMILY["the_own_with_name"]["words"])
OUR_NAME = lazy_re(r"\b(?:[Oo]ur|[Mm]y)\s+[A-Z][a-z]")
OUR_NAME_GATE = ("our", "my")


# "Tasha's husband": what the named person is to the user, by what the user is to them
THEIR_TITLE = _table("their_title")
SINGULAR = _table("singular")
PLURAL = _table("plural")
SONS = frozenset(FAMILY["sons"])
DAUGHTERS = frozenset(FAMILY["daughters"])


# A run of emoji divides a bio into items as a line break does ("... on a Saturday 💙 Dad. Brew snob.").
_EMOJI_RUN = lazy_re(r"[\u2190-\u2bff\u2600-\u27bf\U0001F000-\U0001FAFF\ufe0f\u200d]+")


def _alone(text: str, m: re.Match[str]) -> bool:
    """True when the match is a whole bio line, |-separated item or item between emoji by itself."""
    a, b = segment_at(text, m.start())
    for e in _EMOJI_RUN.finditer(text, a, b):
        if e.end() <= m.start():
            a = e.end()
        elif e.start() >= m.end():
            b = e.start()
            break
    return not re.sub(r"[\W_]+", "", text[a:m.start()] + text[m.end():b])


def _plain_first_name(name: str, place: bool = False) -> bool:
    """Not a word we know as something else: a place (unless `place`, for a first name where a place cannot
    stand: "my dad (Keith)"), a club, a relation, a day or month."""
    from footprint.detect.football import clubs
    from footprint.detect.text import known_place

    if name in STOP or name.casefold() in relations().words:
        return False
    if known_place(name) and not (place and name in first_names()):
        return False
    # (the singular of a club's nickname, "Jack", is a fan only in a fan's words: still a first name)
    return all(t.kind == "singular" for t in clubs().by_text.get(name.casefold(), []))


AGE_OF = lazy_re(rf"(?P<name>{NAME})\s+(?:is|turns|turned|was)\s+(?:now\s+)?(?P<age>\d{{1,2}})\b"
                    r"(?!\s*(?:%|am|pm|:))")


_JOINED = lazy_re(r"(?i)(?<![\w'’])(?:and|with|&|\+|n|or|nor|plus|both)(?![\w'’])")


def _our_name_said(found: list[Relative], text: str) -> list[Relative]:
    """'So proud of our Tom today 💙 Watched my wee brother pass out': one of the family by name alone ('our Tom') and
    the one relative said without a name in the same sentence are the same person, when neither has a fellow and
    nothing joins two people between them ('our Jack and my sister'); not a parent or grandparent ('our Jack's
    birthday, Mum made the cake' are two)."""
    ours = [rel for rel in found if rel.name and rel.relation == "relative"]
    if len(ours) != 1 or any(rel.name and rel is not ours[0] for rel in found):
        return found
    rel = ours[0]
    unnamed = [x for x in found if x.name is None and segment_at(text, x.start) == segment_at(text, rel.start)]
    if len(unnamed) != 1:
        return found
    said = unnamed[0]
    if said.count or said.group in ("parent", "grandparent", "relative") or said.relation in PLURAL.values():
        return found
    a, b = sorted([rel.end, said.end])
    if _JOINED.search(text, a, b):
        return found
    kept = [x for x in found if x is not rel and x is not said]
    return [replace(rel, relation=said.relation, group=said.group)] + kept


def _name_by_age(found: list[Relative], text: str) -> list[Relative]:
    """'My son's birthday today... Tegan is 6': an unnamed child and a name given an age
    in the same text are one person."""
    unnamed = [rel for rel in found if rel.name is None and rel.group == "child" and not rel.count]
    if len(unnamed) != 1:
        return found
    ages = [m for m in AGE_OF.finditer(text) if m.group("name").split()[0] not in STOP]
    if len(ages) != 1:
        return found
    m, rel = ages[0], unnamed[0]
    singular = {"children": "child", "sons": "son", "daughters": "daughter"}.get(rel.relation, rel.relation)
    named = Relative(singular, "child", m.group("name"), m.start("name"), m.end("name"), age=m.group("age"))
    return [named if r is rel else r for r in found]


def _name_proud_child(found: list[Relative], text: str, owners: frozenset[str]) -> list[Relative]:
    """'parkrun with Jess, her first 10k! proud dad', 'proud mum moment, our Ruby passed': in a short
    post, a 'proud dad' and the one person it names are parent and child."""
    proud = [rel for rel in found if rel.name is None and rel.relation == "children" and not rel.count
             and text[rel.start:rel.end].casefold().startswith("proud")]
    if len(proud) != 1 or len(text) > 280 or any(rel.name and rel.group == "child" for rel in found):
        return found
    named = [rel for rel in found if rel.name]
    if named:
        if len(named) != 1 or named[0].group != "relative" or named[0].relation != "relative":
            return found
        child = replace(named[0], relation="child", group="child")   # "our Ruby": one of the family, here the child
        return [child if rel is named[0] else rel for rel in found if rel is not proud[0]]
    people = {n: (a, b) for n, a, b in _names(text) if " " not in n and n in first_names() and n not in owners
              and _plain_first_name(n)}
    if len(people) != 1:
        return found
    (name, (a, b)), = people.items()
    return [Relative("child", "child", name, a, b, confidence=proud[0].confidence) if rel is proud[0] else rel
            for rel in found]


# What each rule builds from its match (the rules' patterns are in footprint/data/family.json).

def _title_to_names(m: re.Match[str], c: Context) -> list[Relative]:
    target = TITLE_OF.get(c.r.titles.get(m.group("title").casefold(), ""), "")
    if not target:
        return []
    out, base = [], m.start("list")
    names = _listed(m.group("list"))
    if names and all(_a_place(name) for name, _, _ in names):
        # "took mum to Southport": the title is whom the writer took somewhere, unless it is someone else's
        before = c.text[max(0, m.start("title") - 12):m.start("title")]
        if re.search(r"(?:\bhis|\bher|\btheir|\byour|['’]s)\s+$", before, re.I):
            return []
        title = m.group("title")
        relation, group = c.r.words.get(title.casefold(), ("", ""))
        return [Relative(relation, group, None, m.start("title"), m.end("title"))] if relation else []
    what = (m.group("what") or "").casefold()
    if target == "child":   # "Dad to two girls (Esme, 8, and Thea, 5)": daughters
        target = "son" if what in SONS else "daughter" if what in DAUGHTERS else target
    for name, a, b in names:
        age = re.match(r"\s*\((?:aged?\s*)?(\d{1,2})\)", m.group("list")[b:b + 8])
        out.append(Relative(target, GROUP_OF_TARGET.get(target, "child"), name, base + a, base + b,
                            age=age.group(1) if age else None))
    return out


def _title_of_count_names(m: re.Match[str], c: Context) -> list[Relative]:
    target = TITLE_OF.get(c.r.titles.get(m.group("title").casefold(), ""), "")
    if target not in ("child", "grandchild", "niece/nephew"):
        return []
    names = [n for n in _listed(m.group("list")) if _plain_first_name(n[0].split()[0])]
    if not _names_the_count(names, _count(m.group("count"))):
        return []   # "Mum of two, Sarah and I run the shop": the names are not the children
    relation = SINGULAR.get(c.r.words.get((m.group("what") or "").casefold(), (target, ""))[0], target)
    group = GROUP_OF_TARGET[target]
    base = m.start("list")
    return [Relative(relation, group, name, base + a, base + b) for name, a, b in names]


def _names_the_count(names: list[tuple[str, int, int]], count: int | None) -> bool:
    """Names after a count are the ones counted when there are exactly as many ("two kids, Noor and
    Idris"); a lone name must also be a known first name ("dad of one, Wirral born")."""
    if not names or len(names) != count:
        return False
    return count > 1 or names[0][0].split()[0] in first_names()


def _title_item(m: re.Match[str], c: Context) -> list[Relative]:
    a, b = segment_at(c.text, m.start())
    # "Miss you, Mum": a list of the writer's titles opens with one; "Dad, you were the best": outside a bio,
    # only an author's line of short items
    if not (_title_first().match(c.text, a)
            and (c.block.field in ("bio", "headline", "profile_field") or _blurb(c.text[a:b]))):
        # "Welsh lad in Leeds. Dad, husband, bad golfer.": a sentence of the line that is such a list
        a, b = _sentence_at(c.text, m.start(), a, b)
        if not (_title_first().match(c.text, a) and _blurb(c.text[a:b])):
            return []
    said = {c.r.titles.get(w.casefold()) for w in re.findall(r"[\w-]+", c.text[a:b])}
    if {"mother", "father"} <= said or {"husband", "wife"} <= said:
        return []   # "Mum, Dad and the dog": the writer's parents, not the writer
    title = c.r.titles.get(m.group("title").casefold(), "")
    relation = PROUD_TITLE.get(title) or ("spouse" if TITLE_OF.get(title, "") == "spouse" else "")
    if not relation:
        return []
    group = "partner" if relation == "spouse" else "grandchild" if "grand" in relation else "child"
    return [Relative(relation, group, None, m.start("title"), m.end("title"))]


def _sentence_at(text: str, pos: int, a: int, b: int) -> tuple[int, int]:
    """The sentence of text[a:b] that holds `pos`."""
    start = max([a] + [x.end() for x in _SENTENCE_END.finditer(text, a, pos)])
    stop = _SENTENCE_END.search(text, pos, b)
    return start, stop.start() if stop else b


_PRONOUN = lazy_re(r"\b(?:i|me|my|you|your|we|us|our|he|she|him|her|they|them|their)\b", re.I)


def _blurb(sentence: str) -> bool:
    """'Dad, commuter, allotment holder, occasional baker.': three or more short items, none
    opening with 'the', and no pronoun."""
    items = [i for i in re.split(r"\s*(?:[,&/]|\band\b)\s*", sentence.strip().rstrip(".!")) if i]
    return len(items) >= 3 and all(len(i.split()) <= 4 and not i.casefold().startswith("the ") for i in items) \
        and not _PRONOUN.search(sentence)


@cache
def _title_first() -> re.Pattern[str]:
    """A bio line or item list that opens with one of the writer's titles ("Dad of two, runner")."""
    return re.compile(rf"\W*(?:(?:a|an|proud)\s+)*{SERVICE}(?:{relations().title_re})\b"
                      r"(?:\s*(?:(?:to|of)\s+\S+|x\s?\d+))?"
                      rf"[^\S\n]*(?:{_EMOJI_RUN.pattern}[^\S\n]*)?(?:[,&+/|•·\n]|\band\b|$)", re.I | re.M)


def _partner_nickname(m: re.Match[str], c: Context) -> list[Relative]:
    said = m.group("rel").casefold()
    return [Relative("husband" if said.startswith("him") else "wife", "partner", None, m.start(), m.end())]


def _mrs_initial(m: re.Match[str], c: Context) -> list[Relative]:
    if c.owners and m.group("initial") not in {name[0] for name in c.owners}:
        return []   # "Mrs K" on a page about Sam Pryce: someone else
    return [Relative("wife", "partner", None, m.start(), m.end())]


def _school_milestone(m: re.Match[str], c: Context) -> list[Relative]:
    name = m.group("name")
    if name not in first_names() or _someone_elses_at(c, m.start()):
        return []   # "my niece Maisie's first day at school": hers
    return _first_name_as("child", "child", m)


def _our_kid(m: re.Match[str], c: Context) -> list[Relative]:
    return [Relative("brother or sister", "sibling", None, m.start(), m.end())]


def _me_rel(m: re.Match[str], c: Context) -> list[Relative]:
    relation, group = c.r.words.get(" ".join(m.group("rel").split()).casefold(), ("relative", "relative"))
    return [Relative(relation, group, None, m.start("rel"), m.end("rel"))]


def _lower_title(m: re.Match[str], c: Context) -> list[Relative]:
    return _my_rel_word(m.group("rel"), c, m.start("rel"), m.end("rel"))


def _uncle_name(m: re.Match[str], c: Context) -> list[Relative]:
    if m.group("before"):
        return []   # "her Uncle Terry", "a cousin Jo": someone else's
    name = re.sub(r"['’]s$", "", m.group("name"))
    if name not in first_names():
        return []   # "Uncle Bulgaria": not a person's name
    relation, group = c.r.words.get(m.group("rel").casefold(), ("relative", "relative"))
    if group != "grandparent":
        relation, group = "relative", "relative"
    return _first_name_as(relation, group, m)


def _title_of_count(m: re.Match[str], c: Context) -> list[Relative]:
    title = c.r.titles.get(m.group("title").casefold(), "")
    target = TITLE_OF.get(title, "")
    if target not in ("child", "grandchild", "niece/nephew"):
        return []
    line = c.text[m.end():].split("\n", 1)[0][:80]
    if PET_NAMED.search(line):
        return []   # "Mum to 2 hairy boys, Biscuit 🐶 & Nutmeg 🐱": the ones counted are pets
    count = _count(m.group("count"))
    what = (m.group("what") or m.group("kind") or "").casefold()   # "boy mum x3": sons
    relation = "children" if target == "child" else PROUD_TITLE.get(title, target)
    if what:
        kind = "sons" if what in SONS else "daughters" if what in DAUGHTERS else relation   # "lads", "lasses"
        relation = c.r.words.get(what, (kind, ""))[0]
    if count and count > 1:
        relation = PLURAL.get(relation, relation)
    return [Relative(relation, GROUP_OF_TARGET.get(target, "child"), None, m.start(), m.end(), count=count)]


@cache
def _mentions() -> re.Pattern[str]:
    """Someone a 'his' or 'her' may stand for: another person by what they are to the writer
    ("my crewmate Jonno", "a friend", "my sister"), or a first name."""
    people = load_data("context.json")["other_people"] + [w for w, (_, group) in relations().words.items()
                                                           if group not in ("partner", "child")]
    return re.compile(rf"\b(?P<other>(?:my|our|a|an|his|her|their)\s+(?:[\w'’-]+\s+)?(?:{_alt(people)}|\w*mates?)\b"
                      rf"(?:,?\s+(?-i:[A-Z][a-z'’-]+))?)|(?-i:\b(?P<name>[A-Z][a-z'’-]+)\b)", re.I)


# Words before "Tom's wife" that make her someone the writer is with, not the writer.
_OTHER_BEFORE = lazy_re(r"(?<![\w'’])" + _alt(FAMILY["not_self_before_name_s_title"]) + r"\s+$", re.I)
# A capitalised word doing something is a person: "Anjali moved up from Leicester".
SUBJECT_AFTER = lazy_re(r"\s+(?:" + "|".join(FAMILY["subject_verbs"]) + r")\b")


# Titles before a name that make it a person even though capitalised ("PC Mark Dutton ... his little lad")
_TITLES_BEFORE_NAME = frozenset(FAMILY["titles_before_name"])
# Words before a capitalised word that make it a place ("in Bradford"), unless it then acts as a person.
_PLACE_BEFORE = frozenset(["in", "on", "at", "from", "near", "to", "into", "around", "across", "via"])


def _last_mention(c: Context, end: int, start: int | None = None) -> re.Match[str] | None:
    """The last person mentioned before `end`: from `start`, or in the paragraph within 300
    characters. A name introduced as a relative ("his wife Sue") is not one: "their" after it
    stands for the couple."""
    a = max(0, end - 300, c.text.rfind("\n\n", 0, end) + 1) if start is None else start
    last = None
    for x in _mentions().finditer(c.text, a, end):
        name = x.group("name")
        if x.group("other"):
            last = x
        elif name not in STOP and (name in first_names() or SUBJECT_AFTER.match(c.text, x.end())):
            before = re.search(r"([\w'’-]+)\s+$", c.text[max(0, x.start() - 30):x.start()])
            if before and (before.group(1) in _PLACE_BEFORE or before.group(1)[0].isupper()) \
                    and not SUBJECT_AFTER.match(c.text, x.end()) and before.group(1) not in _TITLES_BEFORE_NAME:
                continue   # "grew up in Bradford", "on Manningham Lane": a place, not a person
            if not (before and before.group(1).casefold() in c.r.words):
                last = x
    return last


def _antecedent_is_owner(m: re.Match[str], c: Context) -> bool:
    """True when the last person named before the match is the owner, by one of their names."""
    if c.about:
        return True    # the owner's own section of a listing page is about them
    last = _last_mention(c, m.start())
    return bool(last and last.group("name") and last.group("name") in c.owners)


def _someone_elses(m: re.Match[str], c: Context) -> bool:
    """True when the 'his', 'her' or 'their' opening the match stands for someone other than the
    owner: the last person mentioned before it (in the paragraph) is another person by relation,
    or a first name that is not the owner's when the owner's names are known."""
    return m.group().casefold().startswith(("his", "her", "their")) and _someone_elses_at(c, m.start())


def _someone_elses_at(c: Context, pos: int) -> bool:
    """True when the person last mentioned before `pos` is not the owner."""
    last = _last_mention(c, pos)
    if last is None or c.about:
        return False   # the owner's own section of a listing page: "his"/"her" is the owner's
    if last.group("other"):
        return True
    before = re.search(r"(?<![\w'’])([A-Z][a-z'’-]+)\s+(?:and|&)\s+$", c.text[max(0, last.start() - 30):last.start()])
    if _WITH_THE_OWNER.search(c.text, max(0, last.start() - 30), last.start()) or (before and before.group(1)
                                                                                 in c.owners):
        return False   # "She and Idris ... their twins", "Priya and Dom ... their daughter": the owner's
    return _not_the_owner(last.group("name"), c)


# "He and", "me and", "I and": the name after it is one of a couple with the writer or the page's subject.
_WITH_THE_OWNER = lazy_re(r"\b(?:he|she|i|me)\s+(?:and|&)\s+$", re.I)


def _not_the_owner(name: str, c: Context) -> bool:
    """A name is someone else's when the owner's names are known and it is not one of them, or in
    a post (the owner's own words: a page about them in the third person is the exception)."""
    return bool(c.owners or c.block.field in ("post", "comment")) and re.sub(r"['’]s$", "", name) not in c.owners


_COUNTED = lazy_re(r"\b(?:two|three|four|five|six|\d)\s", re.I)


def _my_plural_names(m: re.Match[str], c: Context) -> list[Relative]:
    word = " ".join(m.group("rel").split()).casefold()
    third = m.group("whose").casefold() in ("his", "her", "their")
    if word in ("lads", "lasses") and not third and not _COUNTED.search(m.group()):
        return []   # "my lads", "the lads": as often a team or mates as sons; "my two lads Ali & Sami" are sons
    if third and _someone_elses(m, c):
        return []
    if m.group("rel")[0].isupper() and not re.search(r"(?:^|[.!?\n]\s*)$", c.text[:m.start("rel")]) and not all(
            _first_name(n.split()[0]) for n, _, _ in _listed(m.group("list"))):
        return []   # "the Girl Guides", "the Boys' Brigade": a capitalised relation word in a body's name
    relation, group = c.r.words.get(word, ("sons" if word in SONS else "daughters" if word in DAUGHTERS else "children",
                                           "child"))
    base = m.start("list")
    counted = _COUNTED.search(c.text, m.start(), m.start("list"))
    names = _listed(m.group("list"))[:_count(counted.group().strip()) or None if counted else None]
    return [Relative(SINGULAR.get(relation, relation), group, name, base + a, base + b)
            for name, a, b in names]   # "our two girls, Elin and Nansi, and Mali the springer": the two


def _rel_handle(m: re.Match[str], c: Context) -> list[Relative]:
    relation, group = c.r.words.get(" ".join(m.group("rel").split()).casefold(), ("relative", "relative"))
    return [Relative(relation, group, m.group("name"), m.start("name"), m.end("name"))]


def _name_is_rel(m: re.Match[str], c: Context) -> list[Relative]:
    name = re.sub(r"['’]s$", "", m.group("name"))
    if name.split()[0] in STOP:
        return []
    said = m.group("rel") or m.group("rel_my") or m.group("rel_the")   # "Sarah, my wife"; "Gemma (other half)"
    relation, group = c.r.words.get(" ".join(said.split()).casefold(), ("relative", "relative"))
    age = m.groupdict().get("age0") or m.groupdict().get("agec0")
    return [Relative(relation, group, name, m.start("name"), m.start("name") + len(name), age=age)]


@cache
def _relatives_person() -> re.Pattern[str]:
    """"'s teacher", "'s girlfriend": after a relation word, someone who is theirs."""
    people = load_data("context.json")["other_people"] + list(relations().words) + FAMILY["theirs_after"]
    return re.compile(rf"['’]s\s+(?:[\w-]+\s+)?{_alt(people)}\b", re.I)


def _name_is_my_rel(m: re.Match[str], c: Context) -> list[Relative]:
    if _relatives_person().match(c.text, m.end()):
        return []   # "Mr Osei, my son's teacher", "Jo – my brother's girlfriend": the name is that other person
    if m.group("sep") and m.group("name").split()[0] not in first_names():
        return []   # "Leeds – my home town", "Bakery 🧁 my daughter's": after a dash or an emoji, only a first name
    return _name_is_rel(m, c)


def _my_rel_name(m: re.Match[str], c: Context) -> list[Relative]:
    if " ".join(m.group("rel").split()).casefold() == "mrs":
        return []   # "our Mrs Jones": a title before a surname, not the writer's wife
    possessive = POSSESSIVE.match(m.group())
    if not possessive and " ".join(m.group("rel").split()).casefold() not in BARE_BEFORE_NAME:
        return []   # "Brother Cadfael", "Sister Act": a title or a name, not a relative
    if possessive and _someone_elses(m, c):
        return []   # "my mate Craig and his wife Leanne": Craig's wife
    if (m.group("sep") or "").strip() in ("-", "–", "—") and m.group("name").split()[0] not in first_names():
        return []   # "my son – Year 6 now": a dash, then no name
    partner_of = None if possessive else _AND_NAME_BEFORE.search(c.text, max(0, m.start() - 30), m.start())
    if partner_of and partner_of.group(1) not in c.owners:
        return []   # "congrats to Shona and hubby Rab": Shona's husband
    if not possessive and m.group("rel")[:1].islower() and _named_before_in_sentence(m, c):
        return []   # "Dai, with wife Sian, is off to Tenby": Dai's wife
    return _name_is_rel(m, c)


def _named_before_in_sentence(m: re.Match[str], c: Context) -> bool:
    """A relation word said bare inside a sentence ('with wife Sian') after someone's first name or a titled
    name in it ('Mrs Patel ... welcomed baby daughter Anaya'): theirs."""
    a, _ = segment_at(c.text, m.start())
    before = c.text[a:m.start()]
    # not a word that is no name here ("Sunday dinner with grandson Theo"), nor a place ("a trip to Oban with ...")
    names = re.findall(r"(?<![\w'’])[A-Z][a-z'’-]+", before)
    return bool(_TITLED.search(before)) or any(name in first_names() and name not in STOP and name not in c.owners
                                               and not known_place(name) for name in names)


_TITLED = lazy_re(r"\b(?:Mrs?|Ms|Miss|Dr)\.?\s+[A-Z]")   # "Mrs Patel ... welcomed baby daughter Anaya": hers


# "Shona and hubby Rab", "Priya & fiancé Tom": a named person's partner, not the writer's
_AND_NAME_BEFORE = lazy_re(r"(?<![\w'’])([A-Z][a-z'’-]+),?\s+(?:and|&|\+|n)\s+$")


def _rel_bracket_name(m: re.Match[str], c: Context) -> list[Relative]:
    word = " ".join(m.group("rel").split()).casefold()
    if m.group("whose").casefold() == "the" and word not in THE_OWN and word not in THE_OWN_WITH_NAME:
        return []   # "the boss (Tim)": anyone's; "the wife (Gemma)", "the fella (Craig)": the speaker's
    if m.group("whose").casefold() in ("his", "her", "their") and _someone_elses(m, c):
        return []
    if not _plain_first_name(re.sub(r"['’]s$", "", m.group("name")).split()[0], place=True):
        return []   # "my son (Year 6)": not a name
    return _name_is_rel(m, c)


def _owner_s_rel_name(m: re.Match[str], c: Context) -> list[Relative]:
    if m.group("whose") not in c.owners:
        return []   # "Zara's brother Deepak": Zara's, not the owner's
    return _name_is_rel(m, c)


def _name_then_owner_s_rel(m: re.Match[str], c: Context) -> list[Relative]:
    if m.group("whose") not in c.owners or m.group("name") not in first_names() or m.group("name") in c.owners:
        return []   # "Ellie - Maid of Honour. Naomi's best friend" on Tom's page: not his
    if m.group("stop") and not re.search(r"[–—:-]\s*$", c.text[max(0, m.start() - 4):m.start()]):
        return []   # "We met Sarah. Tom's brother was there too": two sentences, not a list's item
    relation, group = c.r.words.get(" ".join(m.group("rel").split()).casefold(), ("relative", "relative"))
    return [Relative(relation, group, m.group("name"), m.start("name"), m.end("name"))]


def _married_to(m: re.Match[str], c: Context) -> list[Relative]:
    if m.group("name").split()[0] in STOP:
        return []
    first = m.group("name").split()[0]
    if not re.match(r"\w+\s+to\b", m.group(), re.I) and (first not in first_names() or not _plain_first_name(first)):
        return []   # "Married Life", "I married Money": after 'married' without 'to', only a first name
    kind = "fiancé(e)" if m.group("how").lower() == "engaged" else "spouse"
    return [Relative(kind, "partner", m.group("name"), m.start("name"), m.end("name"))]


def _marital_status(m: re.Match[str], c: Context) -> list[Relative]:
    kind = "fiancé(e)" if m.group("how").lower() == "engaged" else "spouse"
    return [Relative(kind, "partner", None, m.start("how"), m.end("how"))]


def _proud_title(m: re.Match[str], c: Context) -> list[Relative]:
    title = c.r.titles.get(m.group("title").casefold(), "")
    if title not in PROUD_TITLE:
        return []
    relation = PROUD_TITLE[title]
    group = "grandchild" if "grand" in relation else "child" if relation == "children" else "relative"
    return [Relative(relation, group, None, m.start(), m.end())]


# An item of what someone has: "two teenagers", "a very patient wife (Nia)", "three boys".
_HAVE_ITEM = lazy_re(r"(?:^|,|\band\b|&|\+)\s*(?P<count>an?|one|two|three|four|five|six|\d)\s+"
                        r"(?P<adj>(?:[\w'’-]+\s+){0,3}?)"
                        r"(?P<rel>[\w'’-]+(?:\s+(?:ones?|half|man|lady|boy|girl))?)(?:\s*\(\s*(?P<name>[A-Z][a-z'’-]+)\s*\))?"
                        r"(?=\s*(?:,|\band\b|&|\+|\(|\s(?:on|in|at|near|who|plus)\b|$))", re.I)


def _he_or_she_is_the_owner(c: Context, pos: int) -> bool:
    """'He' or 'she' at `pos` is the owner when the last person named within 400 characters before it is
    one of the owner's names (the same list of named people that clause.py reads pronouns by)."""
    before = [n for n in re.findall(r"(?<![\w@])[A-Z][a-z'’-]+", c.text[max(0, pos - 400):pos])
              if n in c.owners or (n in first_names() and n not in STOP)]
    return bool(before) and before[-1] in c.owners


def _have_relatives(m: re.Match[str], c: Context) -> list[Relative]:
    subj = (m.group("subj") or "").casefold()
    if subj in ("he", "she") and not c.about and not _he_or_she_is_the_owner(c, m.start()):
        return []   # "My neighbour Jan ... She has two boys": hers
    out, base = [], m.start("list")
    for item in _HAVE_ITEM.finditer(m.group("list")):
        word = " ".join(item.group("rel").split()).casefold()
        if word in ("lads", "lasses"):
            word = "boys" if word == "lads" else "girls"
        if word not in c.r.words or not set(item.group("adj").casefold().split()) <= FAMILY_ADJECTIVES | _PRAISE:
            continue   # "two cats", "a spare ticket", "two brothers-in-arms"
        relation, group = c.r.words[word]
        count = _count(item.group("count"))
        if item.group("name") and _plain_first_name(item.group("name")):
            a = base + item.start("name")
            name = item.group("name")
            out.append(Relative(SINGULAR.get(relation, relation), group, name, a, a + len(name)))
            continue
        if count and count > 1:
            relation = PLURAL.get(SINGULAR.get(relation, relation), relation)
        out.append(Relative(relation, group, None, base + item.start(), base + item.end(),
                            count=count if count and count > 1 else None))
    return out


# Words of praise before a relative that are not family adjectives: "a very patient wife", "two amazing kids"
_PRAISE = frozenset(FAMILY["praise_before_relative"])


def _my_count_children(m: re.Match[str], c: Context) -> list[Relative]:
    what = m.group("what").casefold()
    relation = "sons" if what in SONS else "daughters" if what in DAUGHTERS else "children"
    count = _count(m.group("count"))
    return [Relative(relation if count and count > 1 else SINGULAR.get(relation, relation), "child", None,
                     m.start(), m.end(), count=count)]


def _my_rel(m: re.Match[str], c: Context) -> list[Relative]:
    word = " ".join(m.group("rel").split()).casefold()
    if m.group("whose").casefold() in ("his", "her", "their") and not _antecedent_is_owner(m, c):
        return []   # "his dad" is the owner's father only on a page about the owner, named just before
    if m.group().casefold().startswith("the ") and word not in THE_OWN:
        return []   # "the boys" may be anyone's; "the wife", "the kids" are the speaker's
    if word.endswith(" half") and re.search(r"\bhalf\b", c.text[segment_at(c.text, m.start())[0]:m.start()], re.I):
        return []   # "half of it was admin, the other half coding": a share, not a partner
    if re.match(r"['’]?s\s+day\b", c.text[m.end():m.end() + 8], re.I):
        return []   # "my Father's Day", "our Mother's Day plans": a day, not a parent
    if word == "mrs" and re.match(r"\s+[A-Z]", c.text[m.end():m.end() + 3]):
        return []   # "the Mrs Brown show", "our Mrs Jones": a title
    relation, group = c.r.words.get(word, ("relative", "relative"))
    return [Relative(relation, group, None, m.start(), m.end())]


_WITH_WHEN = lazy_re(r"\s*(?:$|[.!,;:)\U0001F000-\U0001FAFF\u2600-\u27BF]|(?:today|tonight|yesterday|this\s+(?:morning|"
                     r"afternoon|weekend)|last\s+night|at\s+the\s+weekend)\b)", re.I)


def _the_child_taken(m: re.Match[str], c: Context) -> list[Relative]:
    if not c.block.own or _someone_elses_at(c, m.start("who")) or NOT_A_PARENT.search(c.text) \
            or _TITLED.search(c.text, 0, m.start()):
        return []   # a reply's "took the lad to...", a teacher's "the youngest started Year 7"
    if (m.group("verb") or "").casefold() == "with" and not _WITH_WHEN.match(c.text, m.end()):
        return []   # "a chat with the lad at the counter"; "the beach with the little one today" is the writer's
    relation = THE_CHILD[" ".join(m.group("who").split()).casefold()]
    return [Relative(relation, "child", None, m.start("who") - 4, m.end("who"))]


def _child_turns(m: re.Match[str], c: Context) -> list[Relative]:
    if _someone_elses_at(c, m.start("who")) or NOT_A_PARENT.search(c.text):
        return []   # "Jo's little one turned four", a teacher's "the youngest is 5"
    relation = THE_CHILD[" ".join(m.group("who").split()).casefold()]
    return [Relative(relation, "child", None, m.start("who"), m.end("who"))]


def _first_name_as(relation: str, group: str, m: re.Match[str], key: str = "name") -> list[Relative]:
    """A relative named by a plain first name (or a handle) in group `key` of the match."""
    name = re.sub(r"['’]s$", "", m.group(key))
    if name in STOP or not (name.startswith("@") or _plain_first_name(name)):
        return []
    return [Relative(relation, group, name, m.start(key), m.start(key) + len(name))]


def _sibling_name(m: re.Match[str], c: Context) -> list[Relative]:
    relation, group = c.r.words.get(m.group("rel").casefold(), ("sibling", "sibling"))
    return _first_name_as(relation, group, m)


def _anniversary(m: re.Match[str], c: Context) -> list[Relative]:
    return _first_name_as("spouse", "partner", m, "handle" if m.group("handle") else "name")


_SENTENCE_END = lazy_re(r"[.!?](?=\s)|\n\s*\n")
_I_AM = lazy_re(r"\b(?:i['’]?m|i\s+am)\b", re.I)


def _self_list(c: Context, m: re.Match[str]) -> bool:
    """'I'm Dee, treasurer since May, and Ollie's mum': the last item of the writer's list of what they are
    (", and" after an "I'm" in the sentence, which a wrapped line does not end), unless the title then does
    something ("and Tom's wife drove")."""
    back = max(0, m.start() - 250)
    a = max([back] + [x.end() for x in _SENTENCE_END.finditer(c.text, back, m.start())])
    return bool(re.search(r",\s*(?:and|&)\s+$", c.text[max(a, m.start() - 8):m.start()])
                and _I_AM.search(c.text, a, m.start()) and _ITEM_END.match(c.text, m.end()))


# What ends an item of a list: a stop, a bracket, a dash, or "so", "and", "but" ("and Noor's mum, so say hi")
_ITEM_END = lazy_re(r"\s*(?:[,.;:!?()\-–—\n]|$|(?:so|and|but|too)\b)")


# "Ruby & Jude's mum" opening a bio item: the pair is the writer's, not "me and Tom's wife"
_PAIR_OPENS = lazy_re(r"(?:^|(?<=[.!?,;:|•·\n(])|(?<=[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F]))[^\S\n]*"
                      r"(?:(?i:proud|a|an)\s+)?(?P<first>[A-Z][a-z'’-]+),?\s*(?:&|\+|\band\b)\s+$")

_PAIR_ITEM_END = lazy_re(r"[^\S\n]*(?:[,.;:!?()|•·\n\-–—\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F]|$|"
                         r"(?:so|and|but|too)\b)")


def _name_s_title(m: re.Match[str], c: Context) -> list[Relative]:
    pair = _PAIR_OPENS.search(c.text, max(0, m.start() - 30), m.start())
    if pair and _PAIR_ITEM_END.match(c.text, m.end()) and pair.group("first") not in c.owners \
            and _plain_first_name(pair.group("first")) and pair.group("first") not in STOP:
        first = [rel for rel in _name_s_title_one(m, c) if rel.group == "child"]   # one is no wife of two
        return first and [replace(first[0], name=pair.group("first"), start=pair.start("first"),
                                  end=pair.end("first"))] + first
    if _OTHER_BEFORE.search(c.text, max(0, m.start() - 12), m.start()) and not _self_list(c, m):
        return []   # "me and Tom's wife": Tom's wife, not the writer as her husband
    return _name_s_title_one(m, c)


def _name_s_title_one(m: re.Match[str], c: Context) -> list[Relative]:
    name = m.group("name")
    if name in c.owners:   # "Priya's mum" on a page about Priya: her mother
        return _my_rel_word(m.group("title"), c, m.start(), m.end())
    after = re.match(r"\s+(?-i:([A-Z][a-z'’-]+))(?![a-z'’-]|\s+here\b)", c.text[m.end():m.end() + 30])
    if after and after.group(1) in first_names() and after.group(1) not in c.owners:
        return []   # "Zara's mum Helen": Helen is, not the writer ("Zara's mum Helen here" introduces the writer)
    before = _APPOSED.search(c.text, max(0, m.start() - 30), m.start())
    if before and before.group(1) in first_names() and before.group(1) not in c.owners \
            and not _SELF_BEFORE.search(c.text, max(0, before.start(1) - 12), before.start(1)):
        return []   # "the session is with Rob, Jayden's dad": Rob is; "I'm Rob, Jayden's dad" is the writer
    theirs = THEIR_TITLE.get(" ".join(m.group("title").split()).casefold())
    if not theirs or name.split()[0] in STOP or not (name.startswith("@") or _plain_first_name(name.split()[0])):
        return []
    relation = "spouse" if theirs in ("wife", "husband") else theirs
    return [Relative(relation, "child" if theirs == "child" else "partner", name, m.start("name"), m.end("name"))]


# A first name set before "Jayden's dad" by a comma or a bracket: the one who is that ("Rob, Jayden's dad")
_APPOSED = lazy_re(r"(?<![\w'’])([A-Z][a-z'’-]+)\s*[,(]\s*$")


def _my_rel_word(said: str, c: Context, start: int, end: int) -> list[Relative]:
    """The owner's relative, unnamed, by the word for them ('mum', 'other half')."""
    relation, group = c.r.words.get(" ".join(said.split()).casefold(), ("relative", "relative"))
    return [Relative(relation, group, None, start, end)]


def _spouse_to_someone(m: re.Match[str], c: Context) -> list[Relative]:
    return [Relative("spouse", "partner", None, m.start(), m.end())]


def _count_title(m: re.Match[str], c: Context) -> list[Relative]:
    what = c.r.words.get(m.group("what").casefold(), ("children", "child"))[0]
    return [Relative(what, "child", None, m.start(), m.end(), count=_count(m.group("count")))]


def _my_first_name(m: re.Match[str], c: Context) -> list[Relative]:
    if re.sub(r"['’]s$", "", m.group("name")).split("-")[0] not in first_names():
        return []   # "with my Garmin": not a person
    return _our_name(m, c)


def _our_name(m: re.Match[str], c: Context) -> list[Relative]:
    name = re.sub(r"['’]s$", "", m.group("name"))
    if not _plain_first_name(name):
        return []
    acts = name != m.group("name") or SUBJECT_AFTER.match(c.text, m.end())   # "our Kenzie's", "our Brogan moved"
    if name.split("-")[0] not in first_names() and not acts:
        return []   # "our Union rep", "Our Journey": an unknown name must do something, as a person does
    return [Relative("relative", "relative", name, m.start("name"), m.start("name") + len(name))]


def _capital_title(m: re.Match[str], c: Context) -> list[Relative]:
    if re.search(r"\b(?:his|her|their|your)\s+$", c.text[max(0, m.start() - 7):m.start()], re.I):
        return []   # "Her Grandad drove trams": whoever "her" is, the rule for "her dad" has read it
    after = re.match(r"[^\S\n]+([A-Z][a-z-]+)", c.text[m.end():m.end() + 30])
    if after and after.group(1) not in first_names() and after.group(1) not in STOP \
            and re.search(r"[a-z,]\s+$", c.text[max(0, m.start() - 3):m.start()]):
        return []   # "up Nan Bield", "walked Grandma Ridge": a place named with a family word, mid-sentence
    relation, group = c.r.words.get(m.group("rel").casefold(), ("relative", "relative"))
    in_bio = c.block.field in ("bio", "headline", "profile_field") and _alone(c.text, m)
    signed = _SIGNED_BEFORE.search(c.text, max(0, m.start() - 24), m.start()) and _SIGNED_AFTER.match(c.text, m.end())
    if group in ("parent", "grandparent") and (in_bio or signed or c.block.field == "name"):
        # "Boro till I die | Dad | Copper": he is a dad; "Grandad 👴 Angler": a grandad; an account named
        # "Carp Dad Gaz"; "Happy birthday son, love Mam xx": the writer signs as his mam
        relation, group = ("children", "child") if group == "parent" else ("grandchildren", "grandchild")
    named = _BRACKETED.match(c.text, m.end())
    if named and not in_bio and named.group(1) in first_names() and _plain_first_name(named.group(1), place=True):
        # "Dad (Keith) still lives round the corner", "Nan (Edie) turned 90": the name in brackets is theirs
        return [Relative(relation, group, named.group(1), named.start(1), named.end(1))]
    return [Relative(relation, group, None, m.start(), m.end())]


# a message signed with the title: "... love Dad x", "Lots of love, Nanna xx" (only kisses, marks or emoji after)
_SIGNED_BEFORE = lazy_re(r"(?i)(?<![\w'’])(?:love|love\s+from|lots\s+of\s+love|all\s+my\s+love|from)[,!]?[^\S\n]*$")
_SIGNED_AFTER = lazy_re(r"(?:[^\S\n]*(?:[xX]{1,6}\b|[^\w\s]))*[^\S\n]*(?:\n|$)")
_BRACKETED = lazy_re(r"[^\S\n]*\(\s*([A-Z][a-zà-öø-ÿā-ž'’-]+)\s*\)")


def _self_titles(m: re.Match[str], c: Context) -> list[Relative]:
    out = []
    for w in re.finditer(r"[\w-]+", m.group("list")):
        title = c.r.titles.get(w.group().casefold(), "")
        if not c.free(m.start("list") + w.start(), m.start("list") + w.end()):
            continue   # "I'm a proud grandad": already read as such
        relation = PROUD_TITLE.get(title) or ("spouse" if TITLE_OF.get(title, "") == "spouse" else "")
        if relation:
            group = "partner" if relation == "spouse" else "grandchild" if "grand" in relation else "child"
            out.append(Relative(relation, group, None, m.start(), m.end()))
    return out


def _count_names(m: re.Match[str], c: Context) -> list[Relative]:
    if _someone_elses_count(m, c):
        return []
    what = m.group("what").casefold()
    if what in ("brothers", "sisters", "siblings"):
        relation = what[:-1]
        group = "sibling"
    else:
        relation = ("son" if what in SONS else "daughter" if what in DAUGHTERS else
                    "grandchild" if what.startswith("grand") else "child")
        group = "grandchild" if relation == "grandchild" else "child"
    names = _listed(m.group("list"))
    had = re.search(r"\b(?:my|our|have|has|had|got)\s+$", c.text[max(0, m.start() - 5):m.start()], re.I)
    if not m.group("sep") and not (had and len(names) == _count(m.group("count"))
                                   and all(n.split()[0] in first_names() for n, _, _ in names)):
        return []   # "my two lads Ali & Sami", "we've got twin girls Ava & Mia"; not "two kids Mondays", "two boys Y6"
    if not any(n.split()[0] in first_names() for n, _, _ in names) and not _names_the_count(
            [n for n in names if _plain_first_name(n[0].split()[0])], _count(m.group("count"))):
        return []   # "two kids, Saturday and Sunday": a known first name, or as many names as the count
    base = m.start("list")
    return [Relative(relation, group, name, base + a, base + b)
            for name, a, b in names if _plain_first_name(name.split()[0])]


_THIRD_PERSON_HAS = lazy_re(r"\b(?:he|she|they)(?:\s+(?:has|have|had)|['’]s\s+got|['’]ve\s+got)\b", re.I)


def _someone_elses_count(m: re.Match[str], c: Context) -> bool:
    """'My mate has two kids, Noor and Idris', 'She has two', 'her two boys': the sentence counts
    someone else's children (the last person it mentions before the count is not the owner)."""
    a, _ = segment_at(c.text, m.start())
    possessive = re.search(r"\b(?:his|her|their)\s+$", c.text[a:m.start()], re.I)
    if possessive:   # "their two lads": theirs, whoever "their" stands for
        return _someone_elses_at(c, a + possessive.start())
    if _THIRD_PERSON_HAS.search(c.text, a, m.start()):
        return True
    last = _last_mention(c, m.start(), a)
    if last is None:
        return False
    return bool(last.group("other")) or _not_the_owner(last.group("name"), c)


def _names_with_child_ages(m: re.Match[str], c: Context) -> list[Relative]:
    pairs = re.findall(r"([A-Z][a-z'’-]+)\s*\((\d{1,2})\)", m.group("list"))
    if not all(name in first_names() and _plain_first_name(name) and int(age) < 18 for name, age in pairs):
        return []   # "Jo (34) and Kev (41)": grown-ups, or not names
    if _someone_elses_count(m, c):
        return []   # "My mate's two, Poppy (11) and Reuben (8)": theirs
    out, base = [], m.start("list")
    for x in re.finditer(r"([A-Z][a-z'’-]+)\s*\((\d{1,2})\)", m.group("list")):
        out.append(Relative("child", "child", x.group(1), base + x.start(1), base + x.end(1), age=x.group(2)))
    return out


# "Len and I moved to Ludlow", "me and Kay bought our first flat": a home shared with the writer
_HOME_TOGETHER = lazy_re(r"\s+(?:have\s+|had\s+|finally\s+|just\s+|recently\s+|now\s+|both\s+|are\s+|were\s+|"
                            r"have\s+been\s+|['’]ve\s+been\s+|['’]re\s+)*(?:moved\s+(?:to|into|in\b|"
                            r"house|back\s+to|up\s+to|down\s+to|over\s+to|out\s+to)|move\s+(?:to|into|in)\b|"
                            r"live[ds]?\s+(?:in|together|on|near|just|up|down|out)\b|living\s+(?:in|together)\b|"
                            r"bought\s+(?:our|a|the)\s+(?:first\s+)?(?:house|home|flat|place|bungalow|cottage)|"
                            r"settled\s+in|got\s+(?:our|a)\s+(?:first\s+)?(?:house|flat|place|mortgage|keys)|"
                            r"share\s+(?:a|our)\s+(?:house|home|flat)|"
                            r"(?:clearing|decorating|doing\s+up|renovating|tidying|gutting)\s+(?:out\s+)?(?:the|our)\s+"
                            r"(?:garage|loft|attic|house|kitchen|garden|spare\s+room|shed|bathroom))", re.I)
# ... unless it is a shift, a team, a student house or a neighbour's street
_NOT_A_HOME = lazy_re(r"\b(?:same\s+(?:street|road|house|building|village)|next\s+door|nights|days|lates|earlies|"
                         r"team|unit|station|shift|department|office|halls|uni|university|college|student|flatmates?|"
                         r"housemates?|school)\b", re.I)


def _name_and_i(m: re.Match[str], c: Context) -> list[Relative]:
    name = m.group("name")
    if name in STOP or name not in first_names() or not _plain_first_name(name):
        return []
    if not COUPLE.search(m.group("rest")) and not (_HOME_TOGETHER.match(m.group("rest"))
                                                   and not _NOT_A_HOME.search(m.group("rest"))):
        return []   # "Jo and I ran the stall": a friend; "Jo and I moved to Frome" share a home
    return [Relative("partner", "partner", name, m.start("name"), m.end("name"))]


def _own_words(c: Context) -> bool:
    """The owner's own words about their household: a first person in the text, and no word that
    makes a named child someone the writer teaches or coaches."""
    return bool(_FIRST_PERSON.search(c.text)) and not NOT_A_PARENT.search(c.text)


_FIRST_PERSON = lazy_re(r"\b(?:i|i'm|i’m|i've|me|my|we|we're|our|us)\b", re.I)
# Words just before a name that introduce someone outside the household ("my neighbour Dave", "Zara's Tom").
_INTRODUCED_BEFORE = lazy_re(r"(?:\b(?:" + "|".join(["neighbour", "neighbor", "mate", "friend", "pal", "colleague",
                                                        "boss", "man", "lady", "guy", "bloke", "woman", "teacher",
                                                        "coach", "cousin", "uncle", "aunt", "auntie", "nephew", "niece",
                                                        "mr", "mrs", "ms", "miss", "dr", "from"])
                                + r")|['’]s)\s+$", re.I)


def _household_name(c: Context, start: int, name: str) -> bool:
    """A plain first name, not the owner's, not a relative or friend already introduced just before it,
    and not in a paragraph whose last person mentioned is someone else by relation ("my sister ... Ella")."""
    if name in c.owners or name not in first_names() or name in STOP or name.casefold() in c.r.words:
        return False   # a known first name doing something is a person, even one that is also a place ("Mark")
    if _INTRODUCED_BEFORE.search(c.text, max(0, start - 14), start) or \
            re.search(r"\b(?:" + c.r.word_re + r")\s+$", c.text[max(0, start - 24):start], re.I):
        return False
    last = _last_mention(c, start)
    return not (last and last.group("other"))


def _school_year(m: re.Match[str], c: Context) -> list[Relative]:
    name = re.sub(r"['’]s$", "", m.group("name"))
    if not _own_words(c) or not _household_name(c, m.start("name"), name):
        return []   # "Leon started Year 7, proud form tutor", "my niece Maisie started Year 7"
    return [Relative("child", "child", name, m.start("name"), m.start("name") + len(name))]


def _opens_a_family_post(m: re.Match[str], c: Context) -> bool:
    """'Millie (7) explaining to her teacher that her brother ...': a child's name and age opening the owner's own post,
    which says a relation, is the writer's child without an 'I' (the child's own teacher is no sign of a pupil)."""
    if m.start() != len(c.text) - len(c.text.lstrip()) or c.block.field not in ("post", "caption") or not c.block.own:
        return False
    if any(not re.search(r"\b(?:his|her|their)\s+$", c.text[max(0, x.start() - 8):x.start()], re.I)
           for x in NOT_A_PARENT.finditer(c.text)):
        return False
    return bool(re.search(r"(?<![\w-])(?:" + c.r.word_re + r")(?![\w-])", c.text, re.I))


def _name_child_age(m: re.Match[str], c: Context) -> list[Relative]:
    key = "name" if m.group("name") else "name2"
    name, age = m.group(key), m.group("age") or m.group("agec") or m.group("age2")
    if int(age) >= 18 or not c.free(m.start(key), m.end(key)) or not (_own_words(c) or _opens_a_family_post(m, c)) \
            or not _household_name(c, m.start(key), name) or re.match(r"\s+from\b", c.text[m.end():m.end() + 6]):
        return []   # "Jo (34) wants a dog", "Goals: Jack (2)", a pupil, "with Maya (9) from next door"
    return [Relative("child", "child", name, m.start(key), m.end(key), age=age)]


def _household_partner(m: re.Match[str], c: Context) -> list[Relative]:
    name = re.sub(r"['’]s$", "", m.group("name"))
    between = c.text[m.end("name"):m.end()]
    if re.search(r"\b(?:from|at|of|who|next|door|number|for|with|helped|help|helps|round|came|come)\b", between, re.I):
        return []   # "Dave from next door put the bins out", "Jo came round and did the washing up"
    if not _FIRST_PERSON.search(c.text) or not _household_name(c, m.start("name"), name):
        return []
    return [Relative("partner", "partner", name, m.start("name"), m.start("name") + len(name))]


def _name_and_the_kids(m: re.Match[str], c: Context) -> list[Relative]:
    key = "name" if m.group("name") else "name2"
    name = m.group(key)
    if NOT_A_PARENT.search(c.text) or not _household_name(c, m.start(key), name):
        return []
    after = c.text[m.end(key):m.end(key) + 30]
    if re.match(r"\s+(?:from|at|who|next\s+door)\b", after, re.I):
        return []   # "the kids and Jo from next door"
    return [Relative("partner", "partner", name, m.start(key), m.end(key))]


def _partner_away(m: re.Match[str], c: Context) -> list[Relative]:
    name = re.sub(r"['’]s$", "", m.group("name"))
    if not _household_name(c, m.start("name"), name):
        return []
    return [Relative("partner", "partner", name, m.start("name"), m.start("name") + len(name))]


def _couple_surname(m: re.Match[str], c: Context) -> list[Relative]:
    a, b, sur = m.group("a"), m.group("b"), m.group("sur")
    if sur not in c.owners or (a in c.owners) == (b in c.owners):
        return []
    other, key = (b, "b") if a in c.owners else (a, "a")
    if other not in first_names() or not _plain_first_name(other):
        return []
    x, y = segment_at(c.text, m.start())
    if SIBLING_WORDS.search(c.text, m.end(), min(y, m.end() + 60)) and not re.search(
            r"\b(?:their|baptism|christening|wedding|married|anniversary)\b", c.text[m.end():m.end() + 60], re.I):
        return []   # "Ned and Amy Colley, brother and sister"
    return [Relative("partner", "partner", other, m.start(key), m.end(key))]


def _child_milestone(m: re.Match[str], c: Context) -> list[Relative]:
    who = " ".join(m.group("who").split()).casefold()
    whose = (m.group("whose") or "").strip().casefold()
    if whose == "the" and re.match(r"(?i)the\s+lads\s", m.group()):
        return []   # "the lads first ever away day": mates
    relation = "son" if who in ("son", "boy", "lad", "little man") else \
        "daughter" if who in ("daughter", "girl", "little lady") else "child"
    # marked for _name_milestone_child; "bare" when nothing says whose child it is ("Lads first game")
    return [Relative(relation, "child", None, m.start(), m.end(), age="milestone" if whose else "bare milestone")]


def _name_milestone_child(found: list[Relative], text: str, owners: frozenset[str]) -> list[Relative]:
    """'Lads first ever game at the Valley. Alfie sang every word': a child's first something and the one
    person a short post names are the same child; unnamed, 'my son's first game' is a son, and a bare
    'Lads first game' says nothing."""
    marks = [rel for rel in found if rel.age and rel.age.endswith("milestone")]
    if not marks:
        return found
    rest = [rel for rel in found if rel not in marks]
    people = {n: (a, b) for n, a, b in _names(text) if " " not in n and n in first_names() and n not in owners
              and _plain_first_name(n)}
    if len(marks) == 1 and len(people) == 1 and len(text) <= 400 and not any(rel.name and rel.group == "child"
                                                                           for rel in rest):
        (name, (a, b)), = people.items()
        return rest + [Relative(marks[0].relation, "child", name, a, b, confidence=marks[0].confidence)]
    return rest + [replace(rel, age=None) for rel in marks if rel.age == "milestone"]


def _parents_day(m: re.Match[str], c: Context) -> list[Relative]:
    name = m.group("name")
    if name and _household_name(c, m.start("name"), name) and not NOT_A_PARENT.search(c.text):
        return [Relative("child", "child", name, m.start("name"), m.end("name"))]
    return [Relative("children", "child", None, m.start("title"), m.end())]


def _name_s_first(m: re.Match[str], c: Context) -> list[Relative]:
    name = re.sub(r"['’]s$", "", m.group("name"))
    if not _own_words(c) or not _household_name(c, m.start("name"), name):
        return []   # "my niece Ruby's first Communion", a pupil's first nativity
    return [Relative("child", "child", name, m.start("name"), m.start("name") + len(name))]


def _child_birthday(m: re.Match[str], c: Context) -> list[Relative]:
    name = m.group("name")
    if not _own_words(c) or not _household_name(c, m.start("name"), name):
        return []   # "Ruby's 6th birthday party" said of a pupil, or with no word of the writer's
    return [Relative("child", "child", name, m.start("name"), m.end("name"), age=m.group("age"))]


# Words a parent says to or of their child in a post: "sorry son", "well done kiddo", "proud dad"
_TO_A_CHILD = lazy_re(r"\b(?:son|daughter|kiddo|kiddos|my\s+(?:boy|girl|lad|lass)|our\s+(?:boy|girl|lad|lass)|"
                         r"proud\s+(?:dad|mum|mam|mom|daddy|mummy|parent)|little\s+(?:man|lady))\b", re.I)


# A word for a small child before a name: "Wee Isla's first game", "little Reuben's first swimming lesson"
_SMALL_BEFORE = lazy_re(r"(?<![\w'’])(?:wee|little|baby|lil)\s+$", re.I)


# A child's age said in the post: "he's 6", "she is only 4", "4 years old"
_CHILD_AGE_SAID = lazy_re(r"\b(?:he|she)(?:['’]s|\s+is|\s+was)\s+(?:only\s+|just\s+|now\s+)?(?:1[0-7]|[1-9])\b"
                          r"(?!\s*(?:%|am|pm|:|\.\d|mins?|minutes|hours?|hrs?|days?|weeks?|months?|years?|yrs?|miles|k|km|st|stone|lb|ft|"
                          r"foot|feet|points?|goals?|nil|-)(?!\w))|"
                          r"\b(?:1[0-7]|[1-9])\s+(?:years?|yrs?)\s+old\b", re.I)


def _name_s_first_outing(m: re.Match[str], c: Context) -> list[Relative]:
    small = _SMALL_BEFORE.search(c.text, max(0, m.start() - 8), m.start())
    aged = _CHILD_AGE_SAID.search(c.text, m.end())
    if len(c.text) > 600 or not (small or aged or _TO_A_CHILD.search(c.text, m.end())) or NOT_A_PARENT.search(c.text):
        return []   # "Dean's first away game in charge": a manager, unless the post speaks to a child or calls it small
    out = []
    for key in ("first", "name"):
        name = re.sub(r"['’]s$", "", m.group(key) or "")
        if name and _household_name(c, m.start(key), name):
            out.append(Relative("child", "child", name, m.start(key), m.start(key) + len(name)))
    return out


# The couple's own words about their wedding: "we did it 💍", "our big day", "Mr & Mrs", "we got married"
_OUR_WEDDING = lazy_re(r"\b(?:we\s+did\s+it|our\s+(?:big\s+day|wedding|day)|best\s+day\s+of\s+our\s+lives|"
                          r"we\s+(?:got|are|['’]re)\s+(?:married|hitched)|mr\s*(?:&|and)\s*mrs|just\s+married|"
                          r"my\s+(?:new\s+)?(?:husband|wife)|newly\s*weds?)\b", re.I)


def _wedding_party(m: re.Match[str], c: Context) -> list[Relative]:
    key = "name" if m.group("name") else "name2"
    name, rel = m.group(key), (m.group("rel") or m.group("rel2")).casefold()
    side = m.group("side") or m.group("side2")
    if not _OUR_WEDDING.search(c.text) or name in STOP or name not in first_names():
        return []   # a guest's post about a friend's wedding: the bride's mother is nobody's of the writer's
    relation = f"{c.r.words.get(rel, (rel, ''))[0]} of the {side.casefold()}"
    return [Relative(relation, "relative", name, m.start(key), m.end(key))]


_AGE_WORDS = {"ten": 10, "eleven": 11, "twelve": 12}


def _age_noun_name(m: re.Match[str], c: Context) -> list[Relative]:
    said = m.group("age").casefold()
    age = int(said) if said.isdigit() else NUMBERS.get(said) or _AGE_WORDS.get(said, 99)
    name = m.group("name")
    if age >= 18 or not _own_words(c) or not _household_name(c, m.start("name"), name):
        return []   # "a 40 year old Scouser", "a 7 year old called Max in my class"
    return [Relative("child", "child", name, m.start("name"), m.end("name"), age=str(age))]


# Words in a post that make the writer the partner of someone on shifts: "#PoliceWife", "so it's just me".
_PARTNER_CUE = lazy_re(r"#\w*(?:wife|husband|widow|partner|family|spouse|wag)\b|\b(?:so\s+it['’]?s\s+(?:just\s+)?me|"
                          r"tea\s+for\s+one|home\s+alone|on\s+my\s+own|flying\s+solo|solo\s+parent\w*|"
                          r"single\s+parent\w*|shift\s+widow)\b", re.I)


def _shift_partner(m: re.Match[str], c: Context) -> list[Relative]:
    name = re.sub(r"['’]s$", "", m.group("name"))
    if not _PARTNER_CUE.search(c.text) or not _household_name(c, m.start("name"), name):
        return []   # "Dave's on nights so I'm covering his patrol": a colleague
    return [Relative("partner", "partner", name, m.start("name"), m.start("name") + len(name))]


def _expecting(m: re.Match[str], c: Context) -> list[Relative]:
    name = re.sub(r"['’]s$", "", m.group("name"))
    if not _FIRST_PERSON.search(c.text) or not _household_name(c, m.start("name"), name):
        return []   # "Jo's due in May" with no word of the writer's; "my sister Jo is pregnant": hers
    return [Relative("partner", "partner", name, m.start("name"), m.start("name") + len(name))]


# A parent's own announcement without a first person: "She's here!!!", "Mum and baby doing well"
_ANNOUNCED = lazy_re(r"\b(?:she|he|they)(?:['’]s|\s+is|\s+are|['’]re)\s+(?:finally\s+)?(?:here|arrived)\b|"
                     r"\bmum\s+(?:and|&|\+|n)\s+baby\b", re.I)


def _newborn(m: re.Match[str], c: Context) -> list[Relative]:
    name = re.sub(r"['’]s$", "", m.group("name"))
    if not (_FIRST_PERSON.search(c.text) or _ANNOUNCED.search(c.text)) or not _household_name(c, m.start("name"), name):
        return []   # a friend's news passed on with no word of the writer's; "my niece Isla, 7lb 2oz": hers
    return [Relative("child", "child", name, m.start("name"), m.start("name") + len(name))]


def _vows_name(m: re.Match[str], c: Context) -> list[Relative]:
    """The first household name within the line's next 80 characters after the vows."""
    end = c.text.find("\n", m.end())
    window = c.text[m.end():min(m.end() + 80, end if end >= 0 else len(c.text))]
    for name, a, _ in _names(window):
        at = m.end() + a
        if " " not in name and c.free(at, at + len(name)) and (name.startswith("@") or _household_name(c, at, name)):
            return [Relative("spouse", "partner", name, at, at + len(name))]
    return []


_COUPLE_REST = lazy_re(r"\btheir\s+(?:\w+\s+){0,2}?(?:kids|children|twins|son|sons|daughter|daughters|boys|girls|"
                          r"baby|little\s+one|home|house|flat|wedding|anniversary)\b|\b(?:live|lives|moved|settled|"
                          r"are\s+(?:just\s+)?(?:up|down|round|along)|have\s+(?:two|three|four|\d)\s+(?:kids|children|"
                          r"boys|girls))\b", re.I)


def _pronoun_and_name(m: re.Match[str], c: Context) -> list[Relative]:
    who, name = m.group("who"), m.group("name")
    if who.capitalize() in ("He", "She"):
        if not c.about and not _he_or_she_is_the_owner(c, m.start()):
            return []   # "He" is the owner only when the owner was the last person named
    elif who not in c.owners:
        return []
    if not (COUPLE.search(m.group("rest")) or _COUPLE_REST.search(m.group("rest"))) \
            or not _household_name(c, m.start("name"), name):
        return []   # "Petroc and Jory run the juniors": a clubmate
    return [Relative("partner", "partner", name, m.start("name"), m.end("name"))]




# "DS is 7 months", "DD's nearly 3": an age a child has, after the shorthand
_CHILD_AGE_AFTER = lazy_re(r"(?:\s+is|\s+was|['’]s)\s+(?:nearly\s+|almost\s+|now\s+|just\s+|only\s+)?\d{1,2}\s*"
                              r"(?:months?|weeks?|mo|yo|y/o|years?\s+old|and\s+a\s+half)\b", re.I)


# the other shorthand, by which a text is in the forums' way of writing
_FORUM_WORDS = lazy_re(r"(?<![\w'’])(?:" + "|".join(k for k in SHORTHAND if k != "DS") + r")(?![\w'’])")


def _forum_shorthand(m: re.Match[str], c: Context) -> list[Relative]:
    rel, n, age = m.group("rel"), m.group("n"), m.group("age")
    mine = bool(re.match(r"(?i)my|our", m.group()))
    if rel == "DS" and not (n or age or _CHILD_AGE_AFTER.match(c.text, m.end())
                            or (re.match(r"\s+(?:is|was)\s+\d{1,2}\b(?![.:%])", c.text[m.end():])
                                and _FORUM_WORDS.search(c.text))):
        return []   # "DS Patel", "my DS": a detective sergeant; "DS is 7 months", "DD is 3, DS is 6": a son
    after = c.text[m.end():m.end() + 12]
    if not (mine or n or age or re.match(r"\s+(?:is|was|has|had|and|says|said|thinks|made|took|wants|refuses|won't|"
                                         r"can't|doesn't|loves|hates|&)\b|['’]s\b", after)
            or (rel.endswith("s") and re.match(r"\s+(?:are|were|have|say|said)\b", after))):   # "PILs are"
        return []   # "DD mandate", "DP loss": a direct debit, data protection
    relation, group = SHORTHAND[rel]
    return [Relative(relation, group, None, m.start("rel"), m.end(), age=age)]


BUILD: dict[str, Callable[[re.Match[str], Context], list[Relative]]] = {
    "title_of_count_names": _title_of_count_names, "partner_nickname": _partner_nickname, "mrs_initial": _mrs_initial,
    "title_item": _title_item, "our_kid": _our_kid, "school_milestone": _school_milestone,
    "me_rel": _me_rel, "lower_title": _lower_title, "uncle_name": _uncle_name, "me_and_name": _name_and_i,
    "title_to_names": _title_to_names, "title_of_count": _title_of_count, "my_plural_names": _my_plural_names,
    "rel_handle": _rel_handle, "my_rel_name": _my_rel_name, "name_is_rel": _name_is_my_rel, "married_to": _married_to,
    "rel_bracket_name": _rel_bracket_name, "owner_s_rel_name": _owner_s_rel_name,
    "name_then_owner_s_rel": _name_then_owner_s_rel,
    "marital_status": _marital_status, "proud_title": _proud_title, "my_rel": _my_rel,
    "the_child_taken": _the_child_taken, "child_turns": _child_turns,
    "my_count_children": _my_count_children, "have_relatives": _have_relatives, "sibling_name": _sibling_name,
    "anniversary": _anniversary, "name_s_title": _name_s_title, "spouse_to_someone": _spouse_to_someone,
    "count_title": _count_title, "my_first_name": _my_first_name, "our_name": _our_name,
    "capital_title": _capital_title, "self_titles": _self_titles, "count_names": _count_names,
    "name_and_i": _name_and_i, "names_with_child_ages": _names_with_child_ages, "school_year": _school_year,
    "name_child_age": _name_child_age, "household_partner": _household_partner,
    "name_and_the_kids": _name_and_the_kids, "partner_away": _partner_away, "couple_surname": _couple_surname,
    "child_milestone": _child_milestone, "parents_day": _parents_day, "name_s_first": _name_s_first,
    "child_birthday": _child_birthday,
    "age_noun_name": _age_noun_name, "name_s_first_outing": _name_s_first_outing, "wedding_party": _wedding_party,
    "shift_partner": _shift_partner, "expecting": _expecting, "newborn": _newborn,
    "vows_name": _vows_name,
    "pronoun_and_name": _pronoun_and_name, "forum_shorthand": _forum_shorthand}


# --- Family members named with no relation word beside them ("me and Kerry", "date night with Dan"): every first
# name in the owner's words is a candidate with named features of where it stands; fitted weights
# (namefit_weights.json, tools/fit_namefit.py) decide which are reported, below a rule's confidence.

NAMED = "the words around this name suggest a member of your family"
# First names that are also verbs of a sentence with no subject ("Will buy again", "Will do!"): not a person there
_MODAL_NAMES = frozenset(FAMILY["modal_names"]["names"])
_MODAL_AFTER = lazy_re(r"\s+(?:" + _alt(FAMILY["modal_names"]["after"]) + r")\b")
_SEASONS = frozenset(["Spring", "Summer", "Autumn", "Winter"])
_PAGE_WIDE = frozenset(["pet", "called", "self"])
_CAPITALISED = lazy_re(r"(?<![\w@'’./-])[A-Z][a-zà-öø-ÿā-ž'’]+(?:-[A-Z][a-zà-öø-ÿā-ž'’]+)?(?![\w@-])")
_PREPOSITION_BEFORE = lazy_re(r"(?i:\b(?:in|at|from|to|near|into|around|outside|via))\s+$")
# A title or rank before a name: someone met in public or at work, not family.
_TITLE_BEFORE = lazy_re(r"\b(?:Mr|Mrs|Ms|Miss|Dr|St|Saint|Sir|Dame|Prof|Professor|Cllr|Rev|Revd|Father|Pastor|Canon|"
                        r"Coach|Sgt|Sergeant|Insp|Inspector|PC|DC|DS|DI|DCI|Supt|Officer|Capt|Captain|Major|Judge|"
                        r"King|Queen|Prince|Princess|Lord|Lady)\.?\s+$")
_OTHERS_BEFORE = lazy_re(r"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir|[Yy]our)|[A-Za-z]['’]s)\s+(?:[\w'’-]+\s+)?$")
_MINE_BEFORE = lazy_re(r"(?i:\b(?:my|our|me|mam|mum|dad)\s+(?:[\w'’-]+\s+)?)$")
_ARTICLE_BEFORE = lazy_re(r"(?i:\b(?:the|a|an|this|that|these|those))\s+$")
_SUBJECT_AFTER = lazy_re(r"^(?:['’]s\s+(?:\w+ing|got|been|gone|just|now|off|here|home|back|coming|started|finally|"
                         r"already|still|always|never|not)\b|\s+(?:has|had|is|was|got|gets|did|does|says|said|"
                         r"reckons|made|makes|took|takes|bought|started|loves|hates|won|smashed|passed|scored|"
                         r"turned|turns|leaves|left|wants|thinks|asked|came|went|will|can|could)\b)")
_ME_AND_BEFORE = lazy_re(r"(?i:\b(?:me|myself)|\bI)\s*(?:and|&|\+|n['’]?)\s*$")
_AND_ME_AFTER = lazy_re(r"^\s*(?:and|&|\+|n['’]?)\s*(?:I\b(?!['’]ll)|(?i:me|myself)\b)")
_WITH_BEFORE = lazy_re(r"(?i:\b(?:with|w/|wiv|alongside))\s*$")
_PAIR_BEFORE = lazy_re(r"([A-Z][a-z'’]+)\s*(?:and|&|\+)\s*$")
_PAIR_AFTER = lazy_re(r"^\s*(?:and|&|\+)\s*([A-Z][a-z'’]+)")
_AGE_AFTER = lazy_re(r"^(?:['’]s)?\s*\(\s*(?:aged?\s*)?\d{1,2}\s*\)|^,\s*(?:aged?\s*)?\d{1,2}\b(?![./:-]\d)(?!\s*\w)|"
                     # a small child's age said to the half year or the month: "Wren, 2½", "Ruby (9 months!)"
                     r"^(?:['’]s)?\s*[(,]\s*(?:aged?\s*)?(?P<small>\d{1,2}(?:[½¼¾]|\s+and\s+(?:a\s+half|a\s+quarter|"
                     r"three\s+quarters)\b)|\d{1,2}\s*(?:months?|mths?|weeks?|wks?)\b(?:\s+old\b)?)(?:[^\S\n]*[)!,;:]|\s+(?:as|now|today)\b)|"
                     r"^\s+(?:is|turns|turned|was|aged?)\s+(?:now\s+)?\d{1,2}\b(?!\s*(?:mins|minutes|hours|miles|k|km)\b)|"
                     r"^['’]s\s+\d{1,2}(?:st|nd|rd|th)\b")
_KISS_AFTER = lazy_re("^[\\s!.,]{0,3}(?:[xX]{1,5}\\b|[\u2764\u2665\U0001F495-\U0001F49F\U0001F618\U0001F970\U0001F60D"
                      "\U0001F49C\U0001F499\U0001F49A\U0001F9E1\U0001F49B\U0001F90D\U0001F5A4])")
# kisses closing the sentence: "love you Lewis, best dad going xx"
_KISS_END = lazy_re(r"(?<![\w'’-])(?:x{1,5}|X{1,5})(?![\w'’-])\W*$")
# The writer giving their own name: "I'm Dee", "my name's Kit".
_FOR_BEFORE = lazy_re(r"(?i:\bfor)\s+(?:(?i:little|baby|lovely|the\s+lovely)\s+)?$")
_CALLED_BEFORE = lazy_re(r"(?i:\b(?:called|named|nicknamed))\s+$")
_SELF_BEFORE = lazy_re(r"(?i:\b(?:I['’]m|I\s+am|name['’]s|name\s+is|call\s+me))\s+$")
# Whose relation word stands before the name: another named person's ("my mate's lad Finn", "Zara's mum Helen") or
# a third person's ("his wife Orla"): a relative of someone else's.
_NAMED_BEFORE = lazy_re(r"([A-Za-z]+)['’]s\s+(?:[\w'’-]+\s+)?$")
_THEIR_BEFORE = lazy_re(r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w'’-]+\s+)?$")
_PERSON_BEFORE = lazy_re(r"(?<![\w@'’./-])([A-Z][a-z'’]+)(?![\w@-])")
_HIS_BEFORE = lazy_re(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Yy]our)\s+(?:[\w'’-]+\s+)?$")
_SURNAME_AFTER = lazy_re(r"^\s+([A-Z][a-z'’-]+|Mc[A-Z][a-z]+|O['’][A-Z][a-z]+)")
_HANDLE_AFTER = lazy_re(r"^[\w.+-]*@|^\.[a-z]|^/")
_OPEN = lazy_re(r"^[\W\d_]*$")
# A block's field, as the kind of writing it is.
_NAME_KINDS = {"bio": "bio", "headline": "bio", "username": "bio", "post": "post", "story": "post",
               "caption": "caption", "image_alt": "caption", "comment": "comment", "about": "about",
               "profile_field": "about", "experience": "about", "education": "about", "metadata": "meta",
               "title": "meta"}
_NOT_PROSE = frozenset(["email", "phone", "home_location", "birthplace", "employer", "club", "education", "job", "name",
                        "family", "relationship"])


class NameCandidate(NamedTuple):
    """A first name in the owner's words that could be a relative's, and the named features of where it stands."""

    hit: Hit
    features: frozenset[str]


@cache
def _name_classes() -> PhraseIndex:
    data = load_data("namefit_features.json")
    return PhraseIndex([(w, c) for c, words in data["classes"].items() for w in words])


def _relation_word(word: str) -> bool:
    """WORD (an anchor found) names a relation ("wife", "Nan", "grandkids"), not only a word a rule needs."""
    r = relations()
    word = " ".join(word.casefold().split())
    return word in r.words or word in r.titles or word.rstrip("s") in r.words or word.rstrip("s") in r.titles


@lru_cache(maxsize=8192)   # asked of every capitalised word of every block: the same few thousand words
def _first_name(word: str) -> str | None:
    """WORD as a first name in footprint/data/first_names.txt ("Lily-Mae" by its first part), else None."""
    word = word[:-2] if word.endswith(("'s", "’s")) else word[:-1] if word.endswith(("'", "’")) else word
    names = first_names()
    plain = unaccented(word)   # "Siân", "Róisín": the name the list gives without its accents
    if plain in names or plain.split("-")[0] in names:
        return word
    return None


def name_features(text: str, at: int, to: int, classes: list[tuple[int, int, str]],
                  relation_at: list[int], owners: frozenset[str] = frozenset()) -> set[str]:
    """The named features of the first name text[at:to]: the word classes and any relation word in its sentence,
    and what stands just before and after it (me and / and I, with, another name, an age, kisses, a surname, an
    e-mail or handle, the sentence's start, whose relation word is just before or after it)."""
    a, b = segment_at(text, at)
    found = {cls for s, e, cls in classes if a <= s and e <= b}
    for p in relation_at:
        if a <= p < b:   # whose relation word it is: "my husband", "his wife", "Tom's mum", or bare
            ahead = text[max(a, p - 16):p]
            found.add("rel:other" if _OTHERS_BEFORE.search(ahead) else "rel:mine" if _MINE_BEFORE.search(ahead)
                      else "rel:bare")
    before, after = text[max(a, at - 16):at], text[to:min(b, to + 16)]
    if _ME_AND_BEFORE.search(before) or _AND_ME_AFTER.match(after):
        found.add("me_and")
    if _WITH_BEFORE.search(before):
        found.add("with")
    pair = _PAIR_BEFORE.search(before) or _PAIR_AFTER.match(after)
    if pair and _first_name(pair.group(1)):
        found.add("pair")
    age = _AGE_AFTER.match(text[to:to + 40])
    if age:   # a child's age, or a grown-up's ("the team: Jo (34) and Kev (41)")
        found.add("age" if age.group("small") or int(re.findall(r"\d+", age.group())[0]) < 18 else "age_adult")
    if _KISS_AFTER.match(after) or _KISS_END.search(text, at, b):
        found.add("kiss")
    surname = _SURNAME_AFTER.match(after)
    if surname and not _first_name(surname.group(1)) and surname.group(1) not in STOP:
        found.add("surname")
    if text[at - 1:at] == "@" or _HANDLE_AFTER.match(text[to:to + 40]):
        found.add("handle")
    if _OPEN.match(text[a:at]):
        found.add("start")
    if PET_AFTER.search(text[to:to + 40]) or PET_NAMED.match(text[at:to + 4]) or _described_as_a_pet(text, to):
        found.add("pet")
    if known_place(text[at:to]):
        found.add("place")
    if _PREPOSITION_BEFORE.search(before):
        found.add("place_before")
    if _TITLE_BEFORE.search(text[max(0, at - 16):at]):
        found.add("title_before")
    if _ARTICLE_BEFORE.search(before):
        found.add("article_before")
    if (text[at - 1:at] == "(" or after.startswith(("(", " ("))) and "age" not in found:
        found.add("paren")
    for p in relation_at:
        if at - 14 <= p < at and a <= p:   # a relation word just before that no rule gave the name to
            found.add("rel_before")
            named = _NAMED_BEFORE.search(text, max(a, p - 24), p)
            if named and named.group(1) not in owners:   # "my mate's lad Oscar"; "Zara's mum Helen"
                found.add("rel_before:someone" if named.group(1).islower() else "rel_before:named")
            elif _HIS_BEFORE.search(text, max(a, p - 16), p):
                # "his little lad Harry": the owner's only on a page about him, so whose the last name before is
                last = [n.group(1) for n in _PERSON_BEFORE.finditer(text, max(0, p - 300), p - 4)
                        if _first_name(n.group(1))]
                found.add("rel_before:his_named" if last and last[-1] not in owners else "rel_before:his")
        elif to < p <= to + 30 and p < b:
            if text[to:to + 2] in ("'s", "’s") and p <= to + 16:
                found.add("possessor")   # "Tom's wife": Tom is the one with the relative
            elif _NAMED_BEFORE.search(text, max(to, p - 24), p):
                found.add("rel_after:named")   # "Jo, my brother's girlfriend"
        if to < p < b and _THEIR_BEFORE.search(text, max(to, p - 12), p) \
                and not any(a <= q < at for q in relation_at):
            found.add("possessor")   # "Trevor and Sue live in Kidwelly with their twins": the twins are theirs
    if _SELF_BEFORE.search(before):
        found.add("self")
    if _FOR_BEFORE.search(before):
        found.add("for")   # "a cake for little Oscar's 6th": made for someone, a customer as often as a child
    if _CALLED_BEFORE.search(before):
        found.add("called")   # "the starter is called Gary": a name given to a thing as often as to a child
    if "possessor" in found:
        found -= {"me_and", "with", "pair"}   # "me and Tom's wife": the one beside me is the wife
    if "me" in found and "rel:other" in found:   # "my mate Declan and his wife Orla": the writer's is not his
        found.remove("rel:other")
        found.add("rel:other_me")
    if found & {"possessor", "rel_before:named", "rel_before:someone", "rel_before:his", "rel_before:his_named"}:
        found.discard("rel:other")   # whose relative it is, said beside the name, outweighs the sentence's
    pair_after = _PAIR_AFTER.match(text[to:min(b, to + 40)])
    if _SUBJECT_AFTER.match(after + " ") or (pair_after and _first_name(pair_after.group(1)) and _SUBJECT_AFTER.match(
            text[to + pair_after.end():min(b, to + pair_after.end() + 16)] + " ")):
        found.add("subject")   # "Sam won", and "Jack and Sam won": a pair is one subject
    return found


def name_candidates(profile: Profile, facts: Facts, ruled: list[Hit]) -> list[NameCandidate]:
    """Every first name in the owner's words that is neither the owner's nor a relative a rule already named,
    with its features (name_features, and the page's: its kind of block, the name said again on the page, the
    name of another author on it, a page listing several people, words quoted from someone else)."""
    owners = _owners(profile, facts)
    taken = {w for h in ruled for w in re.findall(r"[A-Z][a-z'’-]+", h.value)} | owners | STOP
    authors = {a.split()[0] for a in profile.authors if a.split()}
    index = _name_classes()
    found: list[tuple[TextBlock, str, int, int]] = []
    for block in profile.blocks:
        if not block.own or block.hint in _NOT_PROSE:
            continue
        text = text_of(block)
        for m in _CAPITALISED.finditer(text):
            name = _first_name(m.group())
            if name and name not in taken and not (name in _MODAL_NAMES and _MODAL_AFTER.match(text, m.end())):
                found.append((block, name, m.start(), m.start() + len(name)))
    said: dict[str, int] = {}
    full: set[str] = set()   # names the page gives with a surname somewhere ("DI Carys Lloyd", then "Carys")
    titled: set[str] = set()   # or with a title or rank ("DI Carys", "Coach Darren")
    for block, name, at, to in found:
        said[name] = said.get(name, 0) + 1
        if _TITLE_BEFORE.search(text_of(block)[max(0, at - 16):at]):
            titled.add(name)
        surname = _SURNAME_AFTER.match(text_of(block)[to:to + 24])
        if surname and not _first_name(surname.group(1)) and surname.group(1) not in STOP:
            full.add(name)
    seen: list[tuple[str, set[str]]] = []
    spans = list[tuple[int, int]]
    per_block: dict[int, tuple[list[tuple[int, int, str]], list[int], spans, spans]] = {}
    for block, name, at, to in found:
        text = text_of(block)
        if id(block) not in per_block:
            idioms = [(m.start, m.end) for m in relations().not_family.find(text)]
            # a word inside an idiom is no cue ("married to the job" says nothing of a couple)
            per_block[id(block)] = ([(m.start, m.end, str(c)) for m in index.find(text) for c in m.payloads
                                     if not any(s <= m.start < e for s, e in idioms)],
                                    [m.start for m in anchors().find(text) if _relation_word(text[m.start:m.end])
                                     and not any(s <= m.start < e for s, e in idioms)],
                                    others_words(text), idioms)
        classes, relation_at, quoted, idioms = per_block[id(block)]
        features = name_features(text, at, to, classes, relation_at, owners)
        features.add("kind:" + _NAME_KINDS.get(block.field, "page"))
        if said[name] > 1:
            features.add("repeat")
        if name in full and "surname" not in features:
            features.add("surname_page")
        if name in titled and "title_before" not in features:
            features.add("title_page")
        if name in authors:
            features.add("author")
        if profile.listing:
            features.add("listing")
        if any(s <= at < e for s, e in quoted):
            features.add("other_said")
        a, b = segment_at(text, at)
        if any(a <= s and e <= b for s, e in idioms):
            features.add("idiom")   # "Uncle Sam", "married to the job": the rules' phrases that name no relative
        if name in _SEASONS:
            features.add("season")   # "Spring is coming"
        seen.append((name, features))
    # what one mention says of a name holds for the page: "our dog Bruno" then "Bruno has found the pool"
    marked = {(name, f) for name, features in seen for f in _PAGE_WIDE & features}
    page_wide: dict[str, list[str]] = {}   # each name's, in the set's order (not the whole set read per mention)
    for n, f in marked:
        page_wide.setdefault(n, []).append(f)
    out: list[NameCandidate] = []
    for (block, name, at, to), (_, features) in zip(found, seen, strict=True):
        features |= {f + "_page" for f in page_wide.get(name, ()) if f not in features}
        value = f"relative: {name}"
        out.append(NameCandidate(Hit("family", value, value, 0.5, block, at, to, NAMED), frozenset(features)))
    return out


def decide_names(ruled: list[Hit], candidates: list[NameCandidate], model: Weights) -> list[Hit]:
    """The rules' relatives, and each name no rule found that the fitted weights accept at one of its mentions,
    once, at a confidence from its best score, below a rule's."""
    best: dict[str, tuple[float, NameCandidate]] = {}
    for c in candidates:
        score = model.score(c.features)
        if score >= model.threshold and score > best.get(c.hit.value, (-1.0, c))[0]:
            best[c.hit.value] = (score, c)
    return ruled + [replace(c.hit, confidence=round(0.5 + 0.1 * score, 2)) for score, c in best.values()]


LINK = FAMILY["link"]
_LINK_GROUPS = frozenset(LINK["groups"])
_NOT_LINKED = frozenset(LINK["not_with"])


_APPOSITION = lazy_re(r"[^\S\n]*(?:\([^()\n]{1,40}\)[^\S\n]*)?[,:–—-][^\S\n]*")


def _beside(text: str, one: tuple[int, int], other: tuple[int, int]) -> bool:
    """Whether two segments of TEXT are the same or follow one another (only spaces and marks between)."""
    first, second = sorted([one, other])
    return first == second or not text[first[1]:second[0]].strip(" \t\n.,;:!?-–—()[]\"'’")


_NAME_AFTER = lazy_re(r"[^\S\n]*[,:–—-][^\S\n]*")
_LISTED_AFTER = lazy_re(r"(?:[^\S\n]+[a-z][\w'’-]*){0,3}[^\S\n]*[,:(–—-][^\S\n]*(?:(?:aged?|called|named)\s+)?$")
_LIST_END = lazy_re(r"[)\n.!?;]")
_COUNT = lazy_re(r" \((\d+)\)$")


def _children_listed(hit: Hit, candidates: list[NameCandidate]) -> list[str] | None:
    """The names listed straight after children counted or said without a name ("two boys (Finn, 9, and Ezra, 6)",
    "a toddler (Wren, 2)", "one small gremlin, Niamh (4)"), when they are as many as the count, else None.
    `candidates`: those of the hit's block."""
    text = text_of(hit.block)
    stop = _LIST_END.search(text, hit.end)
    end = stop.end() if stop and text[stop.start()] == ")" else stop.start() if stop else len(text)
    listed = sorted((c.hit.start, c.hit.value.partition(": ")[2]) for c in candidates
                    if hit.end < c.hit.start < end and not c.features & (_NOT_LINKED - {"age", "pair", "place"}))
    if not listed or not _LISTED_AFTER.match(text[hit.end:listed[0][0]]):
        return None
    names = list(dict.fromkeys(name for _, name in listed))
    count = _COUNT.search(hit.value)
    plural = hit.value.partition(" (")[0] in SINGULAR
    wanted = int(count.group(1)) if count else None if plural else 1
    return names if wanted is None or len(names) == wanted else None


_MARRIED = lazy_re(r"(?i)(?<![\w'’])(?:" + _alt(LINK["married"]) + r")(?![\w'’])")
_NOT_MINE = lazy_re(r"(?i)(?<![\w'’])(?:" + _alt(LINK["not_mine"]) + r")(?![\w'’])")
_MINE = lazy_re(r"(?i)(?<![\w'’])(?:i|i['’]m|i['’]ve|i['’]d|me|my|we|we['’]ve|we['’]re|our|us)(?![\w'’])")


def _married(candidates: list[NameCandidate]) -> list[Hit]:
    """'Geoff and I have been married 31 years', 'Derek, to whom I have been married for forty years', 'the
    long-suffering Linda (38 years married, 40 years of my driving)': a sentence in the writer's own words that says a
    marriage names the writer's spouse when one first name stands in it and no relation word (family.json 'link')."""
    out: dict[str, Hit] = {}
    for c in candidates:
        text = text_of(c.hit.block)
        # a name also a place's is the spouse's unless a place's preposition stands before it ("married in Paris");
        # "to" before a name then an aside is no place ("a shout out to Marcus, who I'm marrying")
        aside = "place_before" in c.features and re.match(r"\s*[,(]", text[c.hit.end:c.hit.end + 3])
        allowed = {"place_before", "place"} if aside else set() if "place_before" in c.features else {"place"}
        if c.features & (_NOT_LINKED - allowed) or any(f.startswith("rel") for f in c.features):
            continue
        a, b = segment_at(text, c.hit.start)
        said = _MARRIED.search(text, max(a, c.hit.start - 40), min(b, c.hit.end + 40))
        if said and _EMOJI_RUN.search(text, min(said.end(), c.hit.end), max(said.start(), c.hit.start)):
            said = None   # "Delilah never sounds better in a downpour 🎶❤️ 29 years married": apart, a song's name
        if not said or not _MINE.search(text, a, b) or _NOT_MINE.search(text, a, said.start()):
            continue   # "she and Tony were married": theirs; "Geoff and I have been married, and he ...": ours
        name = c.hit.value.partition(": ")[2]
        if {w.group() for w in _CAPITALISED.finditer(text, a, b) if _first_name(w.group())} - {name} - STOP:
            continue   # "Ellie married Tom": two people, neither of them the writer
        relation = "fiancé(e)" if said.group().casefold() == "marrying" else "spouse"
        value = f"{relation}: {name}"
        out.setdefault(name, replace(c.hit, value=value, display=value, confidence=0.75,
                                     reason=f"names your {relation}"))
    return list(out.values())


_CHILDREN = frozenset(["child", "son", "daughter", "children", "sons", "daughters"])


def _counted_named(hits: list[Hit]) -> list[Hit]:
    """'Mam to two feral gremlins' in a bio, 'our Mason' and 'my Lily-Mae' in posts: children counted without names
    on a page that names as many children, or relatives whose relation a rule leaves unsaid ('our X'), are those."""
    r = relations()
    # 'our Danny' beside an unnamed 'little brother' may be the brother: such names count only when no unnamed
    # relative on the page but a child or a parent could be them
    group = {relation: g for relation, g in r.words.values()}
    others = any(": " not in h.value and h.value.partition(" (")[0] not in _CHILDREN and group.get(
        h.value.partition(" (")[0], "other") not in ("child", "parent", "grandparent") for h in hits)
    named = sum(1 for h in hits if ": " in h.value and (h.value.partition(": ")[0] in _CHILDREN
                                                         or (h.value.startswith("relative: ") and not others
                                                             and h.reason != NAMED)))
    if not named:
        return hits
    out = []
    for h in hits:
        said, _, count = h.value.partition(" (")
        if ": " not in h.value and said in _CHILDREN and (int(count[:-1]) if count[:-1].isdigit() else 1) <= named:
            continue
        out.append(h)
    return out


def _headed_by_name(hit: Hit, candidates: list[NameCandidate]) -> str | None:
    """The first name a block's heading is, when the heading is that name alone ("Tomos", "Our Nell") and the
    page's name candidates hold it free of what rules a relative out (not the owner's, a pet's, a titled one's)."""
    label = re.sub(r"^(?:[Oo]ur|[Mm]y)\s+", "", (hit.block.label or "").strip(" :-–—\u00a0"))
    if not re.fullmatch(r"[A-Z][a-z'’-]+", label) or label not in first_names() or not _plain_first_name(label):
        return None
    held = [c for c in candidates if c.hit.value.partition(": ")[2] == label]
    return label if held and not any(c.features & _NOT_LINKED for c in held) else None


def _aged_children(hits: list[Hit], candidates: list[NameCandidate]) -> list[Hit]:
    """'Mum to two feral boys' in a bio, 'Jude (8) and Rowan (5) vs one wet Saturday' in a post: children counted
    without names on a page whose names the weights took for relatives are those children, when exactly as many of
    those names are given a child's age and no rule named a child."""
    unnamed = [h for h in hits if ": " not in h.value and SINGULAR.get(h.value.partition(" (")[0],
                                                                       h.value.partition(" (")[0]) in _CHILDREN]
    counted = [h for h in unnamed if " (" in h.value]
    # "Dad of two" in the bio and "the kids' rooms" in a post: the count says how many
    one = unnamed[0] if len(unnamed) == 1 else counted[0] if len(counted) == 1 else None
    if one is None or any(": " in h.value and h.value.partition(": ")[0] in _CHILDREN for h in hits):
        return hits
    said, _, count = one.value.partition(" (")
    wanted = int(count[:-1]) if count[:-1].isdigit() else 1
    relatives = {h.value.partition(": ")[2] for h in hits if h.value.startswith("relative: ") and h.reason == NAMED}
    aged = {c.hit.value.partition(": ")[2] for c in candidates if "age" in c.features
            and not c.features & (_NOT_LINKED - {"age", "pair"})} & relatives
    if len(aged) != wanted:
        return hits
    child = SINGULAR.get(said, said)
    return [replace(h, value=f"{child}: {name}", display=f"{child}: {name}", reason=f"names your {child}")
            if (name := h.value.partition(": ")[2]) in aged and h.value.startswith("relative: ") else h
            for h in hits if h not in unnamed]


def link_names(hits: list[Hit], candidates: list[NameCandidate]) -> list[Hit]:
    """A relation found without a name ("the other half", "my wife") named by the one first name that may be a
    relative in its sentence or the sentence beside it ("Harpreet wanted a garden. My wife's the sensible one";
    "Gemma (other half)"): family.json 'link'; children counted or said without a name, by the names listed
    straight after ("two boys (Finn, 9, and Ezra, 6)"). The name's own finding, if the weights gave one, is
    folded in."""
    r = relations()
    out = list(hits)
    by_block: dict[int, list[NameCandidate]] = {}   # each block's candidates, looked up per hit (not all read per hit)
    for c in candidates:
        by_block.setdefault(id(c.hit.block), []).append(c)
    for i, hit in enumerate(hits):
        said = hit.value.partition(" (")[0]
        mine = by_block.get(id(hit.block), [])
        headed = _headed_by_name(hit, candidates) if hit.value in r.words else None
        if headed and r.words[hit.value][1] in ("child", "partner") and hit.value not in SINGULAR:
            # a section headed by one first name is about that person: "Tomos" over "The small one started school"
            value = f"{hit.value}: {headed}"
            out[i] = replace(hit, value=value, display=value, reason=f"names your {hit.value}")
            out = [h for h in out if h.value != f"relative: {headed}"]
            continue
        if ":" not in hit.value and (SINGULAR.get(said, said) in PLURAL or said in ("children", "child")):
            listed = _children_listed(hit, mine)
            if listed:
                one = SINGULAR.get(said, said)
                out = [h for h in out if h is not hit and h.value not in {f"relative: {n}" for n in listed}]
                out += [replace(hit, value=f"{one}: {n}", display=f"{one}: {n}", reason=f"names your {one}")
                        for n in listed]
            continue
        if ":" in hit.value or "(" in hit.value or hit.value not in r.words:
            continue
        text = text_of(hit.block)
        where = segment_at(text, hit.start)
        after = {c.hit.value.partition(": ")[2] for c in mine
                 if not c.features & (_NOT_LINKED - {"place"}) and _NAME_AFTER.fullmatch(text, hit.end, c.hit.start)
                 and _PAIR_ITEM_END.match(text, c.hit.end)}
        if after:   # "I've got a daughter, Kerry, who ...": the name in apposition after it (a place's name too)
            names = after
        elif r.words[hit.value][1] in _LINK_GROUPS:
            names = {c.hit.value.partition(": ")[2] for c in mine
                     if not c.features & _NOT_LINKED and _beside(text, where, segment_at(text, c.hit.start))}
        elif _PAIR_ITEM_END.match(text, hit.end):   # any other only by apposition: "Jordan (@jordz) – my little bro,"
            names = {c.hit.value.partition(": ")[2] for c in mine
                     if not c.features & _NOT_LINKED and c.hit.end <= hit.start
                     and _APPOSITION.fullmatch(text, c.hit.end, hit.start)}
        else:
            continue
        if len(names) != 1:
            continue
        name = names.pop()
        value = f"{hit.value}: {name}"
        out[i] = replace(hit, value=value, display=value, reason=f"names your {hit.value}")
        out = [h for h in out if h.value != f"relative: {name}"]
    out = _aged_children(out, candidates)
    named = {h.value.partition(": ")[2] for h in out if ": " in h.value and not h.value.startswith("relative: ")}
    partner = {relation for relation, group in r.words.values() if group == "partner"}
    for hit in _married(candidates):
        name = hit.value.partition(": ")[2]
        if name not in named:
            # an unnamed partner ("husband" in a bio) is the one the writer says they married, as beside a rule's
            out = [h for h in out if h.value != f"relative: {name}" and h.value not in partner] + [hit]
    return out

