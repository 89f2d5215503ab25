"""Round eleven of the birthplace rules. A bare "X through and through" is said of a club as often as of a town:
when the football detector reads a team from the very same words and the club's nickname stands for the town
("Boro through and through, it's a curse") or the text speaks of football ("Leeds through and through 💛💙"),
the place is the club followed, not a birthplace; the same words with no football read or said, or with "lad",
"lass" after the place, stay a birthplace. Every sentence is new writing."""

from __future__ import annotations

import pytest

from tests.detectors.helpers import values

FANS = [
    ("meeting minutes", "CLLR HOSKINS: Guilty, Boro through and through, it's a curse. Item five."),
    ("caption", "Season ticket renewed, forty years and counting. Blackburn through and through 💙🤍"),
]


@pytest.mark.parametrize("genre,text", FANS)
def test_a_team_read_from_the_same_words_is_no_birthplace(genre, text):
    assert values("birthplace", text, field="post") == set(), genre
    assert values("football_team", text, field="post"), genre


NATIVES = [
    ("forum", "Nah, I'm Knaresborough through and through, whatever my accent does after a pint.", "Knaresborough"),
    ("caption", "A Blackburn lass through and through, even after twenty years in Kent 💙🤍", "Blackburn"),
    ("bio", "Blackburn through and through. Teacher, runner, tea drinker.", "Blackburn"),
    ("wedding site", "I'm Blackburn through and through and still get back to see my mam. Sundays are split in our "
                     "house: she's got a season ticket at Ewood, I've got a sofa.", "Blackburn"),
]


@pytest.mark.parametrize("genre,text,place", NATIVES)
def test_through_and_through_without_a_team_is_still_a_birthplace(genre, text, place):
    assert values("birthplace", text, field="post") == {place}, genre


# "grew up" with a comma before its place, with how far apart two neighbours grew up, and on a street in a town
# (the town is where one is from).
GREW_UP = [
    ("memoir", "That's the chapel where I grew up, in Brinscall, with three older sisters.", "Brinscall"),
    ("wedding speech", "Dev and I grew up two streets apart in Keighley and fell out over conkers weekly.",
     "Keighley"),
    ("blog", "Our Kev and I grew up a few doors away in Ossett, which explains a lot.", "Ossett"),
    ("interview", "I grew up on Tanner Street in Frodsham, the end house with the wonky gate.", "Frodsham"),
]


@pytest.mark.parametrize("genre,text,place", GREW_UP)
def test_grew_up_with_a_comma_a_distance_or_a_street_before_the_town(genre, text, place):
    assert values("birthplace", text, field="post") == {place}, genre


GREW_UP_FALSE_FRIENDS = [
    ("blog", "I grew up, in many ways, far too fast."),
    ("charity post", "Funds raised, in Keighley alone, came to £400."),
    ("interview", "Our daughter grew up two streets away in Keighley."),
]


@pytest.mark.parametrize("genre,text", GREW_UP_FALSE_FRIENDS)
def test_grew_up_look_alikes_and_someone_elses_childhood(genre, text):
    assert values("birthplace", text, field="post") == set(), genre


# A postcode district where a town's name would stand: people name where they are from by it.
DISTRICTS = [
    ("forum signature", "LS11 born & bred. Marching on together", "LS11"),
    ("bio", "SE15 born and raised, Kent by marriage, tea by the gallon", "SE15"),
]


@pytest.mark.parametrize("genre,text,place", DISTRICTS)
def test_a_postcode_district_born_and_bred(genre, text, place):
    assert values("birthplace", text, field="post") == {place}, genre


DISTRICT_FALSE_FRIENDS = [
    ("forum", "A1 born and bred, that road, every bump of it."),
    ("caption", "The LS11 bus was late again."),
]


@pytest.mark.parametrize("genre,text", DISTRICT_FALSE_FRIENDS)
def test_codes_that_are_no_district_or_not_said_of_birth(genre, text):
    assert values("birthplace", text, field="post") == set(), genre


# Going "home" to a town for a parent's occasion: the town one comes from (only a town the gazetteer knows).
HOME_TO_PARENTS = [
    ("post", "Home to Hexham for my mum's 65th, first time back since Easter.", "Hexham"),
    ("post", "Heading home to Ludlow to see my dad, the M5 permitting.", "Ludlow"),
]


@pytest.mark.parametrize("genre,text,place", HOME_TO_PARENTS)
def test_home_to_a_town_for_a_parent(genre, text, place):
    assert values("birthplace", text, field="post") == {place}, genre


HOME_TO_FALSE_FRIENDS = [
    ("post", "Home to Leeds for my daughter's graduation tomorrow."),
    ("post", "Home to Leeds after a long shift, kettle on."),
    ("post", "The museum is home to Darwin for the whole summer exhibition."),
    ("post", "Home to Brindlewick for mum's birthday."),
]


@pytest.mark.parametrize("genre,text", HOME_TO_FALSE_FRIENDS)
def test_home_to_without_a_parent_or_a_known_town(genre, text):
    assert values("birthplace", text, field="post") == set(), genre


# "A flat in X ... was home till I was N": the childhood home named in the sentence's subject, not right before.
HOME_TILL = [
    ("post", "A tiny flat in Consett looking over the steelworks was home till I was 12.", "Consett"),
    ("memoir", "The terrace in Rhyl was our home until I was eleven, then the army moved us on.", "Rhyl"),
]


@pytest.mark.parametrize("genre,text,place", HOME_TILL)
def test_a_childhood_home_in_the_subject(genre, text, place):
    assert values("birthplace", text, field="post") == {place}, genre


HOME_TILL_FALSE_FRIENDS = [
    ("post", "My nan's bungalow in Rhyl was home until she was 90."),
    ("post", "Our rented flat in Hove was home until we moved in March."),
    ("post", "A caravan in Tenby was home for the summer."),
]


@pytest.mark.parametrize("genre,text", HOME_TILL_FALSE_FRIENDS)
def test_someone_elses_or_an_adults_home(genre, text):
    assert values("birthplace", text, field="post") == set(), genre
