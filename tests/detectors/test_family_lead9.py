"""Issue 13, round nine (lead): a partner's pet name and a grandmother's title written as names, without "my"
("hubby's birthday", "Wifey says", "Nani's 80th"), against look-alikes. New writing across genres, through the
detector; none is taken from an evaluation corpus."""

from __future__ import annotations

import pytest

from tests.detectors.helpers import values

TRUE = [
    ("chat", "Hubby's on lates so I'm stuck doing bath time", {"husband"}),
    ("for-sale post", "Bought for hubby's Christmas but he hates the colour, tags still on", {"husband"}),
    ("caption", "Wifey found the best chippy in Whitby 🍟", {"wife"}),
    ("forum", "Honestly hubby and I argue about the thermostat daily", {"husband"}),
    ("post", "Baking for Nani's 85th, wish me luck with the jalebi", {"grandmother"}),
    ("post", "Popped in to see Grandpa after work, he beat me at dominoes again", {"grandfather"}),
]

FALSE = [
    ("post", "Welcome back Kerry and hubby Stuart from their Lake District trip", set()),
    ("post", "Gran Canaria was lovely, back to reality on Monday", set()),
    ("forum", "Anyone else think the wifey memes on here are getting tired?", set()),
    ("dating bio", "Can cook, can drive, total hubby material apparently", set()),
    ("post", "Dad energy: three bin bags and a strimmer by 8am", set()),
]


@pytest.mark.parametrize("genre,text,want", TRUE)
def test_a_title_written_as_a_name_is_a_relative(genre, text, want):
    assert values("family", text, field="post") == want, genre


@pytest.mark.parametrize("genre,text,want", FALSE)
def test_look_alikes(genre, text, want):
    assert values("family", text, field="post") == want, genre
