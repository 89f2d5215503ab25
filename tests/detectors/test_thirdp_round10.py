"""Pages about the owner in the third person (round ten, new words): a page that names no owner is about
the one person its title or opening names after a cue ("Meet your ...: PC Ann Example", "our guest this
week, ...", "Volunteer of the Month: ..."), and what it says of them in the third person is the owner's;
another person named as their relative does not take their "she" or "he"."""

from __future__ import annotations

import pytest

from footprint.detect import detect
from footprint.facts import Facts
from footprint.models import Profile


def page(*blocks: str | tuple[str, str]) -> Profile:
    """A page of blocks; a (label, text) pair is a block under the heading `label`."""
    profile = Profile(url="https://pages.example/about", platform="website")
    for block in blocks:
        label, text = block if isinstance(block, tuple) else (None, block)
        profile.add(text, "page", label=label)
    return profile


def found(profile: Profile, name: str = "") -> set[tuple[str, str]]:
    return {(f.category, f.value) for f in detect(profile, Facts(full_name=name))
            if f.category != "linked_account" and f.reason != "matches a detail you gave"}


TRUE_CASES = [
    pytest.param(  # a podcast's episode page: "our guest this week, <role> <name>"
        ("Episode 31 – our guest this week, custody sergeant Idris Vaughan",
         "Idris joined Gwent Police in 2008 after a spell as a lifeguard. He grew up in Abergavenny and still lives "
         "there with his wife Catrin and their lurcher."),
        {("birthplace", "Abergavenny"), ("family", "wife: Catrin"), ("police_affiliation", "Gwent Police")},
        id="podcast-guest"),
    pytest.param(  # a running club's newsletter spotlight
        ("Runner spotlight: Morag Pettigrew",
         "Morag has been with the club since 2015. She's a Kirkcaldy girl originally, and these days she works in "
         "the control room for Police Scotland."),
        {("birthplace", "Kirkcaldy"), ("police_affiliation", "Police Scotland")},
        id="newsletter-spotlight"),
    pytest.param(  # a parish magazine's "meet your ...", with a title before the name
        ("Meet your new beat manager: PC Tegan Hollis",
         "Tegan moved to Frome three years ago with her fiancé Oli. She grew up in Taunton and is a Yeovil Town "
         "season ticket holder."),
        {("birthplace", "Taunton"), ("family", "fiancé: Oli"), ("football_team", "Yeovil Town"),
         ("home_location", "Frome")},
        id="parish-meet"),
    pytest.param(  # a neighbourhood team's post introducing a PCSO by collar number
        ("Hello from the Castle Ward team",
         "This week we're proud to introduce PCSO 4410 Kasia Nowak, who patrols the market square. Kasia was born "
         "in Peterborough and now lives in Wisbech with her husband Marek."),
        {("birthplace", "Peterborough"), ("family", "husband: Marek"), ("home_location", "Wisbech"),
         ("police_affiliation", "police")},
        id="team-post-introduce"),
    pytest.param(  # a conference's speaker bio, "Dr" before the name
        ("Speaker bio: Dr Bronwen Teague",
         "Bronwen spent twenty years with Devon and Cornwall Police and is married to Alun."),
        {("family", "spouse: Alun"), ("police_affiliation", "Devon and Cornwall Police")},
        id="speaker-bio"),
    pytest.param(  # a club's volunteer of the month
        ("Volunteer of the Month: Kofi Mensah",
         "Kofi is a special constable with Bedfordshire Police. He lives in Dunstable with his partner Esi."),
        {("family", "partner: Esi"), ("home_location", "Dunstable"), ("police_affiliation", "Bedfordshire Police")},
        id="volunteer-of-the-month"),
    pytest.param(  # an interview's heading
        ("Q&A with Alisha Rahman, our new chair",
         "Alisha grew up in Oldham. She's been a detective with Greater Manchester Police for nine years."),
        {("birthplace", "Oldham"), ("police_affiliation", "Greater Manchester Police")},
        id="interview-qa"),
    pytest.param(  # the cue in a caption under a photo, the details in the paragraph after it
        ("Five minutes with Niamh Kearney 📸",
         "Niamh has been a PCSO with Cumbria Constabulary since 2019. She was brought up in Workington."),
        {("birthplace", "Workington"), ("police_affiliation", "Cumbria Constabulary")},
        id="caption-five-minutes"),
    pytest.param(  # a relative named as her object does not take her next "she" (owner named in the facts)
        ("Jolene lives in Keswick with her partner Ross. She grew up in Penrith.",),
        {("birthplace", "Penrith"), ("family", "partner: Ross"), ("home_location", "Keswick")},
        id="bio-relative-then-she"),
    pytest.param(  # the same in a reunion page's blurb, "his wife" then "he"
        ("Where is he now? Tobias settled in Hexham with his wife Maren. He has been a PC with Northumbria Police "
         "since 2011 and still plays five-a-side.",),
        {("family", "wife: Maren"), ("home_location", "Hexham"), ("police_affiliation", "Northumbria Police")},
        id="reunion-his-wife-then-he"),
]

