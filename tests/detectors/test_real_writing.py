"""Issue 13 on real writing: home wording beyond "I live in", other people's police links,
and a page about its owner in the third person. Each table pairs true cases with false friends."""

import pytest

from footprint.facts import Facts
from tests.detectors.helpers import values

# (text, home found): the ways people say where they live without "I live in"
HOME_WORDING = [
    ("Keys collected at last! 🔑 Kirkby Stephen for the foreseeable", {"Kirkby Stephen"}),
    ("Finally got the keys!! Hexham, brace yourselves", {"Hexham"}),
    ("We got the keys to our new place in Stroud on Friday", {"Stroud"}),
    ("Posting from the spare room of our semi in Bromsgrove again", {"Bromsgrove"}),
    ("Ten minutes from my front door in Ludlow there is a proper hill", {"Ludlow"}),
    ("We bought a cottage a few miles outside Brecon and never looked back", {"Brecon"}),
    ("Out of the shared house at last and into a tiny flat in Gosforth", {"Gosforth"}),
    ("We left our one-bed in Dudley for a house with a garden in Kidderminster", {"Kidderminster"}),
    ("We moved out of the rented flat in Luton to Dunstable in May", {"Dunstable"}),
    ("Nan is just round the corner from us in Brixham, which helps with school pick-ups", {"Brixham"}),
    ("We're only round the corner in Heaton, happy to help look", {"Heaton"}),
    ("We're in Frodsham ourselves and the chippy there is great", {"Frodsham"}),
    ("Lives up Otley way with two whippets", {"Otley"}),
]

HOME_NOT = [
    "I'm in Chester for the weekend, any brunch tips?",
    "We're in Whitby tonight, fish and chips on the harbour",
    "Got the keys to the minibus for the away trip",
    "My sister's flat in Poole has a sea view",
    "Her new house in Falmouth is lovely, so jealous",
    "Someday a cottage in Cornwall, one can dream",
    "We moved out of Crewe to Nantwich at 19 for university",
]


@pytest.mark.parametrize("text,expected", HOME_WORDING)
def test_home_wording_variants(text, expected):
    assert values("home_location", text, field="post") == expected


@pytest.mark.parametrize("text", HOME_NOT)
def test_visits_other_peoples_and_wished_for_homes_are_not_home(text):
    assert values("home_location", text, field="post") == set()


def test_a_field_labelled_whereabouts_names_a_district():
    assert values("home_location", "Whereabouts: Jesmond-ish", field="profile_field") == {"Jesmond"}


# Police words about someone else: a named colleague, a titled guest, a relative's career,
# an adversary, a book or game, a denial
POLICE_NOT_MINE = [
    "Big congratulations to Priya Desai – just promoted to sergeant with Kent Police",
    "Raffle drawn by Marcus, a retired Dorset Police inspector who never misses a fete",
    "PCSO Hannah Lowe from the Cumbria Police rural team will give a talk on scams",
    "Grandad's 80th today. Forty years in the Royal Ulster Constabulary and still sharp as a tack.",
    "Got a notice of intended prosecution from Essex Police this morning, 36 in a 30",
    "Reading a detective sergeant memoir this week and loving it",
    "Streaming Police Simulator tonight, come and heckle",
    "The Police and Crime Commissioner's office published the figures at last",
    "Growing up on our estate, nobody we knew joined the police.",
]

POLICE_MINE = [
    ("Caught up with my tutor PC Aled Rees at Dyfed-Powys Police today", {"Dyfed-Powys Police"}),
    ("Twenty years with Cleveland Police and I still enjoy nights", {"Cleveland Police"}),
]


@pytest.mark.parametrize("text", POLICE_NOT_MINE)
def test_other_peoples_police_links_are_not_the_writers(text):
    assert values("police_affiliation", text, field="post") == set()


@pytest.mark.parametrize("text,expected", POLICE_MINE)
def test_the_writers_own_police_links_are_kept(text, expected):
    assert values("police_affiliation", text, field="post") == expected


def test_a_named_force_makes_a_generic_link_redundant():
    found = values("police_affiliation", "Special constable, views my own",
                   "Proud to serve with Lincolnshire Police", field="post")
    assert found == {"Lincolnshire Police"}


MEMBERS_PAGE = (
    "Joan has sung with us for years; she was born and raised in Selby and lives in Tadcaster.",
    "Rob is our loudest tenor. By day he's a custody sergeant with Humberside Police. "
    "Rob is a proud Goole lad (ask him) who now lives up Howden way.",
    "Priya joined last spring. She lives in Beverley with her partner.",
)


@pytest.mark.parametrize("category,expected", [
    ("police_affiliation", {"Humberside Police"}),
    ("birthplace", {"Goole"}),
    ("home_location", {"Howden"}),
])
def test_a_page_about_several_people_gives_only_the_owners_details(category, expected):
    facts = Facts(full_name="Rob Example")
    assert values(category, *MEMBERS_PAGE, field="page", facts=facts) == expected


