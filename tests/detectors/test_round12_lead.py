"""Classes found on round twelve's blind corpora after their first scores (in new words)."""

from __future__ import annotations

import pytest

from footprint.detect import detect
from footprint.facts import Facts
from footprint.models import Profile


def found(category: str, text: str) -> set[str]:
    profile = Profile(url="https://me.example/", platform="website")
    profile.add(text, "text")
    return {f.value for f in detect(profile, Facts()) if f.category == category}


@pytest.mark.parametrize(("text", "expected"), [
    ("Nine years in with Cumbria Police now and still on nights.", {"Cumbria Constabulary"}),
    ("The police now say the lane will stay shut till Friday.", set()),
    ("I joined the police through Police Now in 2022, straight from uni.", {"Police Now"}),
])
def test_a_body_named_in_ordinary_words_is_it_only_as_it_writes_its_name(text, expected):
    assert found("police_affiliation", text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Our team ran a week of action on the estate, and officers worked with colleagues from Dyfed-Powys Police on "
     "the border crossings.", set()),
    ("The drugs warrant went ahead with the support of British Transport Police at the station.", set()),
    ("Huge thanks to the search teams, supported by Cleveland Police, who found the dog safe.", set()),
    ("I joined Dyfed-Powys Police in 2015 and I'm still on response.", {"Dyfed-Powys Police"}),
    ("Mutual aid from West Mercia Police again this weekend, and I'm a PC with Warwickshire Police.",
     {"Warwickshire Police"}),
])
def test_a_force_helping_in_another_forces_operation_is_not_the_writers(text, expected):
    assert found("police_affiliation", text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Never been to Ashton Gate but the away end at our place was rocking last night.", set()),
    ("I've still not set foot in Ewood Park, thirty years a fan of the beautiful game.", set()),
    ("Not been to the Hawthorns since 2019, season ticket lapsed when the twins came.", {"West Bromwich Albion"}),
    ("Been to Molineux twice this season with my lad, proper noisy away end.", {"Wolverhampton Wanderers"}),
])
def test_a_ground_the_writer_has_never_been_to_is_not_their_club(text, expected):
    assert found("football_team", text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Ours is the house on the corner with the Derby County bunting still up from May.", set()),
    ("Our house has a Norwich City flag in the back bedroom window, much to the neighbours' delight.", set()),
    ("Our house in Norwich has a yellow front door.", {"Norwich"}),
])
def test_a_town_that_begins_a_clubs_name_is_the_club_not_a_home(text, expected):
    assert found("home_location", text) == expected
