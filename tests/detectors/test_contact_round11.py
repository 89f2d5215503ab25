"""Round eleven: whose a contact detail is when a bracketed aside names someone else's line. "message me on ...
(in a crisis, the helpline is ...), or e-mail ...": the helpline or office named inside the closed brackets
is not the holder of the detail the writer offers after them. False friends: the bracket that names the
number's own holder right before it, and an aside with no "me" before it. Every sentence is new writing."""

from __future__ import annotations

import pytest

from tests.detectors.helpers import values

ASIDES = [
    ("choir page", "For choir business, ring me on 07700 900551 (if it's urgent out of hours, the helpline is "
                   "0800 555 0199), or email sam.ferncroft@example.org.", {"sam.ferncroft@example.org"}),
    ("school blog", "Any worries, message me on 07700 900553 (or, for anything about a child's safety, the school "
                    "office on 01632 960111), or e-mail bev.tull@example.net", {"bev.tull@example.net"}),
]


@pytest.mark.parametrize("genre,text,emails", ASIDES)
def test_a_line_named_in_a_closed_aside_is_not_the_holder_of_what_follows(genre, text, emails):
    assert values("email_address", text, field="post") == emails, genre


OTHERS = [
    ("club notice", "Bookings via our organiser (Pat Dunmore) on 07700 900554"),
    ("club notice", "Lifts to the away games (ask the coach, weekends only) 07700 900556"),
    ("club notice", "Kit orders (our treasurer handles these), or email kit.orders.beth@example.org"),
]


@pytest.mark.parametrize("genre,text", OTHERS)
def test_a_bracket_naming_the_holder_still_gives_the_detail_away(genre, text):
    assert values("phone_number", text, field="post") == set(), genre
    assert values("email_address", text, field="post") == set(), genre


# "text me rather than the group ...": the writer sets their own line against another's; the detail after is theirs.
INSTEAD = [
    ("club newsletter", "Can't make nets? Text me rather than the group chat, which is all Priya's cat photos now: "
                        "07700 900561.", "phone_number", {"+447700900561"}),
    ("allotment notice", "Email me instead of the society inbox, which nobody reads: pat.lowry@example.net",
     "email_address", {"pat.lowry@example.net"}),
]


@pytest.mark.parametrize("genre,text,category,found", INSTEAD)
def test_the_writers_line_set_against_another(genre, text, category, found):
    assert values(category, text, field="post") == found, genre


INSTEAD_FALSE_FRIENDS = [
    ("club notice", "Text me rather than Dave, his number is 07700 900558"),
    ("club notice", "Please don't text me, the secretary is on 07700 900559"),
    ("club notice", "Not me, message the treasurer instead: 07700 900560"),
]


@pytest.mark.parametrize("genre,text", INSTEAD_FALSE_FRIENDS)
def test_another_holder_after_the_contrast_or_a_refusal(genre, text):
    assert values("phone_number", text, field="post") == set(), genre


# A quotation the words before it give as a scam the writer warns of, or as someone else's notice reposted.
QUOTED = [
    ("post", 'Nasty smish doing the rounds today:\n\n"HMRC: you are owed a refund of £212.40. Call 07700 900564 to '
             'claim before midnight"\nDelete it.'),
    ("caption", "Reposting for my neighbour: 'Missing tabby cat, answers to Biscuit, please ring 0161 496 0565!'"),
    ("post", 'Classic scam going round, the text says "your card is frozen, call 0161 496 0566 now". Ignore it.'),
]


@pytest.mark.parametrize("genre,text", QUOTED)
def test_a_quoted_scam_or_reposted_notice_is_not_the_writers(genre, text):
    assert values("phone_number", text, field="post") == set(), genre


QUOTED_FALSE_FRIENDS = [
    ("post", 'Bike for sale, it\'s a good one: "ring me on 07700 900562" as my sign in the window says',
     {"+447700900562"}),
    ("post", "Sharing this for the hall: 'Bookings now open' and for the kids' party slot, ring me on 07700 900563",
     {"+447700900563"}),
]


@pytest.mark.parametrize("genre,text,found", QUOTED_FALSE_FRIENDS)
def test_the_writers_own_quoted_number_or_one_after_the_quote(genre, text, found):
    assert values("phone_number", text, field="post") == found, genre


# Every value of a run of examples after "e.g.", not only the first.
EXAMPLE_RUNS = [
    ("project readme", "tidies phone numbers, e.g. 07700 900000 → +447700900000, (020) 7946 0018 → +442079460018"),
    ("docs", "Accepts numbers written any way, e.g. 07700 900000, 0161 496 0000 and (020) 7946 0019"),
]


@pytest.mark.parametrize("genre,text", EXAMPLE_RUNS)
def test_later_values_of_a_run_of_examples(genre, text):
    assert values("phone_number", text, field="bio") == set(), genre


EXAMPLE_FALSE_FRIENDS = [
    ("advert", "E.g. a leaking tap or a new boiler: call me on 07700 900567 for a quote", {"+447700900567"}),
    ("bio", "Open daily, e.g. weekends too. Ring 07700 900568", {"+447700900568"}),
]


@pytest.mark.parametrize("genre,text,found", EXAMPLE_FALSE_FRIENDS)
def test_a_number_after_words_of_its_own_is_no_example(genre, text, found):
    assert values("phone_number", text, field="bio") == found, genre


# A list's entry the writer labels as their own ("Secretary (me): ..."): its details are the writer's.
ME_LABELS = [
    ("newsletter", "- Chair: Ray Dunn — 07700 900570\n- Secretary (me): Ivor Pask — ivor.pask@example.org, or "
                   "07700 900571 (text please)\n- Lettings: contact the Town Council, 020 7946 0572",
     {"+447700900571"}, {"ivor.pask@example.org"}),
    ("club page", "Fixtures (that's me): Gwen Pryce, gwen.pryce@example.net\nKit: Huw Lloyd, 07700 900569",
     set(), {"gwen.pryce@example.net"}),
]


@pytest.mark.parametrize("genre,text,phones,emails", ME_LABELS)
def test_an_entry_labelled_as_the_writers_own(genre, text, phones, emails):
    assert values("phone_number", text, field="page") == phones, genre
    assert values("email_address", text, field="page") == emails, genre


# A header line whose separators were lost ("Rotherham S63 | 07700 ..." read as "Rotherham S63 07700 ..."): the
# postcode district's digits are not the number's.
def test_a_number_right_after_a_postcode_district():
    text = "Brampton Bierlow, Rotherham S63 07700 900573 kim.oakes@example.com D.O.B. 02/03/1990"
    assert values("phone_number", text, field="text") == {"+447700900573"}


@pytest.mark.parametrize("text", ["Model X3 0161 496 0000 in stock", "Part no. K12 0800 123 4567"])
def test_codes_that_are_no_district_still_spoil_the_number(text):
    assert values("phone_number", text, field="text") == set()
