"""Round six of issue 13: home and birthplace wordings by class. When a move happened, a direction between
"moved" and "to", "in X now", working from home, a profile field's label, "X by choice", a place dated to a
past year, the exact place after a dash, "the town I grew up in" with other determiners and memories, the
saying "you can take the girl out of X", a third person's "X lad through and through", short forms and
districts. Every sentence is new writing (none is taken from an evaluation corpus), across genres."""

from __future__ import annotations

import pytest

from tests.detectors.helpers import values

# --- a move's date makes the move past, not the home it made ---------------------------------------------

MOVE_DATED = [
    ("forum post", "Moved to Hexham about six years ago and the buses are still a joke.", "Hexham"),
    ("CV", "Relocated to Stirling in 2019 to take up a role with the council.", "Stirling"),
    ("chat", "we moved to Worksop a couple of years ago, come and visit", "Worksop"),
    ("caption", "Moved to Ilkley last year and this is the view from the back step", "Ilkley"),
    ("newsletter", "Pete and I moved to Church Stretton 12 years ago and joined the choir straight away.",
     "Church Stretton"),
    ("bio", "Retired to Whitby in 2021. Gulls are my nemesis.", "Whitby"),
    ("reddit", "I moved to Kendal five years ago for the job and never left.", "Kendal"),
]


@pytest.mark.parametrize("genre,text,place", MOVE_DATED)
def test_a_dated_move_is_still_the_home(genre, text, place):
    assert values("home_location", text, field="post") == {place}, genre


PAST_HOMES = [
    ("blog", "Dad rewired our entire bungalow in Ramsbottom in 1979 with a borrowed drill."),
    ("tribute", "Nan kept our house in Shotton spotless in 1984, strike or no strike."),
    ("forum post", "We moved away from Gainsborough years ago and I don't miss it."),
    ("chat", "i used to live in Rugeley back when the power station was still up"),
    ("memoir", "I lived in Tenby as a kid, then Dad's job took us north."),
]


@pytest.mark.parametrize("genre,text", PAST_HOMES)
def test_a_past_home_is_not_the_home(genre, text):
    assert values("home_location", text, field="post") == set(), genre


# --- a direction or a few words between "moved" and "to" --------------------------------------------------

MOVED_ALONG = [
    ("about page", "we moved down the line to Taunton when the twins started school", "Taunton"),
    ("Facebook post", "Finally moved back down south to Basingstoke, the kids are thrilled", "Basingstoke"),
    ("bio", "Moved across the river to Gateshead and never looked back", "Gateshead"),
    ("blog", "We moved back up north to Oswestry in the spring and the garden is huge", "Oswestry"),
    ("chat", "moved a bit further north to Alnwick, more sheep than people", "Alnwick"),
    ("LinkedIn", "I moved over the border to Wrexham to be nearer my partner's family.", "Wrexham"),
]


@pytest.mark.parametrize("genre,text,place", MOVED_ALONG)
def test_a_move_with_a_direction_says_the_home(genre, text, place):
    assert values("home_location", text, field="post") == {place}, genre


MOVED_NOT_HOME = [
    ("GitHub README", "We moved the servers to Frankfurt for the latency."),
    ("forum post", "I moved my allotment to Plot 9 because of the slugs."),
    ("CV", "Moved on to Tesco after two years in the stockroom."),
    ("football forum", "We moved up the table to fourth after beating Walsall."),
    ("chat", "my sister moved over the border to Chester last month"),
]


@pytest.mark.parametrize("genre,text", MOVED_NOT_HOME)
def test_a_move_of_something_else_or_someone_else_is_not_the_home(genre, text):
    assert values("home_location", text, field="post") == set(), genre


# --- "I'm ... in X now" ----------------------------------------------------------------------------------

IN_NOW = [
    ("tribute blog", "I'm across the bridge in Saltash now, so I don't get back as often.", "Saltash"),
    ("Facebook post", "We're out in Holmfirth now, proper hills everywhere", "Holmfirth"),
    ("forum post", "I'm up in Morpeth these days and the club is a drive.", "Morpeth"),
    ("chat", "we ended up in Lytham now, closer to the grandkids", "Lytham"),
    ("bio", "Once a Leeds girl, I'm down in Falmouth now.", "Falmouth"),
    ("reddit", "I'm over in Gorleston now, the beach is five minutes away", "Gorleston"),
]


