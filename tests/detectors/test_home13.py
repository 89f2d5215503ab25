"""Home location, round eleven (home13): homes told by closeness, a street or a town lived in for years, a CV's
contact line, a pinned county, a commute's start, 'mine' for the writer's house; and false homes (a workplace
'based out of', a place in a college's name, a trip), each with false friends in new words."""

from __future__ import annotations

import pytest

from tests.detectors.helpers import values

HOMES = [
    # closeness: the place in the sentence, or the one just before
    ("post", "Filey brigg at low tide never gets old. Perks of living ten minutes away 🌊", "Filey"),
    ("post", "not Morecambe again, just Heysham harbour, practically my back garden", "Heysham"),
    ("post", "Sorry all, we're a couple of miles outside Malton so the bus is hopeless.", "Malton"),
    ("post", "Nothing beats getting back to Louth after a set of nights, dog on my feet.", "Louth"),
    # a town or a street lived in for years
    ("post", "Brummie by birth, been in Lichfield the last nine yrs and not leaving.", "Lichfield"),
    ("post", "We've been down on Sorrel Way fourteen years now, so yes, the potholes are ours too.", "Sorrel Way"),
    ("post", "Settled in Cromer and been in Cromer ever since the kids were small.", "Cromer"),
    ("post", "Gorleston born and bred and I've never lived anywhere else, so expect half the town.", "Gorleston"),
    ("post", "Workington born and bred, never left, never will.", "Workington"),
    ("post", "Born and raised in Kendal, never left. Sponsor me!", "Kendal"),
    # how a home is said
    ("post", "I live over in Gateshead, handy for the Metro.", "Gateshead"),
    ("post", "I live on the Isle of Wight, ferries permitting.", "Isle of Wight"),
    ("post", "These days home is the vicarage at Kirkoswald, draughty but ours.", "Kirkoswald"),
    ("post", "We bought in Marple in 2019 and the prices have gone daft since.", "Marple"),
    ("post", "Raffle money can be dropped round to mine on Foxglove Rise any evening.", "Foxglove Rise"),
    ("post", "Lift sorted, I'm at mine near Otley so can grab you on the way.", "Otley"),
    ("bio", "Selby to York commuting by bike, rain or shine.", "Selby"),
    ("bio", "Commute to work: Ossett to Wakefield every day", "Ossett"),
    ("bio", "Florist 💐 Leics 📍 | weddings & funerals", "Leics"),
]


@pytest.mark.parametrize("field,text,place", HOMES)
def test_round_eleven_homes(field, text, place):
    assert place in values("home_location", text, field=field), text


CONTACT_LINES = [
    ("# Priya Shah\n\n**Paralegal** · Otley (LS21) · 07700 900517 · [p.shah@example.com](mailto:p.shah@example.com)",
     "Otley"),
    ("TOM BRAY\nSupply Chain Analyst\n\nPenistone, Barnsley S36  |  07700 900268  |  tom.bray@example.com\n", "Penistone"),
    ("Sam Ford · Frome, Somerset · sam.ford@example.com", "Frome"),
    ("Washington, Tyne & Wear NE38 07700 900341 jo.lund@example.com", "Washington"),   # the bars dropped
]


@pytest.mark.parametrize("text,place", CONTACT_LINES)
def test_a_cv_contact_line_names_the_home_town(text, place):
    assert place in values("home_location", text, field="page")


FALSE_FRIENDS = [
    # closeness said of another, or of something that is no home
    ("post", "Bridlington today. My sister's living five minutes away from the harbour now"),
    ("post", "Lunch in Harrogate. My back garden is a disgrace though."),
    ("post", "We're a couple of miles outside Ripon tonight, see you at nine"),
    ("post", "I'm five miles outside Leeds on the M62, stuck in traffic"),
    ("post", "Getting back to Doncaster after the match took three hours"),
    # years somewhere that is not a home
    ("post", "been on Fleet Street for two hours waiting for a taxi"),
    ("post", "Tadcaster born and bred, never left the house without a brolly"),
    ("post", "Ayr born and bred but I never lived there as an adult"),
    ("post", "Born and raised in Troon, never left for long until uni."),
    # someone else's home, or a place that is not one
    ("post", "my brother lives over on the Wirral with his dogs"),
    ("post", "living on the Edge of Reason again this week"),
    ("post", "Home is the cottage at Christmas, the flat the rest of the year"),
    ("post", "come round to mine on Tuesday for tea"),
    ("post", "a mate of mine in Keswick swears by it"),
    ("post", "The Wigan to Bolton train was cancelled again"),
    ("post", "My husband's Hexham to Carlisle commute is a slog"),
    ("post", "Leeds to London commuter line is a joke"),
    ("bio", "Visiting Tenby next week 🏖️"),
    # a workplace, a college
    ("post", "I'm the force's welfare lead for Avon & Somerset Police, based out of Portishead most days."),
    ("post", "Trained at Trinity College Carmarthen near Swansea, qualified in 2004."),
]


@pytest.mark.parametrize("field,text", FALSE_FRIENDS)
def test_round_eleven_false_friends(field, text):
    assert values("home_location", text, field=field) == set(), text


