"""Other people's words on the owner's page: a testimonial signed with a dash, a repost, a line given to another by
their full name, a section of what others say, an earlier message below the owner's, a comment thread copied as
text, the post a comment answers. Their details are not the owner's; the owner's own words beside them still are.
Every name, place and number here is invented for these tests."""

from __future__ import annotations

import pytest

from collectors.generic import GenericCollector
from collectors.saved import read_text
from footprint.detect import detect, earlier_message
from footprint.facts import Facts
from footprint.models import Profile


def _found(profile: Profile, category: str, facts: Facts | None = None) -> set[str]:
    return {f.value for f in detect(profile, facts or Facts()) if f.category == category}


def _profile(*blocks: tuple[str, str | None, str], name: str = "Rowan Tibbs") -> Profile:
    """A profile page named NAME with (field, label, text) blocks."""
    profile = Profile(url="https://profile.example/rowan", platform="website")
    profile.add(name, "name", hint="name")
    for field, label, text in blocks:
        profile.add(text, field, label=label)
    return profile


# --- a testimonial signed with a dash: the quote and its signature (role, force) are the signer's

@pytest.mark.parametrize("text", [
    '"Rowan made the module make sense. My wife says I finally listen." – Sgt Petra Volkov, Avon and Somerset Police',
    "“Clear, kind and never boring, and my husband agrees.” — Imogen Farrow, Gwent Police",
    '"Best two days of training this year, my son even asked about it." - DC Omar Lindqvist, Dorset Police',
])
def test_a_signed_testimonial_is_the_signers(text):
    profile = _profile(("about", "About", "I train new call handlers."), ("page", None, text))
    assert _found(profile, "police_affiliation") == set()
    assert _found(profile, "family") == set()


@pytest.mark.parametrize("text,category", [
    # the owner's own words after a quotation that is no testimonial
    ('My motto: "turn up early" – and I have, for 14 years at Avon and Somerset Police.', "police_affiliation"),
    # the owner signing their own quotation
    ('"Kettle on, radio off." – Rowan, PC at Gwent Police', "police_affiliation"),
])
def test_a_quotation_the_owner_signs_or_goes_on_from_stays_theirs(text, category):
    assert _found(_profile(("page", None, text)), category)


# --- a repost: the words reposted are the one reposted's

@pytest.mark.parametrize("text,category", [
    ("Reposting for my running pal @hattie.strides: 'Found: car keys by the lido, ring 07700 900417'", "phone_number"),
    ("Reposting Jolene: “My dad has watched Hartlepool United every week since 1979”", "family"),
    ("RT @quarry_cycling: Lost a grey fleece at the Ledbury feed stop, call 07700 900482", "phone_number"),
])
def test_what_the_owner_reposts_is_the_reposted_persons(text, category):
    assert _found(_profile(("post", None, text)), category) == set()


@pytest.mark.parametrize("text,category", [
    ("Sharing my news: I have joined Avon and Somerset Police as a PCSO!", "police_affiliation"),
    ("Shared a pot of tea with Doreen: she says hello, ring me on 07700 900461", "phone_number"),
    ("Reposting this for the charity: my number for collections is 07700 900473", "phone_number"),
])
def test_a_share_of_nobody_elses_words_stays_the_owners(text, category):
    assert _found(_profile(("post", None, text)), category)


# --- a line opening with another's full name and a colon: a shared post, a comment

def test_a_line_given_to_another_by_full_name_is_theirs():
    profile = _profile(("post", None, "Over the moon to pass my sergeant's board.\n"
                                      "Marnie Colquhoun: So proud of you! Drinks at ours in Otley tonight."))
    assert _found(profile, "home_location") == set()


@pytest.mark.parametrize("text", [
    "Rowan Tibbs: drinks at ours in Otley tonight, all welcome",      # the owner by their own name
    "Best Bit Tonight: drinks at ours in Otley, all welcome",          # capitalised words, no person
])
def test_a_line_of_the_owners_or_a_label_stays_the_owners(text):
    assert _found(_profile(("post", None, text)), "home_location") == {"Otley"}


# --- a section of what others say about the owner

@pytest.mark.parametrize("label", ["Recommendations received", "What people say", "Feedback ratings",
                                   "Kind words from clients", "12 Testimonials"])
def test_a_section_of_what_others_say_is_theirs(label):
    profile = _profile(("about", "About", "Trainer and dog walker."),
                       ("page", label, "Brilliant, my husband still talks about it. Ring Tamsin on 07700 900438."))
    assert _found(profile, "family") == set()
    assert _found(profile, "phone_number") == set()


def test_the_owners_own_sections_stay_theirs():
    profile = _profile(("page", "About me", "My husband and I run the stall. Ring me on 07700 900438."),
                       ("page", "Recommendations given", "Tamsin is the best dog walker in Ripon."))
    assert _found(profile, "family") == {"husband"}
    assert _found(profile, "phone_number") == {"+447700900438"}


# --- an earlier message below the owner's own: forwarded or answered

NEWSLETTER = ("Evening all, a short one from me this month about the allotment rota and the October show.",
              "Any questions ring me on 07700 900451.")


@pytest.mark.parametrize("earlier", [
    "From: Bryn Cadwallader <bryn.c@example.net>\nSent: 3 March 2026 09:12\nTo: rota@example.org\nSubject: RE: rota",
    "---------- Forwarded message ----------\nFrom: Seed Swap Desk <swap@example.org>",
])
def test_an_earlier_message_below_the_owners_is_its_senders(earlier):
    profile = Profile(url="file:///rota.eml", platform="website")
    for text in (*NEWSLETTER, earlier, "Happy to help. My grandad grew leeks in Mold. Ring me on 07700 900452."):
        profile.add(text, "page")
    assert _found(profile, "phone_number") == {"+447700900451"}
    assert _found(profile, "family") == set()


