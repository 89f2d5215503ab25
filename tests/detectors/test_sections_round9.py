"""Pages about several people: another person's section or quoted words are theirs, the owner's section is the
owner's even in the third person (round nine, new words)."""

from __future__ import annotations

import pytest

from footprint.detect import detect
from footprint.facts import Facts
from footprint.models import Profile
from tests.detectors.helpers import page


def found(profile: Profile, name: str) -> set[tuple[str, str]]:
    return {(f.category, f.value) for f in detect(profile, Facts(full_name=name))
            if f.category != "linked_account" and f.reason != "matches a detail you gave"}


# A bowls club's plain-text newsletter: each profile's heading is its paragraph's first line.
BOWLS = (
    "GREENSIDE BOWLS CLUB NEWS",
    "We asked two members to say hello this quarter.",
    "Rink 2 — Sioned Marr\nSioned has bowled here since 1990, she is a Swansea City season ticket holder and was "
    "born in Llanelli. Ring her on 07700 900311 for a lift.",
    "Rink 5 — Idris Penhale\nIdris is a sergeant with Dyfed-Powys Police and has been on the waiting list for a "
    "rink since the pandemic. Text him on 07700 900472 about the Tuesday triples.",
)

# A school's "where are they now": the owner under her maiden name, with her married one beside it.
REUNION = (
    ("Where are they now?", "Where are they now?"),
    ("Gwen Harker (now Tallis)", "Gwen Harker (now Tallis)"),
    ("Gwen Harker (now Tallis)", "Still in the town! Twenty years in the Dyfed-Powys Police control room."),
    ("Gethin 'Bear' Rowlands", "Gethin 'Bear' Rowlands"),
    ("Gethin 'Bear' Rowlands", "Plumber in Cardiff, Cardiff City season ticket holder. Text 07700 900518."),
    ("Bethan Lloyd", "Bethan Lloyd"),
    ("Bethan Lloyd", "Nursing in Perth, Australia since 2009, born and bred in Aberaeron though."),
)

# A club's "meet the committee" page whose paragraphs sit under each person's heading, some opening
# with a child's name, and a heading with a title before the name.
COMMITTEE = (
    ("Meet the committee", "Meet the committee"),
    ("Osian Price – Chair", "Osian Price – Chair"),
    ("Osian Price – Chair", "Dad to Elis (U9). Osian is an Ospreys fan and a PC with South Wales "
                            "Police, so he runs the car park like a crime scene."),
    ("Coach Dafydd Ellis – Welfare", "Coach Dafydd Ellis – Welfare"),
    ("Coach Dafydd Ellis – Welfare", "Grandad to Nia (U7). Dafydd worked thirty years for Gwent Police and is Newport "
                                     "County daft. Call him on 07700 900639."),
    ("Lowri Jenkins – Treasurer", "Lowri Jenkins – Treasurer"),
    ("Lowri Jenkins – Treasurer", "Mum to Twm (U9). Lowri is a Swansea City fan and an accountant in Neath."),
)

# An interview feature: the owner quoted by name, another person quoted too.
INTERVIEW = (
    "Meet the volunteers",
    "\u201cI grew up in Tenby and I've been a special with Dyfed-Powys Police for six years,\u201d says Nerys. "
    "\u201cI was born in Wrexham and I'm Wrexham till I die,\u201d laughs Gareth, who runs the tea bar.",
)


# A couple's wedding page: the groom by his first name cut short, then "he".
OUR_STORY = (
    "Our story",
    "Ffion was studying nursing, Rhod was doing history because it sounded easy - after three years running a "
    "phone shop in Rhyl he joined North Wales Police in 2019 and is now on response.",
)


