"""Issue 13, round eight: birthplace. The wording the rules missed ("growing up in", a "Grew up:" field, "X's where
I'm from", a demonym with "born and bred" anywhere, the gazetteer's "Ellesmere Port Town", "Accy"), the false
friends they gave (a fan's "till I die", "who was born in" of a guest, an e-mail's "From:" line). Every sentence
is new writing across genres (none is taken from an evaluation corpus)."""

from __future__ import annotations

import pytest

from tests.detectors.helpers import values

BIRTHPLACES = [
    ("CV", "Personal details\n- Grew up: Morecambe\n- Languages: English, Polish", "Morecambe"),
    ("bio", "31, Mancunian born and bred, now in Stockport with two cats", "Manchester"),
    ("chat", "Growing up in Keighley we never had a proper cinema", "Keighley"),
    ("about page", "Whitby's where I'm from, though work has taken me all over", "Whitby"),
    ("newsletter", "Doncaster's where I grew up, so race days still feel like home to me.", "Doncaster"),
    ("caption", "Accy lad back on the cobbles this morning", "Accrington"),
    ("forum", "Spent my whole childhood in Ellesmere Port, and the refinery smell still means home", "Ellesmere Port"),
    ("for-sale post", "Clearing the loft before the move. Sunderland born and raised, Durham for the last decade, so "
                      "lots of old programmes", "Sunderland"),
    ("chat", "honestly, Geordie born and bred so the cold doesn't bother me", "Newcastle upon Tyne"),
    ("bio", "Lincoln's where I'm from, Nottingham's where I work", "Lincoln"),
    # the sentence before is about the twins; "I" right after the demonym makes it the writer's
    ("parish column", "The twins are mad on rugby. As a Scouser, I was raised on football though.", "Liverpool"),
]


@pytest.mark.parametrize("genre,text,place", BIRTHPLACES)
def test_the_writer_says_where_they_were_born_or_grew_up(genre, text, place):
    assert values("birthplace", text, field="post") == {place}, genre


FALSE_FRIENDS = [
    ("caption", "Mackem till I die, what a result tonight"),
    ("podcast bio", "This week's guest is Dr Ayo Bell, who was born in Reading and now teaches in Leeds."),
    ("e-mail", "From: Carol Jennings <carol.j@example.com>\nSent: 3 May\nSubject: minutes"),
    ("chat", "my husband grew up in Goole, I'm the outsider round here"),
    ("for-sale post", "Shipped from Leicester, free delivery over £20"),
    ("newsletter", "Our vicar, a Geordie born and bred, leads the carols this year."),
    ("forum", "Growing up in the 90s was brilliant, no phones"),
    ("CV", "Raised £2,000 for the hospice by running the Great North Run"),
    ("chat", "My kids are growing up in Slough, which I never planned"),
    ("caption", "Wrexham's where we're heading for the match"),
    ("newsletter", "Meet our new coach, Dev. As a Brummie he knows his canals."),
]


@pytest.mark.parametrize("genre,text", FALSE_FRIENDS)
def test_another_persons_origin_a_fan_or_a_non_place_is_no_birthplace(genre, text):
    assert values("birthplace", text, field="post") == set(), genre
