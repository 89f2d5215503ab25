"""Issue 13, round ten (foot12): a club's nickname or short name with a supporter's words right beside it (a cheer
before it, a holder's or a result's words after it) is football talk, and a nickname several clubs share goes to
the club it usually means; a cheer is the writer's own voice whoever the sentence names first, but before a town's
name only as the cheer ends, and not for a club just given to another person; a fixture is no support.
Every sentence is new writing across genres (none is taken from an evaluation corpus)."""

from __future__ import annotations

import pytest

from tests.detectors.helpers import values

CLUBS = [
    ("bio", "bio", "Sky Blues ST holder | civvy in the control room | cyclist", "Coventry City"),
    ("CV", "bio", "Interests: hill walking, baking, Sky Blues season ticket holder.", "Coventry City"),
    ("chat", "post", "Hornets won again, told you we would", "Watford"),
    ("caption", "post", "Terriers win 🐶 my voice has gone", "Huddersfield Town"),
    ("forum", "post", "Boro were robbed on Saturday, I was behind the goal", "Middlesbrough"),
    ("for-sale post", "post", "Selling the pushchair as the baby has outgrown it. COME ON CARDIFF", "Cardiff City"),
    ("newsletter", "post", "Sorry for the late minutes, I was at the match. Come on Cardiff!", "Cardiff City"),
    ("interview", "post", "Canaries till I die, my grandad took me first", "Norwich City"),
    ("photo caption", "post", "Up the Bluebirds 💙 proud day", "Cardiff City"),
    ("bio", "bio", "Nurse, mum of two, Potters through and through", "Stoke City"),
    ("memoir", "post", "Hatters forever, whatever the league", "Luton Town"),
    ("family post", "post", "Nia's boots are by the door, first game of the season tomorrow, COME ON CARDIFF",
     "Cardiff City"),
]


@pytest.mark.parametrize("genre,field,text,club", CLUBS)
def test_a_nickname_with_a_supporters_words_beside_it_is_the_writers_club(genre, field, text, club):
    assert values("football_team", text, field=field) == {club}, genre


FALSE_FRIENDS = [
    ("chat", "Come on Leeds, sort the bus lanes out"),
    ("rugby report", "Saints win at Franklin's Gardens, rugby at its best"),
    ("music review", "Blues won the room over at the jazz club"),
    ("partner's club", "My partner is a Sky Blues season ticket holder, I just go for the pies"),
    ("forum fixture", "Bantams at home on Saturday so the bypass will be rammed"),
    ("garden post", "Hornets nest under the shed roof, pest control coming Monday"),
    ("newsletter", "Come on Preston residents, get your bins in"),
    ("chat about a friend", "Dev says Boro were robbed, he would"),
    ("another's cheer", "My brother is a Cardiff fan, so come on Cardiff!"),
    ("quaker meeting", "The Quakers won't hear a word against the new hall"),
]


@pytest.mark.parametrize("genre,text", FALSE_FRIENDS)
def test_no_support_from_a_town_a_word_another_person_or_a_fixture(genre, text):
    assert values("football_team", text, field="post") == set(), genre
