"""Round five of issue 13: whose contact details, disowned clubs and other sports' namesakes, the many
ways of giving a birthday, police staff and abbreviated ranks. Every sentence here is new writing
(none is taken from an evaluation corpus); each table has true cases and false friends across genres."""

from __future__ import annotations

import pytest

from footprint.facts import Facts
from tests.detectors.helpers import values

# --- contact details introduced as someone else's -------------------------------------------------

OTHERS_CONTACT = [
    # (genre, text, category) — the detail belongs to an agent, a supplier, a branch, a third person
    ("author page", "Film and TV rights: please contact my agent, Mirela Stanek at Stanek & Gould Literary: "
                    "mirela@stanekgould.example.com", "email_address"),
    ("author page", "Translation queries go to my publisher's rights team, Harbourlight Press: 020 7946 0712.",
     "phone_number"),
    ("musician bio", "Press and radio handled by Lumen PR - ring them on 0113 496 0455.", "phone_number"),
    ("vlog description", "Wheels came from Pennine Alloy Supplies, tell them the Yorkshire Tinkerer sent you: "
                         "01484 496 0219", "phone_number"),
    ("CV", "Reference available from my line manager, Dr Ewa Nowak: ewa.nowak@example.org", "email_address"),
    ("club newsletter", "Kit orders are run by the Harrogate junior section: kit.orders@example.net, 07700 900841.",
     "phone_number"),
    ("forum post", "My landlord is useless, his number is 07700 900317 if anyone wants to complain too.",
     "phone_number"),
    ("linktree label", "Management: Jonah @ Riverside Mgmt jonah@riversidemgmt.example.com", "email_address"),
    ("about page", "I'm only the volunteer here - I asked Nadia if I could share hers and she said yes, so "
                   "point people at her: nadia.k@example.org", "email_address"),
]


@pytest.mark.parametrize("genre,text,category", OTHERS_CONTACT)
def test_a_contact_introduced_as_someone_elses_is_not_the_owners(genre, text, category):
    assert values(category, text, field="about") == set(), genre


@pytest.mark.parametrize("text", [
    "Cake by the lovely Marta, she's on 07700 900288 for orders",
    "Huge thanks to Dev for the loan of his van, give him a ring on 07700 900145 if you need one",
])
def test_a_third_person_in_the_writers_own_post_is_someone_else(text):
    assert values("phone_number", text, field="post") == set()


OWN_CONTACT = [
    ("contact page", "My agent handles contracts, but for anything else email me at rosa.quinn@example.com",
     "email_address", {"rosa.quinn@example.com"}),
    ("bio", "Bookings and commissions: drop me a line on 07700 900604", "phone_number", {"+447700900604"}),
    ("CV", "I'm the club secretary at Ashby Wheelers; my mobile is 07700 900771", "phone_number", {"+447700900771"}),
    ("forum post", "Selling my son's old school blazer, £5, DM or email hattie.lane@example.net", "email_address",
     {"hattie.lane@example.net"}),
    ("trade advert", "I run Dorran Joinery Ltd, ring me on 07700 900950 for a quote", "phone_number",
     {"+447700900950"}),
    ("newsletter", "My manager is off this week, so contact me directly on kofi.b@example.com", "email_address",
     {"kofi.b@example.com"}),
]


@pytest.mark.parametrize("genre,text,category,expected", OWN_CONTACT)
def test_the_owners_own_contact_beside_other_people_is_kept(genre, text, category, expected):
    assert values(category, text, field="about") == expected, genre


def test_a_third_person_page_keeps_its_owners_number():
    text = "Bryony runs the plant stall this year; if you have spare seedlings, text her on 07700 900592."
    assert values("phone_number", text, field="page", facts=Facts(full_name="Bryony Hale")) == {"+447700900592"}
    # the same words on a page about somebody else are that person's
    assert values("phone_number", text, field="page", facts=Facts(full_name="Colin Hale")) == set()


def test_a_saved_emails_sender_is_not_the_owner():
    message = ("From: Millbrook Runners <news@millbrookrunners.example.org>\nTo: ada.f@example.net\n"
               "Subject: Winter league\n\nHello all, entries open Monday.")
    assert values("email_address", message, field="text") == {"ada.f@example.net"}
    sent = "From: Ada Fenwick <ada.f@example.net>\nTo: club@millbrookrunners.example.org\n\nSee you Sunday"
    assert values("email_address", sent, field="text", facts=Facts(full_name="Ada Fenwick")) == {
        "ada.f@example.net", "club@millbrookrunners.example.org"}


