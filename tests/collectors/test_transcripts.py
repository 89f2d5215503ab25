"""Transcripts saved as text (a podcast, an interview, a meeting): each turn is its speaker's, so
only what the user says about themselves is theirs, in every common transcript layout."""

from __future__ import annotations

import pytest

from collectors.chat import read_transcript
from collectors.saved import read_text
from footprint.detect import detect
from footprint.facts import Facts

URL = "https://podcast.example.org/episodes/17"
HOST = "Welcome back. I'm Priya, and yes, still a Coventry City fan. Today my guest is a PCSO."
GUEST = "Thanks Priya. Home for us is Kenilworth these days, and you can ring me on 07700 900412."
ASK = "So where did it all start for you?"
ANSWER = "I grew up in Nuneaton, above the chip shop, and never left Warwickshire."

# layout, text, the turns (speaker, text) it holds
LAYOUTS = [
    ("bracketed clock, caps, a role", f"Small Hours podcast, episode 17\nAuto-generated transcript\n\n"
     f"[00:00:03] PRIYA (host): {HOST}\n\n[00:00:15] CALLUM: {GUEST}\n\n[00:00:24] PRIYA: {ASK}\n\n"
     f"[00:00:27] CALLUM: {ANSWER}\n", [("PRIYA", HOST), ("CALLUM", GUEST), ("PRIYA", ASK), ("CALLUM", ANSWER)]),
    ("Otter: name and clock on a line, words below", f"Priya Shah  0:03\n{HOST}\n\nCallum Reid  0:15\n{GUEST}\n\n"
     f"Priya Shah  0:24\n{ASK}\n\nCallum Reid  0:27\n{ANSWER}\n",
     [("Priya Shah", HOST), ("Callum Reid", GUEST), ("Priya Shah", ASK), ("Callum Reid", ANSWER)]),
    ("clock then name", f"00:03 - Priya: {HOST}\n00:15 - Callum: {GUEST}\n00:24 - Priya: {ASK}\n00:27 - Callum: {ANSWER}\n",
     [("Priya", HOST), ("Callum", GUEST), ("Priya", ASK), ("Callum", ANSWER)]),
    ("WebVTT with voice tags", f"WEBVTT\n\n1\n00:00:03.000 --> 00:00:14.000\n<v Priya Shah>{HOST}</v>\n\n"
     f"2\n00:00:15.000 --> 00:00:23.500\n<v Callum Reid>{GUEST}</v>\n\n3\n00:00:24.000 --> 00:00:26.000\n"
     f"<v Priya Shah>{ASK}</v>\n\n4\n00:00:27.000 --> 00:00:40.000\n<v Callum Reid>{ANSWER}</v>\n",
     [("Priya Shah", HOST), ("Callum Reid", GUEST), ("Priya Shah", ASK), ("Callum Reid", ANSWER)]),
    ("WebVTT with names before a colon", f"WEBVTT\n\n00:00:03.000 --> 00:00:14.000\nPriya Shah: {HOST}\n\n"
     f"00:00:15.000 --> 00:00:23.500\nCallum Reid: {GUEST}\n\n00:00:24.000 --> 00:00:26.000\nPriya Shah: {ASK}\n\n"
     f"00:00:27.000 --> 00:00:40.000\nCallum Reid: {ANSWER}\n",
     [("Priya Shah", HOST), ("Callum Reid", GUEST), ("Priya Shah", ASK), ("Callum Reid", ANSWER)]),
]


@pytest.mark.parametrize(("layout", "text", "turns"), LAYOUTS)
def test_a_transcript_gives_each_turn_its_speaker(layout, text, turns):
    transcript = read_transcript(text)
    assert transcript is not None
    assert [(m.author, m.text) for m in transcript.messages] == turns


FOUND = {("phone_number", "+447700900412"), ("home_location", "Kenilworth"), ("birthplace", "Nuneaton")}


@pytest.mark.parametrize(("layout", "text", "turns"), LAYOUTS)
def test_only_the_users_turns_give_their_details(layout, text, turns):
    profile = read_text(text.encode(), URL, "website").profile
    found = {(f.category, f.value) for f in detect(profile, Facts(full_name="Callum Reid"))}
    # the host's football club is theirs, not the user's
    assert {(c, v) for c, v in found if c in {"phone_number", "home_location", "birthplace", "football_team"}} == FOUND


def test_without_facts_the_one_who_says_most_is_taken_for_the_user():
    text = LAYOUTS[0][1]
    profile = read_text(text.encode(), URL, "website").profile
    assert profile.owner == "CALLUM"
    assert ("football_team", "Coventry City") not in {(f.category, f.value) for f in detect(profile, Facts())}


def test_facts_name_the_user_when_they_say_less():
    # the user is the host here: their first name alone names them among the speakers
    profile = read_text(LAYOUTS[0][1].encode(), URL, "website").profile
    found = {(f.category, f.value) for f in detect(profile, Facts(full_name="Priya Shah"))}
    assert ("football_team", "Coventry City") in found
    assert ("phone_number", "+447700900412") not in found


# text with clock times and colons that is not a conversation
NOT_TRANSCRIPTS = [
    "Open day\n09:30 Registration: main hall\n10:00 Keynote: Chief Inspector's welcome\n"
    "11:00 Workshop: cyber safety\n12:30 Lunch: canteen\n",
    "Training log\nRun at 6:30 before earlies: 5k easy\nGym at 18:00: legs\nRun at 6:30 again: intervals\n",
    "Sam Example\nCV\nPhone: 07700 900245\nEmail: sam@example.com\nSkills: Python, SQL\nHobbies: running\n",
    "Fixtures\nLeeds United 15:00\nBurnley 12:30\nLeeds United 19:45\nBurnley 15:00\n",
    "Race splits\n[00:05:12] Mile 1: felt fine\n[00:10:30] Mile 2: windy\n",
]


@pytest.mark.parametrize("text", NOT_TRANSCRIPTS)
def test_text_that_is_not_a_transcript_is_read_as_text(text):
    assert read_transcript(text) is None
