"""Issue 13, round ten: police forces written short or informally ("Cumbria Constab", "StaffsPol", "MerPol"), a force
named as the writer's employer by what it does to them ("Wilts Constab pay me"), a disclaimer that names the
force; false friends: a body as a certificate's issuer, a team's page named after it, the other side of a match, a
force that pays someone else. Every sentence is new writing across genres (none is from an evaluation corpus)."""

from __future__ import annotations

import pytest

from footprint.facts import Facts
from tests.detectors.helpers import values

OWNERS = [
    ("forum post", "post", "Nineteen years in with Cumbria Constab and I still can't find a decent brew in Kendal",
     "Cumbria Constabulary"),
    ("X bio", "bio", "Dog handler @ StaffsPol 🐕 | views my own", "Staffordshire Police"),
    ("group chat", "post", "Wilts Constab pay me peanuts for this, honestly", "Wiltshire Police"),
    ("CV", "about", "Crime Scene Investigator, Herts Constab (2015–2022)", "Hertfordshire Constabulary"),
    ("Instagram bio", "bio", "Roads policing, MerPol 🚔 | Scouse and proud", "Merseyside Police"),
    ("for-sale post", "post", "Size 9 patrol boots, barely worn. Cambs Police trained me to keep them shiny.",
     "Cambridgeshire Constabulary"),
    ("Threads bio", "bio", "Sgt. Tweets are mine, not Thames Valley Police's", "Thames Valley Police"),
    ("newsletter", "text", "I'm the Fed rep for our shift at Essex Police, so ask me anything about pay.",
     "Essex Police"),
    ("interview", "post", "Eleven years with Glos Constab now, mostly nights", "Gloucestershire Constabulary"),
    ("LinkedIn headline", "bio", "Digital forensics, Leics Constab | Loughborough grad", "Leicestershire Police"),
]


@pytest.mark.parametrize("genre,field,text,force", OWNERS)
def test_the_owners_force_said_short_or_informally(genre, field, text, force):
    assert values("police_affiliation", text, field=field) == {force}, genre


FALSE_FRIENDS = [
    ("CV certificates", "about", "Certificate in Crime Analysis College of Policing Issued March 2020"),
    ("team page name", "name", "Bramley Neighbourhood Policing Team"),
    ("unit page name", "name", "Harbourside Roads Policing Unit"),
    ("five-a-side post", "post", "Our five-a-side lot lost to Kent Police 4-2 on Sunday, gutted"),
    ("charity cup caption", "caption", "Great turnout for the charity cup: Fire Service vs Essex Police, fire won"),
    ("pub quiz post", "post", "We beat Durham Constab in the quiz final and the trophy is ours!"),
    ("forum", "post", "My neighbour's lad says Staffs Police pay him well enough"),
    ("for-sale post", "post", "Selling a Lancs Constab surplus bike, bought at their fleet auction"),
]


@pytest.mark.parametrize("genre,field,text", FALSE_FRIENDS)
def test_a_certificate_a_team_page_an_opponent_or_anothers_pay_is_not_the_owners(genre, field, text):
    assert values("police_affiliation", text, field=field) == set(), genre


def test_a_section_headed_by_another_name_in_capitals_is_theirs():
    owner = Facts.from_dict({"full_name": "Lorna Pike"})
    theirs = "> PRIYA NAIR – Secretary\nMum to two. My other half works nights with Durham Constabulary, so coffee."
    mine = "> LORNA PIKE – Treasurer\nEleven years a PC with Durham Constabulary, and still can't park."
    assert values("police_affiliation", theirs, field="text", facts=owner) == set()
    assert values("police_affiliation", mine, field="text", facts=owner) == {"Durham Constabulary"}