OWNERS = {"bio-relative-then-she": "Jolene Marsh", "reunion-his-wife-then-he": "Tobias Lund"}


@pytest.mark.parametrize("blocks,expected", TRUE_CASES)
def test_third_person_page_is_the_owners(blocks: tuple[str, ...], expected: set[tuple[str, str]],
                                         request: pytest.FixtureRequest) -> None:
    name = OWNERS.get(request.node.callspec.id, "")
    assert found(page(*blocks), name) == expected


FALSE_FRIENDS = [
    pytest.param(  # "meet my friend ...": someone the writer knows, not the page's subject
        ("Meet my friend Sara Quinn",
         "Sara grew up in Whitby and is a Hull City fan. She works for Humberside Police."),
        "", set(), id="blog-my-friend"),
    pytest.param(  # two people introduced together: neither is the page's one subject
        ("Meet Tomos and Eira Griffiths",
         "Tomos grew up in Pwllheli and is a Bangor City fan. Eira works for North Wales Police."),
        "", set(), id="newsletter-two-people"),
    pytest.param(  # the owner (named in the facts) interviews someone: the guest's details stay the guest's
        ("Interview with Carys Bevan",
         "I sat down with Carys last week. Carys grew up in Tenby and is a Swansea City fan. She joined Dyfed-Powys "
         "Police in 2012."),
        "Dewi Rhys", set(), id="interview-owner-is-host"),
    pytest.param(  # her partner's club after "he" is his, not the spotlighted owner's
        ("Runner spotlight: Nell Pryor",
         "Nell lives in Ludlow with her partner Huw. He's a Shrewsbury Town fan."),
        "", {("family", "partner: Huw"), ("home_location", "Ludlow")}, id="spotlight-partners-club"),
    pytest.param(  # a for-sale post that says "meet" of a dog, no person's full name after it
        ("Meet Biscuit! Looking for a new home",
         "Biscuit is a four-year-old spaniel, fully vaccinated and good with cats."),
        "", set(), id="for-sale-meet-a-pet"),
    pytest.param(  # the cue, then a team: a club's "meet the team" is about several people
        ("Meet the coaching team: Rhodri Pugh",
         "Rhodri grew up in Llandeilo and coaches the under-nines."),
        "", set(), id="club-meet-the-team"),
    pytest.param(  # a forum post names a guest of someone else's show ("his guest")
        ("Great episode with his guest Dylan Morse",
         "Dylan grew up in Grimsby and works for Humberside Police."),
        "", set(), id="forum-his-guest"),
    pytest.param(  # a chat-like caption whose owner is known by the facts: a spotlit colleague stays theirs
        ("Volunteer of the Month: Kofi Mensah",
         "Kofi is a special constable with Bedfordshire Police. He lives in Dunstable."),
        "Priya Shah", set(), id="caption-owner-named-colleague-spotlit"),
]


@pytest.mark.parametrize("blocks,name,expected", FALSE_FRIENDS)
def test_not_the_pages_subject(blocks: tuple[str, ...], name: str, expected: set[tuple[str, str]]) -> None:
    assert found(page(*blocks), name) == expected
