"""Gates (the literal words written next to a rule in footprint/data, one of which every match holds) are
necessary: on every sentence of the detector tests, a rule matches only where one of its gate words is."""

from __future__ import annotations

import ast
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

from footprint.detect import family, places
from footprint.detect.family import rules as family_rules
from footprint.detect.text import gate_open, gate_text


def gate_present(low: str) -> frozenset[str]:
    """The family rules' gate words in text whose gate_text is `low`, as the detector reads them (family.gate_found)."""
    return frozenset(word for _, word in family.gate_found(low))


def _sentences() -> list[str]:
    """Every string of the detector tests, with the quoted examples of the family rules' descriptions,
    each also in capitals (the rules mostly ignore case; gates are matched in lower case)."""
    found: set[str] = set()
    for path in Path(__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value) > 3:
                found.add(node.value)
    from footprint.detect.family import FAMILY

    for spec in FAMILY["rules"].values():
        found.update(re.findall(r"'([^']{4,})'", spec["about"]))
    return sorted(found | {s.upper() for s in found})


SENTENCES = _sentences()


def _gated() -> list[tuple[str, tuple[str, ...], Callable[[str], object]]]:
    """(name, gate, what the gate stands before): a rule's cue if it has one, else its pattern."""
    return [(f"family.{r.name}", r.gate, r.cue.search if r.cue else r.pattern.search)
            for r in family_rules() if r.gate is not None] + [
        ("places.LIFELONG", places.LIFELONG_GATE, places.LIFELONG.search),
        ("places.NEAR_OURS", places.NEAR_OURS_GATE, places.NEAR_OURS.search),
        ("places.GREW_UP_HERE", places.GREW_UP_HERE_GATE, places.GREW_UP_HERE.search),
        ("places.GREW_UP_HERE (place)", places.GREW_UP_HERE_PLACE, places.GREW_UP_HERE.search),
        ("places.PERSON_FROM", places.PERSON_FROM_GATE, places.PERSON_FROM.search),
        ("places.THEN_NAMED", places.THEN_NAMED_GATE, places.THEN_NAMED.search),
        ("places.THEN_NAMED (mark)", places.THEN_NAMED_MARK, places.THEN_NAMED.search),
        ("family.OUR_NAME", family.OUR_NAME_GATE, family.OUR_NAME.search),
    ]


def test_gates_are_lower_case_words():
    bad = [(name, w) for name, gate, _ in _gated() for w in gate if not w or w != gate_text(w) or re.search(r"\s", w)]
    assert bad == []


def test_every_gate_is_necessary():
    """Where a gated rule matches, one of its gate words is in the text."""
    missed = [(name, s) for name, gate, search in _gated() for s in SENTENCES
              if search(s) and not gate_open(gate, gate_text(s))]
    assert missed == []


def _family_missed(texts: list[str], only_word_starts: bool = False) -> list[tuple[str, str]]:
    """Each family rule's gate as the rules read it (gate_present: some words only at a word's start):
    (rule, text) wherever the rule's cue (else its pattern) matches a text its gate keeps shut."""
    gated = [r for r in family_rules() if r.gate is not None
             and not (only_word_starts and r.gate.isdisjoint(family.GATE_WORD_STARTS))]
    return [(r.name, s) for s in texts for r in gated if (r.cue.search(s) if r.cue else r.pattern.search(s))
            and r.gate.isdisjoint(gate_present(gate_text(s)))]


def _cue_missed(texts: list[str]) -> list[tuple[str, str]]:
    """(rule, text) wherever a cue said to start at one of its rule's gate words ('at_gate') is found in a
    text but matches at none of them (or the other way round), or Rule.matches differs from finditer."""
    missed = []
    for r in family_rules():
        if r.at_gate:
            assert r.gate is not None
            for s in texts:
                found = family.gate_found(gate_text(s))
                if [m.span() for m in r.pattern.finditer(s)] != [m.span() for m in r.matches(s, found)]:
                    missed.append((r.name, s))
                if r.cue is not None and r.cue.search(s) != r.cue.search_at(s, [a for a, w in found if w in r.gate]):
                    missed.append((r.name, s))
    return missed


def test_cues_and_patterns_at_gates_are_found_where_searched():
    assert _cue_missed(SENTENCES) == []
    assert [r.name for r in family_rules() if r.at_gate] != []
    turns = next(r for r in family_rules() if r.name == "child_turns")
    assert turns.cue is not None
    text = "This lad is 7 now"
    assert turns.cue.search_at(text, [a for a, w in family.gate_found(gate_text(text)) if w in (turns.gate or ())])
    assert not turns.cue.search_at(text, [2])   # "is" inside "This": no match starts there
    assert {r.name for r in family_rules() if r.at_gate and r.cue is None} != set()


def test_every_family_gate_is_necessary_read_at_word_starts():
    assert _family_missed(SENTENCES) == []
    assert family.GATE_WORD_STARTS <= {w for r in family_rules() if r.gate for w in r.gate}
    assert gate_present(gate_text("This time, Me and him")) >= {"me", "and"}
    assert not {"is", "me"} & gate_present(gate_text("This time"))


def test_every_gate_is_tried():
    """The check above is not vacuous: each gated rule matches some sentence of the table."""
    untried = [name for name, _, search in _gated() if not any(search(s) for s in SENTENCES)]
    assert untried == []


def test_gate_text_writes_what_re_reads_as_ascii():
    """Every character `re` matches to an ASCII letter (ignoring case) or a digit (as \\d) is that
    letter or digit in a gate's text, so a gate word is found wherever a pattern can match it."""
    ascii_like = re.compile(r"(?i)[a-z]|\d")
    wrong = []
    for code in range(0x80, 0x110000):
        c = chr(code)
        if ascii_like.fullmatch(c):
            want = str(unicodedata.decimal(c)) if c.isdecimal() else next(
                a for a in "abcdefghijklmnopqrstuvwxyz" if re.fullmatch(a, c, re.I))
            if gate_text(c) != want:
                wrong.append(c)
    assert wrong == []
    assert gate_text("Hİ ſHOP K ٣") == "hi shop k 3"
