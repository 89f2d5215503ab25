"""Issue 13, round nine (lead): where the writer grew up said with the place first ("X was home till I was
six", "a proper X childhood"), and places typed without their accents or curly apostrophes ("Lodz", "Bo'ness")
or Irish towns, against look-alikes. New writing across genres, through the detector; none is taken from an
evaluation corpus."""

from __future__ import annotations

import pytest

from tests.detectors.helpers import values

TRUE = [
    ("bio", "Sligo was home till I left for uni, Leeds ever since", {"Sligo"}),
    ("CV", "Hull was home for the first twenty years of my life.", {"Kingston upon Hull"}),
    ("post", "Grimsby was home until I was ten, then Dad's job took us south", {"Grimsby"}),
    ("caption", "Proper Wigan childhood this: pies, rain and rugby league", {"Wigan"}),
    ("forum", "Gdansk was home till I was 7 and I still dream in Polish", {"Gdansk"}),
    ("bio", "Malaga born, Wakefield raised", {"Malaga", "Wakefield"}),
    ("about page", "A tiny flat in Bo'ness was home up to the age of 12.", {"Bo'ness"}),
    ("chat", "I'm a Drogheda girl originally, came over for nursing", {"Drogheda"}),
    # a sentence without a subject after one about another person, that goes on in the first person
    ("fundraiser", "Sam's driving us up. Kendal born and bred and I've hardly left Cumbria since", {"Kendal"}),
]

FALSE = [
    ("post", "Tenby was home for the week, lovely cottage by the harbour", set()),
    ("news share", "Leeds childhood obesity figures are out and they're grim", set()),
    ("chat", "Mum says Derby was home until she was twelve", set()),
    ("post", "Our Ella has nursed for years now. Wigan born and bred, she tells everyone", set()),
    ("post", "Swords and shields at the reenactment in Tamworth today", set()),
]


@pytest.mark.parametrize("genre,text,want", TRUE)
def test_where_the_writer_grew_up(genre, text, want):
    assert values("birthplace", text, field="post") == want, genre


@pytest.mark.parametrize("genre,text,want", FALSE)
def test_look_alikes(genre, text, want):
    assert values("birthplace", text, field="post") == want, genre


def test_a_view_from_the_place_is_not_it():
    text = "Our first house, a terrace looking over the Tyne, was home till I was nine"
    assert values("birthplace", text, field="post") == set()
