"""Home location and birthplace, round fifteen (home15): a home said with 'living over the water in', 'live out
at'; the start of the commute in to work ('the drive in from'); 'having grown up in'; and false homes: a place
lived in once ('we lived in Ely for six years'), a birthplace before 'these days living in', a parent with an
adverb before the verb ('Mam still lives in'). Each with false friends in new words."""

from __future__ import annotations

import pytest

from tests.detectors.helpers import values

HOMES = [
    # how a home is said: across water or a border, out at a village
    ("post", "Twelve years now living over the water in Birkenhead and I still miss the ferry.", "Birkenhead"),
    ("post", "We live across the river in Gateshead so the Metro is handy.", "Gateshead"),
    ("about", "Pat and I live out at Kirkby Stephen with two lurchers and far too many hens.", "Kirkby Stephen"),
    ("post", "I live up at Alston, so snow days are a given.", "Alston"),
    # the commute in to work starts from home
    ("bio", "Night shifts, a forty minute drive in from Buxton, and coffee. Lots of coffee.", "Buxton"),
    ("post", "Saw three deer on the way in this morning from Thirsk, brilliant start to the day.", "Thirsk"),
    ("post", "The cycle in from Keswick is hard work in a headwind.", "Keswick"),
    # a lifelong home is still found; a place lived in for years, said with 'have'
    ("post", "We've lived in Settle for nineteen years and it still surprises us.", "Settle"),
]


@pytest.mark.parametrize("field,text,place", HOMES)
def test_round_fifteen_homes(field, text, place):
    assert place in values("home_location", text, field=field), text


NOT_HOMES = [
    # a simple past with its subject: a home left
    ("post", "We lived in Ely for six years before the move north, lovely spot.", "Ely"),
    ("post", "I lived in Bicester for a couple of years in my twenties.", "Bicester"),
    ("post", "They'd say we lived in Wetherby for ten years, then Otley.", "Wetherby"),
    # the home is the place after 'these days living in', not the birthplace before it
    ("post", "Proper valleys girl, born and raised in Tonypandy, these days living in Caerphilly.", "Tonypandy"),
    ("bio", "Bred in Rochdale, these days based in Bury.", "Rochdale"),
    # a parent's home, an adverb between them and the verb
    ("post", "Moved away for work years back. Mam still lives in Thornaby and rings every Sunday.", "Thornaby"),
    ("post", "Dad now lives in Skegness, right by the front.", "Skegness"),
    # the commute's words said of a trip, not of coming in to work
    ("post", "Flew in from Belfast for the wedding, what a day.", "Belfast"),
    ("post", "The drive in from Hexham today was grim.", "Hexham"),
    # over, out and up said of no home
    ("post", "Went out at Ripon in the first round, gutted.", "Ripon"),
]


@pytest.mark.parametrize("field,text,place", NOT_HOMES)
def test_round_fifteen_not_homes(field, text, place):
    assert place not in values("home_location", text, field=field), text


def test_these_days_alone_still_names_the_home():
    assert "Bury" in values("home_location", "Rochdale born, Bury these days.")


def test_years_lived_with_have_is_home_and_bare_lived_is_not():
    assert "Ilkley" in values("home_location", "I have lived in Ilkley for twenty years.", field="post")
    assert "Ilkley" not in values("home_location", "I lived in Ilkley for twenty years.", field="post")


BIRTHS = [
    ("post", "Having grown up in Swindon, I know every roundabout by name.", "Swindon"),
    ("post", "I've grown up in Rotherham and never fancied anywhere else.", "Rotherham"),
]


@pytest.mark.parametrize("field,text,place", BIRTHS)
def test_round_fifteen_births(field, text, place):
    assert place in values("birthplace", text, field=field), text


NOT_BIRTHS = [
    ("post", "My daughter has grown up in Crewe, she calls it home.", "Crewe"),
    ("post", "The trees have grown up in Whitby since the storm.", "Whitby"),
    ("post", "The kids have grown up in Goole, it is all they know.", "Goole"),
]


@pytest.mark.parametrize("field,text,place", NOT_BIRTHS)
def test_round_fifteen_not_births(field, text, place):
    assert place not in values("birthplace", text, field=field), text


WORKS = [
    ("page", "Come and train with us!\nUnit 9, Ferrybridge Road Industrial Estate, Castleford, WF10 9ZZ", "WF10 9ZZ"),
    ("page", "Unit 2, Kestrel Business Park\nShipley, West Yorkshire", "Shipley"),
    ("post", "Find us at Unit 12, Harbour Road Trading Estate, Lowestoft", "Harbour Road"),
]


@pytest.mark.parametrize("field,text,place", WORKS)
def test_a_works_address_is_no_home(field, text, place):
    assert place not in values("home_location", text, field=field), text


def test_a_home_address_on_a_road_of_that_name_is_still_found():
    assert "7 Ferrybridge Road, Castleford WF10 9ZZ" in values(
        "home_location", "Send it to me at 7 Ferrybridge Road, Castleford WF10 9ZZ please", field="post")


