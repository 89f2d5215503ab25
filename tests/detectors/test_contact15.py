"""Round fifteen: phone numbers, e-mail addresses and birthdays that are not the writer's, and birthdays said in
thanks. Every sentence is new writing, every number from the 07700 900xxx / 01632 960xxx drama ranges."""

from __future__ import annotations

import pytest

from footprint.detect import detect
from tests.detectors.helpers import page, values

# A line named for what it serves, not for a person: a recruitment line, a lost property line, a site's answerphone.
SERVICE_LINES = [
    ("force advert", "Fancy a career change? Recruitment line 01632 960701 (Mon-Fri) or apply online."),
    ("race blog", "If you dropped a glove at the finish, the lost property line is 01632 960702."),
    ("allotment notes", "- Venue answerphone (checked Fridays): 01632 960703"),
    ("theatre post", "Box office line 01632 960704 opens at ten."),
]


@pytest.mark.parametrize("genre,text", SERVICE_LINES)
def test_a_service_line_is_not_the_writers(genre, text):
    assert values("phone_number", text, field="post") == set(), genre


# A firm the writer recommends or mentions, its number followed by words that point at "them".
FIRMS = [
    ("uses page", "Frames: Hollin Framers in Skipton, never let me down (01632 960705 if you want to ask them "
                  "about mounts)."),
    ("forum reply", "Try Patel's on the high street, 01632 960706, they've always got the part in."),
    ("email reply", "Hire the van from Dunmore Vans\n(01632 960707 if you want to check their rates first)"),
]


@pytest.mark.parametrize("genre,text", FIRMS)
def test_a_recommended_firms_number_is_theirs(genre, text):
    assert values("phone_number", text, field="post") == set(), genre


FIRM_FALSE_FRIENDS = [
    ("club post", "Text me on 07700 900708 if you want to join them for the Sunday ride.",
     {"+447700900708"}),
    ("advert", "Dog walking, any breed. Bookings: 07700 900709", {"+447700900709"}),
]


@pytest.mark.parametrize("genre,text,found", FIRM_FALSE_FRIENDS)
def test_the_writers_own_number_beside_them(genre, text, found):
    assert values("phone_number", text, field="post") == found, genre


# A page's credit in its footer: the web designer's or the photographer's number.
def test_a_footer_credit_is_the_credited_firms():
    assert values("phone_number", "Site by Fenwick Digital · 01632 960710", field="page") == set()
    assert values("phone_number", "Photos by Arkwright Studio, 01632 960711", field="page") == set()
    assert values("phone_number", "Website by me · 07700 900712", field="page") == {"+447700900712"}


# Numbers under a heading that thanks a programme's sponsors or advertisers, up to the next heading.
SPONSORS = [
    ("quiz sheet", ["ROUND SIX: MUSIC", "OUR SPONSORS", "Prizes from Carr Motors - \"We fix it first time\". "
                    "Ring Norm on 07700 900713."]),
    ("ball programme", ["THANK YOU TO OUR ADVERTISERS", "PLATINUM — Acme Insurance\nSpeak to our Bristol team on "
                        "01632 960714"]),
]


@pytest.mark.parametrize("genre,blocks", SPONSORS)
def test_a_sponsors_number_is_theirs(genre, blocks):
    profile = page(*blocks, field="text")
    assert {f.value for f in detect(profile, None) if f.category == "phone_number"} == set(), genre


def test_a_sponsored_event_leaves_the_writers_number():
    assert values("phone_number", "Sponsored swim on Saturday! Text me on 07700 900715 to join in",
                  field="post") == {"+447700900715"}
    profile = page("Our sponsors", "Thanks to Acme for the teas.", "Get in touch", "Ring me on 07700 900716",
                   field="text")
    assert {f.value for f in detect(profile, None) if f.category == "phone_number"} == {"+447700900716"}


