"""Round eleven of the birthplace rules. A bare "X through and through" is said of a club as often as of a town:
when the football detector reads a team from the very same words ("Boro through and through, it's a curse",
"Leeds through and through 💛💙"), the place is the club followed, not a birthplace; the same words with no
football read, or with "lad", "lass" after the place, stay a birthplace. Every sentence is new writing."""

from __future__ import annotations

import pytest

from tests.detectors.helpers import values

FANS = [
    ("meeting minutes", "CLLR HOSKINS: Guilty, Boro through and through, it's a curse. Item five."),
    ("caption", "Season ticket renewed, forty years and counting. Blackburn through and through 💙🤍"),
]


@pytest.mark.parametrize("genre,text", FANS)
def test_a_team_read_from_the_same_words_is_no_birthplace(genre, text):
    assert values("birthplace", text, field="post") == set(), genre
    assert values("football_team", text, field="post"), genre


NATIVES = [
    ("forum", "Nah, I'm Knaresborough through and through, whatever my accent does after a pint.", "Knaresborough"),
    ("caption", "A Blackburn lass through and through, even after twenty years in Kent 💙🤍", "Blackburn"),
]


@pytest.mark.parametrize("genre,text,place", NATIVES)
def test_through_and_through_without_a_team_is_still_a_birthplace(genre, text, place):
    assert values("birthplace", text, field="post") == {place}, genre