# --- football: disowned clubs, other sports' namesakes ----------------------------------------------

DISOWNED = [
    ("baker's caption", "Piped a full Leeds United crest for a customer's retirement do. Not my team, but a "
                        "lovely bake"),
    ("partner's TikTok", "Kieran's dragged the kids to Ashton Gate again. For the record I am NOT a Bristol City "
                         "fan"),
    ("forum post", "Watched Sunderland v Boro with the in-laws. I don't follow football, I just went for the pies"),
    ("bio", "Married to a Gooner. Never been a football fan myself"),
    ("caption", "Made a Spurs cake for a lad's 10th. I don't support them, but the cockerel came out well"),
    ("newsletter", "Stall raffle prize: signed Wigan Athletic shirt (no interest in football myself, "
                   "donated by a parent)"),
]


@pytest.mark.parametrize("genre,text", DISOWNED)
def test_a_club_the_writer_disowns_is_not_their_club(genre, text):
    assert values("football_team", text, field="post") == set(), genre


FAN_ALL_THE_SAME = [
    ("bio", "Lifelong Evertonian. Not a fan of Mondays though", "Everton"),
    ("post", "Not my team's day again. Villa 0-2 at home, UTV regardless", "Aston Villa"),
    ("caption", "Blades till I die ⚔️ not a fan of the new away kit mind", "Sheffield United"),
    ("bio", "Born in Sunderland, SAFC season ticket. I don't like Mondays", "Sunderland"),
]


@pytest.mark.parametrize("genre,text,club", FAN_ALL_THE_SAME)
def test_a_disclaimer_about_something_else_leaves_the_club(genre, text, club):
    assert values("football_team", text, field="post") == {club}, genre


OTHER_SPORT = [
    ("X bio", "Saints RL season ticket ❤️🤍 and a pint at the Totally Wicked after"),
    ("post", "Warriors RL away at Hull KR tonight, coach booked"),
    ("Instagram caption", "Tigers RUFC on Saturday, proper day out 🏉"),
    ("post", "Golden point drop goal in the derby!! Heart attack stuff #COYS"),
    ("Strava bio", "Cricket nut. Lancashire CCC member, Red Rose forever. #COYR"),
    ("bio", "Rhinos RLFC member since 2009, Headingley South Stand"),
]


@pytest.mark.parametrize("genre,text", OTHER_SPORT)
def test_another_sports_namesake_is_not_a_football_club(genre, text):
    assert values("football_team", text, field="post") == set(), genre


FOOTBALL_AFTER_ALL = [
    ("bio", "Saints season ticket holder, St Mary's since 2004", "Southampton"),
    ("post", "Spurs 2-0 up at half time #COYS", "Tottenham Hotspur"),
    ("bio", "Lifelong Wolves fan, Molineux most Saturdays", "Wolverhampton Wanderers"),
    ("post", "Watched the rugby on Saturday, then the footy on Sunday. Up the Saints, St Mary's rocking ⚽",
     "Southampton"),
]


@pytest.mark.parametrize("genre,text,club", FOOTBALL_AFTER_ALL)
def test_football_named_keeps_the_club(genre, text, club):
    assert values("football_team", text, field="post") == {club}, genre


def test_a_place_that_is_also_a_first_name_is_not_a_subject():
    # "born in Walton, a ..." is a place with an aside, not a person called Walton
    text = "Raised in Walton, a stone's throw from Goodison – a proper Evertonian since the 80s."
    assert values("football_team", text, field="about") == {"Everton"}


# --- dates of birth: the many ways of giving one -------------------------------------------------

BIRTHDAY_WORDINGS = [
    ("about page", "Fast facts: tea, no sugar; birthday's 19th April; allergic to nuts", {"--04-19"}),
    ("bio", "Leo ♌ bday's the 9th of August", {"--08-09"}),
    ("profile", "B-day: 27 March", {"--03-27"}),
    ("forum post", "My birthday's on 2nd February, same as Groundhog Day", {"--02-02"}),
    ("CV", "Birth-day: 05/11/1984", {"1984-11-05"}),
    ("newsletter", "My birthday falls on 30 December, so it always gets lost in Christmas", {"--12-30"}),
    ("bio", "D.O.B. 14/07/1990", {"1990-07-14"}),
]


