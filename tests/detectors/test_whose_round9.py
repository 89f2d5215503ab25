"""Round nine of issue 13: a phone number is the nearest holder's its clause names before it. A person named
there who is not the owner ("Kofi's the one to ask:", "£5 each from Yasmin - text"), a firm ("Brookside
Removals"), a place ("Pavilion bookings:") make it theirs; the writer in between ("text me", "ring Nia (that's
me)"), the owner's own name or firm, or a contact verb right before a name the page may use for its owner keep
it. Every sentence is new writing (none is taken from an evaluation corpus), across genres."""

from __future__ import annotations

import pytest

from footprint.detect import detect
from footprint.facts import Facts
from footprint.models import Profile


def _numbers(text: str, field: str = "post", owner: str = "Nia Patel", label: str | None = None,
             hint: str | None = None) -> set[str]:
    profile = Profile(url="https://profile.example/", platform="website")
    profile.add(owner, "name", hint="name")
    profile.add(text, field, label=label, hint=hint)
    return {f.value for f in detect(profile, Facts(full_name=owner)) if f.category == "phone_number"}


# --- the nearest holder in the clause is someone else: not the owner's ----------------------------------------

FALSE_FRIENDS = [
    ("newsletter", "Gutters blocked again? Kofi's the one to ask: 07700 900901."),
    ("for-sale post", "Spare raffle tickets, £5 each from Yasmin – text 07700 900902 to reserve."),
    ("forum post", "Quotes for the loft clear-out came via Imogen (club secretary) or ring/text 07700 900903 "
                   "after six."),
    ("holiday let", "Getting here: Brookside Removals 07700 900904 moved our furniture in and are lovely."),
    ("newsletter", "• Pavilion bookings: 01632 960905 (leave a message)."),
    ("caption", "Cake by the brilliant Rosalind, orders 07700 900906 🎂"),
    ("CV", "Referee available on request; line manager Desmond, direct line 01632 960907"),
    ("chat", "for the minibus keys it's Fergus - 07700 900908, he's up early"),
    ("bio", "Proud volunteer at the food bank. Deliveries: Harlow Street Taxis 07700 900909"),
    ("forum post", "If the heating packs in over Christmas, Ines has a spare key: 07700 900910"),
    ("newsletter", "Choir practice is moving; the Church Hall 01632 960911 has the new times."),
]


@pytest.mark.parametrize("genre,text", FALSE_FRIENDS)
def test_a_number_after_another_holder_in_its_clause_is_theirs(genre, text):
    assert _numbers(text) == set(), genre


# --- the owner is the nearest holder: kept -------------------------------------------------------------------

TRUE_CASES = [
    ("bio", "Tutor for GCSE maths, call me on 07700 900921.", "+447700900921"),
    ("for-sale post", "Pushchair, barely used. Ring Nia (that's me) on 07700 900922 after five.", "+447700900922"),
    ("newsletter", "Thanks to Oscar for the urn! Any spare cups, text me 07700 900923.", "+447700900923"),
    ("caption", "Kiln's fired up. Patel Pottery bookings 07700 900924 ✨", "+447700900924"),
    ("CV", "Contact: Nia Patel, 07700 900925", "+447700900925"),
    ("chat", "Bram said to sort it with me, I'm on 07700 900926", "+447700900926"),
    ("forum post", "My neighbour Lola recommended the group; my number is 07700 900927.", "+447700900927"),
    ("for-sale post", "Bookings: 07700 900928 (weekday evenings).", "+447700900928"),
    ("newsletter", "Street party meeting at Gemma's house, drop me a text on 07700 900929.", "+447700900929"),
    ("bio", "Dog walker in Frome, reach Nia on 07700 900930.", "+447700900930"),
]


@pytest.mark.parametrize("genre,text,value", TRUE_CASES)
def test_the_owners_number_stays_when_they_are_the_nearest_holder(genre, text, value):
    assert _numbers(text) == {value}, genre


def test_a_name_after_a_contact_verb_may_be_the_pages_own_owner():
    # a wedding page that does not name its owner speaks of the couple as it would of anyone
    assert _numbers("Any questions about the day? Text Marcus on 07700 900941.", field="text", owner="") \
        == {"+447700900941"}


def test_a_dialling_link_labelled_with_another_holder_is_theirs():
    label = "Hire the hall through Bethan: 07700 900942"
    assert _numbers("07700 900942", field="link", label=label, hint="phone") == set()
    assert _numbers("07700 900943", field="link", label="Lessons with me: 07700 900943", hint="phone") \
        == {"+447700900943"}


def test_a_dialling_link_whose_label_names_the_page_owner_before_its_number_stays():
    label = "Rather talk? Ring/text Ollie on 07700 900944 (weekends)"
    assert _numbers("07700 900944", field="link", label=label, hint="phone", owner="") == {"+447700900944"}
