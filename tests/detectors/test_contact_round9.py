"""Round nine of issue 13: a club officer's own number and address. "text me on <number> or email <office
address>": the writer offers both as the way to reach them, so the office address and the number beside it are the
writer's (the writer holds the office), numbers split as "07700 900 214" included; an office's details given
without the writer's "me" stay the office's. And a LinkedIn page saved with the current Contact info overlay,
whose rows name their kind only in their headings. Every sentence is new writing, across genres."""

from __future__ import annotations

import pytest

from collectors.linkedin import LinkedInCollector
from footprint.detect import detect
from tests.conftest import capture
from tests.detectors.helpers import values

OFFERED = [
    ("club post", "Kit orders to me by Friday — text me on 07700 900 214 or email jo.harriers.secretary@example.org",
     {"+447700900214"}, {"jo.harriers.secretary@example.org"}),
    ("bowls newsletter", "Any questions about the fixtures, ring me on 07700 900 318 or email "
                         "fixtures@saltburnbowls.example.org", {"+447700900318"}, {"fixtures@saltburnbowls.example.org"}),
    ("gala notice", "Lost property from the gala? Message me: 07700 900 221, I run the club office.",
     {"+447700900221"}, set()),
]


@pytest.mark.parametrize("genre,text,phones,emails", OFFERED)
def test_the_writers_text_me_makes_an_office_line_theirs(genre, text, phones, emails):
    assert values("phone_number", text, field="post") == phones, genre
    assert values("email_address", text, field="post") == emails, genre


OFFICES = [
    ("club post", "Kit orders to the secretary: 07700 900 416 or secretary@example.org"),
    ("club post", "While I am away Priya is covering — 07700 900 517 — or email secretary@example.org"),
    ("for-sale post", "For the minibus ring the club office on 07700 900 618 or email office@example.org"),
]


@pytest.mark.parametrize("genre,text", OFFICES)
def test_an_offices_details_without_the_writers_me_stay_the_offices(genre, text):
    assert values("phone_number", text, field="post") == set(), genre
    assert values("email_address", text, field="post") == set(), genre


def test_a_saved_linkedin_contact_overlay_is_the_members_own():
    url = "https://www.linkedin.com/in/tamsin-okoro-4e8a1c/"
    result = LinkedInCollector().read_saved(capture("linkedin", "contact_overlay_headings.html"), url)
    found = {(f.category, f.value) for f in detect(result.profile)
             if f.category in ("phone_number", "email_address", "date_of_birth")}
    assert found == {("phone_number", "+447700900275"), ("email_address", "tamsin.okoro@example.net"),
                     ("date_of_birth", "--03-14")}