def test_the_pages_own_headers_and_the_users_own_message_are_not_an_earlier_message():
    headers = "From: Bryn Cadwallader <bryn.c@example.net>\nDate: 3 March 2026\nSubject: rota"
    profile = Profile(url="file:///rota.eml", platform="website")
    for text in (headers, *NEWSLETTER):
        profile.add(text, "page")
    assert earlier_message(profile, Facts()) is profile            # nothing of the writer's before it
    mine = Profile(url="file:///rota.eml", platform="website")
    for text in (*NEWSLETTER, headers, "Ring me on 07700 900452."):
        mine.add(text, "page")
    assert earlier_message(mine, Facts(full_name="Bryn Cadwallader")) is mine   # the user's own, by their name


# --- a comment thread copied as text

THREAD = """Rowan Tibbs
Ripon Minster · 3 days ago

Free seed potatoes for anyone who wants them, I'm on Kirkgate, ring 07700 900461.

Delphine Harker · Bishop Monkton
Lovely! My brother could use some, ring me on 07700 900462
  Rowan Tibbs (Author) · Ripon Minster
  Of course, send him round

Tobias Welland · Sharow
My daughter wants the purple ones, email tobias.w@example.net
"""


def test_a_copied_comment_thread_gives_each_comment_its_writer():
    profile = read_text(THREAD.encode(), "https://neighbours.example/p/1", "website").profile
    assert _found(profile, "phone_number") == {"+447700900461"}
    assert _found(profile, "family") == set()
    assert _found(profile, "email_address") == set()


def test_dotted_lines_that_name_no_one_are_no_thread():
    text = "Ripon · Harrogate · York\n\nOpening times · weekdays\n\nCafe · 9 till 5\n\nI live in Ripon."
    profile = read_text(text.encode(), "https://cafe.example/", "website").profile
    assert all(b.own and not b.author for b in profile.blocks)


# --- the post a comment answers, shown above it on a user's comment listing

LISTING = """<html><body>
<div class="thing comment" data-author="ledger_rowan">
<p class="parent"><a class="title" href="/r/a/1">Born in Hexham, now live in Kendal, where am I from?</a>
 by <a class="author" href="/user/fell_walker_22">fell_walker_22</a></p>
<div class="entry"><p class="tagline"><a class="author" href="/user/ledger_rowan">ledger_rowan</a></p>
<form class="usertext"><div class="md"><p>Easy for me, born and raised in Whitby and never left.</p></div></form>
</div></div>
<form class="search"><p>Born in Alnwick? Search the archive</p></form>
</body></html>"""


def test_the_post_a_comment_answers_is_its_posters_and_the_comment_in_its_edit_form_the_owners():
    profile = GenericCollector().read_saved(LISTING.encode(), "https://old.forum.example/user/ledger_rowan").profile
    assert _found(profile, "birthplace") == {"Whitby"}
    assert _found(profile, "home_location") <= {"Whitby"}


# --- a Reddit comment's "> ..." quote of the comment it answers

SHREDDIT = """<html><body><shreddit-app>
<shreddit-profile-comment href="/r/askuk/comments/1ab/where_from/k1/">
<div id="t1_k1-comment-rtjson-content"><blockquote><p>Born and raised in Carlisle, season ticket at Brunton Park.</p>
</blockquote><p>Ha, same boat, I was born in Kendal myself.</p></div>
</shreddit-profile-comment></shreddit-app></body></html>"""


def test_a_reddit_comments_quote_of_another_is_theirs():
    from collectors.reddit import RedditCollector, read_listing

    page = RedditCollector().read_saved(SHREDDIT.encode(), "https://www.reddit.com/user/fellside_rowan/").profile
    assert _found(page, "birthplace") == {"Kendal"}
    listing = Profile(url="https://www.reddit.com/user/fellside_rowan/", platform="reddit")
    read_listing(listing, {"data": {"children": [{"data": {
        "author": "fellside_rowan", "subreddit": "askuk",
        "body": "&gt; Born and raised in Carlisle, season ticket at Brunton Park.\n\nSame, born in Kendal myself."}}]}},
        "fellside_rowan")
    assert _found(listing, "birthplace") == {"Kendal"}


# --- a Facebook reply by the owner under another's comment is the owner's, as their comments are

FACEBOOK = """<html><head><title>Rowan Tibbs | Facebook</title></head><body><div role="main">
<div role="article" aria-label="Post by Rowan Tibbs"><h2><a>Rowan Tibbs</a></h2>
<div data-ad-preview="message"><div dir="auto">Selling my old bike, collection only.</div></div>
<ul aria-label="Comments">
<li><div role="article" aria-label="Comment by Esme Blackwood"><a>Esme Blackwood</a>
<div dir="auto">Is it still going? My husband would love it</div></div></li>
<li><div role="article" aria-label="Reply by Rowan Tibbs"><a>Rowan Tibbs</a>
<div dir="auto">@Esme Blackwood yes! My wife Carys can drop it round if I'm on nights</div></div></li>
</ul></div></div></body></html>"""


def test_the_owners_reply_in_a_facebook_thread_is_theirs():
    from collectors.facebook import FacebookCollector

    profile = FacebookCollector().read_saved(FACEBOOK.encode(), "https://www.facebook.com/rowan.tibbs").profile
    assert _found(profile, "family") == {"wife: Carys"}
