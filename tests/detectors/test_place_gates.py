"""The place rules' gates (footprint/data/place_rules.json, "gates"): each rule is tried only where one of its
own gate words is within reach (places._near), so every match of a rule must hold one of them, at a word's
start, and followed by white space where the gate word is written with a space after it. Checked on a table of
examples (one per rule, in words of their own), on every sentence of the detector tests and on every text of
every corpus; and _near's matches are checked against all the rules tried everywhere, as they were before the
gates."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

from footprint.detect import places
from footprint.detect.base import load_data
from footprint.detect.text import PhraseIndex, gate_text

from tests.detectors.test_gates import SENTENCES, _cue_missed, _family_missed

EXAMPLES = {
    "home_before": {
        "lives_in": "Keen cyclist, currently living near Thirsk with two lurchers.",
        "lives_over_in": "My cousin and I live over in Ripon now.",
        "now_in": "Raised on the coast, now in Malton.",
        "my_home_in": "Painting the hallway of our new house in Selby this week.",
        "my_room_in": "Tomatoes are coming on nicely in my little greenhouse in Pickering.",
        "home_spot": "We ate tea on the living-room floor in Beverley.",
        "ours_in": "Drinks round at ours in Hessle on Friday?",
        "resident_of": "A proud resident of Filey since the spring.",
        "dwelling_in": "Just moved into a tiny cottage near Helmsley.",
        "moved_to": "We relocated up the A1 to Durham last autumn.",
        "moving_out_of": "Finally moving out of Goole after nine years.",
        "home_is_dwelling": "Home is now a narrowboat at Skipton.",
        "home_is": "Home: Barnard Castle",
        "where_i_live": "The lanes where I live flood every winter.",
        "located_in": "Studio currently located in Settle.",
        "local_to": "Happy to help anyone local to Bedale.",
        "currently_in": "Currently in Otley, hoping to stay.",
        "as_of_year": "As of 2026, Wetherby.",
        "pin": "Potter 📍Whitby",
        "location": "Location: Tadcaster",
        "keys": "Got the keys to our new flat in Knaresborough!",
        "round_the_corner": "We're just round the corner in Northallerton.",
        "us_in": "Come and stay with us in Easingwold.",
        "we_are_in": "We're only over in Stokesley.",
        "back_home_to": "Got home to Guisborough at midnight.",
        "weekends_back_to": "Weekends, I head back to Redcar.",
        "lives_on_street": "She and Marnie are just off Fenwick Road.",
        "back_home_in": "Safely back home in Yarm.",
        "their_home_in": "Saw their lovely cottage in Masham.",
        "living_the_dream": "Living the Dales dream these days.",
        "here_in": "Snow again for us here in Hawes.",
        "bought_in": "We've finally bought in Leyburn.",
        "lives_near": "Based five miles from Catterick.",
        "call_home": "Proud to call Richmond home.",
        "in_now": "I'm up in Alnwick now.",
        "works_from_home_in": "Working from my spare room in Morpeth.",
        "home_label": "Abode: Hexham",
        "living_my_best_life": "Living my best life in Rothbury.",
        "corner_of": "Sunset over my little corner of the world: Amble",
        "now_label": "Now: Berwick",
        "home_question": "Whereabouts do you live now?",
        "came_over": "Came over here to Bamburgh in 2019.",
        "short_way_in": "I'm ten minutes up the road in Seahouses.",
        "short_way_outside": "We're a couple of miles outside Wooler.",
        "im_at": "I'm at Craster, so happy to meet.",
        "commute_in_from": "Forty minutes' drive in from Thirsk every early shift.",
        "school_run_in": "Traffic on the school run in Knaresborough was dire.",
        "street_end": "We're right at the far end of Bondgate, by the bridge.",
        "ended_up_in": "Ended up in Northallerton after the army and never left.",
        "commute_home": "Long drive back home to Belford tonight.",
        "at_home_in": "Resting at home in Alnmouth.",
        "dwelling_since": "We've lived in the old vicarage at Warkworth since 2011.",
    },
    "birth_before": {
        "born_and_raised_in": "Born and bred in Kendal.",
        "born_in_year_in": "Born in 1988 in Penrith.",
        "born_in_a_town_called": "I was born in a small mill town called Nelson.",
        "born_in_hospital_in": "Born at the Royal Infirmary in Lancaster.",
        "born_at_named_in": "Made my grand entrance at Furness General in Barrow.",
        "born_in": "Born: Ulverston",
        "originally": "Originally from Keswick.",
        "i_am_from": "I hail from Cockermouth.",
        "grew_up_in": "Grew up just outside Workington.",
        "childhood_in": "Spent my whole childhood in Maryport.",
        "hometown": "Hometown is Whitehaven.",
        "native_of": "A native of Egremont.",
        "proudly_from": "Proudly from Millom.",
        "birthplace": "Birthplace: Sedbergh",
        "place_of_birth": "Place of birth: Kirkby Stephen",
        "from_field": "From: Appleby",
        "grew_up_field": "Raised: Alston",
        "from_and_still_in": "From and still in Brampton.",
        "grew_up_on_a_farm": "Grew up on a sheep farm near Wigton.",
        "born_bare": "Born Carlisle, living Leeds.",
        "made_in": "Made in Silloth",
        "take_the_girl_out_of": "You can take the girl out of Aspatria...",
        "born_somewhere_in": "Born at home in Dalston.",
        "grew_up_above": "Grew up above my gran's chip shop in Longtown.",
        "home_to_parents": "Headed home to Shap for my mum's birthday.",
        "arrived_at_maternity": "Arrived at the Westmorland Maternity Unit in Kendal.",
    },
}
TABLES = {"home_before": places.HOME_BEFORE, "birth_before": places.BIRTH_BEFORE}
DATA = load_data("place_rules.json")
CORPORA = Path(__file__).parents[2] / "eval"


def _ungated(rules: places.Rules, missed: list[str], name: str, texts: list[str]) -> None:
    """Adds to `missed` each match of each rule in `texts` that holds none of the rule's gate words."""
    for text in texts:
        words = rules.gate_words(text)
        for i, pattern in enumerate(rules.patterns):
            for m in pattern.finditer(text):
                if not any(m.start() <= a and b <= m.end() and bits >> i & 1 for a, b, bits in words):
                    missed.append(f"{name}.{list(DATA[name])[i]}: {m.group()!r}")


