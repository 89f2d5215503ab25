"""Round six of issue 13: football by class. A club's initials and FC as fans tag it, "the blue half of"
a city, a club's goods given away or raffled, being dragged along to a ground, a guest introduced as
another club's fan, and a club named only to be turned down. Every sentence is new writing (none is
taken from an evaluation corpus), across genres."""

from __future__ import annotations

import pytest

from tests.detectors.helpers import values

INITIALS = [
    ("Mastodon post", "Three points at Somerset Park and a pie that was actually warm. #AUFC", "Ayr United"),
    ("X post", "Another 90 minutes of agony. Never change. #HMFC", "Heart of Midlothian"),
    ("Instagram caption", "Matchday with the wee one 💙 #PNEFC", "Preston North End"),
    ("Threads post", "Promotion party still going #ITFC", "Ipswich Town"),
    ("bio", "Dad of two. #HUFC till I die.", "Hartlepool United"),
    ("chat", "back at the Valley saturday #CAFC", "Charlton Athletic"),
]


@pytest.mark.parametrize("genre,text,club", INITIALS)
def test_a_clubs_initials_and_fc_tag_the_club(genre, text, club):
    assert values("football_team", text, field="bio" if genre == "bio" else "post") == {club}, genre


@pytest.mark.parametrize("text", [
    "Just submitted my #RFC draft for the new protocol.",       # a Request for Comments, and one letter
    "Our #SCFC stall is open til 4",                            # Stoke's and Swansea's alike: no club
    "Ordered from #KFC and regretted it",
    "Starting the #BFC book club this month",
])
def test_initials_that_are_no_single_club_give_nothing(text):
    assert values("football_team", text, field="post") == set()


HALVES = [
    ("club blog", "Good to see the blue half of Merseyside out in force at the 10k.", "Everton"),
    ("forum post", "Proud member of the red half of Sheffield since 1994.", "Sheffield United"),
    ("caption", "The green half of Glasgow, always 🍀", "Celtic"),
    ("newsletter", "From the claret half of Birmingham: well done to the under-9s!", "Aston Villa"),
    ("chat", "im from the blue half of Bristol so be nice", "Bristol Rovers"),
    ("bio", "Maroon half of Edinburgh. Teacher. Tea.", "Heart of Midlothian"),
]


@pytest.mark.parametrize("genre,text,club", HALVES)
def test_the_half_of_a_city_names_its_club(genre, text, club):
    assert values("football_team", text, field="bio" if genre == "bio" else "post") == {club}, genre


@pytest.mark.parametrize("text", [
    "The north half of Manchester gets all the rain.",
    "Half of Glasgow was at the fireworks.",
    "The blue half of the map is the sea.",
    "The red half of the pitch was waterlogged.",
])
def test_half_of_a_city_without_a_clubs_colour_is_nothing(text):
    assert values("football_team", text, field="post") == set()


GOODS = [
    ("Gumtree listing", "Free with the pram: Leicester City bobble hat, never worn."),
    ("PTA newsletter", "Raffle prizes include a signed Wolves shirt, donated by a Y3 parent."),
    ("Facebook Marketplace", "Selling a Sunderland home shirt, age 10-11, £8 collection only."),
    ("eBay listing", "Job lot of Wigan Athletic programmes 1995-2001, open to offers, ono."),
    ("church fete", "On the tombola this year: a Hibs scarf and a bottle of sherry."),
]


@pytest.mark.parametrize("genre,text", GOODS)
def test_a_clubs_goods_given_away_or_sold_say_nothing_of_support(genre, text):
    assert values("football_team", text, field="post") == set(), genre


@pytest.mark.parametrize("text,club", [
    ("Finally got the new Sunderland home shirt, it's gorgeous 😍", "Sunderland"),
    ("My Leicester City bobble hat has been to every away game since 2015.", "Leicester City"),
])
def test_the_writers_own_club_goods_are_still_support(text, club):
    assert values("football_team", text, field="post") == {club}


RELUCTANT = [
    ("reddit", "Brother-in-law dragged me to Vale Park on Saturday, four hours of my life gone."),
    ("forum post", "The kids made me go to Blundell Park for a birthday. Never again."),
    ("chat", "got dragged to the Hawthorns again, send help"),
    ("Instagram caption", "At Turf Moor under protest 🙃"),
]


@pytest.mark.parametrize("genre,text", RELUCTANT)
def test_being_taken_along_to_a_ground_is_not_support(genre, text):
    assert values("football_team", text, field="post") == set(), genre


GUESTS = [
    ("podcast notes", "This week we're joined by @mo_example (yes, a Rotherham fan) to talk about shifts."),
    ("newsletter", "Our new treasurer, Priya, a lifelong Luton supporter, starts in May."),
    ("YouTube description", "Featuring my mate Callum - a Hibs season ticket holder - on the decks."),
    ("blog", "Thanks to Dev, a Walsall sufferer like no other, for the photos."),
]


@pytest.mark.parametrize("genre,text", GUESTS)
def test_a_guest_introduced_as_a_fan_is_not_the_writer(genre, text):
    assert values("football_team", text, field="post") == set(), genre


def test_the_writer_introduced_as_a_fan_in_their_own_voice_is_still_a_fan():
    assert values("football_team", "I'm a Rotherham fan, yes, even now.", field="post") == {"Rotherham United"}


def test_a_club_named_to_be_turned_down_is_not_support():
    text = "Football: Portsmouth, always. Yes I know Southampton are nearer. No, I won't be switching."
    assert values("football_team", text, field="about") == {"Portsmouth"}


# --- a fan's loyalty and the game's own words make a nickname the writer's club --------------------------

LOYALTY = [
    ("reddit", "Shrimpers. Through the non-league years and the new ground saga. Won't hear a word.",
     "Southend United"),
    ("forum post", "Cobblers through thick and thin, even the League Two years.", "Northampton Town"),
    ("caption", "Spireites, through all of it. Never missed a game this season.", "Chesterfield"),
    ("chat", "me and our kid in the East Stand watching the Tractor Boys concede in stoppage time again",
     "Ipswich Town"),
    ("blog", "Saturday in the South Stand, Posh equaliser in added time, pandemonium.", "Peterborough United"),
    ("X post", "Watching the Quakers throw away a lead in the 90th minute. Why do I do this to myself.",
     "Darlington"),
]


@pytest.mark.parametrize("genre,text,club", LOYALTY)
def test_a_fans_loyalty_or_the_games_words_name_the_club(genre, text, club):
    assert values("football_team", text, field="post") == {club}, genre


@pytest.mark.parametrize("text", [
    "The Quakers won't hear a word said against silence at their meetings.",
    "The Quakers meeting house had its 90th birthday and nobody conceded the raffle.",
    "Through thick and thin, the Cobblers lane cafe still does the best fry-up.",
    "Potted shrimpers at the Southend pier stall",
])
def test_the_same_words_about_something_else_are_no_club(text):
    assert values("football_team", text, field="post") == set()
