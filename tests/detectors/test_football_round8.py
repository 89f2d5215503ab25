"""Round eight of issue 13: football by class. Fans' own names for themselves ("a Mag", "the Gas"), stands,
"Utd" for United, a club's own community, the owner's own name before 's; and the false friends: a match
worked rather than followed, a quoted reply, a fan met, an away end, a rival's shirts turned away, a cheer
for the club another person was just said to want, another sport's club. Every sentence is new writing
(none is taken from an evaluation corpus), across genres."""

from __future__ import annotations

import pytest

from tests.detectors.helpers import values

FIELDS = {"bio": "bio", "CV": "about", "chat": "post", "for-sale post": "post", "newsletter": "page",
          "caption": "post", "forum": "comment", "about page": "page"}

FOUND = [
    ("bio", "Nurse, runner, Mag since the Shearer years 🖤🤍", "Newcastle United"),
    ("chat", "cant make it sat, the Gas have a home game 🙃", "Bristol Rovers"),
    ("CV", "Interests: hillwalking, cooking, Oxford Utd (long-suffering season ticket holder).", "Oxford United"),
    ("caption", "Back in my seat in the Holmesdale End for the first time since the op.", "Crystal Palace"),
    ("forum", "Been in the Boothen End every other week since I was a nipper.", "Stoke City"),
    ("bio", "Sunderland born, Mackem forever, views my own", "Sunderland"),
    ("newsletter", "I'm a Chorley FC man myself, so don't book the hall on a home Saturday.", "Chorley"),
    ("bio", "Brummie in exile. KRO 💙", "Birmingham City"),
    ("caption", "Sir Alex Ferguson Stand, row Q, same seat as my grandad had 🔴", "Manchester United"),
    ("for-sale post", "Selling my bike to fund another year in the Itchen North, collection only", "Southampton"),
    ("about page", "Most Saturdays at Gigg Lane with my grandad, Bury winning or not.", "Bury"),
]


@pytest.mark.parametrize("genre,text,club", FOUND)
def test_a_fans_own_words_name_the_club(genre, text, club):
    assert values("football_team", text, field=FIELDS[genre]) == {club}, genre


def test_the_owners_own_name_before_s_is_the_owner():
    from footprint.detect import detect
    from footprint.facts import Facts
    from footprint.models import Profile

    profile = Profile(url="https://cottage.example/", platform="website")
    profile.add("Hosts: Morwenna and Idris Pascoe", "page")
    profile.add("Idris's Wrexham through and through, so expect the radio on at three.", "page")
    facts = Facts.from_dict({"full_name": "Idris Pascoe"})
    assert {f.value for f in detect(profile, facts) if f.category == "football_team"} == {"Wrexham"}


FALSE_FRIENDS = [
    ("caption", "Twelve hours of Villa Park duty in the rain and not one thank you."),
    ("forum", "Worked a football aid at Portman Road today, van smelt of chips for hours."),
    ("forum", "> honestly I'm a Hull City fan and the ref was a disgrace\n\nThat's football, mate."),
    ("chat", "Got chatting to a Wigan fan on the train, nice bloke"),
    ("caption", "Sat next to a Derby County supporter all the way to Euston, lovely man"),
    ("caption", "Away end at Stoke City was freezing, still worth it"),
    ("about page", "Guests welcome, dogs welcome, but no Swindon shirts in the hot tub please."),
    ("caption", "My nephew turned 9 and he wanted a Wolves kit cake, the things I do for that boy #COYW"),
    ("bio", "Gloucester Rugby season ticket, cider, and too many spaniels"),
    ("chat", "gas 4 for 20 mins then turn the tray"),
    ("newsletter", "My brother drove over with my dad to watch Everton at Goodison on Boxing Day."),
    ("newsletter", "Our new secretary is a Chorley FC man, so don't book the hall on a home Saturday."),
    ("newsletter", "Mags runs the tea urn on Sundays and has done since the new roof went on."),
    ("bio", "Red flag: Spurs in the bio. Sorry, I don't make the rules."),
]


@pytest.mark.parametrize("genre,text", FALSE_FRIENDS)
def test_a_club_that_is_not_the_writers_is_not_reported(genre, text):
    assert values("football_team", text, field=FIELDS[genre]) == set(), genre


def test_a_clubs_own_community_with_first_person_words():
    from footprint.detect import detect
    from footprint.models import Profile

    profile = Profile(url="https://www.reddit.com/user/example_user/", platform="reddit")
    profile.add("First home game for my daughter today and I cried more than she did", "comment", label="r/SaintsFC")
    profile.add("Toon on the telly tonight and I've got the pizza in", "comment", label="r/NUFC")
    profile.add("Arsenal fans in here again, I see", "comment", label="r/coys")
    assert {f.value for f in detect(profile) if f.category == "football_team"} == {"Southampton", "Newcastle United"}


# A club's bare suffix ("City", "Rovers") beside a fan's words, settled by the page: a ground or another
# term of one club of that suffix, or the town of exactly one of them.
SUFFIX = [
    ("chat", ["Town till I die 💙", "Portman Road on Saturday, who's in?"], "Ipswich Town"),
    ("bio", ["Grew up in Doncaster, moved south for work. Rovers season ticket holder, still."], "Doncaster Rovers"),
    ("about page", ["Saturdays: my allotment, then City games at the Etihad with my brother."],
     "Manchester City"),
    ("forum", ["Lifelong United fan here, Manchester born and bred."], "Manchester United"),
]


@pytest.mark.parametrize("genre,texts,club", SUFFIX)
def test_a_bare_suffix_beside_a_fans_words_is_settled_by_the_page(genre, texts, club):
    assert values("football_team", *texts, field=FIELDS[genre]) == {club}, genre


@pytest.mark.parametrize("genre,texts", [
    ("bio", ["City fan, coffee fan, dog fan."]),                            # no page to say which City
    ("caption", ["Mexico City till I die 🌮"]),                              # a name, not a suffix
    ("newsletter", ["Our County Council meets on Thursday in Derby; my Town Hall office is open till six."]),
    ("newsletter", ["Thanks to United Utilities for the water fountain at the fun run in Oldham."]),
    ("forum", ["Our Rovers season ticket holders are in Doncaster and Bristol, so the minibus goes both ways."]),
])
def test_a_bare_suffix_without_a_fans_words_or_a_single_club_gives_nothing(genre, texts):
    assert values("football_team", *texts, field=FIELDS[genre]) == set(), genre


def test_a_colleague_introduced_as_a_fan_is_not_the_writer():
    text = "My sergeant, a lifelong Stoke City fan, has offered a tenner if I wear red and white."
    assert values("football_team", text, field="page") == set()