# A scam message described at length before the number it gives.
def test_a_scam_texts_number_told_at_length():
    text = "Dodgy text going round the estate pretending to be the bin collection, asking you to ring 07700 900717."
    assert values("phone_number", text, field="post") == set()
    assert values("phone_number", "Had a spam call at lunch. Anyway, text me on 07700 900718",
                  field="post") == {"+447700900718"}


# "ring Kit (our agent) 07700 ...": a role in brackets after a name says whose line it is.
def test_a_role_in_brackets_names_the_holder():
    assert values("phone_number", "Bookings – call Kit (our agent) 07700 900719", field="post") == set()
    assert values("phone_number", "Gigs: text me (our drummer never answers) 07700 900720",
                  field="post") == {"+447700900720"}


# Addresses of an office or of tests, never a person's.
@pytest.mark.parametrize("address", ["alumni@example.org", "club.news@example.org", "test@example.net"])
def test_office_and_test_addresses(address):
    assert values("email_address", f"Write to {address} with questions", field="page") == set()


def test_a_personal_address_with_news_in_a_word_stays():
    assert values("email_address", "Email me: newsome.jo@example.com", field="bio") == {"newsome.jo@example.com"}


# Thanks for birthday wishes on a dated post, with the age said or "today": the post's day is the birthday.
THANKS = [
    ("facebook", "Thank you all for the lovely birthday messages today, feeling spoilt", "2025-05-04", "--05-04"),
    ("x", "Ta for the bday wishes everyone 🎂 52 not out and still on earlies", "2025-06-11", "1973-06-11"),
]


@pytest.mark.parametrize("genre,text,date,found", THANKS)
def test_thanks_for_birthday_wishes(genre, text, date, found):
    assert values("date_of_birth", text, field="post", date=date) == {found}, genre


THANKS_FALSE_FRIENDS = [
    ("facebook", "Thanks for all the birthday messages for our Ruby, she's 9 today", "2025-05-04"),
    ("facebook", "Thanks for the belated birthday wishes, 44 not out", "2025-05-04"),
    ("facebook", "Thanks for all the birthday cards, what a week", "2025-05-04"),
]


@pytest.mark.parametrize("genre,text,date", THANKS_FALSE_FRIENDS)
def test_thanks_without_the_day_or_for_another(genre, text, date):
    assert values("date_of_birth", text, field="post", date=date) == set(), genre


# A pet word as half of a compound ("fish-shop", "dog-walker") is not a pet the sentence is about.
def test_a_pet_word_in_a_compound_is_no_pet():
    assert values("date_of_birth", "Born in Grimsby in 1961, raised on fish-shop gossip", field="bio") == {"1961"}
    assert values("date_of_birth", "Our spaniel Bramble, born in 2019, hates baths", field="bio") == set()


# Test data and numbers said to be fictional: a toy database's row, "(drama range, not a real number)".
FICTIONAL = [
    ("dev blog", "To try it I made a mock customer table with two rows, one of them 07700 900740, and ran the export."),
    ("thread", "Use +447700900741 (Ofcom drama range) in screenshots, never your own."),
    ("toot", "Rang 07700 900742 in the sketch, not a real number, the writers checked."),
]


@pytest.mark.parametrize("genre,text", FICTIONAL)
def test_test_rows_and_fictional_numbers(genre, text):
    assert values("phone_number", text, field="post") == set(), genre


def test_the_writers_real_number_stays():
    assert values("phone_number", "Text me on 07700 900743, that's my real number now", field="post") \
        == {"+447700900743"}


# A notice the writer passes on for others: the numbers in it are theirs.
def test_a_relayed_notice():
    text = "The race team asked me to pass this on: anyone who left a bike pump at transition, ring 01632 960744."
    assert values("phone_number", text, field="post") == set()
    text = "Nan asked me to share my number with the choir: 07700 900745"
    assert values("phone_number", text, field="post") == {"+447700900745"}


