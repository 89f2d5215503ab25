"""Police affiliation: forces, roles, hashtags and phrases; false friends and the public."""

import pytest

from tests.detectors.helpers import values

# (text, expected values): the force's canonical name where one is named, else "police".
LINKED = [
    ("PCSO with Cheshire Constabulary 💙", {"Cheshire Constabulary"}),
    ("DS in CID, Lancashire Constabulary", {"Lancashire Constabulary"}),
    ("Special constable in my spare time", {"police"}),
    ("Collar number 2231 reporting for duty", {"police"}),
    ("PC 1187 | mum | runner", {"police"}),
    ("#PoliceFamily #BlueLightFamily", {"police"}),
    ("Thin blue line 💙🖤", {"police"}),
    ("Proud police wife, he's on nights again", {"police"}),
    ("999 call handler for Merseyside Police", {"Merseyside Police"}),
    ("Tutor constable, nights this week", {"police"}),
    ("Follow @gmpolice for updates from my team", {"Greater Manchester Police"}),
    ("Twelve years in policing and counting", {"police"}),
    ("Student officer with the Met, first week of nights", {"Metropolitan Police Service"}),
    ("I work for the police, not allowed to say more", {"police"}),
    ("Custody sergeant at Thames Valley Police", {"Thames Valley Police"}),
    ("Response skipper, 10 years in", {"police"}),
    ("Passing out parade at Tulliallan today!", {"police"}),
    ("Scotland Yard is where I work", {"Metropolitan Police Service"}),
]


@pytest.mark.parametrize("text,expected", LINKED)
def test_police_links(text, expected):
    assert values("police_affiliation", text) == expected


NOT_LINKED = [
    "Police Academy marathon with the kids",
    "Every Breath You Take is my favourite song by The Police",
    "Singer in a Police tribute band",
    "Self-appointed grammar police",
    "Fashion police would arrest me for this outfit",
    "Policy officer at the council",
    "We called the police after the break-in",
    "PC gaming setup finally finished",
    "Built a new gaming PC",
    "Member of the public here: an officer told me to move my car",
    "Best copper on telly is still Morse",
    "Passed out on the sofa after a night out",
    "Sgt Pepper is the best album",
    "Line of Duty finale tonight",
    "Washington DC trip",
    "Nintendo DS from the loft",
    "Drill sergeant energy at the gym",
    "Child custody hearing next week",
    "Fancy dress party as PC Plod 👮",
]


@pytest.mark.parametrize("text", NOT_LINKED)
def test_false_friends_are_not_police_links(text):
    assert values("police_affiliation", text) == set()


def test_employer_field_naming_a_force():
    assert values("police_affiliation", "Avon and Somerset Police", hint="employer") == {"Avon and Somerset Police"}


def test_a_repost_is_not_the_users_link():
    assert values("police_affiliation", "Proud of our student officers! #PoliceFamily", own=False) == set()


def test_a_police_community_label_makes_one_weak_word_count_twice():
    assert values("police_affiliation", "Response skipper view: just write it up", label="r/policeuk") == {"police"}
    assert values("police_affiliation", "Any tips for a first flat?", label="r/policeuk") == set()


@pytest.mark.parametrize("text", ["Good to see the NCA take down that scam gang", "Essex Police arrested a man today"])
def test_a_force_in_the_news_is_not_a_link(text):
    assert values("police_affiliation", text, field="post") == set()


@pytest.mark.parametrize("text,force", [("Ten years with Kent Police this week", "Kent Police"),
                                        ("Kent Police changed the sergeants' exam again", "Kent Police")])
def test_a_force_in_a_post_with_belonging_is_a_link(text, force):
    assert values("police_affiliation", text, field="post") == {force}


def test_a_force_on_a_cake_is_not_a_link():
    assert values("police_affiliation", "Police Scotland retirement cake for a customer 🚔 (blue lights flash!)",
                  field="post") == set()


@pytest.mark.parametrize("text,expected", [
    ("Student officer, Hampshire & IoW Constabulary 🚓", {"Hampshire and Isle of Wight Constabulary"}),
    ("PIP3 Senior Investigating Officer, College of Policing", {"College of Policing"}),
    ("Embedded Rust. PC hardware tinkerer. Maintainer of copper-trace", set()),
])
def test_ampersands_bodies_and_hardware(text, expected):
    assert values("police_affiliation", text) == expected


@pytest.mark.parametrize("text", [
    "Retired now, but I was a copper for twenty-six years",
    "Nineteen years in law enforcement, mostly nights",
    "I've been a cop since the nineties",
])
def test_police_wording_beyond_uk_ranks(text):
    assert values("police_affiliation", text, field="post") == {"police"}


@pytest.mark.parametrize("text", [
    "The lead is a cop for thirty years in the series, and it shows",
    "Reading about the history of law enforcement in Victorian cities",
])
def test_police_in_fiction_or_history_is_not_a_link(text):
    assert values("police_affiliation", text, field="post") == set()


# Wishing someone luck in a new job names their force, not the writer's
@pytest.mark.parametrize("text,found", [
    ("@pip_fox congrats on the new role with Cumbria Constabulary!! 🎉", set()),
    ("Good luck in your new post at Dyfed-Powys Police, you'll smash it", set()),
    ("Best of luck with the new job at Gwent Police, mate", set()),
    ("Congrats to me on the new job at Cumbria Constabulary", {"Cumbria Constabulary"}),
    ("Started my new job at Gwent Police today, nervous!", {"Gwent Police"}),
])
def test_a_wish_names_the_other_persons_force(text, found):
    assert values("police_affiliation", text, field="post") == found
