"""Issue 13, round ten (lead): classes found on the round's blind corpora after their first scores were recorded.
A spouse's or child's word before a name without "my" ("with wife Ceri"); a town named as a month is ("March");
a number to ring a named person on, on a page whose owner has another name; a number the writer rang them on;
a definition list's term read with its definition ("D.O.B." | "3rd Nov 1987"); a classic Facebook post inside a
role=article wrapper. New writing; none is taken from an evaluation corpus."""

from __future__ import annotations

import pytest

from collectors.facebook import FacebookCollector
from collectors.generic import GenericCollector
from footprint.detect import detect
from footprint.models import Profile
from tests.detectors.helpers import values


@pytest.mark.parametrize("text,want", [
    ("Weekends are for the allotment, two dogs and husband Amir.", {"husband: Amir"}),
    ("Caught the early ferry with wife Ceri.", {"wife: Ceri"}),
    ("Proud to have run the 10k with son Dylan, 12, who beat me.", {"son: Dylan"}),
    ("Road trip to Oban with daughter Nia ✨", {"daughter: Nia"}),
    ("Sunday dinner at ours with grandson Theo and the in-laws.", {"grandson: Theo"}),
    ("Half term sorted: camping with stepson Kai.", {"stepson: Kai"}),
    # someone else's: a named person or a titled one earlier in the sentence, a partner named with "and"
    ("Dai, with wife Sian, is off to Tenby for good.", set()),
    ("Congratulations to Mrs Okafor, who welcomed baby son Kai last week!", set()),
    ("Welcome to Dr Hughes, joining us with husband Rhys from Cardiff.", set()),
    ("Best wishes to Gareth and wife Mel on the new arrival.", set()),
    ("Our business partner Tom rang about the invoices.", set()),
])
def test_a_spouse_or_child_word_before_a_name_needs_no_my(text, want):
    assert values("family", text, field="post") == want


@pytest.mark.parametrize("text,want", [
    ("I live in March, Cambridgeshire.", {"March"}),
    ("We finally got the keys to our own place in March!!", set()),
    ("Baby's due end of March so I'm on leave from then.", set()),
    ("Moving house in March, fingers crossed.", set()),
])
def test_a_town_named_as_a_month_is_needs_its_county(text, want):
    assert values("home_location", text, field="post") == want


def test_a_town_named_as_a_month_is_stands_alone_in_a_location_field():
    assert values("home_location", "March", field="location", hint="home_location") == {"March"}


def test_a_definition_lists_term_is_read_with_its_definition():
    page = ("<html><body><h2>Personal details</h2><dl><dt>D.O.B.</dt><dd>4th Feb 1989</dd>"
            "<dt>Home:</dt><dd>Ulverston, Cumbria</dd><dt>Mobile</dt> <dd>07700 900417</dd>"
            "<dt>Driving licence</dt></dl><p>Referees on request.</p></body></html>")
    profile = GenericCollector().read_saved(page.encode(), "https://cv.example/").profile
    assert [b.text for b in profile.blocks if b.field == "page"] == [
        "Personal details", "D.O.B.: 4th Feb 1989", "Home: Ulverston, Cumbria", "Mobile: 07700 900417", "Driving licence",
        "Referees on request."]
    assert {(f.category, f.value) for f in detect(profile)} == {
        ("date_of_birth", "1989-02-04"), ("home_location", "Ulverston"), ("phone_number", "+447700900417")}


def test_a_classic_post_whose_wrapper_says_role_article_is_read():
    page = """<html id="facebook"><head><title>Fenwick Bikes | Facebook</title>
<meta property="og:url" content="https://www.facebook.com/fenwickbikes/"></head><body>
<div class="_5pcr userContentWrapper" role="article"><h5><a href="/fenwickbikes/">Fenwick Bikes</a></h5>
<abbr data-utime="1767000000" title="Monday, 29 December 2025 at 09:00">29 December</abbr>
<div class="_5pbx userContent" data-testid="post_message"><p>Shut Saturday: off to the coast with wife Bryony.</p>
</div></div></body></html>"""
    profile = FacebookCollector().read_saved(page.encode(), "https://www.facebook.com/fenwickbikes/").profile
    assert [(b.text, b.author, b.own) for b in profile.blocks if b.field == "post"] == [
        ("Shut Saturday: off to the coast with wife Bryony.", "Fenwick Bikes", True)]


def _phones(name: str | None, text: str) -> set[str]:
    profile = Profile(url="https://profile.example/", platform="x")
    if name:
        profile.add(name, "name", hint="name", label="name")
    profile.add(text, "bio")
    return {f.value for f in detect(profile) if f.category == "phone_number"}


@pytest.mark.parametrize("name,text,want", [
    ("Kerry Walsh", "Under-9s coach ⚽ | trials: ring Gary 07700 900561", set()),
    ("Kerry Walsh", "Boiler died. Rang them on 0161 496 0777 twice, no joy.", set()),
    ("Kerry Walsh", "Phoned them on 0161 496 0778 and waited an hour.", set()),
    ("Kerry Walsh", "Lifts to training: text me on 07700 900564", {"+447700900564"}),
    # a page that does not name its owner may speak of them so
    (None, "Fancy a game? text Tom on 07700 900563", {"+447700900563"}),
])
def test_whose_number_a_call_gives(name, text, want):
    assert _phones(name, text) == want


@pytest.mark.parametrize("text,kept", [
    # a decorated title line is never closed: the letter after it is prose (its "~~" read as strike-through)
    ("~~~ The Okoro Family News 2026 ~~~\n\nWe moved to Ludlow in May.\n\nLove, Bisi\n",
     ["~ The Okoro Family News 2026 ~", "We moved to Ludlow in May.", "Love, Bisi"]),
    # a closed code block is a sample, and so is one left open after a bare fence or a language
    ("My notes.\n\n~~~\nphone = '07700 900111'\n~~~\n\nThe end.\n", ["My notes.", "The end."]),
    ("Install it:\n\n```bash\npip install tidy\n", ["Install it:"]),
])
def test_a_fence_never_closed_with_words_after_it_is_decoration(text, kept):
    from collectors.saved import read_text
    profile = read_text(text.encode(), "file:///home/bisi/news.txt", "website").profile
    assert [b.text for b in profile.blocks] == kept


def test_a_saved_intro_box_under_its_heading_is_read():
    """A saved profile whose Intro is a heading, a plain list and a bio line (no aria-label on the box)."""
    page = """<html><head><title>Ffion Rees | Facebook</title>
<meta property="og:url" content="https://www.facebook.com/ffion.rees.21"></head><body><div role="main">
<div data-pagelet="ProfileTilesFeed_0"><h2><span>Intro</span></h2>
<ul><li><span>Lives in Caerphilly, United Kingdom</span></li><li><span>From Pontypridd</span></li></ul>
<div><span>Mam of 3 | Bluebirds till I die</span></div></div></div></body></html>"""
    profile = FacebookCollector().read_saved(page.encode(), "https://www.facebook.com/ffion.rees.21").profile
    assert [(b.field, b.hint, b.text) for b in profile.blocks if b.field in ("bio", "about")] == [
        ("about", "home_location", "Caerphilly, United Kingdom"), ("about", "birthplace", "Pontypridd"),
        ("bio", None, "Mam of 3 | Bluebirds till I die")]
