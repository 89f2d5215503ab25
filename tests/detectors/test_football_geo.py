"""Round eleven: which club a shared nickname means, told as a reader tells it, by the places the page names (the
writer's town, district, county, a demonym), and a fan named by the singular of the nickname ("a Jack"), a club's
colours or a heart right after its name. Every sentence is new writing (none is taken from an evaluation corpus)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from footprint.detect.geo import km, located, places_named
from tests.detectors.helpers import values

CLUBS = Path(__file__).resolve().parents[2] / "footprint" / "data" / "football_clubs.json"

FOUND = [
    # a nickname several clubs share, and the place the page names nearest one of them
    ("bio", ["Blues till I die 💙 | response sergeant | Solihull"], "Birmingham City"),
    ("page", ["Latics season ticket renewed for a twelfth year.", "Ashton-in-Makerfield, born and raised."],
     "Wigan Athletic"),
    ("bio", ["Dons season ticket holder since 2009. Proud Aberdonian."], "Aberdeen"),          # a demonym
    ("bio", ["Bluebirds till I die 💙 | Furness born and bred"], "Barrow"),                   # an area, by its seat
    ("bio", ["Bluenose 💙 | Maghull these days"], "Everton"),
    # a bare suffix: of two clubs of one city, the bigger; the town a page names
    ("comment", ["Lifelong City fan, two kids, one dog. Didsbury."], "Manchester City"),
    ("page", ["Town matches most Saturdays with my brother. We live just outside Holmfirth."], "Huddersfield Town"),
    ("bio", ["Barnsley born, Mold these days. Racecourse most Saturdays, up the Town!"], "Wrexham"),   # its fans' word
    # the singular a fan calls themself
    ("page", ["Being a Jack is hard work some seasons, but here we are again."], "Swansea City"),
    ("post", ["I'm a proud Hornet and I don't care who knows it."], "Watford"),
    ("bio", ["Bluebird since I was six 💙 | PCSO | Barry"], "Cardiff City"),
    ("bio", ["Blue since I was a nipper, Huyton born"], "Everton"),
    # the club's colours, or a heart, right after its name
    ("bio", ["Imps 🔴⚪ | allotment | nan of four"], "Lincoln City"),
    ("bio", ["EFC 💙 | school run, gym, repeat"], "Everton"),
]


@pytest.mark.parametrize("field,texts,club", FOUND)
def test_a_shared_nickname_is_the_club_nearest_the_places_the_page_names(field, texts, club):
    assert values("football_team", *texts, field=field) == {club}


NOTHING = [
    ("bio", ["Blues till I die 💙 | holidays in Cornwall every year"]),      # no club of the nickname near
    ("bio", ["City till I die. Born in Leicester, live in Manchester."]),    # two towns, two clubs: no telling
    ("page", ["Latics season ticket, tenth year.", "Off to Skegness for the week."]),
    ("bio", ["Got a Jack Russell called Biscuit."]),                          # a singular that starts a name
    ("post", ["What a Saint my neighbour is, she fed the cat all week."]),
    ("post", ["The bloke behind me in the queue is a Hornet, we still get on. Watford"]),   # another fan
    ("bio", ["Happily married to a Latic, somehow. Wigan"]),
    ("post", ["Jack is my youngest, he's nine."]),
    ("post", ["🦁🦁 roar on the girls tonight, Bermondsey born and bred"]),   # an emoji is not settled by a place
    ("bio", ["Leeds 💛 | nurse | mum of two"]),                               # a town loved, not its club
    ("bio", ["Roads policing. Blues & Twos and strong coffee. Salford."]),    # the lights and sirens
    ("post", ["Commiserations on the Hatters result, mate, there's always next week. Luton"]),   # consoling another
]


@pytest.mark.parametrize("field,texts", NOTHING)
def test_no_club_without_one_near_or_a_fans_word(field, texts):
    assert values("football_team", *texts, field=field) == set()


def test_where_places_are():
    assert located("Newcastle") == located("Newcastle upon Tyne")      # the everyday name, the bigger place
    assert km(located("Merseyside"), located("Liverpool")) < 1         # a county where its seat is
    assert km(located("Handsworth"), located("Birmingham")) < 1        # a district where its city is
    assert 40 < km(located("Manchester"), located("Liverpool")) < 60
    assert places_named("A proud Brummie, now in Ledbury") == [located("Birmingham"), located("Ledbury")]
    assert places_named("nothing here at all") == []
    assert located("Wales") is None and located("North West") is None   # not the villages of those names


def test_every_club_has_a_town_the_gazetteer_places():
    data = json.loads(CLUBS.read_text(encoding="utf-8"))
    assert [c["name"] for c in data["clubs"] if located(c["town"]) is None] == []
    assert {c["competition"] for c in data["clubs"]} <= set(data["competition_tiers"])