def test_the_school_run_is_from_home():
    assert "Malton" in values("home_location", "School run in Malton in a hailstorm, two wellies between three kids.",
                              field="post")
    assert "Whitby" not in values("home_location", "My brother's school run in Whitby takes forever.", field="post")
    assert "Thirsk" not in values("home_location", "School run to Thirsk tomorrow for the museum trip.", field="post")


NEIGHBOURHOOD_BYLINES = [
    # a neighbourhood site shows a post's author in the neighbourhood they live in
    ("Nextdoor\nMo Farrell\nKirkby Lonsdale · 3 days ago\nFree logs\n\nMo Farrell (Author) · Kirkby Lonsdale\n"
     "Still some left", "Kirkby Lonsdale"),
    ("Mo Farrell Bramley · Author\nThanks all, sorted now", "Bramley"),
]


@pytest.mark.parametrize("text,place", NEIGHBOURHOOD_BYLINES)
def test_a_post_authors_neighbourhood_is_home(text, place):
    from footprint.detect import detect
    from footprint.models import Profile

    profile = Profile(url="https://neighbours.example/p/1", platform="website")
    profile.add("Mo Farrell", "name")
    profile.add(text, "post")
    assert place in {f.value for f in detect(profile, None) if f.category == "home_location"}


def test_a_byline_with_more_than_a_name_and_a_place_is_left():
    assert not values("home_location", "Posted by Some Long Named Person Here · Author", field="post")


def test_town_nicknames_and_a_cornish_person():
    assert "Ramsbottom" in values("home_location", "Bolton born, Rammy now | nurse | dog mum")
    assert "Sheffield" in values("home_location", "Sheff these days, Barnsley lad at heart")
    assert "Cornwall" in values("birthplace", "Proud Cornish lass | teacher | sea swimmer")
    assert "Cornwall" not in values("birthplace", "Married to a Cornish boy, pasties every Friday", field="post")


def _mentions(code: str, text: str) -> bool:
    return any(code in v for v in values("home_location", text, field="post"))


def test_a_pinned_pub_is_a_venue_not_a_home():
    assert not _mentions("EX39 1ZZ", "Charity bingo Friday! 📍 The Ship Inn, Quay Street, Appledore EX39 1ZZ. Thanks to Bev")
    assert not _mentions("BD24 9ZZ", "Curry night 📍 The Fox's Head, Church Row, Settle BD24 9ZZ, we'll save you a seat")
    assert _mentions("BD24 9ZZ", "📍 9 Mill Row, Settle BD24 9ZZ")


def test_a_person_named_with_an_age_or_a_birth_heading_is_someone_else():
    assert "Kinver" not in values("birthplace", "Deaths: 4 May – Edith Cole, aged 88, of Mill Lane, born in Kinver 1937",
                                  field="post")
    assert "Tobermory" not in values("birthplace", "Readers ask about DS Fergus Lyle: born in Tobermory 1968, hates boats",
                                     field="post")
    assert "Kinver" in values("birthplace", "Me, aged 40, born in Kinver and proud of it", field="post")


def test_an_owner_named_before_a_birth_heading_is_the_writer():
    from footprint.detect import detect
    from footprint.models import Profile

    profile = Profile(url="https://me.example/", platform="website")
    profile.add("Fergus Lyle", "name")
    profile.add("Fergus Lyle: born in Tobermory, lives in Oban", "about")
    assert "Tobermory" in {f.value for f in detect(profile, None) if f.category == "birthplace"}


def test_a_place_named_in_welsh_then_in_brackets():
    assert "Bangor" in values("home_location", "Lleoliad / Location: Bangor (Bangor) 🏴", field="profile_field")
    assert "Swansea" in values("home_location", "Location: Abertawe (Swansea)", field="profile_field")
    assert "Conwy" in values("home_location", "Location: Conwy (North Wales)", field="profile_field")


def test_the_end_of_a_street_we_are_at_is_home():
    assert "Larkspur Close" in values("home_location", "We're at the bottom end of Larkspur Close, by the garages.",
                                      field="post")
    assert "Kestrel Lane" in values("home_location", "I live at the end of Kestrel Lane if anyone finds him", field="post")
    # after 'end of', a known place or a street: not any capitalised word
    assert not values("home_location", "We're at the top end of Division Two, no complaints", field="post")


ENDED_UP = [
    ("post", "Grew up in Stroud and ended up in Ludlow about eight years ago, never looked back.", "Ludlow", True),
    ("post", "We washed up in Filey in 2016 and stayed put.", "Filey", True),
    # not dated: a trip or a night as likely as a home
    ("post", "Missed the last train and ended up in Doncaster for the night.", "Doncaster", False),
    # dated, but the stay was short
    ("post", "I wound up in Kendal in 2011 for a weekend course.", "Kendal", False),
]


@pytest.mark.parametrize("field,text,place,home", ENDED_UP)
def test_ending_up_somewhere_years_ago_is_home(field, text, place, home):
    assert (place in values("home_location", text, field=field)) is home, text
