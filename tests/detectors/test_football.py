"""Football club: aliases, nicknames, grounds, hashtags, chants and emoji; false friends."""

import pytest

from tests.detectors.helpers import values

# (text, club) pairs written for these tests; none is taken from the evaluation corpus.
SUPPORTER = [
    ("Season ticket holder at St James' Park, Toon Army through and through", "Newcastle United"),
    ("#NUFC forever", "Newcastle United"),
    ("Proper Geordie lass, HWTL", None),
    ("Marching on Together 💛💙 #MOT", "Leeds United"),
    ("UTV! Villa Park every other Saturday", "Aston Villa"),
    ("Bluenose since birth, KRO", None),
    ("Blue Moon rising, #MCFC", "Manchester City"),
    ("Up the Toffees! Goodison for the derby", "Everton"),
    ("Kopite, 🔴 YNWA", "Liverpool"),
    ("Glory glory Man United", "Manchester United"),
    ("Hail Hail, Paradise on Saturday", "Celtic"),
    ("WATP, Ibrox season ticket", "Rangers"),
    ("KTBFFH 💙", "Chelsea"),
    ("OTBC 💛💚", "Norwich City"),
    ("COYS, down the Lane since I was six", "Tottenham Hotspur"),
    ("Up the Gas! Bristol Rovers fan", "Bristol Rovers"),
    ("Wrexham AFC fan before Hollywood found us", "Wrexham"),
]


@pytest.mark.parametrize("text,club", [s for s in SUPPORTER if s[1]])
def test_supporters_are_found_with_the_canonical_name(text, club):
    assert club in values("football_team", text)


# Words that look like clubs but are not a club here.
FALSE_FRIENDS = [
    "Commuting through Liverpool Street every morning",
    "A Celtic cross on the hill above the village",
    "Bought a new arsenal of kitchen knives",
    "Chelsea is my niece's name",
    "Two weeks in a villa in Crete",
    "Worked as a park ranger in the Peak District",
    "United we stand, divided we fall",
    "Everton mints are the best sweets",
    "Reading Festival tickets sorted",
    "Lives in Ipswich, loves gardening",
    "Born in Sunderland",
    "My daughter Millie loves the Saints from the bible stories",
    "Forest school for the little one",
]


@pytest.mark.parametrize("text", FALSE_FRIENDS)
def test_false_friends_are_not_clubs(text):
    assert values("football_team", text) == set()


def test_a_shared_nickname_needs_other_evidence():
    assert values("football_team", "Off to see the U's tonight") == set()
    assert values("football_team", "Off to see the U's tonight", "Oxford United season ticket") == {"Oxford United"}


def test_a_location_field_is_a_town_not_a_club():
    assert values("football_team", "Liverpool, England", hint="home_location") == set()


def test_a_repost_is_not_the_users_club():
    assert values("football_team", "COYI! What a win", own=False) == set()


def test_a_town_named_beside_football_talk_is_still_a_town():
    found = values("football_team", "Now living in Harrogate after years away. Up the Whites! Season ticket at "
                                     "Elland Road #MOT")
    assert found == {"Leeds United"}
    assert values("football_team", "📍 Bury | matchday regular") == set()


@pytest.mark.parametrize("text,expected", [
    ('Quiz night. Question: "Which club plays at Vale Park?" I said Port Vale.', set()),
    ("My mate's a Boro fan, he's loving it", set()),
    ("He's a Gooner, I'm not", set()),
    ("Caley Jags win it late! #ICTFC", {"Inverness Caledonian Thistle"}),
    ("Highland derby next week, nervous", set()),
    ("Saturday vibes 😈🔴", set()),
    ("Broadfield on a Saturday 😈 Red Devils get the 3 points! #CTFC", {"Crawley Town"}),
    ("Concert at Villa Park tonight", set()),
])
def test_whose_club_and_which(text, expected):
    assert values("football_team", text) == expected


@pytest.mark.parametrize("text", ["Ayr v Killie, may the best fudge win", "Hull away on Saturday",
                                  "Even if you are a Newcastle fan", "hull-kr-fixtures: posts Hull KR kick-off times"])
def test_fixtures_opponents_and_slugs(text):
    assert values("football_team", text) == set()


@pytest.mark.parametrize("text,expected", [
    ("Long walks through Sherwood Forest with the dog", set()),
    ("Newcastle are the *other* Magpies, mate", set()),
    ("The Saints fans on my shift are unbearable", set()),
    ("Dad's a lifelong Hibee so half term means Easter Road", set()),
    ("First game at the ground today #NottsCounty", {"Notts County"}),
    ("MUFC Supporters Running Club", {"Manchester United"}),
])
def test_other_peoples_clubs_and_club_hashtags(text, expected):
    assert values("football_team", text) == expected


