"""Issue 13, round eight: a date of birth told relative to a dated post or message ("50 tomorrow", "I hit 60 on
the 3rd of March", "the big 5-0 lands on 9th Nov", "I turn 65 on the 14th") and a birth year told as a wine's
("a 1968 vintage"). Every sentence is new writing across genres (none is taken from an evaluation corpus)."""

from __future__ import annotations

import pytest

from tests.detectors.helpers import values

TRUE = [
    ("chat", "I hit 60 on the 3rd of March, send cake", "2026-02-20", "1966-03-03"),
    ("forum", "the big 5-0 lands on 9th Nov, help me plan something", "2026-10-01", "1976-11-09"),
    ("caption", "50 tomorrow 🎂 where did that go", "2025-04-11", "1975-04-12"),
    ("about page", "Soprano, gardener and a 1968 vintage.", None, "1968"),
    ("comment", "'74 vintage, like the Mini I learned to drive in", "2026-01-05", "1974"),
    ("fitness post", "30 for the big 3-0 🎂 birthday kilometres along the canal", "2026-08-02", "1996-08-02"),
    # "the 14th" in a post of 2 May is 14 May; a day already gone this month would be next month's
    ("newsletter", "I turn 65 on the 14th, so this is my last column before I retire.", "2026-05-02", "1961-05-14"),
    ("chat", "Forty-five tomorrow and I still can't parallel park", "2026-01-09", "1981-01-10"),
    ("e-mail", "Sorry to miss the AGM: I reach 70 on 5 June and the family have plans.", "2026-05-20",
     "1956-06-05"),
    # posted on Monday 2 March 2026: the Friday after
    ("chat", "my big four-oh is on Friday, pub after?", "2026-03-02", "1986-03-06"),
]


@pytest.mark.parametrize("genre,text,date,dob", TRUE)
def test_an_age_reached_on_a_day_said_beside_a_dated_post_gives_the_birth_date(genre, text, date, dob):
    assert values("date_of_birth", text, field="post", date=date) == {dob}, genre


FALSE_FRIENDS = [
    ("for-sale post", "Selling a 1985 vintage Raleigh, barely ridden", "2026-01-05"),
    ("caption", "Opened a bottle of 1990 vintage for the anniversary", "2026-01-05"),
    ("chat", "Our Jess turns 40 on the 12th, surprise party!", "2026-03-01"),
    ("newsletter", "The shop hits 10 on the 3rd of May, come and celebrate", "2026-04-01"),
    ("chat", "Dad's 70 tomorrow, cake ordered", "2026-04-01"),
    ("chat", "The big 4-0 for my sister on the 8th, any ideas?", "2026-04-01"),
    ("caption", "Her '82 vintage Land Rover finally passed its MOT", "2026-04-01"),
    ("forum", "He hit 100 on the 2nd of June and the whole street came out", "2026-06-10"),
    ("chat", "Team photo tomorrow, 30 of us in matching kit", "2026-06-10"),
    ("club report", "I hit 50 on Saturday, best knock of the season so far", "2026-06-15"),
]


@pytest.mark.parametrize("genre,text,date", FALSE_FRIENDS)
def test_a_thing_or_another_person_reaching_an_age_gives_no_birth_date(genre, text, date):
    assert values("date_of_birth", text, field="post", date=date) == set(), genre


def test_without_the_post_date_only_the_day_and_month_are_known():
    assert values("date_of_birth", "the big 5-0 lands on 9th Nov, help me plan something", field="post") == {"--11-09"}
