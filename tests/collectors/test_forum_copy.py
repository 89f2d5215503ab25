"""A forum thread copied as text (Simple Machines, phpBB): each post is its poster's, the first poster is
the thread's starter and the owner unless the user's facts name another poster."""

from __future__ import annotations

from collectors.chat import read_forum_copy
from collectors.saved import read_text
from footprint.detect import detect
from footprint.facts import Facts

SMF = """AllotmentTalk.Example
Home | Help | Search | Login | Register

AllotmentTalk  >  North West  >  Leeks
Topic: Blanching collars - cardboard or pipe?  (Read 96 times)

----------------------------------------------------------------
parsnip_pete
Full Member
Posts: 212

Blanching collars - cardboard or pipe?
« on: Tuesday 14 April 26 19:02 BST (UK) »

Evening all. Third year on my plot in Ormskirk and the leeks are still short. My dad swears by drainpipe.
Ring me on 07700 900614 if you have spare pipe.

----------------------------------------------------------------
marrowmad_moira
Hero Member
Posts: 4,051

Re: Blanching collars - cardboard or pipe?
« Reply #1 on: Tuesday 14 April 26 20:11 BST (UK) »

Pipe every time. I was born in Wigan and my grandad grew show leeks there for forty years.
I've supported Wigan Athletic since I could walk, and my son Callum does the watering now.

----------------------------------------------------------------
parsnip_pete
Full Member
Posts: 212

Re: Blanching collars - cardboard or pipe?
« Reply #2 on: Tuesday 14 April 26 21:30 BST (UK) »

Cheers Moira, pipe it is.
"""

PHPBB = """Re: Damson jam
____________________________________________________________
jam_jar_jen
Post by jam_jar_jen » Sat Sep 05, 2026 8:14 am
My nan taught me, she lived in Kendal all her life.
____________________________________________________________
stonefruit_stu
Post by stonefruit_stu » Sat Sep 05, 2026 9:40 am
Born in Penrith myself, never got the hang of setting point.
____________________________________________________________
jam_jar_jen
Post by jam_jar_jen » Sat Sep 05, 2026 10:02 am
Warm the sugar first, Stu.
"""


def found(text: str, facts: Facts | None = None) -> set[tuple[str, str]]:
    profile = read_text(text.encode(), "https://forum.example/index.php?topic=1", "website").profile
    return {(f.category, f.value) for f in detect(profile, facts or Facts())}


def test_each_post_of_a_copied_simple_machines_thread_is_its_posters():
    chat = read_forum_copy(SMF)
    assert chat is not None
    assert [m.author for m in chat.messages] == ["parsnip_pete", "marrowmad_moira", "parsnip_pete"]
    assert chat.starter == "parsnip_pete"
    assert not any("« " in m.text for m in chat.messages)      # the post line is the forum's, not a post's words
    assert "Home | Help" not in "\n".join(m.text for m in chat.messages)


def test_the_starters_words_are_the_owners_and_the_replies_are_not():
    assert found(SMF) == {("family", "father"), ("phone_number", "+447700900614")}
    assert found(SMF, Facts(usernames=("marrowmad_moira",))) == {
        ("football_team", "Wigan Athletic"), ("birthplace", "Wigan"), ("family", "grandfather"),
        ("family", "son: Callum")}


def test_a_copied_phpbb_thread_takes_the_poster_from_its_post_line():
    chat = read_forum_copy(PHPBB)
    assert chat is not None and [m.author for m in chat.messages] == ["jam_jar_jen", "stonefruit_stu", "jam_jar_jen"]
    assert ("birthplace", "Penrith") not in found(PHPBB)


def test_rules_without_a_forums_post_line_are_no_thread():
    text = "Notes\n" + "\n".join(f"{'-' * 20}\nSection {i}\nI live in Ormskirk." for i in range(4))
    assert read_forum_copy(text) is None
    assert read_forum_copy(SMF.replace("« ", "( ").replace(" »", " )")) is None
