"""Issue 13, round nine: birthplace said with the place first ("Barnsley-bred", "Wigan exile", "two Morriston boys"),
by a demonym of the data table ("Dub in exile", "exiled Mancunian", "a Loiner"), "grew up above the shop in X" and
"arrived at the maternity unit in X"; false friends: a crowd of lads, someone else's children, words in brackets
after another person's name, a grandparent named in apposition, a quotation given to someone named. Every
sentence is new writing across genres (none is taken from an evaluation corpus)."""

from __future__ import annotations

import pytest

from tests.detectors.helpers import values

BIRTHPLACES = [
    ("bio", "Kendal-bred, Lancaster-based, allergic to mornings", "Kendal"),
    ("CV", "Personal statement: Wigan exile in Bristol, twelve years in local government finance.", "Wigan"),
    ("memorial post", "Two Morriston boys who never left the valley, me and our Dai.", "Morriston"),
    ("chat", "lol we were both Ellesmere Port lasses before uni ruined us", "Ellesmere Port"),
    ("fitness bio", "Mum of 3 / Dub in exile / 10k PB 48:12", "Dublin"),
    ("for-sale post", "Exiled Mancunian clearing the garage: two bikes, one tent, offers.", "Manchester"),
    ("newsletter", "Your new treasurer is a Loiner by birth and a Harrogate resident by marriage.", "Leeds"),
    ("interview", "I grew up above my uncle's chip shop in Rochdale, so I can batter anything.", "Rochdale"),
    ("family blog", "I came into the world at the Royal Infirmary in Lancaster during the 1987 snow.", "Lancaster"),
    ("forum", "Arrived at the St Mary's Maternity Unit in Portsmouth, weighing in at 9lb, and never looked back.",
     "Portsmouth"),
    ("caption", "Proud Wearsider, even after twenty years down south", "Sunderland"),
    ("about page", "Paisley buddie in exile, now teaching in Perth.", "Paisley"),
    ("caption", "Geordie in Devon exile, missing proper stotties", "Newcastle upon Tyne"),
]


@pytest.mark.parametrize("genre,text,place", BIRTHPLACES)
def test_the_place_first_forms_say_where_the_writer_is_from(genre, text, place):
    assert values("birthplace", text, field="post") == {place}, genre


FALSE_FRIENDS = [
    ("match report", "The Leeds lads were loud on the train home, fair play to them."),
    ("parenting forum", "my two Hull lasses are teenagers now and I barely see them"),
    ("newsletter", "Welcome back Mrs Tremayne (retired head of music, originally from Truro), who judged the bake-off."),
    ("club page", "Our new chair Karen Wade (Hull born and bred) starts in May."),
    ("family history blog", "I was born at home. Nan, Ada Louise Penrose, was a Camborne girl who loved the sea."),
    ("allotment newsletter", 'Plot holder Brenda Hargreaves: "Bootle born, and I still miss the docks."'),
    ("shift diary", "I arrived at the Royal Infirmary in Leeds at six for a twelve-hour shift."),
    ("chat", "a Dub plate from 1979 came in the post today, proper reggae"),
    ("caption", "My daughter grew up above the shop in Leek before we moved."),
]


@pytest.mark.parametrize("genre,text", FALSE_FRIENDS)
def test_other_peoples_origins_and_look_alikes_are_no_birthplace(genre, text):
    assert values("birthplace", text, field="post") == set(), genre
