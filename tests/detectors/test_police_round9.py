"""Round nine of issue 13: the owner's service said indirectly. A police role then "@", "with", "for", "in" and a
force's short name; "my colleagues at X" with the writer's own shifts; the owner's first name cut short on a page
about them ("Nat" of Nathaniel); a section headed by the owner's name, or by someone else's; a page that says the
owner serves and names one force elsewhere; a volunteers' body beside the force's own name. False friends: a night
shift alone, a visit or a day out with a force, another person's section, a speaker, a council officer, a relative
named before the role, a body as a course's provider, a force as the subject of a case told ("how X cracked it"). Every
sentence is new writing (none is taken from an evaluation corpus), across genres."""

from __future__ import annotations

import pytest

from footprint.detect import detect
from footprint.facts import Facts
from footprint.models import Profile
from tests.detectors.helpers import values

NATHANIEL = Facts.from_dict({"full_name": "Nathaniel Brooks"})
RUTH = Facts.from_dict({"full_name": "Ruth Akers"})

OWNERS = [
    ("Threads bio", "bio", "Neighbourhood PCSO @ Northumbria | allotment nerd | Hexham", None, "Northumbria Police"),
    ("X bio", "bio", "Response Sgt @ Cleveland 🚓 | Boro | dog dad", None, "Cleveland Police"),
    ("TikTok bio", "bio", "Student PC @ Humberside ✨ degree year two, send coffee", None, "Humberside Police"),
    ("Instagram bio", "bio", "PCSO for Durham, mam of three, parkrun tail walker", None, "Durham Constabulary"),
    ("forum post", "post", "Been a copper in Lincolnshire nigh on twenty years and the fens still surprise me", None,
     "Lincolnshire Police"),
    ("fundraising story", "story", "The lads on my team at Essex Police swapped my shifts so I could get the long "
                                   "runs in.", None, "Essex Police"),
    ("wedding site", "page", "Nat proposed on the pier at sunset. A year later he joined Sussex Police and now works "
                             "nights out of Brighton.", NATHANIEL, "Sussex Police"),
    ("parish newsletter", "text", "Ruth Akers – Tea Rota\nRuth and her husband Colin moved onto the estate in 1999. "
                                  "Her weekday job is in the control room for Staffordshire Police, so Sunday tea is "
                                  "her treat.", RUTH, "Staffordshire Police"),
    ("caption", "post", "Four years a special now 💙 where did the time go #SpecialConstabulary #SurreyPolice", None,
     "Surrey Police"),
    ("guest post", "post", "I was the guest speaker at the Kent Police awards, as their longest-serving PCSO.", None,
     "Kent Police"),
    ("LinkedIn headline", "bio", "College of Policing accredited tutor | PC with Cheshire Police", None,
     "Cheshire Constabulary"),
    ("TikTok bio", "bio", "Roads Sgt @ Gwent 🚔 | two spaniels | clips are NOT police advice", None, "Gwent Police"),
]


@pytest.mark.parametrize("genre,field,text,facts,force", OWNERS)
def test_the_owners_force_said_indirectly(genre, field, text, facts, force):
    assert values("police_affiliation", text, field=field, facts=facts) == {force}, genre


def test_an_interview_that_says_the_owner_serves_names_the_force_elsewhere():
    profile = Profile(url="https://parishnews.example/meet-your-beat-officer", platform="website")
    profile.add("This month we sat down with the village beat officer over coffee.", "page")
    profile.add("I have been a PC on the Safer Neighbourhood Team for six years now.", "page")
    profile.add("Norfolk Constabulary have a rural crime team I lean on a lot for the farms.", "page")
    assert {f.value for f in detect(profile) if f.category == "police_affiliation"} == {"Norfolk Constabulary"}


def test_two_forces_named_leave_the_owners_service_unnamed():
    profile = Profile(url="https://parishnews.example/meet-your-beat-officer", platform="website")
    profile.add("I have been a PC on the Safer Neighbourhood Team for six years now.", "page")
    profile.add("Norfolk Constabulary have a rural crime team; Suffolk Constabulary share the boat.", "page")
    assert {f.value for f in detect(profile) if f.category == "police_affiliation"} == {"police"}


FALSE_FRIENDS = [
    ("forum post", "post", "Don't text him on a night shift, he sleeps till three", None, None),
    ("for-sale post", "post", "Night shift worker so collection after 4pm only please, Shrewsbury", None, None),
    ("YouTube caption", "post", "NEW VIDEO: a day with the Thames Valley Police mounted section 🐴", None, None),
    ("chat", "post", "Anyone fancy a behind the scenes tour of Merseyside Police HQ? My uncle is sorting it.", None,
     None),
    ("parish newsletter", "text", "Colin Pryce – Treasurer\nColin stepped down in 2020 after 28 years with Devon and "
                                  "Cornwall Police. He still does the raffle.", RUTH, None),
    ("reunion page", "page", "Still a PC with Avon and Somerset Police, two kids, one dog, no hair left", RUTH,
     "Gary Tate"),
    ("LinkedIn headline", "bio", "Planning officer at Essex County Council | cyclist", None, None),
    ("caption", "post", "Big shout out to the detective in Durham who got my bike back!", None, None),
    ("about page", "page", "Our daughter Imogen followed me into the job and is a PC in Dorset, which makes Sunday "
                           "lunch a briefing.", None, None),
    ("CV", "text", "2019       College of Policing - Digital Media Investigator course (DMI)", None, None),
    ("podcast link", "link", "Cold Case Corner ep 14 – the 1979 Saltaire jewel theft: how West Yorkshire Police "
                             "finally cracked it", None, None),
    ("club newsletter", "text", "Our speaker next month is a retired sergeant from West Mercia Police, talking about "
                                "rural crime.", None, None),
]


@pytest.mark.parametrize("genre,field,text,facts,label", FALSE_FRIENDS)
def test_a_shift_a_visit_a_speaker_or_another_persons_section_is_not_the_owners(genre, field, text, facts, label):
    assert values("police_affiliation", text, field=field, facts=facts, label=label) == set(), genre
