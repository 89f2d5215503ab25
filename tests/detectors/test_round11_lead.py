"""Issue 13, round eleven (lead): classes found on the round's blind corpora after their first scores were recorded.
A force as the teller of news ("Kent Police have warned"), a force set beside the writer's own ("can't speak for the
Met"), a force in a cloud of reach hashtags under a post whose words name another. New writing; none is taken from
an evaluation corpus."""

from __future__ import annotations

import pytest

from tests.detectors.helpers import values


@pytest.mark.parametrize("texts,want", [
    # the force's own statement, as a news item or a share
    (("Essex Police have warned drivers about a spate of mirror thefts on the A12. Check your dashcams.",
      "I'm a PCSO, ask me anything about the Dengie."), {"police"}),
    (("Gwent Police are appealing for witnesses after a fire at the allotments.",), set()),
    (("Cumbria Police said the road would stay shut overnight.",), set()),
    (("North Yorkshire Police is recruiting again, get your applications in.",), set()),
    # the writer's own: a statement about the writer, or belonging
    (("Over the moon: Dorset Police have confirmed my start date, PC Hollis from March!",), {"Dorset Police"}),
    (("I joined Suffolk Constabulary and said goodbye to the call centre for good.",), {"Suffolk Constabulary"}),
    (("Twelve years a PC with Wiltshire Police, and I still love it.",), {"Wiltshire Police"}),
])
def test_a_force_telling_news_is_not_the_writers_employer(texts, want):
    assert values("police_affiliation", *texts, field="post") == want


@pytest.mark.parametrize("text,want", [
    ("Unlike West Mercia we still get a meal break. Response PC with Warwickshire Police since 2016.",
     {"Warwickshire Police"}),
    ("Can't speak for Merseyside but our lot in Cheshire Constabulary are short of drivers. PC, 9 years.",
     {"Cheshire Constabulary"}),
    ("Nights are busier than the Met, honestly. Sergeant with Bedfordshire Police.", {"Bedfordshire Police"}),
])
def test_a_force_the_writer_compares_theirs_with_is_not_theirs(text, want):
    assert values("police_affiliation", text, field="post") == want


def test_a_reach_hashtag_for_another_force_gives_way_to_the_force_the_words_name():
    bio = "Special constable with Devon and Cornwall Police 🚔 volunteer, dad, surfer"
    post = "When the public spot you off duty in Lidl 😂 #policeuk #metpolice #fyp #specials"
    assert values("police_affiliation", bio, post) == {"Devon and Cornwall Police"}


def test_a_hashtag_alone_still_names_the_force():
    assert values("police_affiliation", "Nights again. Love this job really #metpolice #response", field="post") \
        == {"Metropolitan Police Service"}


@pytest.mark.parametrize("text,want", [
    ("Hiya, I'm Gethin. Born and bred in the valleys, mad about rugby.", set()),
    ("Call me Rosie. Born and raised by the sea, which explains the hair.", set()),
    ("Treharris born and bred, Cardiff these days.", {"Treharris"}),
])
def test_a_name_ending_the_sentence_before_born_and_bred_is_not_the_birthplace(text, want):
    assert values("birthplace", text) == want


@pytest.mark.parametrize("text,want", [
    ("Cofi through and through, Caernarfon castle is my happy place", {"Caernarfon"}),
    # (not "Cardi": a cardigan as often as a Cardiganshire native)
    ("Cold out, bring a cardi. Swansea Bay 10k done!", set()),
])
def test_welsh_demonyms_name_the_birthplace(text, want):
    assert values("birthplace", text) == want


def test_a_heading_with_a_squad_or_list_number_names_its_person():
    from footprint.detect import detect
    from footprint.facts import Facts
    from tests.detectors.helpers import page

    squad = page("Meet the squad",
                 ("#3 TOMASZ NOWAK", "#3 TOMASZ NOWAK"), ("#3 TOMASZ NOWAK", "Supports: Hull City, obviously"),
                 ("#3 TOMASZ NOWAK", "Lives: Hessle"),
                 ("#8 RHYS PRICE", "#8 RHYS PRICE"), ("#8 RHYS PRICE", "Supports: Cardiff City since I could walk"),
                 ("#8 RHYS PRICE", "Lives: Penarth with my partner Eli"),
                 ("12. Dom Ferris", "12. Dom Ferris"), ("12. Dom Ferris", "Supports: Grimsby Town"),
                 ("12. Dom Ferris", "Lives: Cleethorpes"))
    found = {(f.category, f.value) for f in detect(squad, Facts(full_name="Rhys Price"))}
    assert found == {("football_team", "Cardiff City"), ("home_location", "Penarth"), ("family", "partner: Eli")}


