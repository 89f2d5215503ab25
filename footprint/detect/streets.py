"""A home given by its street, without a number: "lives just up the road on Brookfield Terrace"."""

from __future__ import annotations

import re

from footprint.detect.base import Detector, Hit, text_of
from footprint.detect.clause import HOUSEHOLD, SELF, not_current, owner_at, owner_names
from footprint.detect.listing import owners_pronoun
from footprint.facts import Facts
from footprint.models import Profile, TextBlock

_WORD = r"[A-Z][^\W\d_]+(?:['’-][^\W\d_]+)?"
_SUFFIX = (r"Road|Street|Avenue|Close|Lane|Drive|Way|Crescent|Gardens|Court|Place|Terrace|Grove|Walk|Mews|Rise|Row|"
           r"View|Square|Parade|Green|Croft|Fold|Wynd|Vale")
# An English street name ("Corvan Rise"), or a Welsh one by its first word ("Heol y Castell", "Ffordd Las").
STREET_NAME = (rf"(?-i:(?:{_WORD}\s+){{1,3}}(?:{_SUFFIX})\b"
               rf"|(?:Heol|Ffordd|Stryd|Lôn|Lon|Rhodfa|Maes|Cilgant)\s+(?:(?:y|yr|'r)\s+)?{_WORD}(?:\s+{_WORD})?)")
_NEAR = r"(?:(?:just|right|only)\s+)?(?:up|down|round|along|over|across)\s+the\s+(?:road|hill|lane|street|way)"
_FROM = r"(?:\s+from\s+[^,.;:!?\n]{1,40}?)?"
# What puts a person's home on a street: living on it, being just up the road on it, their house on it.
HOME_ON = re.compile(
    rf"\b(?:live|lives|living)\s+(?:{_NEAR}{_FROM}\s+)?on\s+(?P<a>{STREET_NAME})"
    rf"|\b(?:is|are|['’]re|['’]s)\s+{_NEAR}{_FROM}\s+on\s+(?P<b>{STREET_NAME})"
    rf"|\b(?P<whose>my|our|his|her|their)\s+(?:new\s+)?(?:house|home|place|flat|cottage|bungalow)\s+(?:is\s+)?"
    rf"(?:(?:just|right)\s+)?on\s+(?P<c>{STREET_NAME})", re.I)

# "She and Kit live ...": a sentence whose subject is a pronoun (with someone), just before the verb
_PRONOUN_SUBJECT = re.compile(r"(?:^|[.!?]\s+)(?:he|she)(?:\s+(?:and|&)\s+[A-Z][a-z]+)?\s+[^.!?]{0,20}$", re.I)


class StreetHomeDetector(Detector):
    category = "home_location"

    def detect(self, profile: Profile, facts: Facts) -> list[Hit]:
        names = owner_names(profile, facts)
        return [h for block in profile.blocks if block.own for h in self._block(block, names)]

    def _block(self, block: TextBlock, names: frozenset[str]) -> list[Hit]:
        text = text_of(block)
        if " on " not in text:
            return []
        hits = []
        for m in HOME_ON.finditer(text):
            street = next(g for g in ("a", "b", "c") if m.group(g))
            start, end = m.span(street)
            whose = m.group("whose")
            if whose and whose.casefold() in ("my", "our"):
                kind = SELF
            else:
                kind = owner_at(text, m.start(), names, block.field)
                if kind != SELF and owners_pronoun(block) and _PRONOUN_SUBJECT.search(text, 0, m.start()):
                    kind = SELF
            if kind not in (SELF, HOUSEHOLD) or not_current(text, m.start(), end):
                continue
            value = m.group(street)
            hits.append(Hit("home_location", value, value, 0.8, block, start, end, "names the street you live on"))
        return hits
