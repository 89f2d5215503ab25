"""Round six of issue 13: police affiliation by class. A force's short name before a role ("Met special"),
the writer naming themself by title ("you'll know me better as PC Ames ... here"), a profile's job line,
"not a police page"; and police words that are not the writer's: a guest introduced by title, the reader's
own ("your Fed rep"), an invitation to join. Every sentence is new writing (none is taken from an
evaluation corpus), across genres."""

from __future__ import annotations

import pytest

from tests.detectors.helpers import values

FORCE_ROLES = [
    ("Linktree bio", "Youth worker | Met special 👮 | Peckham", "Metropolitan Police Service"),
    ("Instagram bio", "GMP PCSO 🚓 dog mum, gym rat", "Greater Manchester Police"),
    ("X bio", "Kent special, day job in IT. Views my own.", "Kent Police"),
    ("TikTok bio", "Dyfed-Powys call handler by night ☎️", "Dyfed-Powys Police"),
    ("Threads bio", "Essex copper. Coffee first.", "Essex Police"),
    ("Mastodon bio", "Former Cleveland PC, now a lecturer.", "Cleveland Police"),
]


@pytest.mark.parametrize("genre,text,force", FORCE_ROLES)
def test_a_forces_short_name_before_a_role_is_the_writers_service(genre, text, force):
    assert values("police_affiliation", text) == {force}, genre


@pytest.mark.parametrize("text", [
    "I met special people at the conference.",
    "Kent special offers on strawberries this week!",
    "Essex cop show was rubbish tbh",
    "The Met officer in the documentary was brilliant.",
])
def test_a_place_or_a_verb_before_a_role_word_is_no_service(text):
    assert values("police_affiliation", text, field="post") == set()


SELF_TITLED = [
    ("school newsletter", "Some of you will know me better as PC Ames from the Leek team (Staffordshire Police) "
                          "- yes, the one with the van.", "Staffordshire Police"),
    ("Facebook post", "Hi all, Sgt Okafor from the Rochdale response team (GMP) here - quick update on the park.",
     "Greater Manchester Police"),
    ("parish magazine", "I'm DC Patel, West Mercia Police, and I'll be running the cycle-marking stall.",
     "West Mercia Police"),
    ("dating profile", "💼 Control Room, Lancashire Constabulary", "Lancashire Constabulary"),
    ("app profile", "Job: Analyst, Thames Valley Police", "Thames Valley Police"),
    ("community page", "Run by Ola, one of your local PCSOs with Durham Constabulary. Not a police page - "
                       "report crime on 101.", "Durham Constabulary"),
]


@pytest.mark.parametrize("genre,text,force", SELF_TITLED)
def test_the_writer_named_by_their_own_title_or_job_line(genre, text, force):
    field = "post" if genre not in ("dating profile", "app profile") else "text"
    assert values("police_affiliation", text, field=field) == {force}, genre


NOT_THE_WRITERS = [
    ("podcast notes", "This week I'm joined by DS Ola Reyes from Cumbria Constabulary to talk about burnout."),
    ("YouTube description", "We chat with Insp Kofi Mensah of Avon and Somerset Police about horses."),
    ("blog post", "Please talk to someone: your sergeant, your Fed rep, your GP, your mate."),
    ("Linktree label", "Join Harrogate Volunteer Police Cadets (ages 13-17)"),
    ("newsletter", "Apply to join the Specials at North Yorkshire Police - evenings open now."),
    ("forum post", "Your local PCSO should be able to help with the parking."),
]


@pytest.mark.parametrize("genre,text", NOT_THE_WRITERS)
def test_a_guest_the_reader_or_an_invitation_is_not_the_writers_service(genre, text):
    assert values("police_affiliation", text, field="post") == set(), genre


# --- the role, then the force's short name; "I'm a" before a force's role -------------------------------------

ROLE_THEN_FORCE = [
    ("forum post", "I'm a special with Gwent, weekends mostly.", "Gwent Police"),
    ("Facebook post", "Been a PCSO for Cumbria six years now.", "Cumbria Constabulary"),
    ("reddit", "As a Met PC I can tell you the canteen is worse.", "Metropolitan Police Service"),
    ("chat", "im a call handler with Essex so nights are my life", "Essex Police"),
    ("caption", "I'm a proud Kent special 💙", "Kent Police"),
    ("blog", "I was a copper with Durham for twenty years.", "Durham Constabulary"),
]


@pytest.mark.parametrize("genre,text,force", ROLE_THEN_FORCE)
def test_the_writers_role_with_a_forces_short_name(genre, text, force):
    assert values("police_affiliation", text, field="post") == {force}, genre


@pytest.mark.parametrize("genre,text", [
    ("podcast notes", "Our guest is a special with Gwent who also runs marathons."),
    ("chat", "Dave's a copper with Kent, not me"),
    ("forum post", "My cousin is a PCSO for Cumbria."),
    ("news share", "A Met PC has been charged with misconduct."),
])
def test_someone_elses_role_with_a_forces_short_name_is_not_the_writers(genre, text):
    assert values("police_affiliation", text, field="post") == set(), genre