def _alumni(url: str):
    from footprint.models import Profile

    profile = Profile(url=url, platform="website")
    for text in ("Class notes: where are they now?",
                 "Harriet Vance (Law, 2009)", "Harriet is a partner at a firm in Chester and supports Wrexham.",
                 "Owen Bellamy (History, 2011)", "Owen joined Gwent Police in 2013 and lives in Abergavenny.",
                 "Sadia Rahman (Criminology, 2014)",
                 "Sadia is a detective constable with Dyfed-Powys Police. She lives in Llandeilo with her wife Bethan."):
        profile.add(text, "page")
    return profile


@pytest.mark.parametrize("url,want", [
    ("https://alumni.example.ac.uk/notes/2025/#sadia-rahman",
     {("police_affiliation", "Dyfed-Powys Police"), ("home_location", "Llandeilo"), ("family", "wife: Bethan")}),
    ("https://alumni.example.ac.uk/notes/2025/#owen_bellamy",
     {("police_affiliation", "Gwent Police"), ("home_location", "Abergavenny")}),
])
def test_a_page_of_people_opened_at_ones_anchor_is_theirs(url, want):
    from footprint.detect import detect

    assert {(f.category, f.value) for f in detect(_alumni(url))} == want


def test_an_anchor_that_names_no_one_leaves_the_page_as_it_was():
    from footprint.detect import detect

    plain = {(f.category, f.value) for f in detect(_alumni("https://alumni.example.ac.uk/notes/2025/"))}
    assert {(f.category, f.value) for f in detect(_alumni("https://alumni.example.ac.uk/notes/2025/#top-of-page"))} \
        == plain


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_he_or_she_with_either_apostrophe_is_the_owner_in_their_section(apostrophe):
    from footprint.detect import detect
    from footprint.facts import Facts
    from tests.detectors.helpers import page

    coaches = page("Our coaches", ("Lorna Pike", "Lorna Pike"), ("Lorna Pike", "Lorna is a physio in Ripon."),
                   ("Emlyn Rowe", "Emlyn Rowe"),
                   ("Emlyn Rowe", f"Emlyn learned to box at 12 with his uncle. These days he{apostrophe}s a custody "
                                  "sergeant with Cleveland Police, so he knows shift work."))
    assert {f.value for f in detect(coaches, Facts(full_name="Emlyn Rowe"))
            if f.category == "police_affiliation"} == {"Cleveland Police"}


@pytest.mark.parametrize("text,date,want", [
    ("Ride ends at Tenby harbour on Saturday 18th July, which happens to be my 40th birthday!", None, {"--07-18"}),
    ("Recorded on 2nd March 2024, which was also my 30th, hence the balloons.", None, {"1994-03-02"}),
    ("Curry night is Friday 6th November. That's my 50th, so you'd better come.", "2026-10-20", {"1976-11-06"}),
    # not the writer's, or not a birthday
    ("The christening is on 4th June, which is my sister's 30th too.", None, set()),
    ("Finals are on 2nd May, which is my 3rd attempt at this exam.", None, set()),
])
def test_a_date_the_words_after_it_make_my_birthday(text, date, want):
    assert values("date_of_birth", text, field="post", date=date) == want


@pytest.mark.parametrize("text,want", [
    ("Dog walker, tea drinker | Bakewell, Derbys | views my own", {"Bakewell"}),
    ("Ex-forces. Tring, Herts 🌳", {"Tring"}),
    # a county by its short form gives way to the town, as by its name; pinned alone, it is the home given
    ("Call handler 🎧 Lincs | Imps fan | now Sleaford way", {"Sleaford"}),
    ("Wilts 📍", {"Wilts"}),
])
def test_a_county_by_its_short_form_is_a_county(text, want):
    assert values("home_location", text) == want


def test_a_county_by_its_short_form_names_a_birthplace():
    assert values("birthplace", "Yorks lass in exile, Bristol these days") == {"Yorks"}


@pytest.mark.parametrize("text,want", [
    ("Our window cleaner Rhodri is a gem. He's 07700 900246, say the flat with the bikes sent you.", set()),
    ("Ask for Bronwen at the farm shop, she's 07700 900358 and does deliveries.", set()),
    ("Discount code TILLY10, or call their team on 020 7946 0412.", set()),
    ("Ring his office on 01632 960331 before noon.", set()),
    # the writer's own
    ("I'm 07700 900519 if the gate is locked.", {"+447700900519"}),
    ("New number, it's 07700 900624 now, old one's dead.", {"+447700900624"}),
])
def test_a_number_given_after_he_s_or_their_team_is_theirs(text, want):
    assert values("phone_number", text, field="comment") == want