# Welsh: "Penblwydd hapus i fi" (happy birthday to me), "37 heddiw" (37 today); wished to another, it is theirs.
@pytest.mark.parametrize("text,found", [
    ("Penblwydd hapus i fi 🎂 29 heddiw! Bara brith for breakfast", {"1996-03-02"}),
    ("Penblwydd hapus i Taid! 88 heddiw 🎂", set()),
    ("Penblwydd hapus Mam 🎂 61 heddiw", set()),
])
def test_a_welsh_birthday_post(text, found):
    assert values("date_of_birth", text, field="post", date="2025-03-02") == found


# "Call the garage on ..., email ...": the address after a place's number is the place's too.
def test_the_address_after_a_places_number():
    text = "Questions about your MOT? Call the garage on 01632 960751, email desk.fellgarage@example.net or pop in."
    assert values("email_address", text, field="page") == set()
    text = "Call the shop on 01632 960752 or email me: ria.penhale@example.com"
    assert values("email_address", text, field="page") == {"ria.penhale@example.com"}


def test_a_request_to_sponsor_is_no_heading():
    profile = page("Sponsor my son's swim for the hospice", "Get me on hana.quill@example.com", field="text")
    assert {f.value for f in detect(profile, None) if f.category == "email_address"} == {"hana.quill@example.com"}


# The same number or address repeated bare (a footer) after the page gave it as a place's is the place's.
def test_a_places_details_repeated_in_a_footer():
    profile = page("Not sure which class? Call the studio on 01632 960760, email desk.fernyoga@example.org or drop in.",
                   "Get in touch", "01632 960760 desk.fernyoga@example.org", field="text")
    assert {f.value for f in detect(profile, None) if f.category in ("phone_number", "email_address")} == set()
    profile = page("Ring the studio on 01632 960761 for class times.", "Private sessions: text me on 07700 900762",
                   "07700 900762", field="text")
    assert {f.value for f in detect(profile, None) if f.category == "phone_number"} == {"+447700900762"}


# Another's numbered birthday ("his 18th birthday", "her 90th birthday on 3rd May") and a birth in the last few
# years (a baby's, on a naming-day invitation) are never the writer's.
@pytest.mark.parametrize("text", [
    "Custody was wild: a woman tells the sergeant it's her 21st birthday today, so we sang",
    "Mrs Ida Wren, who marked her 90th birthday on 3rd May, thanked the parish for the flowers.",
    "Welcome to the world Nell Okonjo, born 4th January 2025, 7lb 2oz",
])
def test_anothers_numbered_birthday_and_a_babys_birth(text):
    assert values("date_of_birth", text, field="post", date="2026-05-20") == set()


def test_the_writers_own_numbered_birthday_stays():
    assert values("date_of_birth", "It's my 30th birthday today!", field="post", date="2026-05-20") == {"1996-05-20"}


# A 🎂 stands beside its date: a score out of ten far on in the sentence is no birthday.
def test_a_cakes_date_is_beside_it():
    text = "29 today 🎂 the lads took me for a curry at the place on Mill Lane (naan bread alone, 10/10)."
    assert values("date_of_birth", text, field="post", date="2026-06-02") == {"1997-06-02"}
    assert values("date_of_birth", "Me 🎂 14.07", field="bio") == {"--07-14"}


# A round-robin letter's names in capitals: "MAISIE turned 15 on the 2nd of June" is Maisie's birthday.
def test_a_name_in_capitals_before_an_age():
    text = "Now the children. MAISIE turned 15 on the 2nd of June and has discovered eyeliner."
    assert values("date_of_birth", text, field="text", date="2026-12-01") == set()
    text = "NEWS FROM US: I turned 50 on the 2nd of June and survived it."
    assert values("date_of_birth", text, field="post", date="2026-12-01") == {"1976-06-02"}


# A newsletter's list of members' birthdays: an entry opening with another's name is theirs.
def test_a_list_entry_headed_by_anothers_name():
    text = "Birthdays this month:\n  - Gwen Astley - Bonfire Night baby, 60 this year\n  - Tom Reddy - 45 on the 9th"
    assert values("date_of_birth", text, field="text", date="2026-11-01") == set()
    assert values("date_of_birth", "Me: a Bonfire Night baby, obviously", field="bio") == {"--11-05"}
