"""Round eleven of the date-of-birth rules: a birth year said as "I was a '91 baby", "I'm a 1988 kid". False
friends: someone else's baby of a year, a decade, a thing of that year ("a 2023 baby group"), and words put to
another in quotation marks. Every sentence is new writing."""

from __future__ import annotations

import pytest

from tests.detectors.helpers import values

YEAR_BABIES = [
    ("forum", "Fax machines? Mate, I was a '93 baby and even I remember them.", "1993"),
    ("bio", "I'm a 1987 kid who still owns a Walkman.", "1987"),
]


@pytest.mark.parametrize("genre,text,year", YEAR_BABIES)
def test_the_writer_as_a_baby_of_a_year(genre, text, year):
    assert values("date_of_birth", text, field="post") == {year}, genre


YEAR_BABY_FALSE_FRIENDS = [
    ("post", "Our Isla was a 2019 baby, so lockdown was her whole first year."),
    ("post", "I'm a 1980s kid through and through."),
    ("post", "I'm a 2023 baby group volunteer on Tuesdays."),
    ("post", 'She laughed and said "I was a \'58 baby" and nobody believed her.'),
]


@pytest.mark.parametrize("genre,text", YEAR_BABY_FALSE_FRIENDS)
def test_other_babies_decades_and_things_of_a_year(genre, text):
    assert values("date_of_birth", text, field="post") == set(), genre


# A dated post that opens with the birthday it is ("19th bday on earlies"): that day, and the year it gives.
ORDINAL_OPENINGS = [
    ("post", "21st birthday on nights, living the dream 🎂", "2005-05-22"),
    ("caption", "18th bday on a training day, what a treat", "2008-05-22"),
]


@pytest.mark.parametrize("genre,text,value", ORDINAL_OPENINGS)
def test_a_post_opening_with_its_birthday(genre, text, value):
    assert values("date_of_birth", text, field="post", date="2026-05-22") == {value}, genre


ORDINAL_FALSE_FRIENDS = [
    ("post", "19th bday was a blast, thanks all"),
    ("post", "My 30th bday party next weekend!!"),
    ("post", "Her 19th bday on earlies, poor lass"),
    ("post", "3rd birthday for the pup today 🐶"),
]


@pytest.mark.parametrize("genre,text", ORDINAL_FALSE_FRIENDS)
def test_a_birthday_past_to_come_or_someone_elses(genre, text):
    assert values("date_of_birth", text, field="post", date="2026-05-22") == set(), genre
