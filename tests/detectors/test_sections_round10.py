"""Pages about several people, round ten: a piece signed at its end is its signer's back to its heading; a
heading in capitals or after a bullet names its person; a page that does not name its owner gives them the one
section whose person serves; a group's or another person's inbox and line are not the owner's (new words)."""

from __future__ import annotations

import pytest

from footprint.detect import detect
from footprint.facts import Facts
from footprint.models import Profile
from tests.detectors.helpers import page, values


def found(profile: Profile, name: str = "") -> set[tuple[str, str]]:
    return {(f.category, f.value) for f in detect(profile, Facts(full_name=name))
            if f.category != "linked_account" and f.reason != "matches a detail you gave"}


# A rowing club's news page: each piece under its own heading, signed by its writer at its end.
ROWING = (
    ("Club news – Summer", "Club news – Summer"),
    ("Club news – Summer", "Send your bits to the editor by the end of the month."),
    ("From the Vice-Captain", "From the Vice-Captain"),
    ("From the Vice-Captain", "Proud moment: my grandson Alfie (12) stroked the junior quad to a win at Henley."),
    ("From the Vice-Captain", "– Maureen Ashby"),
    ("Oars for sale", "Oars for sale"),
    ("Oars for sale", "Pair of sculling blades, barely used, £90. I'm in Wivenhoe, text 07700 900 412."),
    ("Oars for sale", "– Colin Preece"),
    ("Thirty years on the water", "Thirty years on the water"),
    ("Thirty years on the water", "I joined in 1996, the same year I joined Essex Police. Text me on "
                                  "07700 900 433 if you want a lift to the head race."),
    ("Thirty years on the water", "– Nadine Forsyth"),
)

# A plain-text school newsletter, its committee in capitals after a quote mark, that does not name its owner.
NEWSLETTER = (
    "HOLLYBANK PRIMARY PARENTS' GROUP",
    "MEET THE COMMITTEE",
    ">> GRETA LINDQVIST – Chair\nMum to Saga (Y3). I run the bakery on Mill Lane and I was born in Malmo. "
    "Lifelong Hibs fan, don't ask.",
    ">> OWEN PRYCE – Treasurer\nDad to Efa (Y1). I'm a PC with Gwent Police on the Newport response team. "
    "Cardiff born and bred. Text me on 07700 900 455 about the raffle.",
    ">> ZAINAB HUSSAIN – Secretary\nMum to Idris (Y5). My husband Tariq is a sergeant with Dyfed-Powys Police, "
    "so I'm the one at every school run. I'm from Bradford originally.",
    "Email: friendsofhollybank@example.org",
)

# A running club's "meet the volunteers" post, each answer under a label with the runner's number.
SPOTLIGHT = (
    ("Meet the volunteers: Imogen and Clive", "This month we chat to two of our regular marshals."),
    ("Imogen (A5521907)", "Imogen (A5521907)"),
    ("Imogen (A5521907)", "How did you start?\nA colleague at work dared me. I'm a PCSO with Avon and Somerset "
                          "Police, so I'm used to standing in the rain."),
    ("Imogen (A5521907)", "Something people don't know?\nI grew up in Taunton and my boy Reuben marshals with me."),
    ("Clive (A2200314)", "Clive (A2200314)"),
    ("Clive (A2200314)", "How did you start?\nI retired from the ambulance service and my wife told me to get out."),
    ("Clive (A2200314)", "Something people don't know?\nI was born in Minehead and I've been a Bristol Rovers "
                         "season ticket holder since 1980."),
    ("Clive (A2200314)", "Want to help? Just e-mail quantockmarshals@example.org and we'll find you a bib."),
)


@pytest.mark.parametrize("profile, name, expected", [
    pytest.param(page(*ROWING), "Nadine Forsyth",
                 {("police_affiliation", "Essex Police"), ("phone_number", "+447700900433")},
                 id="signed-pieces-news-page"),
    pytest.param(page(*NEWSLETTER, field="text"), "",
                 {("police_affiliation", "Gwent Police"), ("phone_number", "+447700900455"),
                  ("birthplace", "Cardiff"), ("family", "child: Efa")},
                 id="capitals-newsletter-no-name"),
    pytest.param(page(*SPOTLIGHT), "",
                 {("police_affiliation", "Avon and Somerset Police"), ("family", "son: Reuben"),
                  ("birthplace", "Taunton")},
                 id="spotlight-no-name"),
])
def test_the_owners_section_only(profile: Profile, name: str, expected: set[tuple[str, str]]) -> None:
    assert found(profile, name) == expected


