"""Police affiliation: anything that links the user to a police service (footprint/data/police.json).

A strong signal (a force's name or handle, a police role, #PoliceFamily, "thin blue line", a
collar number) is enough alone; weak ones ("the Met", "skipper", "response", 🚓) need a second
signal in the same text. False friends (Police Academy, grammar police, PC gaming) are masked
first, and a text that says it is from a member of the public is not a link."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from footprint.detect.base import Detector, Hit, load_data, text_of
from footprint.detect.text import mask, phrase_pattern
from footprint.facts import Facts
from footprint.models import Profile, TextBlock

COLLAR = re.compile(r"(?<![\w#])(?:PC|PCSO|DC|DS|PS|Sgt|SC|WPC|TDC|SPC|PSC)\s?(?:No\.?\s?)?\d{2,5}(?!\d)")
WORK_PHRASE = re.compile(
    r"\b(?:work(?:s|ed|ing)?|serv(?:e|es|ed|ing)|career|volunteer(?:s|ed|ing)?|years?)\s+(?:for|in|with)\s+"
    r"(?:the\s+)?(?:police|policing)\b|\b(?:i'?m|i\s+am)\s+(?:a\s+)?(?:police|cop)\b|\bin\s+the\s+police\b", re.I)
CONTEXT = re.compile(r"\b(?:police|policing|constabulary|the\s+force|on\s+duty|shift|collar)\b", re.I)
PUBLIC = re.compile(r"\b(?:member\s+of\s+the\s+public|not\s+(?:a\s+)?(?:police|cop|copper|officer)|"
                    r"i'?m\s+(?:a\s+)?civilian|as\s+a\s+civilian|non[-\s]police)\b", re.I)
_EMPLOYER_HINTS = {"employer", "job", "club"}
# Weak words so common elsewhere that two of them together still prove nothing
# ("passed out after nights out"); they count only beside a stronger weak signal or context.
VERY_WEAK = {"nights", "earlies", "lates", "on shift", "night shift", "on nights", "officer", "response",
             "special", "specials", "detective", "custody", "tutor", "commander", "commissioner", "inspector",
             "passed out", "passing out", "on duty", "off duty", "blue light", "emergency services",
             "on patrol", "in the job", "cop", "copper", "🚨", "training school", "bobby", "plod", "guv"}


@dataclass
class Lexicon:
    forces: dict[str, str] = field(default_factory=dict)        # lower-case alias -> canonical name
    strong: re.Pattern[str] | None = None                      # force names, handles, roles, phrases...
    abbreviations: re.Pattern[str] | None = None               # case-sensitive strong abbreviations
    weak: re.Pattern[str] | None = None
    weak_abbreviations: re.Pattern[str] | None = None
    false_friends: re.Pattern[str] | None = None
    weak_forces: dict[str, str] = field(default_factory=dict)
    passing_out: re.Pattern[str] | None = None


@cache
def lexicon() -> Lexicon:
    data = load_data("police.json")
    lex = Lexicon()
    strong: list[str] = []
    strong_abbr: list[str] = []
    weak: list[str] = []
    weak_abbr: list[str] = []
    for org in data["forces"] + data["bodies"]:
        for alias in org["names"]:
            lex.forces[alias.casefold()] = org["name"]
            strong.append(alias)
        for handle in org.get("handles", []):
            lex.forces["@" + handle.casefold()] = org["name"]
            lex.forces["#" + handle.casefold()] = org["name"]
            strong += ["@" + handle, "#" + handle]
        for abbr in org.get("abbreviations", []):
            lex.forces[abbr.casefold()] = org["name"]
            strong_abbr.append(abbr)
        for alias in org.get("weak", []):
            lex.weak_forces[alias.casefold()] = org["name"]
            (weak_abbr if alias.isupper() else weak).append(alias)
    strong += data["roles"]["strong"] + data["phrases"]["strong"] + data["organisations"]
    strong += ["#" + h for h in data["hashtags"]]
    for role in data["roles"]["weak"]:
        (weak_abbr if role.isupper() and len(role) <= 4 else weak).append(role)
    weak += data["phrases"]["weak"] + data["emoji"]
    # a training centre is a place name: only "passed out at Hendon" ties it to the police
    centres = "|".join(re.escape(c) for c in sorted(data["training_centres"], key=len, reverse=True))
    lex.passing_out = re.compile(rf"\b(?:pass(?:ed|ing)\s+out|trained|training)\s+(?:at|from|in)\s+(?:the\s+)?"
                                 rf"(?:{centres})\b", re.I)
    lex.strong = phrase_pattern(strong)
    lex.abbreviations = phrase_pattern(strong_abbr, case=True)
    lex.weak = phrase_pattern(weak)
    lex.weak_abbreviations = phrase_pattern(weak_abbr, case=True)
    lex.false_friends = phrase_pattern(data["false_friends"])
    return lex


def _force(lex: Lexicon, matched: str, *, weak: bool = False) -> str | None:
    key = " ".join(matched.split()).casefold()
    return (lex.weak_forces if weak else lex.forces).get(key)


def police_hits(block: TextBlock) -> list[Hit]:
    """Police links in one block of text: a hit per force named, else one generic hit."""
    lex = lexicon()
    assert lex.strong and lex.weak and lex.false_friends
    text = text_of(block)
    if PUBLIC.search(text):
        return []
    masked = mask(text, [m.span() for m in lex.false_friends.finditer(text)])
    strong = list(lex.strong.finditer(masked))
    if lex.abbreviations:
        strong += list(lex.abbreviations.finditer(masked))
    strong += list(COLLAR.finditer(masked)) + list(WORK_PHRASE.finditer(masked))
    if lex.passing_out:
        strong += list(lex.passing_out.finditer(masked))
    weak = list(lex.weak.finditer(masked))
    if lex.weak_abbreviations:
        weak += list(lex.weak_abbreviations.finditer(masked))
    context = list(CONTEXT.finditer(masked))
    distinct_weak = {" ".join(m.group().split()).casefold() for m in weak}
    if block.label and "police" in block.label.casefold():
        distinct_weak.add("(a police community)")
    if block.hint in _EMPLOYER_HINTS and context:
        strong += context
    firm = distinct_weak - VERY_WEAK
    linked = bool(strong) or (len(distinct_weak) >= 2 and bool(firm)) or (bool(distinct_weak) and bool(context))
    if not linked:
        return []
    forces: dict[str, re.Match[str]] = {}
    for m in strong:
        name = _force(lex, m.group())
        if name and name not in forces:
            forces[name] = m
    for m in weak:
        name = _force(lex, m.group(), weak=True)
        if name and name not in forces:
            forces[name] = m
    for m in strong:
        if m.group().startswith("#") and not forces:
            # a force's name run together in a hashtag (#MetPolice, #PoliceScotland)
            tag = m.group()[1:].casefold()
            for alias, name in lex.forces.items():
                if " " in alias and alias.replace(" ", "") in tag:
                    forces[name] = m
                    break
    evidence = (strong or weak or context)[0]
    hits = []
    for name, m in forces.items():
        display = name if re.search(r"police|constab", name, re.I) else f"{name} (policing)"
        hits.append(Hit("police_affiliation", name, display, 0.95 if strong else 0.8, block, m.start(), m.end(),
                        f"names {name}"))
    if not forces:
        hits.append(Hit("police_affiliation", "police", "police", 0.9 if strong else 0.7, block,
                        evidence.start(), evidence.end(), f"'{evidence.group()}' links you to the police"))
    return hits


class PoliceDetector(Detector):
    category = "police_affiliation"

    def detect_block(self, block: TextBlock, profile: Profile) -> list[Hit]:
        if block.hint in ("email", "phone", "home_location", "birthplace", "date_of_birth"):
            return []
        return police_hits(block)


def is_police_text(text: str) -> bool:
    return bool(police_hits(TextBlock(text=text, field="text")))


__all__ = ["PoliceDetector", "police_hits", "is_police_text", "Facts"]
