"""Issue 13, round ten (second pass): a relation word whose object is a town is the writer's relative taken there, never
a relative called after the town ("took mum to Southport"); "the lad", "the little one" as the writer's child when the
writer takes them somewhere or they start school; a child's name and age opening the writer's post; a section headed by
one first name names the child or partner its text describes; and what is none of these (someone else's, a stranger,
a pupil, a reply). Every sentence is new writing across genres, through the detector; none is taken from an
evaluation corpus."""

from __future__ import annotations

import pytest

from footprint.detect import detect
from tests.detectors.helpers import page, values

FIELD = {"bio": "bio", "caption": "caption", "CV": "about", "newsletter": "about", "interview": "post"}

RELATIVES = [
    # a parent taken to a town: the town is no one's name
    ("caption", "Drove Dad to Whitby for his birthday fish and chips 🐟", {"father"}),
    ("chat", "took mum to Harrogate for the flower show, she loved every minute", {"mother"}),
    ("interview", "I'm a mum to Isla and Rory, and a nurse in Leeds.", {"child: Isla", "child: Rory"}),
    # 'the lad', 'the little one' taken somewhere or starting school by the writer
    ("forum", "Took the lad to his first away match last week, he hasn't stopped singing", {"son"}),
    ("caption", "Picnic with the little one today 🌞", {"child"}),
    ("newsletter", "The youngest started secondary school this week and I am a wreck.", {"child"}),
    ("for-sale post", "Selling the cot as the little lass has started nursery, collection Wakefield.", {"daughter"}),
    ("CV", "Dropped the eldest at college before my first shift on the ward.", {"child"}),
    # a child's name and age opening the writer's post that says a relation
    ("caption", "Rosie (5) telling her grandad the moon follows the car 🌙", {"child: Rosie"}),
    ("interview", "Jasper (9) asking his nan for the wifi password again", {"child: Jasper"}),
]


@pytest.mark.parametrize("genre,text,found", RELATIVES)
def test_round_ten_b_relatives(genre, text, found):
    assert values("family", text, field=FIELD.get(genre, "post")) == found, genre


def family(profile) -> set[str]:
    return {f.value for f in detect(profile) if f.category == "family"}


def test_a_section_headed_by_a_first_name_names_the_child_it_describes():
    # a year-in-review blog with a section for each of the household
    assert family(page(("Nia", "Nia"), ("Nia", "The little one started reception in September and loves it."))) \
        == {"child: Nia"}


NOT_RELATIVES = [
    # someone else's parent taken somewhere
    ("forum", "Drove his mum to Skipton on Sunday, he was too tired", set()),
    # a lad or a girl the writer met, not theirs
    ("chat", "Took the lad from the corner shop a brew, he was freezing", set()),
    ("comment", "Had a word with the lad at the bar about the noise", set()),
    ("newsletter", "The youngest of the three candidates started on Monday.", set()),
    # a teacher's post about a pupil, and a coach's about a player
    ("caption", "Mrs Okafor's class: the eldest started Year 11 revision today", set()),
    ("caption", "Alfie (8) scored twice, great effort from the whole squad", set()),
    # a child's name and age with nothing of a relation in the post
    ("caption", "Ruby (9) did the whole route on her scooter", set()),
    # the age in the middle of a post, without the writer's words
    ("forum", "Congrats to the winners, Maya (7) took the drawing prize", set()),
]


@pytest.mark.parametrize("genre,text,found", NOT_RELATIVES)
def test_round_ten_b_not_relatives(genre, text, found):
    assert values("family", text, field=FIELD.get(genre, "post")) == found, genre


def test_a_reply_taking_the_lad_somewhere_is_not_the_owner_s():
    assert values("family", "Took the lad to the park today, he loved the swings", field="post", own=False) == set()


def test_a_heading_that_is_not_a_first_name_names_no_one():
    # a section headed by a town: the child it describes stays unnamed
    assert family(page(("Barnsley", "Barnsley"), ("Barnsley", "Took the lad to the market on Saturday."))) == {"son"}