# Dates of birth told indirectly: an age on a dated post, "turned N" with a day, "my Nth" with a month and day
DOB_INDIRECT = [
    (("Fifty-two today 🎂 and the grandkids baked", "post", "2025-02-03"), {"1973-02-03"}),
    (("Twenty-eight today! Not a clue where the years went.", "post", "2024-11-30"), {"1996-11-30"}),
    (("40 and fabulous 🥂 best birthday with the girls", "post", "2023-07-21"), {"1983-07-21"}),
    (("Reached the big one: I turned fifty on Burns Night", "post", None), {"--01-25"}),
    (("I turned 33 last Tuesday and my knees know it", "post", "2025-05-15"), {"1992-05-13"}),
    (("Turned 45 yesterday, cake for breakfast", "post", "2024-06-02"), {"1979-06-01"}),
    (("Swam 40 lengths for my 40th in June - the 9th, for the record", "bio", None), {"--06-09"}),
]

DOB_NOT_MINE = [
    ("Dad turns 70 on the 3rd of August, party at the club", "post", "2025-07-01"),
    ("Our Maisie is 9 today! 🎂", "post", "2025-03-03"),
    ("The spaniel turned 4 on Sunday, spoilt rotten 🐶", "post", "2025-03-03"),
    ("🎂 The channel turns 3 on 21.09!", "bio", None),
    ("Nan's 90th today, the whole street came", "post", "2025-03-03"),
    ("Twelve miles today, legs are done", "post", "2025-03-03"),
]


@pytest.mark.parametrize("args,expected", DOB_INDIRECT)
def test_indirect_dates_of_birth(args, expected):
    text, field, date = args
    assert values("date_of_birth", text, field=field, date=date) == expected


@pytest.mark.parametrize("text,field,date", DOB_NOT_MINE)
def test_relatives_pets_and_things_ages_are_not_the_writers(text, field, date):
    assert values("date_of_birth", text, field=field, date=date) == set()


# Birthplaces a gazetteer may not know, when the words leave no doubt; false friends that look alike
BIRTH_GUESS = [
    ("Handsworth born and bred, Villa till I die", {"Handsworth"}),
    ("Accra-born, London-raised designer", {"Accra"}),
    ("Born and dragged up in Tonypandy", {"Tonypandy"}),
    ("Born in Norwich, raised in Ipswich, so don't ask about the derby", {"Norwich"}),
]

BIRTH_NOT = [
    "Canadian-born singer on the radio again",
    "First-born arrived at 3am!",
    "Bred in the bone, as Gran used to say",
]


@pytest.mark.parametrize("text,expected", BIRTH_GUESS)
def test_birthplaces_by_sure_wording(text, expected):
    assert values("birthplace", text) == expected


@pytest.mark.parametrize("text", BIRTH_NOT)
def test_nationalities_and_figures_of_speech_are_not_birthplaces(text):
    assert values("birthplace", text) == set()


def test_a_town_and_county_line_at_the_top_of_a_cv_is_home():
    cv = "JO EXAMPLE\nProject Manager | Ex-Police Staff\n\nHinckley, Leicestershire\nMob: 07700 900 111\n"
    assert values("home_location", cv, field="text") == {"Hinckley"}


def test_a_town_and_county_deep_in_a_cv_is_a_job_not_a_home():
    cv = "JO EXAMPLE\n" + "Worked on many projects for many clients over the years.\n" * 10 + "Hinckley, Leicestershire\n"
    assert values("home_location", cv, field="text") == set()


@pytest.mark.parametrize("text", [
    "We meet on Mondays at the Old Mill Community Hall, Thirsk YO7 9ZZ. All welcome!",
    "© 2024 Meadow Lane Joinery · Handmade in Devon",
])
def test_venues_and_copyright_years_are_not_home(text):
    assert values("home_location", text, field="page") == set()


def test_a_county_gives_way_to_the_town_in_it():
    found = values("home_location", "Leeds", "West Yorkshire", field="location", hint="home_location")
    assert found == {"Leeds"}


def test_police_in_crime_fiction_is_a_topic():
    assert values("police_affiliation", "Thread: crime fiction keeps getting police work wrong", field="post") == set()


# The gazetteer: city districts (uk_districts.tsv) and world cities (world_places.tsv) are known
# places, so the wordings that need a known place find them; everyday words and products are not places.
GAZETTEER = [
    ("We're in Shawlands ourselves, five minutes from the park", "home_location", {"Shawlands"}),
    ("Currently located in Ancoats", "home_location", {"Ancoats"}),
    ("As of 2021, Nairobi.", "home_location", {"Nairobi"}),
    ("Roath", "home_location", {"Roath"}),
    ("Lahore-born, never lost the accent", "birthplace", {"Lahore"}),
    ("Currently located in Lewisham", "home_location", {"Lewisham"}),
    ("Hanley-born, moved south at eighteen", "birthplace", {"Hanley"}),
    ("As of 2019, Tower Hamlets.", "home_location", {"Tower Hamlets"}),
]

