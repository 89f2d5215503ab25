"""Round fifteen, football and police: a ground named after a fixture is the fixture's, a match worked is work;
a force called by its other service word ("Herts Constabulary"); a product model is no collar number; an officer
thanked or credited by title is someone else; the owner called by a short form of their first name. Every
sentence is new writing (none is from an evaluation corpus)."""

from __future__ import annotations

import pytest

from footprint.facts import Facts
from tests.detectors.helpers import values

FIXTURES_AND_SHIFTS = [
    ("caption", "Today's office: Oldham v Bury at Boundary Park 👀 11 hours on the horses, feet up now #matchday"),
    ("post", "Carlisle v Morecambe at Brunton Park tonight, road closures from 6pm!"),
    ("caption", "My view today: Tranmere vs Wrexham at Prenton Park, cold hands #matchday"),
    ("caption", "Working the Tyne-Wear derby at St James' Park today, totally neutral obvs"),
    ("post", "Worked the Boxing Day game at Vicarage Road, frozen solid"),
]


@pytest.mark.parametrize("field,text", FIXTURES_AND_SHIFTS)
def test_a_ground_after_a_fixture_or_a_match_worked_is_no_club(field, text):
    assert values("football_team", text, field=field) == set(), text


FANS = [
    ("post", "Season ticket renewed for St James' Park, up the Toon! ⚫⚪", "Newcastle United"),
    ("bio", "Hornets fan ⚽ Vicarage Road regular", "Watford"),
    ("post", "Every other Saturday at Spotland since I was six, Dale till I die", "Rochdale"),
]


@pytest.mark.parametrize("field,text,club", FANS)
def test_a_fans_ground_is_still_their_club(field, text, club):
    assert values("football_team", text, field=field) == {club}, text


FORCES = [
    ("post", "Ten years now with Herts Constabulary and I still love nights", "Hertfordshire Constabulary"),
    ("bio", "Response PC, Cheshire Police | Warrington", "Cheshire Constabulary"),
    ("post", "I was trained by Sgt Nora Blake when I joined Kent Police in 2015", "Kent Police"),
    ("post", "Sgt Nora Blake here, Kent Police dog section, ask me anything", "Kent Police"),
]


@pytest.mark.parametrize("field,text,force", FORCES)
def test_a_force_by_its_other_service_word_and_the_writers_own_title(field, text, force):
    assert values("police_affiliation", text, field=field) == {force}, text


NOT_POLICE = [
    ("post", "Backups: a Synology DS418+ and a cloud bucket, nothing fancy"),
    ("post", "Big thanks to Sgt Aled Price at the Gwent Police dog school for letting me film there"),
    ("about", "Our pup's routine comes from 'Sit, Stay, Serve' by Sgt Nora Blake (Kent Police Dogs, retd)"),
    ("post", "Cheers to PC Tom Reed from Merseyside Police for the talk, I learnt loads"),
]


@pytest.mark.parametrize("field,text", NOT_POLICE)
def test_a_product_model_or_an_officer_thanked_or_credited_is_not_the_writer(field, text):
    assert values("police_affiliation", text, field=field) == set(), text


def test_the_owner_by_a_short_form_of_their_first_name():
    owner = Facts.from_dict({"full_name": "Bernadette Ashworth"})
    text = ("Club news. A big welcome back to Bernie Ashworth, who has just passed out as a PCSO with "
            "Cumbria Constabulary! She starts in Kendal next week.")
    assert values("police_affiliation", text, field="text", facts=owner) == {"Cumbria Constabulary"}


LINKS_AND_BIOS = [
    ("link", "📚 Our dogs get a chapter in 'Noses and Tails' by Sgt Alun Rees (Dyfed-Powys Police Dogs, retd) – buy here"),
    ("bio", "Two spaniels, one field. Huge thanks to Sgt Alun Rees at the Gwent Police dog school for the scent work tips."),
]


@pytest.mark.parametrize("field,text", LINKS_AND_BIOS)
def test_an_author_linked_or_an_officer_thanked_in_a_bio_is_someone_else(field, text):
    assert values("police_affiliation", text, field=field) == set(), text


def test_the_owners_own_title_in_a_bio_or_a_sign_off_is_theirs():
    assert values("police_affiliation", "Sgt Alun Rees, Gwent Police dog section", field="bio") == {"Gwent Police"}
    assert values("police_affiliation", "PC Alun Rees from the Usk team (Gwent Police) here - ask away",
                  field="post") == {"Gwent Police"}


def test_a_page_about_the_owner_in_the_third_person_gives_their_club():
    owner = Facts.from_dict({"full_name": "Marnie Calloway"})
    text = ("Meet your ward officer! Marnie Calloway covers Fenwick and the canal side. She grew up in Hull and "
            "still lives there with her partner Dev. Off duty she's a Tigers season ticket holder, win or lose.")
    assert values("football_team", text, field="post", facts=owner) == {"Hull City"}


def test_a_pronoun_for_someone_named_after_the_owner_is_still_theirs():
    owner = Facts.from_dict({"full_name": "Marnie Calloway"})
    text = ("Marnie Calloway writes the column this month. Her neighbour Tony Baxter helped with the photos; "
            "he's a Tigers season ticket holder, win or lose.")
    assert values("football_team", text, field="post", facts=owner) == set()


WELSH = [
    ("bio", "Athro | Caerdydd till I die ⚽", "Cardiff City"),
    ("bio", "Mam i ddau | Wrecsam 💙⚽ | Up the Town!", "Wrexham"),
]


@pytest.mark.parametrize("field,text,club", WELSH)
def test_a_welsh_clubs_name_in_welsh(field, text, club):
    assert values("football_team", text, field=field) == {club}, text


def test_a_named_person_with_an_aside_is_still_the_subject():
    thanks = "Thank yous: Priya Shah (mum in Y4), who works for Cumbria Constabulary, for the road safety talk"
    assert values("police_affiliation", thanks, field="text") == set()
    mine = "Thank yous to all who came. I work for Cumbria Constabulary, so ask me about the road safety talk"
    assert values("police_affiliation", mine, field="text") == {"Cumbria Constabulary"}


def test_a_talk_or_a_display_a_force_gave_is_not_the_writers_force():
    talk = "Back from the conference. Highlights: a brilliant talk from Gwent Police's cyber unit on phishing"
    assert values("police_affiliation", talk, field="post") == set()
    show = ("On nights again this week, then the county show: the Dyfed-Powys Police dog display had the kids hooked. "
            "Twelve years with Gwent Police, mind.")
    assert values("police_affiliation", show, field="post") == {"Gwent Police"}


LOWERCASE_WORDS = [
    ("post", "Grandad took us every week. Then Dan broke all our hearts by moving to Leeds. We never forgave him!"),
    ("about", "Side project: a model trained on shots from every league game. Yes, I'm a nerd ⚽"),
]


@pytest.mark.parametrize("field,text", LOWERCASE_WORDS)
def test_a_nickname_written_small_by_a_writer_who_capitalises_is_the_word(field, text):
    assert values("football_team", text, field=field) == set(), text


def test_a_writer_who_writes_small_still_names_their_club_small():
    assert values("football_team", "up the hornets!! what a goal ⚽", field="post") == {"Watford"}


def test_a_ground_with_a_small_the_or_a_small_hashtag_is_still_the_club():
    ground = "Every other Saturday for years it was me and Dad at the Vetch. Happy days, never missed a game."
    assert values("football_team", ground, field="post") == {"Swansea City"}
    tag = "Great day out with the kids. Proud of them! #wolves ⚽"
    assert values("football_team", tag, field="post") == {"Wolverhampton Wanderers"}