@pytest.mark.parametrize("genre,text,expected", BIRTHDAY_WORDINGS)
def test_a_birthday_given_in_any_wording_is_found(genre, text, expected):
    assert values("date_of_birth", text, field="about") == expected, genre


BIRTHDAY_FALSE_FRIENDS = [
    ("about page", "Mum's birthday's 19th April, so that week is always busy"),
    ("bio", "The shop's birthday's on 3 May - ten years trading!"),
    ("caption", "Her bday's the 9th of August and she wants a unicorn cake"),
    ("forum post", "My son's birthday is on 2nd February"),
]


@pytest.mark.parametrize("genre,text", BIRTHDAY_FALSE_FRIENDS)
def test_other_birthdays_in_the_same_wording_are_not_the_owners(genre, text):
    assert values("date_of_birth", text, field="about") == set(), genre


ON_THE_DAY = [
    ("Instagram", "Baked my own birthday cake this year, obviously 🙄 38 and still licking the spoon",
     {"1988-05-20"}),
    ("Strava", "My birthday parkrun 🎂 PB at 45 years young", {"1981-05-20"}),
    ("Facebook", "Out for my birthday tea with the girls, 50 not out 🥂", {"1976-05-20"}),
    ("X", "My birthday drinks tonight, no age will be confirmed", {"--05-20"}),
]


@pytest.mark.parametrize("genre,text,expected", ON_THE_DAY)
def test_a_post_on_the_writers_birthday_gives_it(genre, text, expected):
    assert values("date_of_birth", text, field="post", date="2026-05-20") == expected, genre


NOT_ON_THE_DAY = [
    ("Instagram", "Practising my birthday cake for next Saturday, 38 next week!"),
    ("Facebook", "Planning my birthday drinks, 40 in three weeks, send ideas"),
    ("X", "Baked my sister's birthday cake today, she's 34"),
    ("Strava", "Belated write-up of my birthday run last weekend"),
]


@pytest.mark.parametrize("genre,text", NOT_ON_THE_DAY)
def test_a_birthday_on_another_day_than_the_post_is_not_dated_by_it(genre, text):
    assert values("date_of_birth", text, field="post", date="2026-05-20") == set(), genre


# --- police: staff wording, abbreviated ranks -------------------------------------------------------

POLICE_STAFF_AND_RANKS = [
    ("Mastodon bio", "Payroll at Norfolk Constabulary (civvy, not an officer). Bread, bikes, bad puns",
     {"Norfolk Constabulary"}),
    ("GitHub bio", "Developer at Cleveland Police - police staff, not a cop", {"Cleveland Police"}),
    ("Strava bio", "Response Sgt, Tameside. Slow miles only", {"police"}),
    ("X bio", "Retd DS. Now a full-time grandad and part-time golfer", {"police"}),
    ("Instagram bio", "Neighbourhood PC 👮 dog mum, gin fan", {"police"}),
    ("LinkedIn headline", "Custody Insp | Coaching | Wellbeing lead", {"police"}),
    ("bio", "ex-Sgt, 28 years in, now driving a minibus for the school", {"police"}),
]


@pytest.mark.parametrize("genre,text,expected", POLICE_STAFF_AND_RANKS)
def test_staff_wording_and_abbreviated_ranks_link_to_the_police(genre, text, expected):
    assert values("police_affiliation", text) == expected, genre


POLICE_FALSE_FRIENDS = [
    ("forum post", "Not a copper, just a massive Line of Duty fan"),
    ("post", "I'm not a cop, I complained to Kent Police about their staff and heard nothing"),
    ("podcast links", "New episode: the Moorside case, with retired DCI Alma Pryce"),
    ("gaming bio", "Built a new gaming PC, ex PC World staff, Steam deck addict"),
    ("newsletter", "Thanks to former Sgt Dennis Hoyle for judging the dog show"),
]


@pytest.mark.parametrize("genre,text", POLICE_FALSE_FRIENDS)
def test_denials_guests_and_namesakes_are_not_a_police_link(genre, text):
    assert values("police_affiliation", text, field="post") == set(), genre


# --- pages of several people's entries ---------------------------------------------------------------

