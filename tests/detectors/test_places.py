"""Home location and birthplace, kept apart; gazetteer places and full UK postcodes."""

import pytest

from tests.detectors.helpers import values

HOME = [
    ("📍 Harrogate", "Harrogate"),
    ("🏡 Stockport", "Stockport"),
    ("Now living in Truro with the dog", "Truro"),
    ("Based in Milton Keynes", "Milton Keynes"),
    ("Moved to Carlisle last year", "Carlisle"),
    ("I live in Bury St Edmunds", "Bury St Edmunds"),
    ("Send post to 14 Acacia Avenue please", "14 Acacia Avenue"),
    ("Postcode is LS6 9ZZ", "LS6 9ZZ"),
    ("Chester, Cheshire", "Chester"),
]


@pytest.mark.parametrize("text,value", HOME)
def test_home_locations(text, value):
    assert value in values("home_location", text)


BIRTHPLACE = [
    ("Born and raised in Huddersfield", "Huddersfield"),
    ("Originally from Aberystwyth", "Aberystwyth"),
    ("Blackpool born & bred", "Blackpool"),
    ("Proud Dundee lass", "Dundee"),
    ("Grew up in Belfast", "Belfast"),
    ("Hometown: Carlisle", "Carlisle"),
    ("Back in Swansea, the town I grew up in", "Swansea"),
    ("Born: Bath, 1980", "Bath"),
]


@pytest.mark.parametrize("text,value", BIRTHPLACE)
def test_birthplaces(text, value):
    assert values("birthplace", text) == {value}


def test_home_and_birthplace_kept_apart():
    assert values("birthplace", "📍 Chester") == set()
    assert values("home_location", "Born in Chester") == set()


NOT_A_PLACE_OF_THE_USER = [
    "Gig in Leigh-on-Sea tonight",
    "Passed out at Hendon",
    "Weekend at Chester Zoo",
    "Long bath and an early night",
    "Training course in Coventry next week",
]


@pytest.mark.parametrize("text", NOT_A_PLACE_OF_THE_USER)
def test_places_mentioned_in_passing_are_not_home(text):
    assert values("home_location", text) == set()
    assert values("birthplace", text) == set()


def test_location_field_takes_the_first_part():
    assert values("home_location", "Ipswich, England, United Kingdom", hint="home_location") == {"Ipswich"}
    assert values("home_location", "United Kingdom", hint="home_location") == set()


@pytest.mark.parametrize("code,ok", [("SW1A 1AA", True), ("EC1A 1BB", True), ("W1A 0AX", True), ("M1 1AE", True),
                                     ("B33 8TH", True), ("CR2 6XH", True), ("DN55 1PT", True), ("QQ1 1AA", False),
                                     ("AB1 1CI", False), ("12345", False)])
def test_postcode_validation(code, ok):
    assert bool(values("home_location", f"post to {code}")) is ok


@pytest.mark.parametrize("text,birthplace,home", [
    ("Aberdonian in Perth these days", {"Aberdeen"}, {"Perth"}),
    ("I'm a Brummie through and through", {"Birmingham"}, set()),
    ("Sheffielder born n bred, Rotherham these days", {"Sheffield"}, {"Rotherham"}),
    ("proud Hartlepudlian 💙", {"Hartlepool"}, set()),
    ("Lived in Carlisle all my life", {"Carlisle"}, {"Carlisle"}),
    ("Originally Truro, now Exeter", {"Truro"}, {"Exeter"}),
    ("Living in MK these days", set(), {"Milton Keynes"}),
    ("Wigan these days", set(), {"Wigan"}),
])
def test_demonyms_aliases_and_lifelong_places(text, birthplace, home):
    assert values("birthplace", text) == birthplace
    assert values("home_location", text) == home


def test_a_demonym_about_other_people_says_nothing_of_the_user():
    assert values("birthplace", "The Geordies in the away end were loud") == set()


