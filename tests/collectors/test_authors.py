"""Pages and files where many people write: each block's author, whose words are the owner's, and
what the detectors make of them (forums, comment sections, quoted replies, chat exports)."""

from __future__ import annotations

import pytest

from collectors.chat import read_chat
from collectors.generic import GenericCollector
from collectors.saved import read_text
from footprint.detect import detect
from footprint.facts import Facts
from footprint.models import Profile, TextBlock
from tests.conftest import capture

URL = "https://forum.example/t/1"


def read(name: str) -> Profile:
    return GenericCollector().read_saved(capture("forums", name), URL).profile


def found(profile: Profile, facts: Facts | None = None) -> set[tuple[str, str]]:
    return {(f.category, f.value) for f in detect(profile, facts or Facts())}


def authored(profile: Profile) -> dict[str, bool]:
    """Each author once, with whether their words are taken for the owner's."""
    return {b.author: b.own for b in profile.blocks if b.author}


# capture, the owner, each author's words own or not, what the owner's pane says, what is found
FORUMS = [
    # phpBB prosilver: the viewer in #username_logged_in, a postprofile <dl> with "Location:", <cite> quotes
    ("phpbb.html", "marrow_mick", {"beanpole_bev": False, "marrow_mick": True},
     [("beanpole_bev", False, "Garstang"), ("marrow_mick", True, "Scorton")],
     {("home_location", "Scorton"), ("phone_number", "+447700900533")}),
    # XenForo 2: data-author on the post, the viewer in the navgroup, data-quote on quotes
    ("xenforo.html", "lockkeeper_lou", {"towpath_tony": False, "lockkeeper_lou": True},
     [("towpath_tony", False, "Kidsgrove"), ("lockkeeper_lou", True, "Middlewich")],
     {("football_team", "Crewe Alexandra"), ("home_location", "Middlewich")}),
    # vBulletin 4: li.postcontainer, a.username, the post's own text in blockquote.postcontent,
    # "Originally Posted by" quotes, the viewer in li.welcomelink
    ("vbulletin4.html", "skipper_sue", {"gull_gary": False, "skipper_sue": True},
     [("gull_gary", False, "Whitby"), ("skipper_sue", True, "Filey")],
     {("family", "husband"), ("home_location", "Filey")}),
    # Invision: article.ipsComment, the cAuthorPane author, data-ipsquote-username, #elUserLink
    ("invision.html", "spoke_sian", {"cassette_cal": False, "spoke_sian": True}, [],
     {("family", "partner: Rhiannon"), ("phone_number", "+447700900913")}),
    # Discourse's crawler view, saved logged out: no viewer, so the opening post's author
    ("discourse.html", "crumb_carys", {"crumb_carys": True, "rye_rhodri": False}, [],
     {("family", "children")}),
    # WordPress comments: the blog post's byline, a commenter, the author's reply (bypostauthor)
    ("wordpress_comments.html", "Pip Example", {"Pip Example": True, "Jogging Jo": False}, [],
     {("football_team", "Blackpool"), ("police_affiliation", "police")}),
    # h-entry with a u-comment h-entry child of its own author
    ("hentry_replies.html", "Hattie Example", {"Hattie Example": True, "Wax Will": False}, [],
     {("home_location", "Settle")}),
]


@pytest.mark.parametrize(("name", "owner", "authors", "panes", "findings"), FORUMS)
def test_forum_posts_have_their_authors_and_only_the_owners_words_count(name, owner, authors, panes, findings):
    profile = read(name)
    assert profile.owner == owner
    assert authored(profile) == authors
    assert [(b.author, b.own, b.text) for b in profile.blocks if b.hint == "home_location"] == panes
    assert found(profile) == findings


# capture, who is quoted, the quoted words (never the owner's, whoever's post holds them)
QUOTES = [
    ("phpbb.html", "beanpole_bev", "beanpole_bev wrote: ↑Tue Nov 03, 2026 9:47 pmFour years on the list here."),
    ("xenforo.html", "towpath_tony", "towpath_tony said:\nborn in Burslem"),
    ("vbulletin4.html", "gull_gary", "My wife swears by the one on the harbour."),
    ("invision.html", "cassette_cal", "cassette_cal said:\n\ncollection from Keswick"),
]