@pytest.mark.parametrize("genre,text,place", IN_NOW)
def test_in_a_place_now_is_the_home(genre, text, place):
    assert place in values("home_location", text, field="post"), genre


IN_NOW_NOT_HOME = [
    ("chat", "She's up in Morpeth now, the lucky thing."),
    ("Instagram caption", "I'm in Cardiff now for the weekend, then home Sunday"),
    ("forum post", "I'm in Tesco now, do we need milk?"),
    ("club newsletter", "Coach says we're in Division Two now, whatever that means."),
]


@pytest.mark.parametrize("genre,text", IN_NOW_NOT_HOME)
def test_in_a_place_now_said_of_another_or_a_visit_is_not_the_home(genre, text):
    assert values("home_location", text, field="post") == set(), genre


# --- working from home in a place --------------------------------------------------------------------------

WORK_FROM_HOME = [
    ("about page", "I work from a home office in Hinckley, so meetings are at your place or a cafe.", "Hinckley"),
    ("LinkedIn", "Working from home in Bicester three days a week.", "Bicester"),
    ("bio", "Freelance copywriter, WFH in Bangor with two cats", "Bangor"),
    ("CV", "I work from my spare room in Ripon and travel to clients.", "Ripon"),
    ("forum post", "I work from home near Thirsk so the broadband matters.", "Thirsk"),
    ("newsletter", "Our treasurer works from a garden office in Wetherby -", "Wetherby"),
]


@pytest.mark.parametrize("genre,text,place", WORK_FROM_HOME)
def test_working_from_home_in_a_place_says_the_home(genre, text, place):
    assert values("home_location", text, field="post") == {place}, genre


WORK_NOT_HOME = [
    ("CV", "I work from home in the mornings and the office in the afternoons."),
    ("forum post", "My boss works from his home office in Harpenden and never answers."),
    ("chat", "worked from home in lockdown like everyone else"),
    ("blog", "I used to work from a home office in Woking before the move."),
]


@pytest.mark.parametrize("genre,text", WORK_NOT_HOME)
def test_working_from_home_without_a_present_home_of_ones_own_is_nothing(genre, text):
    assert values("home_location", text, field="post") == set(), genre


# --- a profile field whose label says home ------------------------------------------------------------------

HOME_FIELDS = [
    ("Mastodon field", "Base: Kirkwall-ish", "Kirkwall"),
    ("Mastodon field", "Home patch: Leominster", "Leominster"),
    ("about field", "Stomping ground: Keswick", "Keswick"),
    ("about field", "Neck of the woods: Pocklington", "Pocklington"),
    ("profile field", "Manor: Bermondsey", "Bermondsey"),
    ("profile field", "Home turf: Shrewsbury", "Shrewsbury"),
]


@pytest.mark.parametrize("genre,text,place", HOME_FIELDS)
def test_a_home_field_label_says_the_home(genre, text, place):
    assert values("home_location", text, field="profile_field") == {place}, genre


@pytest.mark.parametrize("text", ["Database: Postgres", "Base: Layer 2 rollups", "Baseline: Tuesday sessions",
                                  "Abode: Tent, mostly"])
def test_a_field_label_that_is_no_home_gives_nothing(text):
    assert values("home_location", text, field="profile_field") == set()


# --- "X born, Y by choice" ----------------------------------------------------------------------------------

BY_CHOICE = [
    ("Bluesky bio", "Sunderland born, Durham by choice.", {"home_location": {"Durham"}, "birthplace": {"Sunderland"}}),
    ("X bio", "Bolton by birth, Lancaster by choice", {"home_location": {"Lancaster"}, "birthplace": {"Bolton"}}),
    ("Threads bio", "Nurse. Runner. Hereford by choice", {"home_location": {"Hereford"}, "birthplace": set()}),
    ("Instagram bio", "Penzance by birth 🌊", {"home_location": set(), "birthplace": {"Penzance"}}),
]


@pytest.mark.parametrize("genre,text,expected", BY_CHOICE)
def test_by_choice_is_the_home_and_by_birth_the_birthplace(genre, text, expected):
    for category, places in expected.items():
        assert values(category, text) == places, (genre, category)


@pytest.mark.parametrize("text", ["Single by choice, tired by default", "Vegan by choice, baker by trade",
                                  "Early riser by choice", "Ginger by birth, grumpy by choice"])
def test_by_choice_without_a_place_is_nothing(text):
    assert values("home_location", text) == set() and values("birthplace", text) == set()


