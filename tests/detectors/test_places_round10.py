"""Issue 13, round ten (places11): home and birthplace frames as classes, in new words across genres, and the false
homes and birthplaces beside them (a former partner's or a child's home, a workplace, a thing that moved, a stay)."""

from __future__ import annotations

import pytest

from footprint.facts import Facts
from tests.detectors.helpers import values

# genre, field, text, home, birthplace
TRUE_CASES = [
    ("CV", "about", "Cartographer; have called Ulverston home since 2016.", {"Ulverston"}, set()),
    ("church newsletter", "post", "We've been at the rectory in Ledbury since 2011 and the roof still leaks.",
     {"Ledbury"}, set()),
    ("caption", "caption", "Sorting the loft at home in Ossett, send snacks.", {"Ossett"}, set()),
    ("forum", "post", "Settle, where my wife and I have lived since 2009, has one decent chippy.", {"Settle"}, set()),
    ("interview", "post", "Knutsford, where we've lived since 2010, suits us.", {"Knutsford"}, set()),
    ("blog", "post", "Been in the cottage in Kirkby Stephen for twelve years and still no broadband.",
     {"Kirkby Stephen"}, set()),
    ("bio", "bio", "Frome ➡️ Wells", {"Wells"}, {"Frome"}),
    ("bio", "bio", "Oldham -> Ramsbottom | physio", {"Ramsbottom"}, {"Oldham"}),
    ("bio", "bio", "Craven born, Leeds based", {"Leeds"}, {"Craven"}),
    ("bio", "bio", "Black Country lad, now in Stafford", {"Stafford"}, {"Black Country"}),
    ("forum", "post", "Proper Grimsby gal, me.", set(), {"Grimsby"}),
    ("chat", "post", "Sunderland bairn, always will be.", set(), {"Sunderland"}),
    ("podcast page", "post", "Accrington gave me the accent, the Army gave me the vocabulary.", set(), {"Accrington"}),
    ("blog", "post", "Stockton raised me and I'm proud of it.", set(), {"Stockton"}),
    ("memoir", "post", "I was born at St Luke's in Bradford on a snowy Tuesday.", set(), {"Bradford"}),
    ("README", "readme", "- Home these days: Bamber Bridge, ten minutes from the office", {"Bamber Bridge"}, set()),
    ("vicar's page", "about", "Since 2009 I've been at the manse in Ullapool, with two parishes and a dog.",
     {"Ullapool"}, set()),
    ("police blog", "post", "The cycle back to Clevedon after a set of nights is the hardest part.", {"Clevedon"}, set()),
]


@pytest.mark.parametrize("genre,field,text,home,birth", TRUE_CASES)
def test_round_ten_frames(genre, field, text, home, birth):
    assert (values("home_location", text, field=field), values("birthplace", text, field=field)) == (home, birth), genre


def test_a_couples_terrace_on_a_street_is_theirs_when_the_owner_is_one_of_them():
    text = "Ellie and Sam are finally painting their terrace on Quarry Rise in Frodsham."
    assert values("home_location", text, field="post", facts=Facts(full_name="Ellie Marsh")) == {"Quarry Rise"}


def test_a_town_nickname_with_a_house_emoji_is_home():
    assert values("home_location", "Scarbados 🏠 | dog mum", field="bio") == {"Scarbados"}


FALSE_FRIENDS = [
    ("chat", "post", "My ex moved up to Carlisle with half the furniture."),
    ("newsletter", "post", "The surgery relocated to Penrith last spring."),
    ("forum", "post", "Our son lives in Bath now, loves it."),
    ("get-well card", "post", "Great to see Fiona back at home in Alnmouth after her surgery."),
    ("for-sale post", "post", "Can post, or collect from me in Sept."),
    ("forum", "post", "Alston, where I lived as a kid, has changed a lot."),
    ("chat", "post", "My daughter's in Durham now, second year."),
    ("caption", "post", "Leeds gal pals assemble!"),
    ("dating chat", "post", "Dating a Wigan lassie these days."),
    ("bio", "bio", "Preston → Manchester commute most days"),
    ("bio", "bio", "📍 Salon: 3 Queen Street, Bury"),
    ("club page", "post", "We've been at the cottage in Staithes for the weekend."),
    ("newsletter", "post", "Invoices to the new address please (our accounts team moved to Swindon)."),
    ("race report", "post", "Based in Coniston for the weekend of the Lakeland trail race."),
    ("training log", "post", "Warm-weather block done, based in Lagos till Friday."),
    ("LinkedIn post", "post", "Now based at Halifax nick after six years in Brighouse custody."),
    ("match report", "post", "The drive back to Burnley after the game took three hours."),
]


@pytest.mark.parametrize("genre,field,text", FALSE_FRIENDS)
def test_round_ten_false_friends(genre, field, text):
    assert (values("home_location", text, field=field), values("birthplace", text, field=field)) == (set(), set()), \
        genre


def test_a_journey_that_ends_nowhere_known_keeps_its_first_place_as_home():
    assert values("home_location", "Musselburgh → wherever the van sends me", field="bio") == {"Musselburgh"}


def test_at_home_with_the_writer_named_beside_a_partner_is_home():
    assert values("home_location", "Priya and I are repainting the shed at home in Holmfirth this month.",
                  field="post") == {"Holmfirth"}