@pytest.mark.parametrize(("name", "quoted", "text"), QUOTES)
def test_a_quote_in_the_owners_post_is_the_quoted_posters_words(name, quoted, text):
    profile = read(name)
    owners_posts = [i for i, b in enumerate(profile.blocks) if b.author == profile.owner]
    quote = next(b for b in profile.blocks[owners_posts[0]:] if b.text == text)
    assert (quote.author, quote.own) == (quoted, False)


def test_the_users_facts_say_which_poster_is_them_over_the_page():
    """Saved logged in as one member, but the user's e-mail handle is another poster's name."""
    profile = read("xenforo.html")
    assert found(profile, Facts(email="towpath.tony@example.com")) == {
        ("football_team", "Stoke City"), ("birthplace", "Burslem"), ("home_location", "Kidsgrove")}


def test_a_user_name_in_the_facts_says_which_poster_is_them():
    """A forum where the user posts under a user name that is neither their name nor their e-mail."""
    profile = read("xenforo.html")
    assert found(profile, Facts(usernames=("Nobody_Here", "Towpath_Tony"))) == {
        ("football_team", "Stoke City"), ("birthplace", "Burslem"), ("home_location", "Kidsgrove")}
    assert found(profile, Facts(usernames=("nobody_here",))) == found(profile)


# the profile address given for a saved page, whom it makes the owner of discourse.html (saved
# logged out: without an address naming a poster, the opening post's author)
ADDRESSES = [
    ("https://forum.example/u/rye_rhodri", "rye_rhodri"),
    ("https://forum.example/members/rye_rhodri.4471/", "rye_rhodri"),
    ("https://forum.example/profile/Rye-Rhodri/activity", "rye_rhodri"),
    ("https://forum.example/t/sourdough-starters/77", "crumb_carys"),     # a thread's address names nobody
    ("file:///home/rye_rhodri/thread.html", "crumb_carys"),             # a file's path is no profile address
]


@pytest.mark.parametrize(("url", "owner"), ADDRESSES)
def test_the_profile_address_given_for_a_saved_page_names_its_owner(url, owner):
    profile = GenericCollector().read_saved(capture("forums", "discourse.html"), url).profile
    assert profile.owner == owner
    assert authored(profile) == {"crumb_carys": owner == "crumb_carys", "rye_rhodri": owner == "rye_rhodri"}


def test_the_account_a_page_was_saved_from_outranks_the_address_given():
    profile = GenericCollector().read_saved(capture("forums", "phpbb.html"), "https://forum.example/u/beanpole_bev").profile
    assert profile.owner == "marrow_mick"


def test_facts_naming_no_author_leave_the_page_as_the_collector_read_it():
    profile = read("xenforo.html")
    assert profile.owned_by(["Nobody Here", ""]) is profile
    assert Profile(url=URL, platform="website", blocks=[TextBlock("hi", "post", author="Sam")]).owned_by(
        ["Sam"]).blocks[0].own is True      # a one-voice page (owner None) is never re-read


def test_a_page_without_posts_is_a_one_voice_page():
    profile = GenericCollector().read_saved(capture("generic", "site.html"), "https://zoe.example/").profile
    assert (profile.owner, profile.authors) == (None, [])


ANDROID = """14/03/2024, 18:02 - Messages and calls are end-to-end encrypted. Only people in this chat can read them.
14/03/2024, 18:02 - Bev Example created group "Larch Grove Residents"
14/03/2024, 18:05 - Bev Example: Welcome all! Bins go out Tuesday.
14/03/2024, 18:11 - +44 7700 900318: Thanks Bev, I'm at no. 4, ring 07700 900318 for parcels
14/03/2024, 18:20 - Sam Example: Sam at no. 11 👋 my mobile is 07700 900245
if anyone needs it
14/03/2024, 18:22 - Bev Example added Jo Example
"""
IPHONE = """\u200e[14/03/2024, 18:02:11] Larch Grove Residents: \u200eMessages and calls are end-to-end encrypted.
[14/03/2024, 18:05:40] Bev Example: Welcome all! Bins go out Tuesday.
[14/03/2024, 18:11:02] +44 7700 900318: Thanks Bev, I'm at no. 4, ring 07700 900318 for parcels
[14/03/2024, 18:20:09] Sam Example: Sam at no. 11 👋 my mobile is 07700 900245
if anyone needs it
"""
COPIED = """Bev Example, [14/03/2024 18:05]
Welcome all! Bins go out Tuesday.
+44 7700 900318, [14/03/2024 18:11]
Thanks Bev, I'm at no. 4, ring 07700 900318 for parcels
Sam Example, [14/03/2024 18:20]: Sam at no. 11 👋 my mobile is 07700 900245
if anyone needs it
"""
SAM = ("Sam Example", "Sam at no. 11 👋 my mobile is 07700 900245\nif anyone needs it")
BEV = ("Bev Example", "Welcome all! Bins go out Tuesday.")
NEIGHBOUR = ("+44 7700 900318", "Thanks Bev, I'm at no. 4, ring 07700 900318 for parcels")

