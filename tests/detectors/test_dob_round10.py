"""Issue 13, round ten: dates of birth from context: an age reached "on the 3rd" on a blog page dated only by its
"Posted on" line, a holiday birthday whose year follows in the next sentence, a date alone before "my 30th.", an
arrival in the world told as a year; false friends: another person's birthday and birth date in their own line, an
age reached by someone named before "who", a horse's foaling or a litter's whelping, a move told as an arrival, an
ordinal that counts something else. Every sentence is new writing across genres (none is from an evaluation corpus)."""

from __future__ import annotations

import pytest

from tests.detectors.helpers import values

# (genre, the blocks of one page, field, the page's or post's date, the date of birth)
BIRTHS = [
    ("blog page", ("Posted on 9 March 2026 by Lou", "I turned 50 on the 3rd and the cake had to be carried in by "
                   "two people."), "page", None, "1976-03-03"),
    ("newsletter page", ("Published 12 October 2025", "I turned 60 on the 8th, so forgive this issue's typos."),
     "page", None, "1965-10-08"),
    ("podcast transcript", ("I'm a Halloween baby. Thirty-first of October, 1977, if you want the full horror.",),
     "post", "2026-03-02", "1977-10-31"),
    ("forum", ("Hogmanay baby! 31st December, 1969, so no proper party ever",), "post", "2026-03-02", "1969-12-31"),
    ("group chat", ("big news lads. 2nd June. my 30th. you're all invited",), "post", "2026-05-20", "1996-06-02"),
    ("caption", ("Reminder: 28th March. My 21st! Drinks at the Anchor",), "caption", "2026-03-20", "2005-03-28"),
    ("memoir blog", ("Dad was at the dogs when I came into the world in 1948, or so the story goes.",), "page", None,
     "1948"),
    ("family history", ("I arrived in the winter of '63 in the front room at Nana's, the midwife snowed in.",),
     "page", None, "1963"),
    ("bio", ("I made my entrance in 1990 and have been late for everything since.",), "bio", None, "1990"),
    ("interview", ("Nurses said I showed up in the spring of 1971 at the cottage hospital, a week late.",), "post",
     "2026-03-02", "1971"),
]


@pytest.mark.parametrize("genre,texts,field,date,born", BIRTHS)
def test_a_date_of_birth_from_its_context(genre, texts, field, date, born):
    assert values("date_of_birth", *texts, field=field, date=date) == {born}, genre


FALSE_FRIENDS = [
    ("club newsletter", "Birthday boy Callum is 18 today – born 02/03/2008, so he can finally buy his own round."),
    ("stables post", "Our mare Poppy had her party this week (foaled 9 May 2006), carrots all round 🎂"),
    ("allotment news", "Big cheer for Arthur Penn, who turned 90 on 4 January!"),
    ("for-sale post", "Spaniel pups whelped 3rd February 2026 🎂 two left, both liver and white."),
    ("about page", "I arrived in the summer of 2015 and Bristol has been home since."),
    ("student blog", "I turned up in the autumn of 2019 for freshers' week, skint and terrified."),
    ("caption", "Wedding anniversary: 14th June. Our 25th!"),
    ("forum", "Deadline: 30th April. My 12th attempt at the theory test, wish me luck."),
    ("match report", "Saturday: 7th March. My 50th appearance for the seconds, and we lost."),
]


@pytest.mark.parametrize("genre,text", FALSE_FRIENDS)
def test_other_peoples_births_and_other_arrivals_are_not_the_writers(genre, text):
    assert values("date_of_birth", text, field="post", date="2026-03-02") == set(), genre