def test_every_rule_has_a_gate_of_lower_case_words():
    for name in TABLES:
        assert list(DATA["gates"][name]) == list(DATA[name])
        bad = [w for gate in DATA["gates"][name].values() for w in gate
               if not w.strip() or w.rstrip() != gate_text(w.rstrip()) or re.search(r"\s", w.rstrip())]
        assert bad == []


def test_every_rule_matches_its_example_and_the_example_opens_its_gate():
    for name, rules in TABLES.items():
        assert list(EXAMPLES[name]) == list(DATA[name])
        unmatched = [rule for i, rule in enumerate(DATA[name]) if not rules.patterns[i].search(EXAMPLES[name][rule])]
        assert unmatched == []


def test_every_match_holds_a_gate_word_in_the_examples_and_test_sentences():
    missed: list[str] = []
    for name, rules in TABLES.items():
        _ungated(rules, missed, name, list(EXAMPLES[name].values()) + SENTENCES)
    assert missed == []


def test_gate_words_are_found_only_at_a_word_start_and_before_white_space_where_written_so():
    rules = places.HOME_BEFORE
    bit = 1 << list(DATA["home_before"]).index("here_in")   # its gate: "here "
    assert [(a, b) for a, b, bits in rules.gate_words("Here\tin Leeds") if bits & bit] == [(0, 4)]
    assert not any(bits & bit for _, _, bits in rules.gate_words("there in Leeds, where's, here."))
    short = 1 << list(DATA["home_before"]).index("short_way_in")   # its gate: "min", after a digit too
    assert [(a, b) for a, b, bits in rules.gate_words("I'm 10mins away in Leeds") if bits & short] == [(6, 9)]


def _corpus_texts() -> list[str]:
    """Every text of every corpus: the strings of a JSON file, the text of a page between its tags."""
    texts = []
    for path in sorted(CORPORA.glob("*/*/*")):
        if path.suffix == ".json":
            data = json.loads(path.read_text("utf-8", errors="replace") or "null")
            stack = [data]
            while stack:
                item = stack.pop()
                if isinstance(item, str):
                    texts.append(item)
                elif isinstance(item, dict):
                    stack.extend(item.values())
                elif isinstance(item, list):
                    stack.extend(item)
        elif path.suffix in (".html", ".htm", ".txt", ".md", ".xml", ".vcf", ".csv"):
            texts.append(html.unescape(re.sub(r"<[^>]*>", "\n", path.read_text("utf-8", errors="replace"))))
    return texts


@pytest.mark.skipif(not CORPORA.is_dir(), reason="no corpora")
def test_every_match_holds_a_gate_word_on_every_corpus():
    texts = _corpus_texts()
    assert len(texts) > 1000
    missed: list[str] = []
    for name, rules in TABLES.items():
        _ungated(rules, missed, name, texts)
    assert missed == []


def _all_rules(name: str) -> re.Pattern[str]:
    """The table as one pattern, every rule tried at every place (what _near tried before the gates)."""
    return re.compile("(?:" + "|".join(f"(?P<{rule}>{p})" for rule, p in DATA[name].items()) + r")\s*[:\-–]?\s*",
                      re.I)


def _near_ungated(pattern: re.Pattern[str], gate: PhraseIndex, text: str) -> list[tuple[int, int, str | None]]:
    found: dict[int, re.Match[str]] = {}
    taken = 0
    for g in gate.find(text):
        end = min(len(text), g.end + 90)
        for pos in range(max(taken, g.start - 16), g.start + 1):
            if pos and text[pos - 1].isalnum() and text[pos].isalnum():
                continue
            m = pattern.match(text, pos, end)
            if m:
                found.setdefault(m.start(), m)
                taken = max(taken, m.end() if m.end() > m.start() else m.start() + 1)
                break
    return [(m.start(), m.end(), m.lastgroup) for _, m in sorted(found.items())]


def test_near_finds_what_every_rule_tried_everywhere_finds():
    for name, rules, gate in (("home_before", places.HOME_BEFORE, places.HOME_GATE),
                              ("birth_before", places.BIRTH_BEFORE, places.BIRTH_GATE)):
        pattern = _all_rules(name)
        differ = [s for s in list(EXAMPLES[name].values()) + SENTENCES
                  if [(m.start(), m.end(), m.lastgroup) for m in places._near(rules, gate, s)]
                  != _near_ungated(pattern, gate, s)]
        assert differ == []


def test_gate_text_keeps_every_length():
    """Gate words are found in a text's gate_text, and their places taken as places in the text."""
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    assert len(gate_text(every)) == len(every)


@pytest.mark.skipif(not CORPORA.is_dir(), reason="no corpora")
def test_every_family_gate_is_necessary_on_every_corpus():
    """The family rules gated on a word read only at a word's start, and the cues tried only at their gate words,
    on every text of every corpus."""
    texts = _corpus_texts()
    assert len(texts) > 1000
    assert _family_missed(texts, only_word_starts=True) == []
    assert _cue_missed(texts) == []
