"""Issue 13, round nine (lead): a code in a postcode's shape outside the UK's postcode areas is no postcode
("BMW R80RT"); a nickname two clubs share means the club whose town the page names. New writing, through the
detector; none is taken from an evaluation corpus."""

from __future__ import annotations

import pytest

from footprint.detect.text import POSTCODE
from tests.detectors.helpers import values


@pytest.mark.parametrize("text,want", [
    ("Sold my old BMW R80RT last spring", []),
    ("part no. Z31 2AB for the gearbox", []),
    ("Collection from LS6 2AB only", ["LS6 2AB"]),
    ("Our address: 4 Mill Lane, Kendal LA9 4QS", ["LA9 4QS"]),
    ("Parcels to SW1A 1AA or E1W 3SS", ["SW1A 1AA", "E1W 3SS"]),
    ("St Helier JE2 3QA", ["JE2 3QA"]),
])
def test_postcodes_only_in_the_uks_areas(text, want):
    assert [m.group(1) for m in POSTCODE.finditer(text)] == want


@pytest.mark.parametrize("text,want", [
    ("Mum of two 📍Stockport | Hatters 💙⚽ | nurse", {"Stockport County"}),
    ("Hatters ⚽ season ticket holder, Kenilworth Road every other week", {"Luton Town"}),
    ("Posting from Luton 🏠 Hatters ⚽ till I die", {"Luton Town"}),
])
def test_a_shared_nickname_means_the_club_of_the_town_the_page_names(text, want):
    assert values("football_team", text, field="bio") == want


@pytest.mark.parametrize("text,want", [
    ("Been the sergeant on the traffic unit at Lancs for six years, best job going", {"Lancashire Constabulary"}),
    ("PC on the response team at Kent since 2019", {"Kent Police"}),
    ("Proud to be a PC with Kent", {"Kent Police"}),
    ("A sergeant at Leics showed the cubs round the kennels, lovely chap", set()),
    ("Met a PC with Kent at the county show", set()),
    ("Officer in the planning team at Essex County Council", set()),
])
def test_a_role_then_its_unit_then_the_force(text, want):
    assert values("police_affiliation", text, field="post") == want