# format, text, messages (sender, text), the group's names
CHATS = [
    ("WhatsApp on Android", ANDROID, [BEV, NEIGHBOUR, SAM], ["Larch Grove Residents"]),
    ("WhatsApp on iPhone", IPHONE, [("Larch Grove Residents", "\u200eMessages and calls are end-to-end encrypted."),
                                    BEV, NEIGHBOUR, SAM], []),
    ("a copied Skype or Teams conversation", COPIED, [BEV, NEIGHBOUR, SAM], []),
]


@pytest.mark.parametrize(("kind", "text", "messages", "groups"), CHATS)
def test_chat_exports_give_each_message_its_sender(kind, text, messages, groups):
    chat = read_chat(text)
    assert chat is not None
    assert [(m.author, m.text) for m in chat.messages] == messages
    assert chat.groups == groups


@pytest.mark.parametrize(("kind", "text", "messages", "groups"), CHATS)
def test_in_a_chat_only_the_users_messages_give_their_details(kind, text, messages, groups):
    url = "file:///home/sam/WhatsApp%20Chat%20with%20Larch%20Grove%20Residents.txt"
    profile = read_text(text.encode(), url, "website").profile
    # (the group's name, when the export keeps it, is the user's street: a group of its residents)
    street = {("home_location", "Larch Grove")} if groups else set()
    assert found(profile, Facts(full_name="Sam Example")) == {("phone_number", "+447700900245")} | street


def test_without_facts_a_one_to_one_export_is_not_the_named_contacts():
    text = ("01/02/2026, 09:00 - Jo Example: Morning! Are you still at 12 Ash Row?\n"
            "01/02/2026, 09:01 - Jo Example: My new number is 07700 900111\n"
            "01/02/2026, 09:05 - Sam Example: Yes still here, call me on 07700 900245\n")
    profile = read_text(text.encode(), "file:///tmp/WhatsApp%20Chat%20with%20Jo%20Example.txt", "website").profile
    assert (profile.owner, authored(profile)) == ("Sam Example", {"Jo Example": False, "Sam Example": True})
    assert found(profile) == {("phone_number", "+447700900245")}


# text files that are not conversations, though they hold dates, times and colons
NOT_CHATS = [
    "Sam Example\nCV\n09/2013 - 04/2017 Analyst: Lancashire Constabulary\n",
    "Meeting notes 14/03/2024, 18:02\nAgenda: bins\nAction: Sam to ring the council\n",
    "14/03/2024, 18:02 - Sam Example: only one message, a note to self\n",
]


@pytest.mark.parametrize("text", NOT_CHATS)
def test_text_that_is_not_a_chat_is_read_as_text(text):
    assert read_chat(text) is None


MAIL = """From: Larch Grove Residents' Association <news@larchgrove.example.org>
To: sam.example@example.com
Subject: Autumn newsletter
Date: Fri, 27 Nov 2026 18:02:14 +0000

Dear neighbours, the next litter pick is on Saturday.
"""


@pytest.mark.parametrize(("facts", "findings"), [
    # saved by its reader: the sender's address is the association's, the reader's is theirs
    (Facts(), {("email_address", "sam.example@example.com")}),
    # saved by its sender (the user's own e-mail): the From line is theirs
    (Facts(email="news@larchgrove.example.org"), {("email_address", "news@larchgrove.example.org"),
                                                   ("email_address", "sam.example@example.com")}),
])
def test_a_saved_emails_sender_is_not_its_reader(facts, findings):
    profile = read_text(MAIL.encode(), "file:///home/sam/newsletter.txt", "website").profile
    assert [(b.label, b.text, b.author, b.own) for b in profile.blocks][:2] == [
        ("From", "Larch Grove Residents' Association news@larchgrove.example.org", "news@larchgrove.example.org",
         False),
        ("To", "sam.example@example.com", None, True)]
    assert found(profile, facts) == findings


