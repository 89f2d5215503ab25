"""Issue 13, round nine: football clubs named the way fans name them, backed by the page's own support (a
nickname with the club's ground or stand, a bare suffix after hearts in a club's colours beside its town, "till we
die", a nickname several clubs share in one club's own community); and false friends: a club's cake made for a
customer, an anthem sung at a ground, a park named after a club's word, a quotation given to another creator or a
named person. Every sentence is new writing across genres (none is taken from an evaluation corpus)."""

from __future__ import annotations

import pytest

from tests.detectors.helpers import values

CLUBS = [
    ("parish magazine", "Come on you Bulls! You'll find me at Edgar Street most Saturdays with a flask.", "Hereford FC"),
    ("bio", "Darwen lad 💙🤍 Rovers | Blackburn born | dad of two", "Blackburn Rovers"),
    ("memorial post", "Swans till we die, the pair of us, from the Vetch to the Liberty.", "Swansea City"),
    ("CV", "Interests: the Invincibles Pavilion at Deepdale, moaning about our back four.", "Preston North End"),
    ("caption", "Sir Tom Finney Stand, row K, same seat since 2009 🤍", "Preston North End"),
    ("forum", "Sat in the Jack Walker Stand with my brother every home game this season.", "Blackburn Rovers"),
    ("newsletter", "Lifelong City fan and season ticket holder since the Maine Road days.", "Manchester City"),
    ("chat", "Edgar Street again Saturday, we need the points, Bulls", "Hereford FC"),
    ("fitness bio", "Swans till we die 🦢 the Liberty every other week, parkrun addict", "Swansea City"),
    ("interview", "I still go to the Putney End with my dad, forty years on.", "Fulham"),
    ("club newsletter", "Most Saturdays you'll find me ferrying my niece's netball team about, then in the Holte End by "
                        "three.", "Aston Villa"),
]


@pytest.mark.parametrize("genre,text,club", CLUBS)
def test_the_club_as_fans_name_it_with_the_pages_own_support(genre, text, club):
    assert values("football_team", text, field="post") == {club}, genre


def test_a_nickname_several_clubs_share_in_one_clubs_community_is_that_club():
    text = "Froze again, lost again. Fifteen years of renewing my season ticket for this, up the U's I suppose"
    assert values("football_team", text, field="comment", label="r/OUFC") == {"Oxford United"}


FALSE_FRIENDS = [
    ("baker's caption", "A Derby County cake for a customer's 60th, ram horns took all night!"),
    ("jeweller's shop", "Commissioned piece: an Everton crest in silver, for a client's retirement."),
    ("choir news", "Sang the anthem at the Etihad before the cup tie, still buzzing"),
    ("strava", "Forest Rec parkrun 🌳 new PB!!"),
    ("tiktok", '#stitch with @kopgirl.dee "Everton till I die" ... not on my watch babe 😂'),
    ("newsletter", 'Our treasurer Colin Pratt: "Gills till we die, and I mean it."'),
    ("bio", "Bulls fan | Bradford Bulls season ticket | rugby league all day"),
    ("for-sale post", "Edgar Street, Hereford: two-bed terrace to let, £650 pcm."),
    ("cake maker", "Wolves themed christening cake for a lovely customer 🧡🖤 #wolves #cakesofinstagram"),
    ("newsletter", '== Plot 4: Derek Oduya ==\n"Forty years on this plot and Stoke till I die, whatever the table says."'),
]


@pytest.mark.parametrize("genre,text", FALSE_FRIENDS)
def test_work_for_a_club_and_others_words_are_no_support(genre, text):
    assert values("football_team", text, field="post") == set(), genre