# --- the exact place after a dash ---------------------------------------------------------------------------

EXACT_PLACE = [
    ("about page", "I'm a South London lad – Brixton, to be precise.", "Brixton"),
    ("Markdown CV", "Cornish born and bred -- Falmouth, where the boats are", "Falmouth"),
    ("forum post", "I'm a Geordie originally (Jesmond), before anyone asks", "Jesmond"),
    ("bio", "Welsh girl - Aberdare", "Aberdare"),
    ("newsletter", "I'm a Valleys boy - Tredegar, if you know it", "Tredegar"),
    ("chat", "me? Yorkshire bred: Keighley", "Keighley"),
]


@pytest.mark.parametrize("genre,text,place", EXACT_PLACE)
def test_the_exact_place_after_a_dash_is_the_birthplace(genre, text, place):
    assert place in values("birthplace", text, field="post" if genre != "bio" else "bio"), genre


EXACT_NOT_OWN = [
    ("forum post", "She's a Hull lass - Hessle, really."),
    ("newsletter", "Our vicar is a Black Country boy - Dudley born."),
    ("chat", "my mate's a Fife lad - Kirkcaldy, you'd never guess"),
    ("blog", "Dad was a Durham boy - Seaham, to be exact"),
]


@pytest.mark.parametrize("genre,text", EXACT_NOT_OWN)
def test_the_exact_place_of_someone_else_is_not_the_writers(genre, text):
    assert values("birthplace", text, field="post") == set(), genre


# --- someone else's "X lad through and through" ------------------------------------------------------------

OTHERS_BIRTH = [
    ("wedding blog", "Nathan's Wigan through and through, so the speeches had pies in them."),
    ("parish magazine", "Happy 80th to Doreen, a Barnsley lass through and through."),
    ("forum post", "My uncle's Rotherham born and bred and won't hear a word against it."),
    ("chat", "Gran was a Paisley girl through and through"),
    ("caption", "Hubby's Swindon born, no one's perfect"),
]


@pytest.mark.parametrize("genre,text", OTHERS_BIRTH)
def test_someone_elses_birthplace_words_are_not_the_writers(genre, text):
    assert values("birthplace", text, field="post") == set(), genre


OWN_BIRTH = [
    ("forum post", "Me? Grantham born and bred.", "Grantham"),
    ("caption", "Stockport lad through and through 💙", "Stockport"),
    ("chat", "I'm a Barnsley lass through and through", "Barnsley"),
    ("bio", "Merthyr boy originally, Cardiff these days", "Merthyr Tydfil"),
    ("bio", "Hemel born, Watford raised", "Hemel Hempstead"),
    ("forum post", "you can take the girl out of Hartlepool but you can't take Hartlepool out of the girl",
     "Hartlepool"),
    ("blog", "Honestly you can take the Walsall lad out of the Black Country, etc.", "Walsall"),
]


@pytest.mark.parametrize("genre,text,place", OWN_BIRTH)
def test_the_writers_own_birthplace_words(genre, text, place):
    assert place in values("birthplace", text, field="bio" if genre == "bio" else "post"), genre


# --- "the town I grew up in" with other words, and memories of a childhood ----------------------------------

GREW_UP = [
    ("Mastodon post", "Up to Thurso for the weekend. Wee town I grew up in hasn't changed a bit.", "Thurso"),
    ("blog", "Mum still lives on the estate in Corby where I learned to ride a bike.", "Corby"),
    ("forum post", "Drove through Frome today, the little town where I went to school.", "Frome"),
    ("caption", "Back in Buxton, the old town I was raised in", "Buxton"),
    ("newsletter", "She lives in the same street in Neath where I spent my childhood.", "Neath"),
    ("chat", "Dad's still in Louth, the place where I grew up", "Louth"),
]


@pytest.mark.parametrize("genre,text,place", GREW_UP)
def test_the_place_the_writer_grew_up_in(genre, text, place):
    assert values("birthplace", text, field="post") == {place}, genre


GREW_UP_OTHERS = [
    ("blog", "Dad took me back to Leek, the town where he grew up."),
    ("chat", "Visiting Alloa where my wife grew up"),
    ("forum post", "We went to Skegness where I learned to hate donkeys"),
    ("caption", "Tom's home town of Bude, where he learned to surf"),
]