GAZETTEER_NOT = [
    ("We're in Tesco again, third time today", "home_location"),
    ("Currently located in Slack, ping me there", "home_location"),
    ("The build servers moved to Russia last year", "home_location"),
    ("Batman", "home_location"),
    ("Nice", "home_location"),
    ("Living in TechnoPark flats while the house is rebuilt", "home_location"),   # part of a word is no place
]


@pytest.mark.parametrize("text,category,expected", GAZETTEER)
def test_districts_and_world_cities_are_known_places(text, category, expected):
    assert values(category, text) == expected


@pytest.mark.parametrize("text,category", GAZETTEER_NOT)
def test_everyday_words_and_things_are_not_places(text, category):
    assert values(category, text) == set()


@pytest.mark.parametrize("text", [
    "Got the keys! Tesla Model 3 arrives Friday",
    "I'm in Durham on Tuesday for a meeting",
    "We're in Cardiff right now, queue for the castle is huge",
])
def test_new_cars_and_day_trips_are_not_homes(text):
    assert values("home_location", text, field="post") == set()


def test_a_name_then_town_county_and_country_line_is_home():
    assert values("home_location", "Jo Example Penarth, Vale of Glamorgan, United Kingdom", field="page") == {"Penarth"}


# Meeting the police as a member of the public, or an officer named by rank: someone else's link
ENCOUNTERS = [
    "Huge thanks to the officers from Gwent Police who stopped to help after the prang",
    "Had a PCSO knock on the door about the break-ins on our road",
    "Met a lovely sergeant at the open day, really patient with the kids",
    "Insp Okafor from Wiltshire Police opened the new skate park today",
]


@pytest.mark.parametrize("text", ENCOUNTERS)
def test_meeting_the_police_is_not_a_link(text):
    assert values("police_affiliation", text, field="post") == set()


@pytest.mark.parametrize("text,expected", [
    ("Response Sgt Example here, Wiltshire Police, views my own", {"Wiltshire Police"}),
    ("Sgt on nights with Gwent Police, views my own", {"Gwent Police"}),
])
def test_an_officer_introducing_themself_by_rank_is_a_link(text, expected):
    assert values("police_affiliation", text, field="post") == expected


# More everyday wordings, in a dated post (Tuesday 10 June 2025)
MORE_WORDINGS = [
    ("Home is a two-up two-down in Nantwich with a very nosy dog", "home_location", {"Nantwich"}),
    ("Lived in Hull for nine years now and not leaving", "home_location", {"Kingston upon Hull"}),
    ("Been in Chorley since 2016, best move we made", "home_location", {"Chorley"}),
    ("I was born in the General Hospital in Carlisle", "birthplace", {"Carlisle"}),
    ("Born and raised on the Isle of Man", "birthplace", {"Isle of Man"}),
    ("Grew up on a farm just outside Builth Wells", "birthplace", {"Builth Wells"}),
    ("Celebrating my 60th today with the whole clan", "date_of_birth", {"1965-06-10"}),
    ("Turning 35 on Saturday, cake orders welcome", "date_of_birth", {"1990-06-14"}),
    ("It's my birthday today! 31 and feeling it", "date_of_birth", {"1994-06-10"}),
    ("Happy birthday to me 🎂", "date_of_birth", {"--06-10"}),
    ("The big 5-0 today 🎉", "date_of_birth", {"1975-06-10"}),
]

MORE_NOT = [
    ("Happy birthday to my little sister 🎂", "date_of_birth"),
    ("Grandad turned 90 yesterday, still sharp", "date_of_birth"),
    ("Born in the General Hospital, the one they knocked down", "birthplace"),
]


@pytest.mark.parametrize("text,category,expected", MORE_WORDINGS)
def test_more_everyday_wordings(text, category, expected):
    assert values(category, text, field="post", date="2025-06-10") == expected


@pytest.mark.parametrize("text,category", MORE_NOT)
def test_more_false_friends(text, category):
    assert values(category, text, field="post", date="2025-06-10") == set()


@pytest.mark.parametrize("text,category", [
    ("Our holiday cottage in Padstow was perfect", "home_location"),
    ("Our old house in Wigan sold at last", "home_location"),
    ("Round the corner in Soho there's a great bar", "home_location"),
    ("Manchester-born actor in the news again", "birthplace"),
    ("Congratulations to Jess Walker, who turned 40 last Tuesday", "date_of_birth"),
])
def test_holiday_lets_old_houses_bars_and_strangers_are_not_the_writers(text, category):
    assert values(category, text, field="post", date="2025-06-10") == set()


def test_a_born_noun_in_a_bio_is_the_owner():
    assert values("birthplace", "Leeds-born nurse and mum of two", field="bio") == {"Leeds"}


@pytest.mark.parametrize("text,expected", [
    ("The detectives I've interviewed for the podcast all say the job is paperwork", set()),
    ("The officers I work with at Dorset Police are brilliant", {"Dorset Police"}),
])
def test_officers_the_writer_met_are_not_the_writer(text, expected):
    assert values("police_affiliation", text, field="post") == expected
