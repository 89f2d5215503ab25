"""Family, round fifteen: a sentence that lists the writer's roles, a name in brackets after a parent's title,
names with accents, small children's ages in months and halves, and the partner a marriage names."""

import pytest

from footprint.detect import detect
from footprint.detect import family as F
from footprint.models import Profile
from tests.detectors.helpers import values


@pytest.mark.parametrize("text,expected", [
    # a sentence of short items opening with the writer's titles, after another sentence of the line
    ("Geordie lad in Bristol. Dad, husband, shocking darts player.", {"children", "spouse"}),
    ("Retired now. Grandad, gardener, Toon fan.", {"grandchildren"}),
    ("Scouser abroad. Mum, wife, netball umpire, tea drinker.", {"children", "spouse"}),
    # false friends: the writer speaking to a parent, a parent remembered, the writer's parents listed
    ("Long day. Dad, you were right about the boiler.", {"father"}),
    ("Lost my hero. Dad, forever missed.", {"father"}),
    ("We went to the coast. Mum, Dad, nan, the lot.", {"mother", "father"}),
])
def test_a_sentence_listing_the_writers_roles(text, expected):
    assert values("family", text, field="page") == expected


def test_a_marriage_the_writer_states_names_the_unnamed_spouse_of_the_bio():
    found = values("family", "Husband, dad, bad cook.", "Me and Anwen got married in 2011 and it still works",
                   field="page")
    assert "spouse" not in found and any(v.endswith(": Anwen") for v in found)


@pytest.mark.parametrize("text,expected", [
    ("Dad (Keith) still lives two streets away from the old pit.", {"father: Keith"}),
    ("Nan (Edie) turned 90 on Sunday and out-danced everyone", {"grandmother: Edie"}),
    ("My dad (Keith) still drives the minibus on Tuesdays.", {"father: Keith"}),   # a town's name in brackets too
    # not a name in the brackets
    ("Dad (1947-2020) went down the pit at fifteen", {"father"}),
    ("Mum (Leeds) and me (York) on the phone every night", {"mother"}),
    ("Grandad (Tuesdays) does the school run", {"grandfather"}),
])
def test_a_first_name_in_brackets_after_a_parents_title(text, expected):
    assert values("family", text, field="post") == expected


@pytest.mark.parametrize("text,expected", [
    ("Taking my brother Paweł to his first Posh game", {"brother: Paweł"}),
    ("Róisín and I got married in June, best day of my life", {"spouse: Róisín"}),
    ("Siân and I have been married twelve years today", {"spouse: Siân"}),
])
def test_names_with_accents_are_names(text, expected):
    assert values("family", text, field="post") == expected


@pytest.mark.parametrize("after,age", [
    (" (9 months!!) slept the whole way", "age"),
    (", 2½) who runs the house", "age"),
    (" (2 and three quarters as he tells everyone)", "age"),
    (" (18 months) walked today", "age"),
    (" (3 weeks old) asleep on me", "age"),
    (" (41) and Jo (39)", "age_adult"),
    (", 10 miles today", None),
    (", 2 and a half hours late again", None),
])
def test_a_small_childs_age_in_months_or_halves(after, age):
    text = "Tegan" + after
    found = F.name_features(text, 0, 5, [], [])
    assert (age in found) if age else not found & {"age", "age_adult"}


