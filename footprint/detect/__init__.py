"""Detection: one detector per category plus the facts matcher, merged into findings."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from footprint.detect.base import Detector, Hit, load_data, windowed
from footprint.detect.clause import nicknames, owner_names, quoted_others
from footprint.detect.contact import EmailDetector, PhoneDetector
from footprint.detect.dob import DateOfBirthDetector
from footprint.detect.facts import FactsDetector
from footprint.detect.family import FamilyDetector
from footprint.detect.football import FootballDetector
from footprint.detect.linked import LinkedAccountDetector
from footprint.detect.listing import ListedRelativeDetector, listed
from footprint.detect.places import BirthplaceDetector, HomeLocationDetector
from footprint.detect.police import PoliceDetector
from footprint.detect.split import detect_all
from footprint.detect.text import segment_at
from footprint.facts import Facts
from footprint.models import Finding, Profile, TextBlock

# Severity and the procedure's clauses per category: 3.4 names date and place of birth,
# football team, anything linking to the police, and family; 5.0 adds home address and
# family members found online.
SEVERITY = {
    "date_of_birth": ("high", ["3.4"]),
    "birthplace": ("medium", ["3.4"]),
    "football_team": ("medium", ["3.4"]),
    "police_affiliation": ("high", ["3.4"]),
    "family": ("high", ["3.4", "5.0"]),
    "home_location": ("high", ["5.0"]),
    "phone_number": ("high", ["5.0"]),
    "email_address": ("medium", ["5.0"]),
    "linked_account": ("low", ["3.4"]),
}


# A hit less sure than this is not reported as an exposure: context words that lower a rule's
# base confidence (a guessed place, an age worked out from a post) can take it below.
REPORT_AT = 0.5


def detectors() -> list[Detector]:
    """Every detector, in the order their findings are listed."""
    return [DateOfBirthDetector(), BirthplaceDetector(), FootballDetector(), PoliceDetector(), FamilyDetector(),
            HomeLocationDetector(), PhoneDetector(), EmailDetector(), LinkedAccountDetector(), FactsDetector(),
            ListedRelativeDetector()]


def prepared(profile: Profile, facts: Facts) -> Profile:
    """The profile as the detectors read it (also what tools/ fit context weights on)."""
    # on a page where many people write, the user's own name, e-mail or its handle says which author is them
    if profile.owner is not None:
        profile = profile.owned_by([facts.full_name, facts.email, facts.email.partition("@")[0], *facts.usernames,
                                    *_short_named(facts.full_name)])
    profile = said_of_owner(profile, facts.full_name)
    profile = others_sections(profile)
    profile = earlier_message(profile, facts)
    # a page listing several people (a committee, plot holders): only the owner's section is theirs
    return windowed(quoted(listed(profile, facts), facts))


@cache
def _others_heading() -> re.Pattern[str]:
    starts = load_data("sections.json")["others_headings"]
    return re.compile(r"^\W*(?:\d+\s+)?(?:" + "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in starts) + r")\b",
                      re.I)


def others_sections(profile: Profile) -> Profile:
    """The profile with the blocks under a heading that gives other people's words about the owner ("Recommendations
    received", "What people say", "Feedback ratings") made theirs: a recommender's force, a buyer's wife, a
    client's town are not the owner's. A block whose author the page names keeps its say."""
    if not any(b.label and b.own and not b.author and _others_heading().match(b.label) for b in profile.blocks):
        return profile
    return replace(profile, blocks=[replace(b, own=False) if b.label and b.own and not b.author
                                    and _others_heading().match(b.label) else b for b in profile.blocks])


# A message forwarded or replied to below the writer's own (an e-mail's "From: ... Sent: ... Subject: ..." lines, or
# a "Forwarded message" rule): what follows is its sender's, to the end.
_EARLIER = re.compile(r"^[^\S\n]*(?:-{3,}[^\S\n]*(?:forwarded|original)[^\S\n]+message[^\S\n]*-{3,}|"
                      r"begin\s+forwarded\s+message:)"
                      r"|^[^\S\n]*From:[^\S\n]*(?P<who>\S[^\n]*)\n(?:[^\n]*\n){0,3}?[^\S\n]*(?:Sent|Date|To|Subject):",
                      re.I | re.M)
_SENDER = re.compile(r"^[^\S\n]*From:[^\S\n]*(?P<who>\S[^\n]*)", re.I | re.M)
_BODY = {"page", "text", "post", "about", "description", "story", "comment", "caption", "readme"}


def earlier_message(profile: Profile, facts: Facts) -> Profile:
    """The profile with an earlier message that the owner's forwards or answers below their own words made its
    sender's: from its header lines ("From: ... Sent: ... Subject: ...", "---------- Forwarded message ----------")
    to the end. Not the page's own headers (some words of the writer's come before it), nor the user's own message
    (by their facts' name or address)."""
    written = False
    for i, block in enumerate(profile.blocks):
        if not block.own or block.author or block.field not in _BODY:
            continue
        m = _EARLIER.search(block.text) if written and ("rom:" in block.text or "essage" in block.text) else None
        if m is None:
            written = written or len(block.text.split()) >= 12 and not _SENDER.search(block.text)
            continue
        sender = _SENDER.search(block.text, m.start())
        who = sender.group("who").strip() if sender else "another sender"
        if any(mine and mine.casefold() in who.casefold() for mine in (facts.full_name, facts.email)):
            return profile
        before = block.text[:m.start()]
        rest = [replace(b, own=False, author=who) if b.own and not b.author else b for b in profile.blocks[i + 1:]]
        split = [replace(block, text=before)] if before.strip() else []
        return replace(profile, blocks=[*profile.blocks[:i], *split,
                                        replace(block, text=block.text[m.start():], own=False, author=who), *rest])
    return profile


def quoted(profile: Profile, facts: Facts) -> Profile:
    """The profile with another person's words in the owner's text ('"Bootle born," says Maureen',
    'Nat: "I grew up in ..."', a duet's '@someone "..."', a testimonial signed '– Sgt Ann Example', a
    repost 'RT @kat: ...', a line 'Ann Example: ...') made a block of that person's, blanked where they
    stood (so that the rest keeps its offsets)."""
    names: frozenset[str] | None = None
    blocks: list[TextBlock] = []
    for block in profile.blocks:
        spans = []
        if block.own and ('"' in block.text or "“" in block.text or ":" in block.text):
            names = owner_names(profile, facts) if names is None else names
            spans = quoted_others(block.text, names)
        if not spans:
            blocks.append(block)
            continue
        text = block.text
        for a, b, _ in spans:
            text = text[:a] + " " * (b - a) + text[b:]
        blocks.append(replace(block, text=text))
        blocks += [replace(block, text=block.text[a:b], author=who, own=False, label="quoted") for a, b, who in spans]
    return replace(profile, blocks=blocks) if names is not None and len(blocks) > len(profile.blocks) else profile


def _short_named(full_name: str) -> list[str]:
    """The full name with each short form of its first name ("Rich Tanner" for Richard Tanner): a chat
    or a transcript names its speakers as friends do."""
    words = full_name.split()
    if len(words) < 2:
        return []
    return [" ".join([short.capitalize(), *words[1:]]) for short in sorted(nicknames().get(words[0].casefold(), ()))]


def said_of_owner(profile: Profile, full_name: str) -> Profile:
    """On a page where many people write, what another says of the user by their full name ("joined today by
    DS Sam Example from Kent Police", "well done Sam Example on twenty years") is as public as what the user
    says: each sentence of another's that names them is read as a block of the user's as well."""
    words = full_name.split()
    if profile.owner is None or len(words) < 2:
        return profile
    name = re.compile(r"(?<![\w@])" + r"\s+".join(map(re.escape, words)) + r"(?![\w@]|-\w)", re.I)
    said = []
    for block in profile.blocks:
        if block.own or not block.author or not name.search(block.text):
            continue
        for a, b in dict.fromkeys(segment_at(block.text, m.start()) for m in name.finditer(block.text)):
            said.append(replace(block, text=block.text[a:b].strip(), own=True, author=profile.owner or None,
                                label="said of you"))
    return replace(profile, blocks=[*profile.blocks, *said]) if said else profile


def detect(profile: Profile, facts: Facts | None = None) -> list[Finding]:
    """Run every detector over one profile and merge what they found into findings."""
    facts = facts or Facts()
    profile = prepared(profile, facts)
    # the page's owner names, which detectors after the first read as it left them, settled before any split
    owner_names(profile, facts)
    return merge(detect_all(detectors(), profile, facts), profile)


def _same_date(hits: list[Hit]) -> list[Hit]:
    """A partial birth date (--03-12, or 1990) is the same detail as a full one that agrees."""
    full = {h.value for h in hits if h.category == "date_of_birth" and len(h.value) == 10}
    out = []
    for h in hits:
        if h.category == "date_of_birth" and h.value not in full:
            if h.value.startswith("--") and any(f.endswith(h.value[1:]) for f in full):
                continue
            if len(h.value) == 4 and any(f.startswith(h.value + "-") for f in full):
                continue
        out.append(h)
    return out


# "Leeds through and through 💛💙", "Boro through and through, it's a curse": said of a club as often as of a town.
_THROUGH = re.compile(r"\s*through\s+and\s+through\b", re.I)


# Football said around it: the ball, the game's words, a club's two colours in hearts ("💛💙").
_FOOTBALL_CUE = re.compile(r"⚽|\b(?:footie|footy|football|match\s?day|season[-\s]tickets?|kick[-\s]?off|derby|"
                           r"shirts?|away\s+days?|sky\s+sports)\b|(?:[❤💙💛🖤🤍💜💚🧡]\ufe0f?\s*){2}", re.I)


def _fan_not_native(hits: list[Hit]) -> list[Hit]:
    """A place before a bare "through and through" that the football detector reads, from the same words, as the
    writer's team is the club they follow, not where they were born, when its club's nickname stands for the town
    ("Boro") or its sentence (or the one before) speaks of football ("Leeds through and through 💛💙"). "Wigan
    through and through" alone is both; "a Leeds lad through and through" keeps its "lad" and never comes here."""
    teams = {(id(h.block), h.start, h.end) for h in hits if h.category == "football_team"}
    return [h for h in hits if not (h.category == "birthplace" and _THROUGH.match(h.block.text, h.end)
                                    and (id(h.block), h.start, h.end) in teams
                                    and (h.display != h.value or _football_said(h.block.text, h.start)))]


def _football_said(text: str, at: int) -> bool:
    """Whether the sentence at `at`, or the one before it, speaks of football."""
    a, b = segment_at(text, at)
    return bool(_FOOTBALL_CUE.search(text, segment_at(text, max(0, a - 2))[0] if a else a, b))


def _detail_key(hit: Hit) -> str:
    """What makes two hits the same detail: for a named relative, the name alone."""
    if hit.category == "family" and ": " in hit.value:
        # "Lily Morgan" (About) and "Lily" (a post) are one person: keyed by the first name
        return "name:" + hit.value.split(": ", 1)[1].casefold().lstrip("@").split()[0]
    return hit.value.casefold()


def _better_relative(a: Hit, b: Hit) -> Hit:
    """'child: Evie' says more than 'family: Evie' (from the facts); keep the surer confidence."""
    relation = (b if a.value.startswith("family: ") and not b.value.startswith("family: ") else a)
    return Hit(relation.category, relation.value, relation.display, max(a.confidence, b.confidence),
               relation.block, relation.start, relation.end, relation.reason)


def merge(hits: list[Hit], profile: Profile) -> list[Finding]:
    """One finding per detail per source: the most confident hit wins."""
    hits = _fan_not_native(_same_date([h for h in hits if h.confidence >= REPORT_AT]))
    best: dict[tuple[str, str], Hit] = {}
    order: list[tuple[str, str]] = []
    for hit in hits:
        key = (hit.category, _detail_key(hit))
        if key in best and hit.category == "family":
            hit = _better_relative(best[key], hit)
            best[key] = hit
            continue
        if key not in best:
            order.append(key)
            best[key] = hit
        elif hit.confidence > best[key].confidence:
            best[key] = hit
    findings = []
    for key in order:
        hit = best[key]
        severity, policy = SEVERITY.get(hit.category, ("low", []))
        findings.append(Finding(
            category=hit.category, value=hit.value, display=hit.display, severity=severity,
            confidence=hit.confidence, source_url=profile.url, platform=profile.platform,
            field=hit.block.field, evidence=hit.evidence(), policy=list(policy), reason=hit.reason,
            matched=hit.block.text[hit.start:hit.end]))
    return findings


__all__ = ["Detector", "Hit", "detect", "detectors", "merge", "SEVERITY", "REPORT_AT"]
