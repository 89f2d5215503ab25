"""Issue 13, family names with no relation word beside them: every first name in the owner's words that is not
theirs and that no rule read is a candidate with named features (footprint/detect/family.py, name_candidates),
reported as a relative when the weights fitted from the labelled corpora (footprint/data/namefit_weights.json)
accept it. Every sentence is new writing across genres (none is taken from an evaluation corpus)."""

from __future__ import annotations

import pytest

from footprint.detect import detect
from footprint.detect.base import load_data
from footprint.detect.family import NAMED, FamilyDetector, name_candidates
from footprint.facts import Facts
from footprint.models import Profile
from tests.detectors.helpers import values

NAMES = [
    ("chat", "Jonah is 8 now and beats me at chess", {"relative: Jonah"}),
    ("chat", "Delphine is 10 today and I feel ancient", {"relative: Delphine"}),
    ("post", "Matilda is 6 now and reads better than me", {"relative: Matilda"}),
    ("caption", "me and Martha at the top of Snowdon xx", {"relative: Martha"}),
    ("caption", "Me and Rhodri on the prom, still going strong xx", {"relative: Rhodri"}),
    ("post", "Me and Ruben at the Christmas market x", {"relative: Ruben"}),
    ("post", "Me and Imogen doing the couch to 5k xx", {"relative: Imogen"}),
    ("chat", "Me and Bronwen, twelve years today xx", {"relative: Bronwen"}),
    ("for-sale post", "Bought for our two, Harriet (7) and Seth (4), barely used",
     {"relative: Harriet", "relative: Seth"}),
    ("newsletter", "Taxi for our three: Ffion (12), Osian (9) and Cynan (5)", {"relative: Ffion", "relative: Osian"}),
    # nothing says Ben is a colleague or a mate: the corpora read "X and I" at home as a partner far more often
    ("chat", "Ben and I moved the piano upstairs", {"relative: Ben"}),
    # a wording rule's finding is kept as it was, named by its relation
    ("bio", "Dad of two: Arthur (6) and Hugo (3)", {"child: Arthur", "child: Hugo"}),
]


@pytest.mark.parametrize("genre,text,found", NAMES)
def test_a_name_the_words_around_make_a_relative(genre, text, found):
    assert values("family", text, field="post") == found, genre


FALSE_FRIENDS = [
    ("CV", "Worked alongside Priya Sandhu on the rota project at the depot"),
    ("newsletter", "Thanks to Coach Darren for the extra sessions"),
    ("post", "Walked Biscuit round the reservoir, muddy paws everywhere"),
    ("chat", "Off to Florence in May for the conference"),
    ("bio", "Photos by @harriet.lens, editing by me"),
    ("post", "Welcome to the team, Hamish! Our new sergeant starts Monday"),
    ("for-sale post", "Signed Alan Shearer shirt, collection only"),
    ("caption", "With the legend that is Sir Geoff at the club dinner"),
    ("post", "Cracking session with my mate Dougie and the lads"),
    ("chat", "Ben and I moved the piano upstairs for a client"),
]


@pytest.mark.parametrize("genre,text", FALSE_FRIENDS)
def test_a_name_the_words_make_no_relative_is_not_reported(genre, text):
    assert values("family", text, field="post") == set(), genre


def _features(text: str, field: str = "post") -> dict[str, list[str]]:
    profile = Profile(url="https://profile.example/", platform="website")
    profile.add(text, field)
    facts = Facts.from_dict({"full_name": "Morag Test"})
    ruled = FamilyDetector().ruled(profile, facts)
    return {c.hit.value: sorted(c.features) for c in name_candidates(profile, facts, ruled)}


def test_the_candidate_step_names_the_features_of_each_name():
    assert _features("Me and Rhodri on the prom, still going strong xx") == {
        "relative: Rhodri": ["kind:post", "kiss", "me", "me_and"]}
    # (a name footprint/data/first_names.txt does not hold, "Cynan", is no candidate)
    assert _features("Taxi for our three: Ffion (12), Osian (9) and Cynan (5)") == {
        "relative: Ffion": ["age", "count", "kind:post", "we"],
        "relative: Osian": ["age", "count", "kind:post", "we"]}
    assert _features("Worked alongside Priya Sandhu on the rota project at the depot", "experience") == {
        "relative: Priya": ["kind:about", "surname", "with", "work"]}
    # the owner's own name is never a candidate; a title before a name and the article before a word are features
    assert _features("Morag here. Thanks to Coach Darren, and the Willow team", "bio") == {
        "relative: Darren": ["kind:bio", "thanks", "title_before", "work"],
        "relative: Willow": ["article_before", "kind:bio", "thanks", "work"]}


def test_a_name_a_rule_read_is_no_candidate():
    assert _features("Dad of two: Arthur (6) and Hugo (3)") == {}


def test_a_fitted_name_is_less_sure_than_a_rule():
    profile = Profile(url="https://profile.example/", platform="website")
    profile.add("Jonah is 8 now and beats me at chess", "post")
    found = [f for f in detect(profile) if f.category == "family"]
    assert [(f.value, f.reason) for f in found] == [("relative: Jonah", NAMED)]
    assert 0.5 <= found[0].confidence <= 0.6


def test_the_weights_say_how_to_make_them_again():
    data = load_data("namefit_weights.json")
    assert "tools/fit_namefit.py" in data["_about"]
    assert "leave-one-corpus-out" in data["_fitted"]
