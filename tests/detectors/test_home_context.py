"""Issue 13, home by weighed context: when no wording rule names a home, every known place the owner names
is weighed by the words around it (footprint/data/home_context.json). Every sentence is new writing across
genres (none is taken from an evaluation corpus)."""

from __future__ import annotations

import pytest

from footprint.detect import detect
from footprint.detect.places import WEIGHED
from footprint.models import Profile
from tests.detectors.helpers import values

HOMES = [
    ("for-sale post", "Solid oak bookcase, a bit scuffed. Collection from Ashby Road, Loughborough.", "Loughborough"),
    ("for-sale post", "Kids' bike outgrown, £20, pick up from Morpeth or I can drop nearby.", "Morpeth"),
    ("chat", "honestly Frome has been home for ages now, can't picture anywhere else", "Frome"),
    ("chat", "we're all settled in Brecon and the dog loves the river", "Brecon"),
    ("caption", "Another grey morning at our muddy little cottage out near Alnwick", "Alnwick"),
    ("caption", "Sunrise over the roofs of our terrace, Todmorden these days", "Todmorden"),
    ("about page", "I potter about a small flat over a bakery in Ludlow with two cats and too many books.",
     "Ludlow"),
    ("about page", "Our house is a creaky semi in Dunstable and the kettle is always on.", "Dunstable"),
    ("CV", "Based near Tewkesbury; happy to travel across the region.", "Tewkesbury"),
    ("newsletter", "The allotment round ours in Wrexham finally gave us a courgette glut.", "Wrexham"),
    ("reddit", "Only 10 mins away from us in Bicester, the new bakery does decent sourdough.", "Bicester"),
    ("forum post", "Round here in Skipton we never lock the shed, which is how mine got emptied.", "Skipton"),
    ("bio", "Knitting, hills and tea. Our front door opens onto the Chesterfield canal towpath.", "Chesterfield"),
]


@pytest.mark.parametrize("genre,text,place", HOMES)
def test_the_words_around_a_place_make_it_home(genre, text, place):
    assert values("home_location", text, field="post") == {place}, genre


FALSE_FRIENDS = [
    ("chat", "we grew up in a tiny house in Selby but nobody in my family lives there now"),
    ("caption", "Rain every day at the cottage near Keswick we'd booked for the weekend, loved it"),
    ("chat", "Mum's house in Barnstaple is getting a new roof now, finally"),
    ("for-sale post", "Tickets for the Wigan match on Saturday, pick up from the club shop"),
    ("newsletter", "Our stag weekend in Newquay: home by Monday with all ten lads intact."),
    ("caption", "Night shift at the station in Grantham again, home at eight if I'm lucky"),
    ("reddit", "My friend just bought a house in Corby now that prices dipped"),
    ("CV", "Was based in Swindon for three years before moving abroad."),
    ("about page", "A holiday flat in Tenby we rent each August feels like home for a fortnight."),
    ("chat", "heading to Stafford for the conference now, home tomorrow"),
    ("blog", "Used to have a flat in Hartlepool, back then the rent was nothing."),
    ("caption", "Her new cottage near Ripon is gorgeous, we visited on Sunday"),
    ("chat", "home game at Burnley tonight, we're all set with flasks now"),
    ("care blog", "Night carer at a care home near Penrith, home by nine most days"),
    ("about page", "Our house is never quiet now I'm a call handler for Cumbria Constabulary"),
]


def test_the_town_moved_from_is_not_the_one_lived_in():
    assert values("home_location", "Ely has been home for years now, moved over from Bedford when the rent went up",
                  field="post") == {"Ely"}


@pytest.mark.parametrize("genre,text", FALSE_FRIENDS)
def test_a_place_weighed_against_is_not_home(genre, text):
    assert values("home_location", text, field="post") == set(), genre


def test_a_weighed_home_is_less_sure_than_a_rule_and_only_a_fallback():
    profile = Profile(url="https://profile.example/", platform="website")
    profile.add("honestly Frome has been home for ages now", "post")
    found = [(f.value, f.confidence) for f in detect(profile) if f.category == "home_location"]
    assert found == [("Frome", 0.55)]
    ruled = Profile(url="https://profile.example/", platform="website")
    ruled.add("I live in Yeovil.", "bio")
    ruled.add("honestly Frome has been home for ages now", "post")
    assert {f.value for f in detect(ruled) if f.category == "home_location"} == {"Yeovil"}
    assert WEIGHED
