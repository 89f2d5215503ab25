"""What others say of the user by their full name, on a page where many people write, is exposed as much as
what the user says: a host's introduction, a comment's congratulations. Written for these tests."""

from __future__ import annotations

import pytest

from footprint.detect import detect, said_of_owner
from footprint.facts import Facts
from footprint.models import Profile

FACTS = Facts(full_name="Nadia Kowalczyk")


def _page(*posts: tuple[str, str]) -> Profile:
    """A thread the user posts in as nadia_k: everyone else's posts are theirs, not the user's."""
    profile = Profile(url="https://forum.example/t/77", platform="website")
    for author, text in posts:
        profile.add(text, "post", author=author, date="2026-06-02")
    profile.owner = "nadia_k"
    profile.blocks = profile.owners_blocks("nadia_k")
    return profile


def _found(profile: Profile, category: str) -> set[str]:
    return {f.value for f in detect(profile, FACTS) if f.category == category}


@pytest.mark.parametrize("said,category,value", [
    ("Our guest this week is PC Nadia Kowalczyk from Merseyside Police, on twenty years of nights.", "police_affiliation",
     "Merseyside Police"),
    ("Massive congratulations to nadia kowalczyk, twenty years with Cumbria Constabulary this week!",
     "police_affiliation", "Cumbria Constabulary"),
    ("Cake in the canteen at 3, Nadia Kowalczyk is 40 today 🎂", "date_of_birth", "1986-06-02"),
])
def test_another_persons_sentence_naming_the_user_exposes_the_user(said, category, value):
    profile = _page(("nadia_k", "Thanks all, see you Saturday"), ("Gav", said))
    assert _found(profile, category) == {value}


@pytest.mark.parametrize("said", [
    "PC Dan Whitby from Merseyside Police joins us next week.",        # someone else, by name
    "Nadia's mate from Cumbria Constabulary was there too.",           # the first name alone is not enough
    "Ask Nadia Kowalczyk-Briggs, she's with Cumbria Constabulary.",    # a longer name is another person
])
def test_a_sentence_that_does_not_name_the_user_stays_the_writers(said):
    profile = _page(("nadia_k", "Thanks all, see you Saturday"), ("Gav", said))
    assert _found(profile, "police_affiliation") == set()


def test_only_the_sentence_naming_the_user_is_taken():
    profile = _page(("Gav", "I'm with Lancashire Police myself. Our guest is Nadia Kowalczyk, a DS in Kent Police."))
    blocks = said_of_owner(profile, "Nadia Kowalczyk").blocks
    assert [(b.text, b.own, b.author, b.label) for b in blocks[1:]] == [
        ("Our guest is Nadia Kowalczyk, a DS in Kent Police.", True, "nadia_k", "said of you")]
    assert said_of_owner(profile, "Nadia").blocks == profile.blocks          # one word names nobody for sure
    one_voice = Profile(url="https://nadia.example/", platform="website")
    one_voice.add("Nadia Kowalczyk is a DS in Kent Police.", "bio")
    assert said_of_owner(one_voice, "Nadia Kowalczyk") is one_voice          # nothing to add on a one-voice page


@pytest.mark.parametrize("text,found", [
    ("Gaz joined Kent Police in 2009 and has run every parkrun since.", {"Kent Police"}),   # Gareth, as friends write
    ("Gareth joined Kent Police in 2009.", {"Kent Police"}),
    ("Bill joined Kent Police in 2009.", set()),                                            # someone else
])
def test_the_user_is_known_by_the_short_form_of_their_first_name(text, found):
    profile = Profile(url="https://club.example/news", platform="website")
    profile.add(text, "post")
    assert {f.value for f in detect(profile, Facts(full_name="Gareth Lund")) if f.category == "police_affiliation"} \
        == found