def test_a_page_with_two_serving_people_names_no_owner() -> None:
    """Two sections whose people both serve: the page does not say which is the owner, so it is read whole."""
    two = page(">> ABBIE KERR – Chair\nI'm a PC with Police Scotland in Leith. Text me on 07700 900 466.",
               ">> ROSS DUNLOP – Secretary\nI'm a sergeant with Police Scotland in Dundee. Call 07700 900 477.",
               field="text")
    assert {v for c, v in found(two) if c == "phone_number"} == {"+447700900466", "+447700900477"}


# A group's, an office's or another named person's inbox or line, in the genres people write.
NOT_OWNERS = [
    pytest.param("email_address", "Shared rota inbox (not mine, don't reply-all): rota.desk4@example.org", "text",
                 id="notes-shared-inbox-not-mine"),
    pytest.param("email_address", "Volunteers wanted! Drop a line to canalclearupteam@example.org 🚮", "caption",
                 id="caption-team-address"),
    pytest.param("email_address", "Fancy marshalling? Email tynesidemarshals@example.org, no experience needed.",
                 "post", id="post-marshals-address"),
    pytest.param("email_address", "Email: friendsofbeckpark@example.org", "text", id="newsletter-friends-of"),
    pytest.param("email_address", "Bills go through the joint account email, flatfour.bills@example.com.",
                 "comment", id="chat-joint-account"),
    pytest.param("email_address", "Q: Best way to reach the club?\nA: The committee inbox, harriers.desk@example.org.",
                 "page", id="interview-committee-inbox"),
    pytest.param("phone_number", "DS Hughes' direct line 01632 960 183, only about the file.", "text",
                 id="notes-plural-possessive-line"),
    pytest.param("phone_number", "Viewing line (not mine, it's my brother's): 07700 900 141", "post",
                 id="for-sale-not-mine-label"),
    pytest.param("phone_number", "Any issues ring the team phone, 07700 900 152, someone's always on.", "post",
                 id="forum-team-phone"),
]


@pytest.mark.parametrize("category, text, field", NOT_OWNERS)
def test_a_group_or_another_persons_detail_is_not_the_owners(category: str, text: str, field: str) -> None:
    assert values(category, text, field=field) == set()


OWNERS = [
    pytest.param("email_address", "Email: priya.sandhu@example.com · Mobile: 07700 900 160", "text",
                 {"priya.sandhu@example.com"}, id="cv-plain"),
    pytest.param("email_address", "my team email is jo.khan@example.org if you need me on shift", "comment",
                 {"jo.khan@example.org"}, id="chat-my-team-email"),
    pytest.param("email_address", "Any questions, email me at alan.greaves@example.net", "text",
                 {"alan.greaves@example.net"}, id="newsletter-email-me"),
    pytest.param("email_address", "bookings: kerrylashes@example.com 💅", "caption",
                 {"kerrylashes@example.com"}, id="caption-trade-address"),
    pytest.param("email_address", "A: Best to email me, tomas.reyes@example.com.", "page",
                 {"tomas.reyes@example.com"}, id="interview-own-address"),
    pytest.param("email_address", "Reach me at ffion.steam@example.org for the fixtures.", "post",
                 {"ffion.steam@example.org"}, id="forum-steam-not-a-team"),
    pytest.param("phone_number", "text me on 07700 900 166 when you're outside", "comment",
                 {"+447700900166"}, id="chat-text-me"),
    pytest.param("phone_number", "Collection from Wigan, text 07700 900 177 (not after 9pm).", "post",
                 {"+447700900177"}, id="for-sale-own-number"),
    pytest.param("phone_number", "Ring me on my team phone 07700 900 199 while I'm on lates.", "post",
                 {"+447700900199"}, id="forum-my-team-phone"),
    pytest.param("phone_number", "Not my work one but my own: 07700 900 188", "bio",
                 {"+447700900188"}, id="bio-own-not-work"),
]


@pytest.mark.parametrize("category, text, field, expected", OWNERS)
def test_the_owners_own_detail_is_kept(category: str, text: str, field: str, expected: set[str]) -> None:
    assert values(category, text, field=field) == expected
