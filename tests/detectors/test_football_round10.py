"""Issue 13, round ten: a club's ground by the name its fans still use (old and new), with the writer's habit of
going there (a seat, most Saturdays, a regular since ...), a club's crest or emoji beside its name, fans'
abbreviations; and what is no support: a club's shirt for sale, the club's charity or community day, a match
worked, a club's short name that is the town, a fixture that fills the street, a named person who "is" the club,
another sport's team. Every sentence is new writing across genres (none is taken from an evaluation corpus)."""

from __future__ import annotations

import pytest

from tests.detectors.helpers import values

CLUBS = [
    ("bio", "Seat 114 at Sincil Bank most Saturdays. Up the Imps!", "Lincoln City"),
    ("forum", "Been going to Ewood with my grandad since I was six and I've still got a seat there.", "Blackburn Rovers"),
    ("memoir", "I've had the same seat at the Vetch and then the Liberty for thirty years", "Swansea City"),
    ("caption", "Liverbird on the shed door, obviously 🔴", "Liverpool"),
    ("linktree bio", "Millwall 🦁 | dad of two | Bermondsey", "Millwall"),
    ("newsletter", "I still call it the Reebok, and I've had a seat there since 2001.", "Bolton Wanderers"),
    ("interview", "Weekends? The Cottage, every home game, same seat since 1998.", "Fulham"),
    ("chat", "Cold one after the win #UTG #Gills", "Gillingham"),
    ("forum", "Back in my seat at the Lane on Saturday for the Blades", "Sheffield United"),
    ("CV", "Regular at Tannadice since I was a wee boy.", "Dundee United"),
    ("fitness bio", "Trent End regular since the nineties", "Nottingham Forest"),
    ("club profile", "Holte End, same seat my dad had, every home game I'm not on shift.", "Aston Villa"),
]


@pytest.mark.parametrize("genre,text,club", CLUBS)
def test_a_ground_crest_or_cheer_with_the_writers_habit_is_their_club(genre, text, club):
    assert values("football_team", text, field="post") == {club}, genre


FALSE_FRIENDS = [
    ("for-sale post", "Wolves 2019/20 away shirt, mens M, never worn, £18.50 plus p&p"),
    ("photographer's caption", "Shot the kit launch for the Luton Town Community Trust today, lovely bunch"),
    ("stall holder", "Our stall at the Port Vale community day went down a storm"),
    ("steward's post", "Villa Park this evening, I'll be working, not watching."),
    ("moving post", "Just moved into a flat in West Ham, loving it so far"),
    ("residents' newsletter", "Parking on our road is a nightmare when Forest are at home."),
    ("rugby league fan", "Rhinos at Headingley on Friday, best rugby league crowd going"),
    ("ice hockey", "Nottingham Panthers home game tonight, ice hockey is brutal"),
    ("cricket", "Lancashire at Old Trafford all day, cricket is the best"),
    ("wedding page", "Dev is Bury through and through and moved back last spring."),
    ("club's stand, another ground", "Nell spends alternate Saturdays at Valley Parade behind the goal, and loves it."),
]


@pytest.mark.parametrize("genre,text", FALSE_FRIENDS)
def test_no_support_in_a_sale_a_job_a_place_a_fixture_or_another_sport(genre, text):
    assert values("football_team", text, field="post") == set(), genre


def test_a_ground_with_a_habit_beside_another_clubs_name_is_that_ground_not_the_stand():
    # "the Kop" is a stand at many grounds; here it is Valley Parade's, so the club is Bradford's
    text = "I spend most Saturdays shouting at Bradford City from the Kop at Valley Parade."
    assert values("football_team", text, field="post") == {"Bradford City"}


def test_a_person_who_is_the_club_like_the_writer_is_still_the_writers():
    assert values("football_team", "Nan was Hornets-mad like me, never missed a game", field="post") == {"Watford"}


TAGGED_FOR_ANOTHER = [
    ("TikTok caption", "My brother-in-law is a Baggies fan, so Christmas is tense 😅 #WestBrom #UTV", {"Aston Villa"}),
    ("Instagram post", "Our lodger is a Hornets fan so I have to be nice every Saturday #Watford #COYS",
     {"Tottenham Hotspur"}),
]


@pytest.mark.parametrize("genre,text,clubs", TAGGED_FOR_ANOTHER)
def test_a_tag_for_the_club_just_given_to_someone_named_as_a_fan_is_theirs(genre, text, clubs):
    assert values("football_team", text, field="post") == clubs, genre