@pytest.mark.parametrize("text,club", [
    ("Season ticket, blue side of Manchester since the Maine Road days", "Manchester City"),
    ("Off to the Mad Stad with the lads on Saturday", "Reading"),
    ("Always the red half of Merseyside in this house", "Liverpool"),
])
def test_nicknames_for_a_clubs_side_of_a_city_or_its_ground(text, club):
    assert values("football_team", text) == {club}


@pytest.mark.parametrize("text,clubs", [
    ("Up the Addicks! Tamsin's beloved Hornets lost again, ha", {"Charlton Athletic"}),
    ("Grandad lent me his Wolves scarf for the derby", set()),
    ("A child's Stoke City hat was handed in after football club", set()),
    ("Kit (my partner) is Spurs, so north London derby is tense", set()),
    ("Fair play to the Millwall lads in the away end", set()),
    ("My Wolves scarf still smells of the derby", {"Wolverhampton Wanderers"}),
    ("Millwall season ticket holder, no one likes us", {"Millwall"}),
])
def test_a_club_that_belongs_to_someone_else(text, clubs):
    assert values("football_team", text) == clubs


# Support needs the writer's stance; a club named in passing, at work, in data, as a route, as a
# crowd, as another person's club or as a street is no exposure. Written for these tests.
@pytest.mark.parametrize("text,clubs", [
    ("We were at Fratton Park on Saturday and I've no voice left", {"Portsmouth"}),
    ("Carrow Road rocking tonight, three points in the bag. OTBC", {"Norwich City"}),
    ("Stoke-mad since primary school, and the kids are heading the same way", {"Stoke City"}),
    ("Brentford season ticket, Gtech every other week with my brother", {"Brentford"}),
    ("Chair of the Baggies Supporters Trust, and it takes up every Tuesday", {"West Bromwich Albion"}),
    ("Grandad was Stoke-mad like me, never missed a home game", {"Stoke City"}),
    ("Grandad was Stoke-mad, never missed a home game", set()),
    ("Dad drove me to Molineux every other week when I was small", {"Wolverhampton Wanderers"}),
    ("Apologies to all the Baggies reading this, your donations are still welcome", set()),
    ("Modelling stewarding levels for Stoke City and Port Vale fixtures across the county", set()),
    ("An endpoint returns Fulham twice in the league table payload after the update", set()),
    ("Can you cycle past every London ground in one go? Brentford → Fulham → Chelsea", set()),
    ("Norwich City supporters get a head start in the fun run, as is the custom", set()),
    ("Ipswich Town fans in the replies tonight, calm down please", set()),
    ("Priya is a Brentford fan so there will be a bee question in round two", set()),
    ("Late turn: Wigan at home to Bolton and the town centre was heaving after", set()),
    ("A few hundred Canaries singing outside the chip shop as we drove past", set()),
    ("Five-a-side football on the pitches off Mansfield Road, every Thursday night", set()),
    ("Last derby of the season this weekend and I'm a nervous wreck", set()),
    ("Summer evenings at Edgbaston for the Bears, pint in hand, I love it", set()),
])
def test_support_needs_the_writers_stance(text, clubs):
    assert values("football_team", text, field="post") == clubs


# A weak club word right after another town's name ends that place's name; after the club's own
# town it is still the club
@pytest.mark.parametrize("text,found", [
    ("Brampton Vale walk with the dog, lovely morning", set()),
    ("Frodsham Villa was heaving at the car boot", set()),
    ("Derby Rams forever ⚽", {"Derby County"}),
    ("Off to the ground tonight, come on Vale! ⚽", {"Port Vale"}),
])
def test_a_club_word_ending_another_places_name(text, found):
    assert values("football_team", text, field="post") == found


@pytest.mark.parametrize("text,found", [
    ("Hartlepool til I die 💙", {"Hartlepool United"}),
    ("Hartlepool till I die", {"Hartlepool United"}),
    ("Hartlepool for a week, then home", set()),
])
def test_til_i_die_spelt_either_way(text, found):
    assert values("football_team", text, field="post") == found


def test_three_lions_is_england_not_a_lions_club():
    assert values("football_team", "Three Lions on loop all summer, England til I die", field="post") == set()
    assert values("football_team", "Lions til I die, see you at the Den ⚽", field="post") == {"Millwall"}