@pytest.mark.parametrize("text,birthplace,home", [
    ("Kettering-based runner", set(), {"Kettering"}),
    ("Crawley-born, Horsham-based", {"Crawley"}, {"Horsham"}),
    ("Resident of Poole", set(), {"Poole"}),
    ("Salisbury resident since 1991", set(), {"Salisbury"}),
    ("From and still in Mansfield", {"Mansfield"}, {"Mansfield"}),
    ("I've lived in Stafford for ten years now", set(), {"Stafford"}),
    ("Corby kid at heart", {"Corby"}, set()),
    ("New place in Tettenhall finally has curtains", set(), {"Tettenhall"}),
    ("Darlo lad born and bred", {"Darlington"}, set()),
])
def test_more_ways_of_saying_home_and_birthplace(text, birthplace, home):
    assert values("birthplace", text) == birthplace
    assert values("home_location", text) == home


@pytest.mark.parametrize("text", [
    "Now living in Denial about the washing up",
    "Foyle Physio, 14 Shipquay Street, Derry BT48 6ZZ. Tel 028 9649 6123",
    "Lost keys found outside Sarum Hardware, 22 Fisherton Street, SP2 7ZZ. Handed in to the shop.",
])
def test_not_the_users_home(text):
    assert values("home_location", text) == set()


def test_a_plural_demonym_is_a_crowd_or_a_team():
    assert values("birthplace", "Cumbrians 💙 Brunton Park since '94") == set()
    assert values("birthplace", "Cumbrian and proud") == {"Cumbria"}


def test_my_kitchen_in_a_town_is_home():
    assert values("home_location", "Cakes baked in my wee kitchen in Ayr") == {"Ayr"}


@pytest.mark.parametrize("text,home", [
    ("Illustrator & map-maker in York 🗺️ | Minstermen", {"York"}),
    ("Bootcamps & 1:1 PT 💪 Stevenage", {"Stevenage"}),
    ("Home studio: 14 Example Grove, Acomb, York YO24 9ZZ. Visits by appointment.",
     {"14 Example Grove, Acomb, York YO24 9ZZ"}),
])
def test_bio_items_and_whole_addresses(text, home):
    assert values("home_location", text) == home


def test_a_place_inside_a_bio_sentence_is_not_a_bio_item():
    assert values("home_location", "Big fan of pizza in Rome and pasta in Bologna too") == set()


def test_born_here_and_region_nicknames():
    assert values("birthplace", "Launch night back in Guildford, the town I was born in") == {"Guildford"}
    assert values("home_location", "Tractor Boy, even living in Posh country") == set()


# The common English forms real people use for where they are from and where they live.
@pytest.mark.parametrize("text,birthplace", [
    ("I'm from Shropshire, for my sins", {"Shropshire"}),
    ("We come from Rotherham originally", {"Rotherham"}),
    ("I spent my childhood in Penzance", {"Penzance"}),
    ("Born in a little market town called Brigg", {"Brigg"}),
    ("I grew up just outside Lincoln", {"Lincoln"}),
    ("Born in 1983 in Stornoway", {"Stornoway"}),
    ("Born, Dundee, Scotland in 1979", {"Dundee"}),
    ("Kirkwall born, Thurso based", {"Kirkwall"}),
])
def test_birthplace_wording(text, birthplace):
    assert values("birthplace", text) == birthplace


@pytest.mark.parametrize("text,home", [
    ("Where I live: Malvern, since 2021", {"Malvern"}),
    ("Currently located in Stamford", {"Stamford"}),
    ("We live just outside of Ludlow", {"Ludlow"}),
    ("Home will always be Tenby", {"Tenby"}),
    ("As of 2018, Shrewsbury.", {"Shrewsbury"}),
    ("We moved up to Alnwick in 2020", {"Alnwick"}),
    ("The van got broken into outside ours in Bootle", {"Bootle"}),
])
def test_home_wording(text, home):
    assert values("home_location", text) == home