NOT_CONTACT_LINES = [
    "Open daily | Whitby | 01947 900000",
    "Venue: Selby Abbey · 01757 900 000 · events@example.org",
    "Leeds Town Hall | 0113 496 0000 | bookings@example.org",
]


@pytest.mark.parametrize("text", NOT_CONTACT_LINES)
def test_a_business_or_venue_contact_line_is_no_home(text):
    assert values("home_location", text, field="page") == set()


def test_the_village_the_writer_moved_into_is_the_one_the_page_is_headed_with():
    text = ("GREAT AYTON PARISH NOTES, APRIL\n\nA word from the beat: since Sol and I (and the cat) moved into\n"
            "the village last spring we've been made very welcome.")
    assert "Great Ayton" in values("home_location", text, field="page")


@pytest.mark.parametrize("text", [
    "GREAT AYTON PARISH NOTES\n\nThe Okoros moved into the village last spring and run the shop.",
    "GREAT AYTON PARISH NOTES\n\nWhen I was small we lived in the village, above the bakery.",
    "GREAT AYTON PARISH NOTES\n\nDo I want to move to the village one day? Perhaps.",
])
def test_someone_elses_or_a_past_village_is_no_home(text):
    assert values("home_location", text, field="page") == set()


@pytest.mark.parametrize("text,place", [
    ("Stroud PT 💪 small-group sessions", "Stroud"),
    ("Puppy classes from your friendly Bangor dog walker", "Bangor"),
])
def test_a_local_trade_after_a_town_in_a_bio(text, place):
    assert place in values("home_location", text, field="bio")


@pytest.mark.parametrize("text", ["Everton fan and PT", "my cousin's Truro florist shop", "Derby PTs are the best"])
def test_a_town_before_no_trade_or_anothers_trade(text):
    assert values("home_location", text, field="bio") == set()


def test_moving_out_of_a_town_says_it_is_home_now():
    assert values("home_location", "Moving out of Skipton would double my commute, so no.", field="post") == {"Skipton"}
    assert values("home_location", "We're thinking of moving away from Barrow next year.", field="post") == {"Barrow"}


@pytest.mark.parametrize("text", [
    "Since moving out of Thirsk I sleep better.",
    "After moving away from Keswick we tried a flat in town.",
    "my parents are moving out of Ripon in May",
])
def test_moving_out_after_the_fact_or_of_others_is_no_home(text):
    assert values("home_location", text, field="post") == set()


@pytest.mark.parametrize("text", [
    "Saturdays when Morecambe are at home the car park is rammed.",
    "Back on the terraces at Priestfield Way watching Gillingham again.",
    "Can't believe the house prices in Hebden now.",
])
def test_a_team_at_home_or_house_prices_are_no_home(text):
    assert values("home_location", text, field="post") == set()


def test_a_numbered_address_on_a_wynd_or_a_garth():
    assert "27 Thistlebank Wynd" in values("home_location", "Home: 27 Thistlebank Wynd, Bathgate", field="post")
    assert "6 Rowan Garth" in values("home_location", "Post to 6 Rowan Garth please", field="post")


def test_the_owner_in_the_village_on_a_club_page_titled_with_it():
    from footprint.detect import detect
    from footprint.facts import Facts
    from footprint.models import Profile

    def homes(line: str) -> set[str]:
        profile = Profile(url="https://club.example/committee", platform="website")
        profile.add("Committee - Great Ayton Bowls Club", "title")
        profile.add(line, "page")
        return {f.value for f in detect(profile, Facts(full_name="Nadia Kerr")) if f.category == "home_location"}

    assert homes("Treasurer - Nadia Kerr. Nadia's in the village, so drop subs round to her.") == {"Great Ayton"}
    assert homes("Treasurer - Nadia Kerr. Colin's in the village, so drop subs round to him.") == set()
    assert homes("Treasurer - Nadia Kerr. Nadia's in the village hall on Fridays.") == set()


@pytest.mark.parametrize("text,place", [
    ("Sofa, Keswick, 9pm, two days off at last.", "Keswick"),
    ("The kids wrapped forty raffle prizes on the living room floor in Penrith.", "Penrith"),
])
def test_a_spot_at_home_names_the_town(text, place):
    assert values("home_location", text, field="post") == {place}


@pytest.mark.parametrize("text", [
    "Kitchen table, Sheffield Arena, 8pm, shift done",
    "We ate round the kitchen table at Grandma's",
    "Bought a kitchen table in Harrogate from a charity shop",
])
def test_a_table_elsewhere_is_no_home(text):
    assert values("home_location", text, field="post") == set()


@pytest.mark.parametrize("group,street", [("Larkspur Way Neighbours 🏡", {"Larkspur Way"}),
                                          ("Cobden Street Residents", {"Cobden Street"}),
                                          ("Mill Road Runners 🏃", set()), ("Book club", set())])
def test_a_chat_group_of_a_streets_residents_names_the_users_street(group, street):
    from footprint.detect import detect
    from footprint.facts import Facts
    from footprint.models import Profile

    profile = Profile(url="file:///chat.txt", platform="website")
    profile.add(group, "title", label="group name")
    profile.add("Bins are Thursday this week", "post")
    assert {f.value for f in detect(profile, Facts()) if f.category == "home_location"} == street