QUOTED_REPLY = """Thanks for the replies everyone.

> Quote from Jo Example: I live in Kendal and support Carlisle United.

Jo Example wrote:

> My number is 07700 900111

> On 3 May 2026, Kit Example wrote: born and raised in Hull

> Not all who wander are lost.

I'm a Burnley fan, born in Padiham.
"""


@pytest.mark.parametrize("name", ["reply.md", "reply.txt"])
def test_quoted_replies_in_text_are_the_quoted_persons_words(name):
    profile = read_text(QUOTED_REPLY.encode(), f"file:///home/sam/{name}", "website").profile
    assert [(b.author, b.own) for b in profile.blocks] == [
        (None, True), ("Jo Example", False), (None, True), ("Jo Example", False), ("Kit Example", False),
        (None, True),      # an unnamed quote may be the owner's own motto or note: left theirs
        (None, True)]
    assert found(profile) == {("football_team", "Burnley"), ("birthplace", "Padiham")}
    assert found(profile, Facts(full_name="Jo Example")) == {
        ("football_team", "Burnley"), ("birthplace", "Padiham"), ("football_team", "Carlisle United"),
        ("home_location", "Kendal"), ("phone_number", "+447700900111")}


def test_a_telegram_html_export_gives_joined_messages_to_the_sender_before_them():
    profile = GenericCollector().read_saved(capture("forums", "telegram.html"), "file:///home/sam/messages.html").profile
    assert [(b.author, b.text) for b in profile.blocks if b.author and len(b.text) > 20] == [
        ("Bev Example", "Welcome all! I'm at no. 4, ring 07700 900318 for parcels"),
        ("Bev Example", "My lad Finn turns 9 on Saturday"),
        ("Sam Example", "Sam at no. 11, my mobile is 07700 900245"),
        ("Sam Example", "I'm a Tranmere Rovers fan if anyone fancies Prenton Park")]
    assert found(profile, Facts(full_name="Sam Example")) == {
        ("football_team", "Tranmere Rovers"), ("phone_number", "+447700900245")}


MESSENGER = b"""{"participants": [{"name": "Bev Example"}, {"name": "Sam Example"}],
 "messages": [
  {"sender_name": "Sam Example", "timestamp_ms": 1710439209000, "content": "I'm a Tranmere Rovers fan, by the way"},
  {"sender_name": "Bev Example", "timestamp_ms": 1710439100000, "content": "My lad Finn turns 9 on Saturday"},
  {"sender_name": "Sam Example", "timestamp_ms": 1710439000000, "content": "Sam here, my mobile is 07700 900245"}],
 "title": "Bev Example", "is_still_participant": true, "thread_path": "inbox/bevexample_1234"}"""
TELEGRAM = b"""{"name": "Larch Grove Residents", "type": "private_group", "id": 4242, "messages": [
  {"id": 1, "type": "message", "date": "2024-03-14T18:05:40", "from": "Bev Example", "from_id": "user1",
   "text": "My lad Finn turns 9 on Saturday"},
  {"id": 2, "type": "message", "date": "2024-03-14T18:20:09", "from": "Sam Example", "from_id": "user2",
   "text": ["Sam here, my mobile is ", {"type": "phone", "text": "07700 900245"}]},
  {"id": 3, "type": "message", "date": "2024-03-14T18:21:30", "from": "Sam Example", "from_id": "user2",
   "text": "I'm a Tranmere Rovers fan, by the way"}]}"""


@pytest.mark.parametrize(("kind", "body"), [("Messenger or Instagram", MESSENGER), ("Telegram", TELEGRAM)])
def test_a_chat_in_a_data_export_is_read_message_by_message(kind, body):
    from collectors.saved import parse_export, read_export

    profile = read_export(parse_export(body), "file:///home/sam/message_1.json", "website").profile
    assert sorted((b.author, b.own, b.text) for b in profile.blocks if b.author) == [
        ("Bev Example", False, "My lad Finn turns 9 on Saturday"),
        ("Sam Example", True, "I'm a Tranmere Rovers fan, by the way"),
        ("Sam Example", True, "Sam here, my mobile is 07700 900245")]
    assert found(profile) == {("football_team", "Tranmere Rovers"), ("phone_number", "+447700900245")}


