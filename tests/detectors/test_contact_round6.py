"""Round six of issue 13: whose a phone number or an e-mail address is, by class. A line named for a
service, a unit or a named person; the number a message came from; an address or number disowned
after it ("not me"); a named supplier in brackets; an office's address; a value in code or a test
record. Every sentence is new writing (none is taken from an evaluation corpus), across genres."""

from __future__ import annotations

import pytest

from footprint.models import Profile
from footprint.detect import detect
from tests.detectors.helpers import values

# --- a line named for a service, a unit, or a named person ----------------------------------------------

OTHERS_LINES = [
    ("blog post", "If any of this sounds familiar, the Oak Tree Support Line (24/7, for carers and their "
                  "families): 0800 496 0123 - please ring it.", "phone_number"),
    ("club newsletter", "Junior section line - Weds 5-7pm only: 07700 900552", "phone_number"),
    ("Linktree label", "Mo's mobile for kit orders: 07700 900553", "phone_number"),
    ("parish magazine", "Bookings line (Mon 9am - 1pm): 01632 960 554", "phone_number"),
    ("forum post", "Their enquiry line is 0113 496 0555 but it's always engaged.", "phone_number"),
    ("caption", "Priya's number for cake orders is 07700 900556 💕", "phone_number"),
]


@pytest.mark.parametrize("genre,text,category", OTHERS_LINES)
def test_a_line_named_for_a_service_or_another_person_is_not_the_owners(genre, text, category):
    assert values(category, text, field="post") == set(), genre


OWN_LINES = [
    ("bio", "Dog walking in Alsager 🐾 text me on 07700 900561", "+447700900561"),
    ("forum post", "My work line is 0113 496 0562 if you'd rather ring in the day.", "+441134960562"),
    ("advert", "Text or ring Kofi on 07700 900563 - quicker than messages here.", "+447700900563"),
    ("CV", "Mobile: 07700 900564", "+447700900564"),
]


@pytest.mark.parametrize("genre,text,number", OWN_LINES)
def test_the_owners_own_line_is_still_theirs(genre, text, number):
    profile = Profile(url="https://profile.example/", platform="website")
    profile.add("Kofi Mensah", "name", hint="name")
    profile.add(text, "post")
    assert {f.value for f in detect(profile, None) if f.category == "phone_number"} == {number}, genre


def test_a_dialling_link_labelled_as_a_named_persons_line_is_not_the_owners():
    profile = Profile(url="https://linktr.ee/example", platform="linktree")
    profile.add("Bryn Example", "name", hint="name")
    profile.add("+447700900571", "link", hint="phone", label="Carys's phone for choir bookings: 07700 900571")
    profile.add("+447700900572", "link", hint="phone", label="Call me: 07700 900572")
    assert {f.value for f in detect(profile, None) if f.category == "phone_number"} == {"+447700900572"}


def test_a_dialling_link_to_a_line_the_text_names_as_a_service_is_not_the_owners():
    profile = Profile(url="https://blog.example/post", platform="website")
    profile.add("Talk to someone. The Harbour Listening Line (24/7): 0800 496 0581", "post")
    profile.add("+448004960581", "link", hint="phone", label="0800 496 0581")
    assert {f.value for f in detect(profile, None) if f.category == "phone_number"} == set()


# --- the number a message came from ---------------------------------------------------------------------

SENDERS = [
    ("reddit", "Got a 'bank' text from 07700 900591 asking me to confirm a payment. Nice try."),
    ("forum post", "Someone keeps ringing me from 01632 960592 and hanging up."),
    ("chat", "missed call from 07700 900593?? anyone know who that is"),
    ("Facebook post", "Scam call warning: the caller on 0113 496 0594 says he's from the council."),
    ("X post", "Courier texted me from 07700 900595 saying it's at the depot. It isn't."),
]


@pytest.mark.parametrize("genre,text", SENDERS)
def test_the_number_a_message_came_from_is_not_the_owners(genre, text):
    assert values("phone_number", text, field="post") == set(), genre


@pytest.mark.parametrize("text,number", [
    ("Anything urgent, text me from now on at 07700 900596.", "+447700900596"),
    ("Calls from 9am: 07700 900597", "+447700900597"),
])
def test_from_that_is_no_sender_keeps_the_owners_number(text, number):
    assert values("phone_number", text, field="post") == {number}


# --- disowned after it, and given in brackets after a named supplier -------------------------------------

DISOWNED = [
    ("club blog", "Kit queries still go to kit@harrierclub.example, not me!", "email_address"),
    ("newsletter", "The general inbox is hello@townband.example (not mine, I just forward it).", "email_address"),
    ("wedding blog", "Flowers were by the wonderful Ada Mwangi (07700 900601, ada@mwangiflowers.example) - "
                     "book her!", "phone_number"),
    ("wedding blog", "Flowers were by the wonderful Ada Mwangi (07700 900601, ada@mwangiflowers.example) - "
                     "book her!", "email_address"),
    ("forum post", "Our photographer was the brilliant Jonah Reyes - 07700 900602 - couldn't fault him.",
     "phone_number"),
    ("tribute", "The hospice were amazing - donations@brightwater-hospice.example if you'd like to give.",
     "email_address"),
]


@pytest.mark.parametrize("genre,text,category", DISOWNED)
def test_a_disowned_or_suppliers_detail_is_not_the_owners(genre, text, category):
    assert values(category, text, field="post") == set(), genre


@pytest.mark.parametrize("text,address", [
    ("Anything for me personally: rhian.example@example.com, not the club inbox.", "rhian.example@example.com"),
    ("Email me at sol.reyes@example.net (not my work one).", "sol.reyes@example.net"),
])
def test_an_address_followed_by_a_different_disowning_is_the_owners(text, address):
    assert values("email_address", text, field="post") == {address}


# --- an office's address ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Rector    07700 900611    rector@stbrides.example.org",
    "Give online or write to fundraising@lanternhouse.example.org",
    "Volunteer rota: volunteers@parkfriends.example.org",
    "Billing problems? accounts@example.co.uk",
])
def test_an_offices_address_and_its_number_are_not_the_owners(text):
    assert values("email_address", text, field="post") == set()
    assert values("phone_number", text, field="post") == set()


# --- values in code and test records ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    'tidy("07700 900621")   # -> "+447700900621"',
    '{"name": "Test User", "phone": "07700 900622"}',
    "fixture = {'mobile': '07700 900623'}",
    'assert fmt("01632 960624") == "+441632960624"',
])
def test_a_number_in_code_is_nobodys(text):
    assert values("phone_number", text, field="readme") == set()


# --- a named person the reader is sent to, and a number read off something ----------------------------------

@pytest.mark.parametrize("text,category", [
    ("Questions about the raffle go to Hilary at hilary.p@example.org.", "email_address"),
    ("Any problems on the day, ask Femi on 07700 900631.", "phone_number"),
    ("Lifts to the match: message Gethin via 07700 900632.", "phone_number"),
    ("The number on the side of the van was 07700 900633 if anyone recognises it.", "phone_number"),
    ("Number on the flyer is 01632 960634, no idea who they are.", "phone_number"),
])
def test_a_person_the_reader_is_sent_to_or_a_number_read_off_something_is_not_the_owners(text, category):
    assert values(category, text, field="post") == set()


@pytest.mark.parametrize("text,number", [
    ("Any problems on the day, ring me on 07700 900635.", "+447700900635"),
    ("My number on the sign-up sheet is 07700 900636.", "+447700900636"),
])
def test_the_owners_own_number_beside_the_same_words_is_still_theirs(text, number):
    assert values("phone_number", text, field="post") == {number}
