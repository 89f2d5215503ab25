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
