"""A conversation inside a text file (a dating export's matches, a chat pasted under a heading) and a
DiscordChatExporter text file: each line or message is its speaker's, the user's by their facts."""

from __future__ import annotations

import pytest

from collectors.chat import dialogue, read_chat
from collectors.saved import read_text
from footprint.detect import detect
from footprint.facts import Facts

EXPORT = """MY DATA
Name: Christopher
Location: Whitstable

[match 4] Imogen, 36
Imogen: Ooh a Canterbury lad? I was born in Margate myself, mum still runs the chippy there.
Kit: Herne Bay born and bred, sorry. Still a Gills season ticket holder though.
Imogen: Easier on WhatsApp, I'm 07700 900417 x
Kit: Lovely, I'll drop you a line after my rest days.

[match 5] Saoirse, 40
Saoirse: Honestly I'm a Spurs season ticket holder, dealbreaker?
Kit: Only on derby day.
Saoirse: I was in Cork for most of 2019 so no idea what you mean
"""


def findings(text: str, name: str) -> set[tuple[str, str]]:
    profile = read_text(text.encode(), "file:///home/me/export.txt", "website").profile
    return {(f.category, f.value) for f in detect(profile, Facts(full_name=name))
            if f.reason != "matches a detail you gave"}


def test_each_line_of_a_pasted_conversation_is_its_speakers() -> None:
    profile = read_text(EXPORT.encode(), "file:///home/me/export.txt", "website").profile
    assert [(b.author, b.own) for b in profile.blocks if b.label == "chat message"] == [
        ("Imogen", False), ("Kit", False), ("Imogen", False), ("Kit", False),
        ("Saoirse", False), ("Kit", False), ("Saoirse", False),
    ]
    assert profile.owner == ""


def test_the_user_is_the_speaker_their_short_name_says() -> None:
    # "Kit" is Christopher Quaife's; the matches' birthplace, number and club are theirs
    assert findings(EXPORT, "Christopher Quaife") == {
        ("birthplace", "Herne Bay"), ("football_team", "Gillingham"), ("home_location", "Whitstable")}


@pytest.mark.parametrize("text", [
    "Q: Where did you grow up?\nA: Deal, by the pier.\nQ: And now?\nA: Still Deal.",            # an interview's Q and A
    "Location: Whitstable\nHometown: Deal\nWork: Kent Police\nHeight: 5'9\"",                 # a profile's fields
    "Imogen: Hello!\nKit: Hi there, how are you?",                                          # two turns only
    "Chair: Huw Example\nTreasurer: Mair Example\nSecretary: Cai Example\nChair: again",     # roles, not speakers
    "Prompt: Two truths and a lie\nAnswer: I was born in Deal.\nPrompt: My Sundays\nAnswer: The Gills.",
])
def test_labels_and_short_exchanges_are_no_conversation(text: str) -> None:
    assert dialogue(text, frozenset({"Imogen", "Kit", "Huw"})) is None


DISCORD = """==============================================================
Guild: Harbour Lights [HBL]
Channel: Text Channels / general
==============================================================

[03/02/2026 19:02] Quayside_Kev
anyone on tonight?

[03/02/2026 19:05] Gull_Whisperer
on nights at Margate nick til 7, sorry lads

[03/02/2026 19:06] Quayside_Kev
text me on 07700 900263 if the server dies

==============================================================
Exported 3 message(s)
==============================================================
"""


def test_a_discord_exporter_file_is_read_message_by_message() -> None:
    chat = read_chat(DISCORD)
    assert chat is not None
    assert [(m.author, m.date, m.text) for m in chat.messages] == [
        ("Quayside_Kev", "2026-02-03", "anyone on tonight?"),
        ("Gull_Whisperer", "2026-02-03", "on nights at Margate nick til 7, sorry lads"),
        ("Quayside_Kev", "2026-02-03", "text me on 07700 900263 if the server dies"),
    ]


def test_a_discord_message_is_the_owners_only_if_they_sent_it() -> None:
    profile = read_text(DISCORD.encode(), "file:///home/me/general.txt", "website").profile
    facts = Facts(usernames=["Gull_Whisperer"])
    assert {(f.category, f.value) for f in detect(profile, facts)} == set()