COMMITTEE = [
    ("Role", "Committee"), ("Name", "Committee"), ("Contact", "Committee"),
    ("Chair", "Committee"), ("Dilys Prosser", "Committee"), ("07700 900231", "Committee"),
    ("Membership Secretary", "Committee"), ("Owain Rees", "Committee"),
    ("membership@bowls.example.org\n07700 900232 (after 6pm)", "Committee"),
    ("Treasurer", "Committee"), ("Bethan Lloyd", "Committee"), ("treasurer@bowls.example.org", "Committee"),
    ("Dilys Prosser – Chair", "Dilys Prosser – Chair"),
    ("Dilys has bowled for the county since 1990 and is a lifelong Swansea City fan.", "Dilys Prosser – Chair"),
    ("Owain Rees – Membership Secretary", "Owain Rees – Membership Secretary"),
    ("Owain joined in 2015 after retiring. He keeps the rota and a soft spot for Wrexham, season ticket "
     "at the Racecourse.", "Owain Rees – Membership Secretary"),
]


@pytest.mark.parametrize("owner,phones,emails,clubs", [
    ("Owain Rees", {"+447700900232"}, {"membership@bowls.example.org"}, {"Wrexham"}),
    ("Dilys Prosser", {"+447700900231"}, set(), {"Swansea City"}),
    ("Bethan Lloyd", set(), {"treasurer@bowls.example.org"}, set()),
])
def test_on_a_listing_only_the_owners_entry_is_theirs(owner, phones, emails, clubs):
    from footprint.models import Profile
    from footprint.detect import detect

    profile = Profile(url="https://bowls.example/committee/", platform="website")
    for text, label in COMMITTEE:
        profile.add(text, "page", label=label)
    found = detect(profile, Facts(full_name=owner))
    assert {f.value for f in found if f.category == "phone_number"} == phones
    assert {f.value for f in found if f.category == "email_address"} == emails
    assert {f.value for f in found if f.category == "football_team"} == clubs


def test_a_page_about_one_person_is_no_listing():
    from footprint.detect.listing import listed
    from footprint.models import Profile

    profile = Profile(url="https://jo.example/", platform="website")
    profile.add("Get In Touch", "page")
    profile.add("Ring me on 07700 900233", "page", label="Get In Touch")
    assert listed(profile, Facts(full_name="Jo Bloggs")) is profile
    assert values("phone_number", "Get In Touch", "Ring me on 07700 900233", field="page",
                  facts=Facts(full_name="Jo Bloggs")) == {"+447700900233"}


@pytest.mark.parametrize("text", [
    'git config --global user.email "you@example.com"',
    "Replace your.name@example.org with your own address",
    "Log in as user@example.com / password123 on the demo",
    "e.g. firstname.lastname@example.co.uk",
])
def test_a_placeholder_address_is_nobodys(text):
    assert values("email_address", text, field="readme") == set()


def test_a_number_on_the_line_after_an_address_is_a_phone():
    assert values("phone_number", "jo.b@example.org\n07700 900234 (evenings)", field="page") == {"+447700900234"}


@pytest.mark.parametrize("text,expected", [
    ("Forty. FORTY. How?! 🎂 Thank you for all the lovely messages", {"1986-02-11"}),
    ("Thirty-five! 🎂🥳 thanks for the birthday wishes everyone", {"1991-02-11"}),
    ("40. That's how many cupcakes I piped for the school fair 🎂", set()),
    ("Forty. Forty runs today in the nets, cake after 🎂", set()),
])
def test_an_age_opening_a_birthday_post(text, expected):
    assert values("date_of_birth", text, field="post", date="2026-02-11") == expected


@pytest.mark.parametrize("text,club", [
    ("First game at the new ground 💙 Shaun's a red so he stayed home and sulked #EFC #COYB", "Everton"),
    ("Dad's a Red so the house is split. #MUFC for me", "Manchester United"),
])
def test_the_writers_own_hashtag_is_theirs_whoever_the_sentence_names(text, club):
    assert values("football_team", text, field="post") == ({club} if club else set())


@pytest.mark.parametrize("genre,text", [
    ("bio", "Proud Barnsley lass, nurse, mum of two"),
    ("forum post", "Bolton lad born and bred, living in Kent now and missing proper pies"),
    ("Instagram", "Hull girl at heart 💙 living in Leeds"),
    ("Strava", "Long run past Villa Park and back along the canal"),
    ("post", "Parked behind Goodison for the funeral, lovely service"),
    ("caption", "Grew up in Moss Side, Manchester - my uncle's the season ticket holder, not me"),
])
def test_a_town_person_or_a_ground_on_the_way_is_no_club(genre, text):
    assert values("football_team", text, field="post") == set(), genre


