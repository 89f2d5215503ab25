"""Round eight of issue 13: the owner's force said the way officers say it. Short forms and hashtags from the
force list (#wmp, "D&C Police", "West Yorks"), "&" in a force's name, "X's finest", a role then emoji then the
force, a CV's job line, the writer's own shifts beside the force, "ex-" before it, a day-job line, the generic
"you" of a tagged post, a rank in two words; and the false friends each of those must leave alone. Every
sentence is new writing (none is taken from an evaluation corpus), across genres."""

from __future__ import annotations

import pytest

from tests.detectors.helpers import values

OWNERS = [
    ("TikTok post", "post", "first set of lates done, feet in bits 🥾 #northyorks #policelife #probationer",
     "North Yorkshire Police"),
    ("Instagram caption", "post", "new kit day!! still can't fold the stab vest right #gmp #studentofficer",
     "Greater Manchester Police"),
    ("Instagram caption", "post", "attestation done, mum sobbing in row three 🥹 #WestYorkshirePolice #newstart",
     "West Yorkshire Police"),
    ("Threads bio", "bio", "Sgt 🚔 GMP | spin class addict | she/her", "Greater Manchester Police"),
    ("Linktree bio", "bio", "Ceramics 🏺 | by day: keeping Cornish lanes tidy (D&C Police roads unit) | Truro",
     "Devon and Cornwall Police"),
    ("Mastodon bio", "bio", "Day job: locking up burglars for Hants & IoW Police. Evenings: sea kayaks.",
     "Hampshire and Isle of Wight Constabulary"),
    ("X bio", "bio", "South Yorks finest 💙 | Barnsley | RTs are not endorsements", "South Yorkshire Police"),
    ("CV", "text", "Intelligence Researcher (Serious Crime), Derbys Police — Ripley", "Derbyshire Constabulary"),
    ("CV", "text", "Digital Media Examiner — Thames Valley Police, Abingdon", "Thames Valley Police"),
    ("forum post", "post", "Can't make the Sunday ride, I'm on earlies all week. Wilts Police rota strikes again.",
     "Wiltshire Police"),
    ("newsletter", "text", "Sorry the minutes are late - West Mids Police had me on nights for the whole fortnight.",
     "West Midlands Police"),
    ("author bio", "page", "Retired bobby from Skipton, ex-North Yorks Police (1991-2021). Writes about dry-stone walls.",
     "North Yorkshire Police"),
    ("wedding site", "page", "By then I was a Detective Constable with Cheshire Police and working every weekend.",
     "Cheshire Constabulary"),
    ("YouTube about", "bio", "Weekday custody detention officer (police staff, not a cop!) with Wilts Police, so no, "
                             "I can't get your speeding fine cancelled.", "Wiltshire Police"),
]


@pytest.mark.parametrize("genre,field,text,force", OWNERS)
def test_the_owners_force_said_the_way_officers_say_it(genre, field, text, force):
    assert values("police_affiliation", text, field=field) == {force}, genre


FALSE_FRIENDS = [
    ("for-sale post", "post", "Humberside's finest fish and chips, delivered hot. Message for the menu."),
    ("caption", "post", "Special 🎄 Kent Christmas market this weekend, mulled wine on us"),
    ("newsletter", "text", "Our speaker Sgt Mills from Wilts Police will talk about bike theft. Tea after."),
    ("forum post", "post", "I'm on nights this week so no pub quiz, sorry lads."),
    ("chat", "post", "#PSA the car park shuts at six on Sundays"),
    ("caption", "post", "Proud of my brother, passed out today with West Mids Police 👏 #proudsister"),
    ("bio", "bio", "Day job: florist 💐 | my partner's the copper, not me"),
    ("CV", "text", "Project Manager, Serco — delivered training to West Yorkshire Police among other clients"),
    ("forum post", "post", "Did the West Yorks lot ever sort your speeding fine out? Mine took months."),
    ("caption", "post", "Finished the Kent coastal walk 🌊 brilliant day #kent #walking"),
]


@pytest.mark.parametrize("genre,field,text", FALSE_FRIENDS)
def test_a_force_as_a_place_a_relative_a_speaker_or_a_thing_is_not_the_owners(genre, field, text):
    assert values("police_affiliation", text, field=field) == set(), genre



@pytest.mark.parametrize("bio,post,forces", [
    ("Married to a copper 💙 | two kids | Maidstone", "Kent Police rotas kept us apart most of August.", {"Kent Police"}),
    ("Dating a cop, send snacks", "Bank holiday and Essex Police have him on nights again, so we're doing tea at 4.",
     {"Essex Police"}),
    ("Married to a copper 💙 | two kids", "We reported the shed break-in to Kent Police and heard nothing back.",
     set()),
    ("Gardener, Maidstone", "Kent Police rotas kept us apart most of August.", set()),
])
def test_a_couples_force_beside_a_word_that_the_partner_serves(bio, post, forces):
    assert values("police_affiliation", bio, post, field="post") == forces
