"""Issue 13, round nine (home10): short bio forms with a time word, moved-here forms, a seller's district, platform
signals, and false homes (a trip's 'now', a team's name, someone else's or a holiday let's address), in new words."""

from __future__ import annotations

import pytest

from tests.detectors.helpers import values

HOMES = [
    ("bio", "Midwife 🩺 | Whitby raised, Scarborough now 🏠 | sea swimmer", "Scarborough"),
    ("bio", "coffee snob\nnow: Hexham with two greyhounds\nDMs open", "Hexham"),
    ("interview", "Where's home these days? Ludlow, and we love it.", "Ludlow"),
    ("newsletter", "Priti and I came across to Bingley in 2021 and never looked back.", "Bingley"),
    ("wedding page", "We finally got the keys to our own house in Ilkley last spring.", "Ilkley"),
    ("blog", "Drove back up to ours near Alnwick after a long week.", "Alnwick"),
    ("holiday-let host page", "Sue and I live five minutes down the coast road in Filey, so we're always close by.",
     "Filey"),
    ("chat", "lifts sorted, I'm at Mexborough so can swing past the leisure centre", "Mexborough"),
    ("newsletter", "We're only two minutes' walk away on Bramble Close if anyone needs a ladder.", "Bramble Close"),
    ("forum", "Morpeth here, the bypass roadworks are a nightmare.", "Morpeth"),
    ("for-sale post", "Dispatched Mon-Sat from Goole (DN14), tracked postage.", "Goole"),
    ("bio", "Handmade candles 🕯️ collection only from HG1", "HG1"),
    ("reunion page", "Grew up in Hull, well Beverley now which is basically the same", "Beverley"),
    ("church newsletter", "We have the bungalow at the end of Hawthorn Garth now, two bedrooms and a bird table.",
     "Hawthorn Garth"),
]


@pytest.mark.parametrize("genre,text,place", HOMES)
def test_round_ten_homes(genre, text, place):
    assert values("home_location", text, field="bio" if genre == "bio" else "post") == {place}, genre


def test_an_interview_answer_in_the_next_block_is_home():
    assert values("home_location", "And where do you live now?", "Stokesley, on the edge of the moors.",
                  field="post") == {"Stokesley"}


def test_a_parkrunners_home_event_names_the_area():
    assert values("home_location", "143 parkruns at Exmouth", field="about", label="home parkrun") == {"Exmouth"}


FALSE_FRIENDS = [
    ("chat", "We're off to Harrogate now, back by six."),
    ("forum", "Came up to York for the races, what a day"),
    ("chat", "I'm at Doncaster today for the course"),
    ("caption", "Leeds here we come! Coach leaves at 7."),
    ("sports report", "Ripon now lead the table after Saturday"),
    ("caption", "Headed over to Skipton for the day, lovely weather"),
    ("forum", "Where's home for you? I'm curious."),
    ("genealogy blog", "The census gives her address as 12 Mill Row, Dewsbury."),
    ("holiday-let listing", "Heron Barn, 3 Quay Lane, Staithes TS13 5ZZ · Sleeps 6 · self-catering"),
    ("newsletter", "Our garden backs onto the pitch of Yarm Harriers"),
    ("club post", "Proud members of Heaton Mersey Bowls Club near us"),
]


@pytest.mark.parametrize("genre,text", FALSE_FRIENDS)
def test_round_ten_false_friends_are_no_home(genre, text):
    assert values("home_location", text, field="post") == set(), genre


def test_a_clubs_location_line_is_the_clubs():
    assert values("home_location", "Harrogate, England, United Kingdom", field="page",
                  label="Harrogate Harriers Running Club") == set()


def test_a_parkrun_event_with_no_known_place_is_no_home():
    assert values("home_location", "57 parkruns at Bushy Lodge", field="about", label="home parkrun") == set()
