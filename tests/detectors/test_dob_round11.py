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


def _wall(owner: str, *posts: tuple[str, str, bool]) -> set[str]:
    """The dates of birth found on a profile of `owner` holding (text, date, own) posts."""
    from footprint.detect import detect
    from footprint.models import Profile

    profile = Profile(url="https://social.example/someone", platform="website")
    profile.add(owner, "name", hint="name")
    for text, date, own in posts:
        profile.add(text, "post", date=date, own=own)
    return {f.value for f in detect(profile) if f.category == "date_of_birth"}


def test_a_birthday_wished_to_the_owner_by_name_on_the_day():
    """Family and friends wishing the owner a happy birthday by name, on the day: the owner's birthday."""
    assert _wall("Fenella Marsh", ("Happy birthday to our Fenella 🎂 thirty-odd years of trouble!", "2026-02-11",
                                   False), ("Thanks all ❤️", "2026-02-11", True)) == {"--02-11"}
    assert _wall("Osian Pugh", ("HBD Osian!! pint on me Friday", "2026-07-30", False)) == {"--07-30"}


@pytest.mark.parametrize("posts", [
    [("Happy birthday Gethin! Have a good one mate", "2026-03-03", True)],          # the owner wishing another
    [("Happy birthday to our Fenella's little girl 🎂", "2026-02-11", False)],     # the owner's daughter's
    [("Happy birthday to our Fenella 🎂", None, False)],                           # no date to give
])
def test_birthdays_wished_to_others_or_undated(posts):
    assert _wall("Fenella Marsh", *posts) == set()
