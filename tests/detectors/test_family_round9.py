"""Issue 13, round nine: a relation said without a name takes the one first name beside it ("Harpreet wanted a
garden. My wife's the sensible one", "Gemma (other half)"); children named through the parent's self-description
("Ruby & Jude's mum", "two boys (Finn, 9, and Ezra, 6)"); and what is no relative (a slogan on a mug, a pet
described as an animal, a name the relation does not reach). Every sentence is new writing across genres, through
the detector; none is taken from an evaluation corpus."""

from __future__ import annotations

import pytest

from tests.detectors.helpers import values

FIELD = {"bio": "bio", "caption": "caption", "CV": "about"}

RELATIVES = [
    # a partner named in one sentence, the relation word in the same one or the next
    ("interview", "We bought the place in Hexham because Priya wanted a bigger kitchen. My husband just wanted a "
     "shed.", {"husband: Priya"}),
    ("forum", "Rohan's doing the tip run on Saturday, the other half is far more patient with the van than me.",
     {"partner: Rohan"}),
    ("chat", "Lowri (the missus) has booked us a caravan in Tenby for half term", {"wife: Lowri"}),
    ("for-sale post", "Collection from Ripon, or ring Faye (other half) if I'm on shift", {"partner: Faye"}),
    ("newsletter", "Our thanks to Imogen (my wife, and chief tea-maker) for the urn", {"wife: Imogen"}),
    # children named through the parent's description of themself
    ("bio", "Midwife 🩺 Hattie & Seb's mum 💛 tea addict", {"child: Hattie", "child: Seb"}),
    ("bio", "Proud Maisie and Arlo's dad | cyclist | Bristol", {"child: Maisie", "child: Arlo"}),
    ("CV", "Dad to two girls (Esme, 8, and Thea, 5). I help run their Brownies pack.",
     {"daughter: Esme", "daughter: Thea"}),
    ("caption", "Mam to one tiny tornado, Bronwen (3), who ate the sand", {"child: Bronwen"}),
    ("bio", "Dad to a toddler (Otis, 2) and a very old cat", {"child: Otis"}),
    # any relation by apposition, a handle or a note in brackets between
    ("bio", "Duo partner: Callum (@cal_plays) – my big bro, the better shot", {"brother: Callum"}),
]


@pytest.mark.parametrize("genre,text,found", RELATIVES)
def test_a_relation_takes_the_name_beside_it(genre, text, found):
    assert values("family", text, field=FIELD.get(genre, "post")) == found, genre


NOT_RELATIVES = [
    # slogans and objects
    ("caption", "Coffee in my World's Best Grandad mug before the car boot", set()),
    ("for-sale post", "Job lot of mugs: #1 Mum, No.1 Dad and a teapot, £5 the lot", set()),
    # a pet described as an animal, by its kind or what only an animal has
    ("for-sale post", "Our girl Pippa has gone missing near the canal. Tabby, 6 yrs, microchipped.", set()),
    ("chat", "Our Rocco (brindle lurcher, 3yo, neutered) slipped his lead at the rec", set()),
    # a relation without a name stays unnamed when more than one name could be it, or the name is someone else's
    ("forum", "Dylan and Petra came round for the match and the wife made chilli", {"wife"}),
    ("interview", "Worked with DS Petra Novak for years. My wife says I talk about work too much.", {"wife"}),
    ("chat", "Me and Tom's wife are doing the quiz tonight", set()),
    ("interview", "Rang Dylan (depot manager) – my brother had the keys", {"brother"}),
    # a count that the names after it do not fill is left as a count
    ("bio", "Mum of three lads, Callum is the eldest", {"sons (3)"}),
    # an animal of a kind the sentence names with 'a' or 'the' is another, not the name before it
    ("chat", "Our Freya (7) wants a puppy for her birthday", {"relative: Freya"}),
]


@pytest.mark.parametrize("genre,text,found", NOT_RELATIVES)
def test_no_relative_where_the_words_do_not_make_one(genre, text, found):
    assert values("family", text, field=FIELD.get(genre, "post")) == found, genre