@pytest.mark.parametrize("genre,text,club", [
    ("bio", "Barnsley fan through and through ❤️", "Barnsley"),
    ("post", "At Villa Park every home game, season ticket since 1998", "Aston Villa"),
    ("post", "Goodison for the last ever derby, what a night #EFC", "Everton"),
    ("bio", "Hull girl, Tigers season ticket holder 🐯", "Hull City"),
])
def test_a_club_named_by_its_fans_town_or_ground_is_still_found(genre, text, club):
    assert values("football_team", text, field="post") == {club}, genre


@pytest.mark.parametrize("genre,text,expected", [
    ("fundraiser", "Thanks to everyone at Kent Police who chipped in - my skipper even did the bake sale",
     {"Kent Police"}),
    ("post", "All at Essex Police have been brilliant, and my sergeant let me swap the rest day", {"Essex Police"}),
    ("post", "Thanks to everyone at Kent Police who helped find our dog", set()),
    ("post", "My skipper at the boatyard says the mast needs replacing", set()),
])
def test_a_group_at_a_force_with_the_writers_own_sergeant(genre, text, expected):
    assert values("police_affiliation", text, field="post") == expected, genre


def _profile_police(*posts: str) -> set[str]:
    from footprint.detect import detect
    from footprint.models import Profile

    profile = Profile(url="https://profile.example/", platform="website")
    for text in posts:
        profile.add(text, "post")
    return {f.value for f in detect(profile, Facts()) if f.category == "police_affiliation"}


@pytest.mark.parametrize("posts,expected", [
    (("Nights again for him, pizza for one #PoliceWife", "Dorset Police have him till Boxing Day, so we'll do "
      "presents on the 27th"), {"Dorset Police"}),
    (("Proud police husband today", "Her passing-out parade with Avon and Somerset Police, she was beaming"),
     {"Avon and Somerset Police"}),
    (("#PoliceFamily", "Complained to Kent Police about the fireworks next door, she never rang back"), {"police"}),
    (("Nights again for him, pizza for one", "Dorset Police have him till Boxing Day"), set()),
])
def test_a_police_family_word_makes_the_partners_force_the_households(posts, expected):
    assert _profile_police(*posts) == expected


def _in_community(label: str, text: str) -> set[str]:
    from footprint.detect import detect
    from footprint.models import Profile

    profile = Profile(url="https://www.reddit.com/user/example/", platform="reddit")
    profile.add(text, "comment", label=label)
    return {f.value for f in detect(profile, Facts()) if f.category == "football_team"}


@pytest.mark.parametrize("label,text,expected", [
    ("r/wolves", "Same again. Season ticket behind the goal since 2009 and it's never been this bad",
     {"Wolverhampton Wanderers"}),
    ("r/coys", "We need a proper left back, been saying it for three seasons", {"Tottenham Hotspur"}),
    ("r/Gunners", "We need a striker, same as every January", {"Arsenal"}),
    ("r/stockport", "We live just off the A6 and the roadworks have been a nightmare since 2024", set()),
    ("r/wolves", "Lovely ground, had a great away day there with the Blades lot", set()),
    ("r/wolves", "Not my team but fair play to them this season", set()),
    ("r/worcester", "Season ticket holder at the cricket since 2011", set()),
])
def test_a_fans_post_in_a_clubs_own_community(label, text, expected):
    assert _in_community(label, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Our treasurer Ceri can be found in the East Stand at the Cardiff City Stadium most Saturdays, shouting at "
     "the ref", {"Cardiff City"}),
    ("Ceri drove past the Cardiff City Stadium on the way to the match", set()),
])
def test_being_in_a_grounds_stand_is_support(text, expected):
    assert values("football_team", text, field="about") == expected


@pytest.mark.parametrize("text", [
    "stop-and-search-tidy: cleans data.police.uk CSVs for any force (tested on Kent Police, GMP and Dorset)",
    "A dashboard of police.uk API data for every force's neighbourhoods",
])
def test_forces_as_the_data_a_tool_reads_are_no_link(text):
    assert values("police_affiliation", text, field="readme") == set()
