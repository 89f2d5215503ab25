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