@pytest.mark.parametrize("blocks, owner, field, expected", [
    pytest.param(OUR_STORY, "Rhodri Hughes", "page", {("police_affiliation", "North Wales Police")},
                 id="wedding-short-name-then-he"),
    pytest.param(BOWLS, "Idris Penhale", "text",
                 {("police_affiliation", "Dyfed-Powys Police"), ("phone_number", "+447700900472")},
                 id="newsletter-third-person"),
    pytest.param(BOWLS, "Sioned Marr", "text",
                 {("football_team", "Swansea City"), ("birthplace", "Llanelli"), ("phone_number", "+447700900311")},
                 id="newsletter-other-member-as-owner"),
    pytest.param(REUNION, "Gwen Tallis", "page", {("police_affiliation", "Dyfed-Powys Police")},
                 id="reunion-married-name"),
    pytest.param(REUNION, "Gethin Rowlands", "page",
                 {("football_team", "Cardiff City"), ("phone_number", "+447700900518")},
                 id="reunion-nickname-heading"),
    pytest.param(REUNION, "Bethan Lloyd", "page", {("birthplace", "Aberaeron")}, id="reunion-plain-heading"),
    pytest.param(COMMITTEE, "Osian Price", "page",
                 {("police_affiliation", "South Wales Police"), ("family", "child: Elis")},
                 id="committee-child-first"),
    pytest.param(COMMITTEE, "Dafydd Ellis", "page",
                 {("police_affiliation", "Gwent Police"), ("football_team", "Newport County"),
                  ("phone_number", "+447700900639"), ("family", "grandchild: Nia")},
                 id="committee-titled-heading"),
    pytest.param(COMMITTEE, "Lowri Jenkins", "page", {("football_team", "Swansea City"), ("family", "child: Twm")},
                 id="committee-last-section"),
    pytest.param(INTERVIEW, "Nerys Vaughan", "page",
                 {("birthplace", "Tenby"), ("police_affiliation", "Dyfed-Powys Police")},
                 id="interview-owner-quoted"),
    pytest.param(INTERVIEW, "Gareth Morgan", "page",
                 {("birthplace", "Wrexham"), ("football_team", "Wrexham")},
                 id="interview-other-quoted-as-owner"),
])
def test_the_owners_section_is_theirs(blocks: tuple, owner: str, field: str, expected: set) -> None:
    assert found(page(*blocks, field=field), owner) == expected


@pytest.mark.parametrize("blocks, owner, field, expected", [
    # the other members' details on a page whose owner says little
    pytest.param(BOWLS[:3] + ("Rink 5 — Idris Penhale\nIdris joined last spring.",), "Idris Penhale", "text",
                 set(), id="newsletter-others-section"),
    pytest.param(REUNION[:3] + REUNION[5:], "Gwen Tallis", "page", {("police_affiliation", "Dyfed-Powys Police")},
                 id="reunion-classmate-born"),
    pytest.param(REUNION[:5], "Gwen Tallis", "page", {("police_affiliation", "Dyfed-Powys Police")},
                 id="reunion-classmate-club-and-number"),
    pytest.param(COMMITTEE[:3] + COMMITTEE[5:], "Osian Price", "page",
                 {("police_affiliation", "South Wales Police"), ("family", "child: Elis")},
                 id="committee-others-children"),
    pytest.param(COMMITTEE, "Lowri Jenkins", "page", {("football_team", "Swansea City"), ("family", "child: Twm")},
                 id="committee-titled-others-force"),
    # a first name the names list lacks is a person's when the page's prose makes it a subject ("Tegid works")
    pytest.param(COMMITTEE[:3] + (("Cllr Tegid Rhys", "Cllr Tegid Rhys"),
                                  ("Cllr Tegid Rhys", "Tegid works nights for Gwent Police and is a dad of three.")),
                 "Osian Price", "page", {("police_affiliation", "South Wales Police"), ("family", "child: Elis")},
                 id="committee-uncommon-name"),
    pytest.param(("Tea bar rota",
                  "\u201cBorn in Wrexham and Wrexham till I die,\u201d laughs Gareth, who runs the tea bar. "
                  "I just do the Saturday shift."), "Nerys Vaughan", "page", set(), id="interview-other-quoted"),
    pytest.param(("Selling my old boots, size 9, \u00a320. Gareth says: \u201cI'm a Wrexham fan, they were "
                  "mine first\u201d so collection from his.",), "Nerys Vaughan", "post", set(), id="for-sale-quoted"),
    pytest.param(("#duet with @tegan.sings \"Cardiff born, Bluebirds forever\" ... not me, I only do karaoke",),
                 "Nerys Vaughan", "caption", set(), id="caption-duet"),
    pytest.param(("Great thread. Rhodri: \"I was born in Bangor and I still support Bangor City\" - same here "
                  "with the rain though.",), "Nerys Vaughan", "post", set(), id="forum-quoted-member"),
])
def test_another_persons_section_or_words_are_theirs(blocks: tuple, owner: str, field: str, expected: set) -> None:
    assert found(page(*blocks, field=field), owner) == expected
