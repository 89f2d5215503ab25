"""Issue 13, round eight: family names at the threshold leave-one-corpus-out chooses, with the features that say whose
a name is (someone else's relative, the holder of a relative, the writer's own name, a grown-up's age, a phrase that
names no relative, work, neighbours, a team, the telly). Every sentence is new writing across genres, through the
detector; none is taken from an evaluation corpus."""

from __future__ import annotations

import pytest

from footprint.detect.family import FamilyDetector, name_candidates
from footprint.facts import Facts
from footprint.models import Profile
from tests.detectors.helpers import values

FIELD = {"bio": "bio", "caption": "caption"}

RELATIVES = [
    ("caption", "Me and Hannah at the harvest festival xx", {"relative: Hannah"}),
    ("chat", "Jacob is 12 now and taller than me", {"relative: Jacob"}),
    ("chat", "Edward turns 3 on Sunday, send cake", {"relative: Edward"}),
    ("caption", "Me and Rebecca on the ferry to Arran xx", {"relative: Rebecca"}),
    ("forum", "Martha and I are painting the nursery this weekend", {"relative: Martha"}),
    ("newsletter", "Our two, Elsie (9) and Stanley (6), made the scarecrow", {"relative: Elsie", "relative: Stanley"}),
    ("for-sale post", "Outgrown by our three, Mabel (8), Toby (5) and Ivy (2), collection from Rhyl",
     {"relative: Mabel", "relative: Toby", "relative: Ivy"}),
    ("chat", "With Lucas (4) at the farm park, he loved the goats", {"relative: Lucas"}),
    ("chat", "Frankie and I, fifteen years today and still laughing x", {"relative: Frankie"}),
    # the writer's brother's child: a relative, though not the writer's child
    ("forum", "My brother has a little one, Ada (3), and my dad adores her", {"brother", "father", "relative: Ada"}),
]


@pytest.mark.parametrize("genre,text,found", RELATIVES)
def test_a_name_the_words_make_a_relative(genre, text, found):
    assert values("family", text, field=FIELD.get(genre, "post")) == found, genre


NOT_RELATIVES = [
    ("chat", "Me and Roisin's husband fixed the fence"),                           # Roisin has the husband
    ("CV", "I'm Tegan, a payroll officer with six years in local government"),     # the writer's own name
    ("chat", "Watched Tom and Jerry with a brew all afternoon"),                   # the telly
    ("forum", "Finished the spreadsheet with Imogen from accounts before the deadline"),   # work
    ("chat", "Delyth from next door fed the cats while we were away"),             # a neighbour
    ("for-sale post", "Desk chair, used by Hector (24) in his student flat, collection only"),   # a grown-up
    ("newsletter", "Well done to Anwen in my class for her reading badge"),        # a pupil
    ("newsletter", "My neighbour's lad Brandon (10) won the colouring contest"),   # someone else's child
    ("bio", "Uncle Sam's Diner in Cardiff Bay does proper milkshakes"),            # a phrase that names no relative
    ("caption", "Our U12s keeper Logan (11) saved two penalties"),                 # a youth team
    ("forum", "Callum and I taught the year 9s about online safety"),              # a colleague
]


@pytest.mark.parametrize("genre,text", NOT_RELATIVES)
def test_a_name_the_words_make_no_relative(genre, text):
    assert values("family", text, field=FIELD.get(genre, "post")) == set(), genre


def _features(text: str) -> dict[str, list[str]]:
    profile = Profile(url="https://profile.example/", platform="website")
    profile.add(text, "post")
    facts = Facts.from_dict({"full_name": "Morag Test"})
    ruled = FamilyDetector().ruled(profile, facts)
    return {c.hit.value: sorted(c.features) for c in name_candidates(profile, facts, ruled)}


def test_the_features_that_say_whose_a_name_is():
    assert _features("Me and Roisin's husband fixed the fence") == {
        "relative: Roisin": ["kind:post", "me", "possessor", "rel:other_me", "work"]}
    assert _features("My neighbour's lad Brandon (10) won the colouring contest") == {
        "relative: Brandon": ["age", "kind:post", "me", "place", "rel:other_me", "rel_before", "rel_before:someone"]}
    assert _features("I'm Tegan, on the rota till May") == {"relative: Tegan": ["kind:post", "me", "self", "work"]}
    assert _features("Hector (24) and Ivy (2)") == {
        "relative: Hector": ["age_adult", "kind:post", "paren", "start"], "relative: Ivy": ["age", "kind:post"]}
    # a pair is one subject; a phrase that names no relative makes none of its words a cue
    assert _features("Esme and Clara won the race") == {
        "relative: Esme": ["kind:post", "pair", "start", "subject"], "relative: Clara": ["kind:post", "pair", "subject"]}
    assert _features("Me and Kit, married to the job") == {"relative: Kit": ["idiom", "kind:post", "me", "me_and"]}


SHORTHAND = [
    ("forum", "OH is on lates again so it's beans on toast for one", {"partner"}),
    ("forum", "MIL (72) is coming for Christmas and I've not even hoovered", {"mother-in-law"}),
    ("chat", "Off to see family for Sunday dinner. PILs are lovely but the drive is not", {"parents-in-law"}),
    ("forum", "My BIL says the match is a sell-out", {"brother-in-law"}),
    ("forum", "Phoned about the boiler and FIL was no help", {"father-in-law"}),
    # capitals that are something else
    ("chat", "OH MY GOD what a finish at the Vic", set()),
    ("forum", "DS Clarke took my statement on Friday", set()),          # a detective sergeant
    ("newsletter", "The results were in. DD are top of the league", set()),
    ("forum", "Filled in the SIL form for the grant", set()),
]


@pytest.mark.parametrize("genre,text,found", SHORTHAND)
def test_forum_shorthand_for_relatives_read_case_sensitively(genre, text, found):
    assert values("family", text, field=FIELD.get(genre, "post")) == found, genre
