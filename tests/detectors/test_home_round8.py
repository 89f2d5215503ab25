"""Issue 13, round eight, home location: the word classes added to the fitted candidate step (sale wording that names
the seller's own town and a postcode district beside it, 'X-ish', delivery and future moves, someone else's home
or quoted words, a far distance) and the wording rules widened ('has been home', 'twenty-odd years', 'X living', a
house number not read as an age, a subject borrowed from another person). Every sentence is new writing across
genres, none taken from an evaluation corpus."""

from __future__ import annotations

import pytest

from tests.detectors.helpers import values

HOMES = [
    ("for-sale post", "Bike rack, barely used. Collection from Mexborough S64 any evening.", "Mexborough"),
    ("for-sale post", "Pick up only, Hemsworth WF9, cash please", "Hemsworth"),
    ("for-sale post", "Posts from Morpeth, or collection from Morpeth NE61 by arrangement.", "Morpeth"),
    ("bio", "Potter and parkrunner, Dorking-ish", "Dorking"),
    ("chat", "we're Ilkley-ish so it's no bother to swing by with the ladder", "Ilkley"),
    ("CV", "I've been in Grantham twenty-odd years and know the patch well.", "Grantham"),
    ("about page", "Wetherby has been home for nearly a decade, and the allotment is my pride.", "Wetherby"),
    ("bio", "Hackney raised, Walthamstow living.", "Walthamstow"),
    # "at 9" is the house number, not an age
    ("newsletter", "Drop the entry forms through my door at 9 Bramble Close, any evening.", "9 Bramble Close"),
    ("newsletter", "Raffle tickets can be collected from me in Bingley (BD16) before the fair.", "Bingley"),
    ("caption", "Frost on the allotment this morning, our little patch just outside Ledbury", "Ledbury"),
    pytest.param("forum", "We split our time between Penrith and the narrowboat these days.", "Penrith",
                 marks=pytest.mark.xfail(strict=True, reason="shared wording ('split our time between') is a class "
                                         "the corpora show too seldom for its weight to carry a place alone")),
]


@pytest.mark.parametrize("genre,text,place", HOMES)
def test_round_eight_wordings_make_home(genre, text, place):
    # a bio is read as a bio (the fitted weights know its kind of block), everything else as a post
    assert values("home_location", text, field="bio" if genre == "bio" else "post") == {place}, genre


FALSE_FRIENDS = [
    ("forum", "My in-laws are great but live in Portugal most of the year."),
    ("forum", "Grandparents are retired and live in Paphos now"),
    ("chat", "my sister's just moved to Whitstable and loves it"),
    ("chat", "Her brother's been in Truro for years, loves it."),
    ("chat", "he says he's off to Aviemore next week"),
    ("for-sale post", "Can deliver to Wombwell for a small fee, or drop off Darfield way"),
    ("chat", "we're moving to Carlisle next month, eek"),
    ("caption", "Overheard on the bus: “my flat on Kingsley Road is freezing”"),
    ("chat", "We're about three hours drive from Tenby so not this time"),
    ("CV", "Managed the depot in Doncaster DN4 from 2016 to 2019."),
    ("bio", "Bristol living room makeovers | interiors and upcycling"),
    ("newsletter", "Their cottage on Larch Lane is open for the garden trail."),
]


@pytest.mark.parametrize("genre,text", FALSE_FRIENDS)
def test_round_eight_false_friends_are_no_home(genre, text):
    assert values("home_location", text, field="bio" if genre == "bio" else "post") == set(), genre


def test_the_new_features_are_named():
    from tests.detectors.test_home_fit import _features

    # (round nine: a seller's town with its district after "collection from" is a rule's finding, hence "rule")
    assert _features("Bike rack, barely used. Collection from Mexborough S64 any evening.") == {
        "Mexborough": ["after:district", "before:from", "kind:post", "rule", "sale", "type:town", "whose:self"]}
    assert _features("Potter and parkrunner, Dorking-ish") == {
        "Dorking": ["after:ish", "kind:post", "shared", "type:town", "whose:self"]}
    assert _features("her new flat on Poplar Avenue has a lovely view") == {
        "Poplar Avenue": ["before:on", "kind:post", "res", "theirs", "third", "type:street", "whose:self"]}
    # the bare preposition before the place is its before: feature, not the class of "near us", "round here"
    assert _features("Overheard: “our house near Selby is freezing” she said") == {
        "Selby": ["before:near", "kind:post", "me", "quoted", "res", "say", "third", "type:town", "whose:self"]}
    assert _features("Saturday 12 May · Hollin Barn, near Ludlow") == {
        "Ludlow": ["before:near", "kind:post", "type:town", "whose:self"]}
