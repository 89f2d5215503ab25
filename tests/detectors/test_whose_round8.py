"""Round eight of issue 13: whose a phone number, an e-mail address or a police name is, by class. A place's or a
role's line ("ring the stables on", "the seller's"), a named person's ("Priya (my sister) on", "Callum Reid is
on"), a past one ("previous mobile", "(old number)"), a caller's, one signed off by someone else or under
another person's heading, a message's identifier, a force named as where a thing came from. Every sentence is
new writing (none is taken from an evaluation corpus), across genres."""

from __future__ import annotations

import pytest

from footprint.detect import detect
from footprint.facts import Facts
from footprint.models import Profile


def _found(category: str, text: str, field: str = "post", hint: str | None = None, label: str | None = None) -> set[str]:
    profile = Profile(url="https://profile.example/", platform="website")
    profile.add("Nia Patel", "name", hint="name")
    profile.add(text, field, hint=hint, label=label)
    return {f.value for f in detect(profile, Facts(full_name="Nia Patel")) if f.category == category}


# --- someone else's, an old one, or nobody's: not the owner's ------------------------------------------------

FALSE_FRIENDS = [
    ("forum post", "For the tack room keys ring the stables on 07700 900811, they open at seven.", "phone_number"),
    ("for-sale post", "Collection only. Any questions about the trailer, the seller's 07700 900812 is best.",
     "phone_number"),
    ("caption", "Grooming slots are filling up - the groomer's mobile is 07700 900813 📸", "phone_number"),
    ("chat", "tickets are with Priya (my sister) on 07700 900814", "phone_number"),
    ("newsletter", "For lifts to the away game, our minibus driver Callum Reid is on 07700 900815.", "phone_number"),
    ("CV", "Personal mobile 07700 900816 (old number, no longer in use)", "phone_number"),
    ("bio", "Previous mobile 07700 900817 - messages there go unread", "phone_number"),
    ("forum post", "I no longer use 07700 900841, please delete it from the list.", "phone_number"),
    ("bio", "07700 900842 is my old number, the new one is in the pinned post.", "phone_number"),
    ("forum post", "Got a 'parcel on hold' text today. The number displayed was 07700 900818, blocked it.",
     "phone_number"),
    ("newsletter", "Volunteers still needed for the litter pick. Give me a ring on 07700 900819. — Martin Oakes, "
                   "Secretary", "phone_number"),
    ("marketplace feedback", "Quick dispatch, great seller. Text me on 07700 900822 if you list more\nk***e (214)",
     "phone_number"),
    ("chat", "if the gate's locked text him on 07700 900823, not me", "phone_number"),
    ("wedding page", "Group rate at the Riverside Lodge: call 01632 960824 and quote BRIDE25.", "phone_number"),
    ("forum post", "Someone kept ringing 07700 900825 all night - turned out it was her ex's landline.",
     "phone_number"),
    ("forum listing", "Anyone know a good farrier near Settle? Text me on 07700 900826 by DalesRider_88 in horses",
     "phone_number"),
    ("saved e-mail", "Date: Tue, 3 Mar 2026 10:02:11 +0000\nMessage-ID: <77231.9921@mailer.example.net>\n"
                     "Subject: minutes", "email_address"),
    ("holiday let", "Cottages Direct Ltd · Booking questions: help@cottagesdirect.example", "email_address"),
    ("for-sale post", "Our van came from a Cheshire Constabulary fleet auction, 98k on the clock.",
     "police_affiliation"),
    ("profile", "Advanced Investigator, College of Policing Credential ID 55120", "police_affiliation"),
]


@pytest.mark.parametrize("genre,text,category", FALSE_FRIENDS)
def test_another_persons_or_a_past_detail_is_not_the_owners(genre, text, category):
    assert _found(category, text) == set(), genre


# --- the owner's own: still found -----------------------------------------------------------------------------

OWN = [
    ("CV", "Mobile: 07700 900831", "phone_number", {"+447700900831"}),
    ("bio", "Dog walker in Frome 🐾 call me on 07700 900832", "phone_number", {"+447700900832"}),
    ("chat", "ring me on 07700 900833, I'm home all day", "phone_number", {"+447700900833"}),
    ("for-sale post", "Pram for sale, £40. Text me 07700 900834 if interested.", "phone_number", {"+447700900834"}),
    ("newsletter", "Any spare plant pots, ring me on 07700 900835. — Nia Patel", "phone_number", {"+447700900835"}),
    ("caption", "New number, same me: 07700 900836 📱", "phone_number", {"+447700900836"}),
    ("forum post", "My old number died with my phone, the new one is 07700 900837", "phone_number",
     {"+447700900837"}),
    ("forum post", "Ring the yard? No - ring me on 07700 900839.", "phone_number", {"+447700900839"}),
    ("bio", "New mobile 07700 900840 (the old one is dead)", "phone_number", {"+447700900840"}),
    ("bio", "Old freelance inbox still works: nia.words@example.com", "email_address", {"nia.words@example.com"}),
    ("newsletter", "Questions about the rota? Email me at nia.patel@example.org. — Nia", "email_address",
     {"nia.patel@example.org"}),
    ("CV", "Workshop tech for Cheshire Constabulary fleet services since 2014.", "police_affiliation",
     {"Cheshire Constabulary"}),
]


@pytest.mark.parametrize("genre,text,category,expected", OWN)
def test_the_owners_own_detail_is_still_found(genre, text, category, expected):
    assert _found(category, text) == expected, genre


def test_a_dialling_link_whose_label_names_the_owner_stays_theirs():
    assert _found("phone_number", "+447700900838", field="link", hint="phone",
                  label="Ring/text Nia on 07700 900838") == {"+447700900838"}


def test_details_under_another_persons_heading_are_theirs_and_under_the_owners_are_hers():
    profile = Profile(url="https://club.example/committee", platform="website")
    profile.add("Tom Hargreaves – Fixtures", "page")
    profile.add("📞 07700 900820 · tom.h@example.net", "page", label="Tom Hargreaves – Fixtures")
    profile.add("+447700900820", "link", hint="phone", label="07700 900820")
    profile.add("📞 07700 900821 · nia.patel@example.net", "page", label="Nia Patel – Welfare")
    profile.add("Cllr Ravi Okafor", "page")
    profile.add("ravi.okafor@example.org", "page", label="Cllr Ravi Okafor")
    found = {(f.category, f.value) for f in detect(profile, Facts(full_name="Nia Patel"))
             if f.category in ("phone_number", "email_address")}
    assert found == {("phone_number", "+447700900821"), ("email_address", "nia.patel@example.net")}