@pytest.mark.parametrize("genre,text", GREW_UP_OTHERS)
def test_where_someone_else_grew_up_is_not_the_writers(genre, text):
    assert values("birthplace", text, field="post") == set(), genre


# --- a possessive before the place: "grew up in Gran's kitchen in X" -----------------------------------------

@pytest.mark.parametrize("text,place", [
    ("I more or less grew up in Grandad's shed in Ossett.", "Ossett"),
    ("Grew up in Auntie Val's chip shop in Rhyl, honestly", "Rhyl"),
    ("I was raised in my nan's back kitchen near Wrexham", "Wrexham"),
])
def test_a_persons_room_before_the_place_is_not_the_place(text, place):
    assert values("birthplace", text, field="post") == {place}


# --- a group's meeting place is not a home ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The knitting circle meets on Tuesdays at 12 Mill Lane (by kind permission of Iris Dunn).",
    "Choir rehearsals are held at 3 Beech Close until the hall roof is fixed.",
    "Coffee morning this Saturday at 27 Vicarage Road, all welcome.",
    "The food bank drop-in is at 5 Station Road from 10am.",
])
def test_a_meeting_place_is_not_a_home(text):
    assert values("home_location", text, field="post") == set()


# --- more ways to say where one lives -----------------------------------------------------------------------

HOME_WORDINGS = [
    ("bio", "Settle is where I hang my hat these days.", "Settle"),
    ("Instagram caption", "Living my best life in Tynemouth with a very muddy spaniel", "Tynemouth"),
    ("newsletter", "Our little corner of Clitheroe has a new bakery!", "Clitheroe"),
    ("about page", "Home these days is Bakewell, after twenty years in the city.", "Bakewell"),
    ("forum post", "Been in Skipton 9 years now and still get lost.", "Skipton"),
    ("chat", "we've lived here in Malton since 2012", "Malton"),
    ("Facebook post", "Home for us is Brigg now, and the kids love it.", "Brigg"),
    ("reddit", "I've been in Wakefield for about six years and it's fine.", "Wakefield"),
]


@pytest.mark.parametrize("genre,text,place", HOME_WORDINGS)
def test_more_ways_to_say_the_home(genre, text, place):
    assert values("home_location", text, field="post") == {place}, genre


HOME_WORDINGS_FALSE = [
    ("forum post", "I'd been in Beverley six years when the job moved me south."),
    ("blog", "Her little corner of Whitby was always full of cats."),
    ("chat", "Been in Blackpool 3 days, living on chips"),
    ("caption", "Living my best life in Majorca for the week ☀️"),
    ("reddit", "I lived in Bingley 5 years ago, it's changed a lot."),
]


@pytest.mark.parametrize("genre,text", HOME_WORDINGS_FALSE)
def test_the_same_words_for_a_past_stay_or_someone_else_are_no_home(genre, text):
    assert values("home_location", text, field="post") == set(), genre


# --- more ways to say where one is from --------------------------------------------------------------------

BIRTH_WORDINGS = [
    ("forum post", "I grew up round Leigh, mostly Atherton way.", "Leigh"),
    ("about page", "Spent my first sixteen years in Redcar before the navy.", "Redcar"),
    ("bio", "Ulverston is where I'm from, Lancaster is where I live.", "Ulverston"),
    ("blog", "I was born up the road in Penrith, in the old cottage hospital.", "Penrith"),
    ("chat", "grew up just down the road from Oldham tbf", "Oldham"),
    ("newsletter", "I was raised by the sea in Filey and still swim there.", "Filey"),
    ("caption", "Born on a farm near Hawes, still smell of silage.", "Hawes"),
]


@pytest.mark.parametrize("genre,text,place", BIRTH_WORDINGS)
def test_more_ways_to_say_the_birthplace(genre, text, place):
    assert place in values("birthplace", text, field="bio" if genre == "bio" else "post"), genre


BIRTH_WORDINGS_FALSE = [
    ("forum post", "My wife grew up round Leigh, I'm a Wigan lad."),
    ("blog", "Dad spent his first sixteen years in Redcar."),
    ("chat", "Ulverston is where my mum is from"),
    ("newsletter", "The calf was born on a farm near Hawes last week."),
]


@pytest.mark.parametrize("genre,text", BIRTH_WORDINGS_FALSE)
def test_the_same_words_of_someone_else_are_not_the_writers_birthplace(genre, text):
    assert values("birthplace", text, field="post") - {"Wigan"} == set(), genre
