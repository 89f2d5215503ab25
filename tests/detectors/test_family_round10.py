"""Issue 13, round ten: a spouse named by the writer's own words about the marriage ("X and I have been married 30
years", "X, to whom I've been married", "X (29 years married", "X, who I'm marrying"); a name in apposition after an
unnamed relation ("a son, Ewan, who"); lists with a comma before "and"; short British first names; children counted in
a bio on a page that names them; and what is no relative (a man called "the fella" with no name, a body's name with a
relation word in it, a pet said to be an animal, someone else's marriage). Every sentence is new writing across
genres, through the detector; none is taken from an evaluation corpus."""

from __future__ import annotations

import pytest

from tests.detectors.helpers import values

FIELD = {"bio": "bio", "caption": "caption", "CV": "about", "newsletter": "about", "interview": "post"}

RELATIVES = [
    # a spouse named by a sentence that says the writer's marriage
    ("newsletter", "Hywel, to whom I've been married since 1991, has built the new compost bays.", {"spouse: Hywel"}),
    ("caption", "Tea and cake with the ever-patient Moira (29 years married, 30 of my snoring)", {"spouse: Moira"}),
    ("forum", "Big thanks to Anwen, who I'm marrying in June, for proofreading every chapter.",
     {"fiancé(e): Anwen"}),
    ("comment", "Thanks all, forty years married today and Morag still laughs at my jokes.", {"spouse: Morag"}),
    # short British first names, which the rules had not known as names
    ("chat", "Gav and I got engaged in Rome last night 💍", {"partner: Gav"}),
    ("interview", "Geoff and I have been married thirty-one years this spring.", {"partner: Geoff"}),
    # 'the fella' with a name in brackets is the speaker's
    ("for-sale post", "Pram collection from Selby, the fella (Duncan) can drop it round on an evening.",
     {"partner: Duncan"}),
    # a name in apposition after an unnamed relation
    ("interview", "I've got a son, Ewan, who's just started at the academy in Motherwell.", {"son: Ewan"}),
    # a list of names with ages, a comma before 'and'
    ("CV", "My kids Ava, 7, and Noah, 4, think the allotment is a playground.", {"child: Ava", "child: Noah"}),
    ("bio", "Two girls (Isla, 10, and Nell, 6) and one very loud cat", {"daughter: Isla", "daughter: Nell"}),
    # a count stops the list: the animal after the counted names is not one of them
    ("newsletter", "These days I live in Frome with our two boys, Ewan and Tomos, and Pickle the terrier.",
     {"son: Ewan", "son: Tomos"}),
]


@pytest.mark.parametrize("genre,text,found", RELATIVES)
def test_round_ten_relatives(genre, text, found):
    assert values("family", text, field=FIELD.get(genre, "post")) == found, genre


def test_children_counted_in_a_bio_are_the_ones_the_page_names():
    # 'Mam to two' in the bio, and both children named by the rules in posts: the count adds nothing
    profile = ["Mam to two wild ones 🌪️ | nurse | Stockport"]
    posts = ["Our Tilly lost her first tooth at tea time", "Our Finn scored twice on Saturday, buzzing"]
    from footprint.detect import detect
    from footprint.models import Profile

    page = Profile(url="https://profile.example/", platform="website")
    page.add(profile[0], "bio")
    for text in posts:
        page.add(text, "post")
    assert {f.value for f in detect(page) if f.category == "family"} == {"relative: Tilly", "relative: Finn"}


NOT_RELATIVES = [
    # 'the fella' alone is any man
    ("chat", "the fella at the chippy gave us extra scraps", set()),
    ("forum", "Asked the fella behind the counter and he had no idea either", set()),
    # a pet said to be an animal by a pronoun after its name
    ("caption", "Our girl Nell turned 5 today - she's the collie in every photo", set()),
    ("bio", "My boy Rolo, he's a rescue greyhound and terrified of pigeons", set()),
    # a relation word in a body's name
    ("newsletter", "Rainbows on Wednesday, the Girl Guides on Thursday, swimming on Friday.", set()),
    # someone else's marriage
    ("newsletter", "She and Hamish were married at St Giles in 1979 and still dance every Saturday.", set()),
    ("chat", "My sister married Callum last spring in Crieff.", {"sister"}),
    # a place, not a person, beside the writer's marriage
    ("caption", "Went to Florence the year we married.", set()),
    ("forum", "We married in Chelsea in 2010 and moved north a year later.", set()),
]


@pytest.mark.parametrize("genre,text,found", NOT_RELATIVES)
def test_round_ten_not_relatives(genre, text, found):
    assert values("family", text, field=FIELD.get(genre, "post")) == found, genre
