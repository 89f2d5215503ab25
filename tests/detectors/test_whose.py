"""Whose detail a clause states, and whether it still holds: one notion for every category."""

import pytest

from footprint.facts import Facts
from tests.detectors.helpers import values

# (text, category, what is found): the writer's own details, in the first person or with no subject
MINE = [
    ("We moved over to Keswick when the twins started school", "home_location", {"Keswick"}),
    ("Me and my sister moved to Ripon last spring", "home_location", {"Ripon"}),
    ("My fiancée and I live in Frome now", "home_location", {"Frome"}),
    ("Fell runner. Living in Kendal", "home_location", {"Kendal"}),
    ("Raised in Barrow, I still think of it as home", "birthplace", {"Barrow"}),
    ("I was born on 9 October 1987, the day of a storm", "date_of_birth", {"1987-10-09"}),
    ("My husband is a custody sergeant with Dyfed-Powys Police", "police_affiliation", {"Dyfed-Powys Police"}),
    ("So proud of my daughter, a student officer with Gwent Police these days", "police_affiliation", {"Gwent Police"}),
    ("Twelve years a PCSO in Wrexham and still love it", "police_affiliation", {"police"}),
]

# Someone else's detail, a thing's, or one that no longer holds
NOT_MINE = [
    ("My parents moved to Cromer after they retired", "home_location"),
    ("A mate who recently moved to Whitby sent me a photo", "home_location"),
    ("Our old office moved to Basingstoke, the commute is grim", "home_location"),
    ("The build servers moved to Slough last week", "home_location"),
    ("At 19 I moved to Lancaster for university", "home_location"),
    ("I used to live in Bicester before the job came up", "home_location"),
    ("Six weeks in Valencia on a language course, the cost of living in Valencia is lower", "home_location"),
    ("My wife grew up in Tenbury Wells", "birthplace"),
    ("Grandad was born in Alnwick in 1931", "birthplace"),
    ("My brother was born on 2 February 1984", "date_of_birth"),
    ("Our spaniel Pip was born on 12 April 2020 🐶 birthday boy", "date_of_birth"),
    ("Born in Goole, moved to Selby in 1999", "date_of_birth"),
    ("My cousin is a response officer with Kent Police", "police_affiliation"),
    ("A colleague of mine is a special constable", "police_affiliation"),
    ("Our Kieran has been a PC for six years. Thames Valley Police, roads policing.", "police_affiliation"),
    ("Filed a complaint against Sussex Police about how the officers treated me", "police_affiliation"),
    ("Writing an opinion piece on police misconduct and the powers officers have", "police_affiliation"),
    ("The detective in my novel works for Northumbria Police", "police_affiliation"),
    ("I am not in the police and never have been, before anyone asks", "police_affiliation"),
    ("Sold my old PC, DS and Wii games at the car boot", "police_affiliation"),
    ("Badge colour: https://badges.example/flat?color=DC1432&label=build", "police_affiliation"),
    ("Halfway through the week: half of it meetings, the other half writing", "family"),
    ("Stood with my brother officers at the memorial", "family"),
    ("The Cardinals' pitcher threw a perfect game, baseball at its best", "football_team"),
]


@pytest.mark.parametrize("text,category,expected", MINE)
def test_the_writers_own_details_are_found(text, category, expected):
    assert values(category, text, field="post") == expected


@pytest.mark.parametrize("text,category", NOT_MINE)
def test_other_peoples_and_past_details_are_not_the_writers(text, category):
    assert values(category, text, field="post") == set()


def test_a_third_person_about_page_speaks_of_its_owner():
    profile_name = "Rhian Example"
    from footprint.detect import detect
    from footprint.models import Profile

    profile = Profile(url="https://rhian.example/", platform="website")
    profile.add(profile_name, "name", hint="name")
    profile.add("Rhian is a detective constable with South Wales Police. She lives in Porthcawl.", "about")
    found = {(f.category, f.value) for f in detect(profile) if f.category in ("police_affiliation", "home_location")}
    assert found == {("police_affiliation", "South Wales Police"), ("home_location", "Porthcawl")}


def test_a_relative_the_user_named_in_their_facts_is_the_household():
    text = "Ffion is a proper PC now with North Wales Police, the whole intake came for cake."
    assert values("police_affiliation", text, field="post") == set()
    assert values("police_affiliation", text, field="post", facts=Facts(family=("Ffion",))) == {"North Wales Police"}


def test_hits_below_the_report_threshold_are_not_findings():
    from footprint.detect import REPORT_AT, Hit, merge
    from footprint.models import Profile, TextBlock

    block = TextBlock(text="Whitby, probably", field="bio")
    hits = [Hit("home_location", "Whitby", "Whitby", REPORT_AT - 0.1, block, 0, 6),
            Hit("birthplace", "Whitby", "Whitby", REPORT_AT, block, 0, 6)]
    assert [(f.category, f.value) for f in merge(hits, Profile(url="https://x.example/", platform="website"))] == [
        ("birthplace", "Whitby")]


def test_a_name_that_is_also_a_word_is_a_name_after_a_relation():
    assert values("family", "Love my wife Pearl to bits") == {"wife: Pearl"}
    assert values("family", "Necessity is the mother of invention") == set()


@pytest.mark.parametrize("text,category", [
    ("Filed it online. The officer who phoned me back from Avon and Somerset Police was kind", "police_affiliation"),
    ("My character is DS Huw Blake, the dodgiest copper on our roleplay server", "police_affiliation"),
    ("Football Manager save: took Barrow to the Premier League in my save", "football_team"),
    ("Race entries via our club secretary Meg on 07700 900827", "phone_number"),
])
def test_adversaries_games_and_club_officials_are_not_the_writer(text, category):
    assert values(category, text, field="post") == set()


def test_someone_elses_detail_shared_by_the_writer_is_the_writers():
    assert values("birthplace", "Dad was a Grimsby lad, same as me", field="post") == {"Grimsby"}
    assert values("birthplace", "Dad was a Grimsby lad", field="post") == set()