def test_thread_saved_logged_out_is_its_starters():
    """A forum thread saved logged out names no viewer: the user started it, so the first post's
    author is the owner, which the source's detail says; a reply's town and number stay the replier's."""
    result = GenericCollector().read_saved(capture("forums", "xenforo_logged_out.html"),
                                           "https://forum.example/threads/allotment-shed-broken-into-again.9101/")
    p = result.profile
    assert p.owner == "marrowfat_meg"
    assert authored(p) == {"marrowfat_meg": True, "broadbean_bryn": False}
    assert result.detail.startswith("took marrowfat_meg, the first post's author, for you (unless your facts name "
                                    "another of the page's authors): ")
    assert found(p) == {("home_location", "Ludlow"), ("police_affiliation", "police"),
                        ("family", "husband: Idris")}
    assert found(p, Facts(full_name="broadbean_bryn")) == {("home_location", "Leominster"),
                                                           ("phone_number", "+447700900652")}


# An obituary's guestbook: the notice is about the one who died, each tribute is signed by its writer in
# schema.org microdata (itemtype Comment, itemprop author), and the user wrote one of them.
GUESTBOOK = """<html><head><title>Edna Oakroyd - notice</title>
<script type="application/ld+json">{"@type": "Person", "name": "Edna Oakroyd", "birthDate": "1938-02-11",
 "homeLocation": {"@type": "Place", "name": "Skipton"}}</script></head><body>
<h1>Edna OAKROYD</h1><p>Born in Settle on 11th February 1938, of Skipton. Beloved mother of Carol and Neil,
grandma of Josh and Amber. Enquiries to the funeral directors on 01632 960771.</p>
<section class="guestbook"><h2>Tributes (3)</h2>
<article itemscope itemtype="https://schema.org/Comment"><p itemprop="text">Edna baked for every fete on the green.
I've supported Bradford City since I was seven, same as her. Ring me on 07700 900614 if you need a lift.</p>
<p>Posted by <span itemprop="author">Glenys Hartley</span>, Keighley</p></article>
<article itemscope itemtype="https://schema.org/Comment"><p itemprop="text">Auntie Edna, I'll miss you. I'm on lates
with North Yorkshire Police all week so can't be there, but my wife Priya will come with our twins.</p>
<p>Posted by <span itemprop="author">Tom Oakroyd</span>, Ilkley</p></article>
<article itemscope itemtype="https://schema.org/Comment"><p itemprop="text">Rest easy Edna. The WI will miss you.</p>
<p>Posted by <span itemprop="author">Skipton WI</span></p></article></section></body></html>"""


def test_a_guestbook_tribute_is_its_signers_and_the_notice_is_the_sites():
    profile = GenericCollector().read_saved(GUESTBOOK.encode(), "https://tributes.example/notices/edna-oakroyd").profile
    assert authored(profile) == {"Glenys Hartley": False, "Tom Oakroyd": False, "Skipton WI": False}
    mine = found(profile, Facts(full_name="Tom Oakroyd"))
    # his own words only: nothing of Edna's (born in Settle, her dates, Skipton), Glenys's or the firm's
    assert mine == {("police_affiliation", "North Yorkshire Police"), ("family", "relative: Edna"),
                    ("family", "wife: Priya"), ("family", "twin children")}


def test_a_page_the_user_only_signs_part_of_keeps_their_name_fields():
    """Only unsigned text and metadata pass to the site: a name field is no one's words."""
    profile = Profile(url=URL, platform="website", owner="", blocks=[
        TextBlock("Edna Oakroyd", "name"), TextBlock("Born in Settle", "page"),
        TextBlock("I'm from Ilkley", "post", author="Tom Oakroyd", own=False)])
    mine = profile.owned_by(["Tom Oakroyd"])
    assert [(b.field, b.own) for b in mine.blocks] == [("name", True), ("page", False), ("post", True)]
