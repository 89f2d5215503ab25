"""The detection shortcuts (cached segments and phrase matches, the cheap test before the written-out
address pattern, cues searched in lowered text, gates) give exactly what the plain computation gives."""

from __future__ import annotations

import re

from hypothesis import given, settings, strategies as st

from footprint.detect import contact, family
from footprint.detect.text import Cue, PhraseIndex, _wrapped_caseless, gate_open, gate_text, segment_at, segments

# Text made of the characters the segment breaks and the address patterns turn on.
PIECES = st.lists(st.sampled_from(["a", "Bo", " ", "  ", "\n", ".", "!", "?", " | ", "•", "·", "@", " at ", " dot ",
                                   "[at]", "(dot)", "jo", "example", "com", "org", ".", "-", "_", "😀", "\"", "'",
                                   "(", "#", "X"]), max_size=40).map("".join)

# Text made mostly of the parts of written-out addresses.
ADDRESSY = st.lists(st.sampled_from(["jo", "example", "org", "uk", "x", " at ", " AT ", "[at]", " (at) ", "{ at }",
                                     " dot ", "[dot]", ".", " ", "-", "@", "_", "\n"]), min_size=3, max_size=12).map("".join)


def _plain_segments(text: str) -> list[tuple[int, int]]:
    start, out = 0, []
    for m in re.finditer(r"\n+|\s[|•·]\s|\s[|•·]|[|•·]\s|(?<=[.!?])\s+(?=[A-Z\"'“(@#\U0001F300-\U0001FAFF])", text):
        if m.start() > start:
            out.append((start, m.start()))
        start = m.end()
    if start < len(text):
        out.append((start, len(text)))
    return out


def _plain_segment_at(text: str, pos: int) -> tuple[int, int]:
    for a, b in _plain_segments(text):
        if a <= pos < b:
            return a, b
    return 0, len(text)


@settings(max_examples=400, deadline=None)
@given(PIECES)
def test_segments_and_the_segment_at_each_position_are_the_plain_ones(text):
    assert list(segments(text)) == _plain_segments(text)
    assert [segment_at(text, pos) for pos in range(-1, len(text) + 2)] == \
           [_plain_segment_at(text, pos) for pos in range(-1, len(text) + 2)]


def test_segment_at_on_a_bio():
    text = "Mum of two | Leeds\nBorn in York. Now in Hull"
    assert list(segments(text)) == [(0, 10), (13, 18), (19, 32), (33, 44)]
    assert [segment_at(text, p) for p in (0, 10, 11, 13, 25, 32, 40, 99)] == \
           [(0, 10), (0, 44), (0, 44), (13, 18), (19, 32), (0, 44), (33, 44), (0, 44)]


def test_a_phrase_index_asked_twice_gives_the_same_matches_and_a_list_of_its_own():
    index = PhraseIndex([("born", 1), ("grew up", 2)], plural=True)
    text = "Born and grew up in Leeds, born again"
    first = index.find(text)
    assert [(m.start, m.end, m.payloads) for m in first] == [(0, 4, (1,)), (9, 16, (2,)), (27, 31, (1,))]
    first.clear()
    assert [(m.start, m.end) for m in index.find(text)] == [(0, 4), (9, 16), (27, 31)]
    # another index over the same text has its own matches
    assert [(m.start, m.end) for m in PhraseIndex([("leeds", 0)]).find(text)] == [(20, 25)]


@settings(max_examples=600, deadline=None)
@given(ADDRESSY)
def test_every_written_out_address_holds_the_tail_the_cheap_test_looks_for(text):
    found = [m.span() for m in contact._OBFUSCATED.finditer(text)]
    if found:
        assert contact._OBFUSCATED_TAIL.search(text), text


def test_written_out_addresses_are_found_as_before():
    from footprint.models import TextBlock

    block = TextBlock(text="Write to jo [at] example [dot] org or sam.lee(at)example.com, not at the gym.", field="bio")
    assert [h.value for h in contact.email_hits(block)] == ["jo@example.org", "sam.lee@example.com"]
    assert contact.email_hits(TextBlock(text="Great session at the gym this morning.", field="post")) == []


# Text for the family cues: their words in any case, with the letters re.IGNORECASE folds beyond ASCII
# (Kelvin sign, long s, dotted capital I) and names beside "and".
CUEY = st.lists(st.sampled_from(["School", "SCHOOL", "ſchool", "year 7", "Year\t7", "bins", "BINS", "Bin", "ikea",
                                  "\u212aids", "kids", "the kids", "THE KIDS", "me n the kids", "Jo and Sam Bell", " and ",
                                  "He & Ana", "DH", "DS2", "(7)", ", 9,", "(٧)", ", ٩,", "3yo", "nights", "NIGHTS", "İ", "ı", "💍", "’", " ",
                                  "\n", ".", "x"]), max_size=12).map("".join)


@settings(max_examples=400, deadline=None)
@given(CUEY)
def test_cues_find_what_their_patterns_find(text):
    specs = [spec["cue"] for spec in family.FAMILY["rules"].values() if "cue" in spec]
    low = gate_text(text)
    for rule in family.rules():
        if rule.cue:   # a shut gate: the cue cannot match
            assert gate_open(rule.gate, low) or not rule.cue.search(text), (rule.name, text)
    for spec in specs:
        assert Cue([spec]).search(text) == bool(re.search(spec, text))


def test_only_a_pattern_that_is_one_whole_caseless_group_is_unwrapped():
    assert _wrapped_caseless("(?i:school|year\\s+\\d)") == "school|year\\s+\\d"
    assert _wrapped_caseless("(?i:a)|(?i:b)") is None
    assert _wrapped_caseless("(?i:[)]x)") == "[)]x"
    assert _wrapped_caseless("(?i:a\\))") == "a\\)"
    assert _wrapped_caseless("\\bDH\\b") is None