@pytest.mark.parametrize("text", [
    "Then I moved to Turbo Pascal and never looked back",
    "Our team moved to Kotlin last year",
    "The whole stack moved to Docker",
    "As of 2019, Haskell.",
    "Living in Pyjamas this weekend",
])
def test_non_places_are_not_homes(text):
    assert values("home_location", text) == set()


@pytest.mark.parametrize("text,place", [
    ("Place of birth:   Melksham, Wiltshire", "Melksham"),
    ("PLACE OF BIRTH - Ilkeston", "Ilkeston"),
    ("A proper Lytham lass through and through", "Lytham"),
])
def test_a_cv_field_or_the_short_form_of_a_saints_town_is_a_birthplace(text, place):
    assert values("birthplace", text) == {place}


@pytest.mark.parametrize("text", [
    "Place of work: Melksham depot",
    "The place of birth field was left blank",
])
def test_not_a_place_of_birth(text):
    assert values("birthplace", text) == set()


@pytest.mark.parametrize("text", [
    "Ceremony: 2.15pm at the Cider Barn, Orchard Lane, Taunton TA1 9ZZ. Please be seated by 2pm!",
    "Saturday 10am till 4pm on the green, Little Snoring, Fakenham NR21 9ZZ. Free entry, cakes galore.",
    "Spring fair at Ledbury Village Hall, HR8 9ZZ, tickets on the door",
])
def test_an_events_venue_is_not_a_home(text):
    assert values("home_location", text) == set()


def test_a_home_address_beside_no_event_words_is_still_a_home():
    assert values("home_location", "Home: 12 Elm Row, Ledbury HR8 9ZZ") == {"12 Elm Row, Ledbury HR8 9ZZ"}


@pytest.mark.parametrize("text,found", [
    ("From: Tiverton (the nice end)", {"Tiverton"}),
    ("Pronouns: she/her | From: Tiverton", {"Tiverton"}),
    ("Message from: Tiverton Rotary", set()),
    ("Flights from: Exeter", set()),
])
def test_a_from_field_is_a_birthplace(text, found):
    assert values("birthplace", text) == found


# "We're up/over in X", "back home to X": home, unless the words after make it a visit
@pytest.mark.parametrize("text,found", [
    ("We're up in Thirsk, so shout if you pass.", {"Thirsk"}),
    ("We’re only over in Knutsford now.", {"Knutsford"}),
    ("Back home to Okehampton after a fortnight on the road.", {"Okehampton"}),
    ("Made it home to Hexham at last", {"Hexham"}),
    ("We're up in Ullapool for the week.", set()),
    ("Back home to Kendal for Gran's 90th.", set()),
    ("Heading back home to Omagh for Christmas", set()),
    ("We're out in Town tonight", set()),
])
def test_we_are_up_in_and_back_home_to(text, found):
    assert values("home_location", text, field="post") == found


def test_short_form_of_a_le_place():
    assert values("home_location", "We're down in Chapel, so come by", field="post") == set()
    assert values("home_location", "I live in Thornton now", field="post") == {"Thornton"}
    assert values("home_location", "We're just in Houghton, two minutes away", field="post") == {"Houghton"}


# A county beside the town of birth is one birthplace, the town
@pytest.mark.parametrize("text,found", [
    ("Shropshire lass born in Oswestry, now in Ludlow.", {"Oswestry"}),
    ("Yorkshire born, Whitby bred", {"Whitby"}),
    ("Kent girl. Love dogs.", {"Kent"}),
])
def test_a_county_with_the_town_is_the_town(text, found):
    assert values("birthplace", text, field="post") == found


def test_a_pin_before_an_ordinary_word_is_no_home():
    assert values("home_location", "🏡 Lost & found, bin days and more", field="about") == set()
    assert values("home_location", "🏡 Lostwithiel", field="about") == {"Lostwithiel"}
