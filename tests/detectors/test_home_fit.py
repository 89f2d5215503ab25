"""Issue 13, home by fitted context weights: every place the owner's sentences name near a residence word is a
candidate with named features (footprint/detect/places.py, home_candidates), and one no rule found is reported
when the weights fitted from the labelled corpora (footprint/data/homefit_weights.json) accept it. Every
sentence is new writing across genres (none is taken from an evaluation corpus)."""

from __future__ import annotations

import pytest

from footprint.detect import detect
from footprint.detect.base import load_data
from footprint.detect.places import FITTED, HomeLocationDetector, home_candidates
from footprint.facts import Facts
from footprint.models import Profile
from tests.detectors.helpers import values

HOMES = [
    # an expected failure in round seven ('They', the chairs, read as another person); found since the round-eight
    # refit, whose weights give 'whose:other' less weight than 'near' and 'res' together
    ("for-sale post", "Free to a good home: two garden chairs. They're sitting outside ours in Kidsgrove, just knock.",
     "Kidsgrove"),
    ("chat", "we're the end house on Larkspur Lane, the one with the wonky gate", "Larkspur Lane"),
    ("chat", "I'm just outside Frodsham so can easily grab the keys on my way", "Frodsham"),
    ("bio", "Baker, cyclist, dog wrangler | now Kendal way", "Kendal"),
    ("caption", "Frost on the allotment at the bottom of Heron Close this morning, our little patch", "Heron Close"),
    ("newsletter", "Our house backs onto the green at the top of Millbrook Avenue, so do pop in for the plant swap.",
     "Millbrook Avenue"),
    ("about page", "We keep bees on a smallholding just outside Leominster and sell the honey at the gate.",
     "Leominster"),
    ("chat", "Parcel for number 12? Leave it with us, we're at the top of Sycamore Drive", "Sycamore Drive"),
    ("CV", "Located just outside Buxton, Derbyshire. Happy to commute.", "Buxton"),
    # found by a wording rule, kept whatever the weights say
    ("chat", "only ten minutes away from me in Stone, I'll bring the ladder round", "Stone"),
    ("bio", "Knitter and nurse, living near Garstang with two lurchers", "Garstang"),
    ("newsletter", "Drop the raffle prizes at my house on Juniper Crescent any evening this week.", "Juniper Crescent"),
    ("caption", "Home sweet home, our cottage just outside Settle", "Settle"),
]


@pytest.mark.parametrize("genre,text,place", HOMES)
def test_the_words_around_a_place_make_it_home(genre, text, place):
    assert values("home_location", text, field="post") == {place}, genre


FALSE_FRIENDS = [
    ("chat", "we used to be at the bottom of Wren Close until the landlord sold up"),
    ("caption", "Cracking day out at the seaside in Filey, home now and shattered"),
    ("for-sale post", "Tickets for the Rotherham game Saturday, collection from the ground"),
    ("CV", "Worked at the depot on Canal Road, Castleford, 2015-2019."),
    ("newsletter", "The Christmas fair is at the scout hut on Ferndale Drive, all welcome."),
    ("chat", "my nan's house near Stanley is being sold, gutted"),
    ("bio", "Born near Kirkham, raised on chips and gravy"),
    ("chat", "her new flat on Poplar Avenue has a lovely view"),
    ("about page", "My brother lives just outside Retford with his two boys."),
    ("chat", "heading to the hotel in Matlock for the wedding tonight"),
    ("CV", "Based at the regional office in Telford, covering the West Midlands."),
    # travel words are rare beside the corpora's candidates: the prior in home_features.json keeps them against
    ("caption", "Booked a cottage near Bamburgh for half term, can't wait"),
]


@pytest.mark.parametrize("genre,text", FALSE_FRIENDS)
def test_a_place_the_words_make_no_home_is_not_reported(genre, text):
    assert values("home_location", text, field="post") == set(), genre


def _features(text: str) -> dict[str, list[str]]:
    profile = Profile(url="https://profile.example/", platform="website")
    profile.add(text, "post")
    ruled = HomeLocationDetector().ruled(profile, Facts())
    return {c.hit.value: sorted(c.features) for c in home_candidates(profile, ruled)}


def test_the_candidate_step_names_the_features_of_each_place():
    assert _features("we're the end house on Larkspur Lane, the one with the wonky gate") == {
        "Larkspur Lane": ["before:on", "kind:post", "me", "res", "type:street", "whose:self"]}
    assert _features("My brother lives just outside Retford with his two boys.") == {
        "Retford": ["before:outside", "kin", "kind:post", "live", "me", "near", "third", "type:town", "whose:other"]}
    # "home now" is the next clause's: only the words of the place's own clause count
    assert _features("Cracking day out at the seaside in Filey, home now and shattered") == {
        "Filey": ["before:in", "kind:post", "travel", "type:town", "whose:self"]}


def test_a_title_place_is_a_candidate_only_when_the_prose_holds_a_cue():
    """The prose's cue may be in a block that names no place (the step looks no further into such a block)."""
    def features(post: str) -> dict[str, list[str]]:
        profile = Profile(url="https://profile.example/", platform="website")
        profile.add("Bakes and walks in Retford", "title")
        profile.add(post, "post")
        return {c.hit.value: sorted(c.features) for c in home_candidates(profile, HomeLocationDetector().ruled(
            profile, Facts()))}

    assert features("We live just round the corner from the park, so the dog is spoilt") == {
        "Retford": ["before:in", "kind:meta", "type:town", "whose:self"]}
    assert features("The dog is spoilt rotten by everyone at the park") == {}


def test_a_rule_finding_is_a_candidate_marked_rule():
    assert _features("I live in Yeovil, though the office is in Taunton.") == {
        "Yeovil": ["before:in", "kind:post", "live", "me", "rule", "type:town", "whose:self"],
        "Taunton": ["before:in", "kind:post", "page_rule", "type:town", "whose:other", "work"]}


def test_a_fitted_home_is_less_sure_than_a_rule():
    profile = Profile(url="https://profile.example/", platform="website")
    profile.add("I'm just outside Frodsham so can easily grab the keys on my way", "post")
    found = [f for f in detect(profile) if f.category == "home_location"]
    assert [(f.value, f.reason) for f in found] == [("Frodsham", FITTED)]
    assert 0.5 <= found[0].confidence < 0.65


def test_the_weights_say_how_to_make_them_again():
    data = load_data("homefit_weights.json")
    assert "tools/fit_homefit.py" in data["_about"]
    assert "leave-one-corpus-out" in data["_fitted"]