@pytest.mark.parametrize("text,expected", [
    # Scots "tae" and Welsh "i" for "to", "n" for "and"
    ("Greenock born. Da tae Fraser n Kirsty. Views ma ain", {"child: Fraser", "child: Kirsty"}),
    ("Mam i Gwen 👶 | Galw 999", {"child: Gwen"}),
    # the next item's title is no name of the list: "Husband to Sam, Dad to ..."
    ("Husband to Sam, Dad to Ivy n Otis", {"spouse: Sam", "child: Ivy", "child: Otis"}),
    ("Wife to Dev, Mum of Esme and Jude", {"spouse: Dev", "child: Esme", "child: Jude"}),
    # false friends: "I" is no Welsh "to"
    ("Mum I Love You", {"mother"}),
    ("Dad I miss you every day", {"father"}),
])
def test_a_title_to_names_in_the_uks_other_words(text, expected):
    assert values("family", text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Happy 21st cariad 🎂 love Mam xx", {"children"}),
    ("So proud of you today. Love, Dad", {"children"}),
    ("Lots of love, Nanna xx 💕", {"grandchildren"}),
    # false friends: a parent loved, a card from one, love from one in the middle of a sentence
    ("I love Dad so much", {"father"}),
    ("Card from Mum arrived today", {"mother"}),
    ("Went for a walk with love from Dad ringing in my ears", {"father"}),
])
def test_a_message_signed_with_a_parents_title_is_from_the_parent(text, expected):
    assert values("family", text, field="post") == expected


@pytest.mark.parametrize("text,expected", [
    ("my work wife Sal is off today, send help", set()),
    ("Big shout out to my work husband Dev for the brews", set()),
    ("Roy Keane is basically my dad at this point 😂", set()),
    ("My wife Sal works at the school", {"wife: Sal"}),
])
def test_a_work_wife_and_a_celebrity_dad_are_not_family(text, expected):
    assert values("family", text, field="post") == expected


@pytest.mark.parametrize("text,expected", [
    ("Grandad duty again: the swings, the ducks, the lot", set()),
    ("Nan duties all weekend, send biscuits", set()),
    ("Dad's on duty tonight so it's beans on toast", {"father"}),
])
def test_a_role_said_of_oneself(text, expected):
    assert values("family", text, field="post") == expected


@pytest.mark.parametrize("text,expected", [
    ("The grandkids (Isla and Cai) planted the spuds", {"grandchild: Isla", "grandchild: Cai"}),
    ("The lads (Dave and Kev from work) came round", set()),
])
def test_grandchildren_named_in_brackets(text, expected):
    assert values("family", text, field="post") == expected


@pytest.mark.parametrize("text,expected", [
    ("DD is 3, DS is 7 and mad on dinosaurs", {"daughter", "son"}),
    ("DS is 6 foot tall and DI Kaur isn't", set()),   # no forum words: a detective sergeant
])
def test_ds_with_a_bare_age_among_the_forums_other_shorthand(text, expected):
    assert values("family", text, field="post") == expected


def _found(bio: str, *posts: str) -> set[str]:
    p = Profile(url="https://social.example/@gwil", platform="mastodon")
    p.add(bio, "bio")
    for post in posts:
        p.add(post, "post")
    return {f.value for f in detect(p, None) if f.category == "family"}


def test_children_counted_in_the_bio_and_said_again_are_the_ones_named_with_ages():
    posts = ["Big plans for the loft. Tomos (9): wants a zip wire. Ivy (5): wants a treehouse. No.",
             "Finally ran cable upstairs. The kids' rooms get a port each.",
             "Tomos scored twice today and Ivy did the half-time oranges."]
    assert _found("Dad of two, husband-adjacent, shed dweller.", *posts) == {"child: Tomos", "child: Ivy"}
    # three counted, two given ages: the count stands
    assert "children (3)" in _found("Dad of three, shed dweller.", *posts)


@pytest.mark.parametrize("text,expected", [
    ("Cormac (10) and Clodagh (7) had the hose out again", {"relative: Cormac", "relative: Clodagh"}),
])
def test_irish_welsh_and_cornish_first_names_are_names(text, expected):
    assert expected <= _found("Shed dweller.", text, "Cormac and Clodagh are asleep at last")


@pytest.mark.parametrize("text,expected", [
    ("HAPPY BIRTHDAY TO MY GORGEOUS DAUGHTER LILY-MAE", {"daughter: Lily-Mae"}),
    ("SO PROUD OF MY SON JACK TODAY", {"son: Jack"}),
    ("WILL BE THERE AT 6 WITH MY WIFE", {"wife"}),
    ("GMP ARE RECRUITING AGAIN", set()),
])
def test_words_shouted_in_capitals_are_read_as_written(text, expected):
    assert values("family", text, field="post") == expected
