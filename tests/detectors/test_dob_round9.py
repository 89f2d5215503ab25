"""Issue 13, round nine: dates of birth told by a holiday and a year ("Christmas Eve baby, '78"), by a date and then
the big birthday it is ("on the 14th of March: the big 4-0", the year from the post's date); false friends: a
grandparent's or someone else's birth year after their birthday or in their own quoted words, a pet's birth year,
a range of years after a holiday. Every sentence is new writing across genres (none is from an evaluation corpus)."""

from __future__ import annotations

import pytest

from tests.detectors.helpers import values

# posts dated 2 March 2026 unless the case says otherwise
BIRTHS = [
    ("interview", "I'm a Christmas Eve baby, '81, so presents always came in one go.", "1981-12-24"),
    ("bio", "Bonfire Night baby (1979) | retired DS | allotment bore", "1979-11-05"),
    ("chat", "New Year's Day baby, class of '92, never once had a party", "1992-01-01"),
    ("forum", "Born on Halloween 1984, which explains a lot apparently", "1984-10-31"),
    ("CV", "Personal: Valentine's Day baby, 1990. Full clean licence.", "1990-02-14"),
    ("now page", "Levelling up on the 21st of March: the big 5-0. Cake orders welcome.", "1976-03-21"),
    ("caption", "Party on Saturday 14th March - my big four-oh!", "1986-03-14"),
    ("newsletter", "Your editor hits a milestone on the 30th of March: the big 6-0, and yes, there will be cake.",
     "1966-03-30"),
    ("family blog", "Dad's 70th today. I was born 3rd May 1985 when he was a young copper.", "1985-05-03"),
    ("for-sale post", "Clearing out for my move. St Patrick's Day baby, '88, so the green coat has to go too.",
     "1988-03-17"),
]


@pytest.mark.parametrize("genre,text,born", BIRTHS)
def test_a_birthday_told_by_its_holiday_or_its_big_number(genre, text, born):
    assert values("date_of_birth", text, field="post", date="2026-03-02") == {born}, genre


FALSE_FRIENDS = [
    ("caption", "Grandma's 95th! Born 9th June 1931 and she still wins at rummy."),
    ("family history blog", "Grandad, Walter James Pike, was a Barrow lad, born 1928, and worked the docks."),
    ("newsletter", 'Plot holder Doreen Walsh: "I was born 1950, so don\'t you tell me about frost."'),
    ("tiktok", '#duet with @grumpy.gran "born 1944 and I still do my own gutters" ... queen behaviour 👑'),
    ("pet post", "Our Bella was a Christmas Eve baby, 2015, and she still steals the turkey."),
    ("chat", "Mum was a miner's daughter, born 1952 in Ashington"),
    ("match report", "Derby on the 14th: the big one, and we were awful."),
    ("club news", "Happy birthday to our chair Ray, born 1961 and still the fastest on the ice."),
]


@pytest.mark.parametrize("genre,text", FALSE_FRIENDS)
def test_other_peoples_and_pets_birth_years_are_not_the_writers(genre, text):
    assert values("date_of_birth", text, field="post", date="2026-03-02") == set(), genre
