"""Facebook: logged-out profile pages (og: tags, intro card JSON) and saved "View As: Public"
pages (Intro, About sections, posts)."""

from __future__ import annotations

import json

import pytest

from collectors import find
from collectors.facebook import FacebookCollector
from collectors.facebook.fields import add_entry, same_person
from footprint.models import Profile, Status
from tests.conftest import answer, capture, offline_http

FB = FacebookCollector()
URL = "https://www.facebook.com/martyn.cole.52"


def hinted(profile, hint):
    return [(b.text, b.label) for b in profile.blocks if b.hint == hint]


def test_view_as_public_intro_and_posts():
    result = FB.read_saved(capture("facebook", "view_as_public.html"), URL)
    assert result.status is Status.OK
    p = result.profile
    assert [b.text for b in p.blocks if b.field == "username"] == ["martyn.cole.52"]
    assert hinted(p, "name") == [("Martyn Cole", "name")]
    assert [b.text for b in p.blocks if b.field == "bio"] == ["Dad, husband, Toon till I die ⚫⚪ Runner at heart"]
    assert hinted(p, "job") == [("Custody Detention Officer", "Job title")]
    assert hinted(p, "employer") == [("Northumbria Police", "Works at")]
    assert hinted(p, "education") == [("Whitley Bay Example Academy", "Went to")]
    assert hinted(p, "home_location") == [("Cramlington", "Lives in")]
    assert hinted(p, "birthplace") == [("Blyth, Northumberland", "From")]
    assert hinted(p, "relationship") == [("In a relationship with Jess Hartley", "Relationship")]
    assert not any("Joined" in b.text or "2009" in b.text for b in p.blocks)  # the join date is not read
    assert not any("is on Facebook" in b.text for b in p.blocks)
    # an intro link row: l.php unwrapped, rel=me, no duplicate text block
    assert [(link.url, link.rel) for link in p.links] == [("https://www.instagram.com/martyn_cole_runs/", "me")]
    posts = [(b.field, b.text, b.author, b.date, b.own) for b in p.blocks if b.field in ("post", "comment")]
    assert posts == [
        ("post", "Great North Run done 🏃 1:52 for the custody suite charity", "Martyn Cole", "2024-05-12", True),
        ("comment", "So proud of you xx", "Jess Hartley", None, False),
        ("post", "Worth a read", "Martyn Cole", None, True),
        ("post", "New skate park opening on the town green this summer", "Cramlington Local News", None, False),
    ]


def test_about_sections():
    result = FB.read_saved(capture("facebook", "about.html"), URL + "/about")
    assert result.status is Status.OK
    p = result.profile
    assert hinted(p, "home_location") == [("Cramlington", "Current town/city")]
    assert hinted(p, "birthplace") == [("Blyth, Northumberland", "Hometown")]
    assert hinted(p, "phone") == [("07700 900562", "Mobile")]
    assert hinted(p, "email") == [("martyn.cole.home@example.org", "Email")]
    assert hinted(p, "date_of_birth") == [("2 February", "Birth date"), ("1987", "Birth year")]
    assert hinted(p, "family") == [("Dawn Cole", "Mother"), ("Kyle Cole", "Brother")]
    assert hinted(p, "relationship") == [("In a relationship with Jess Hartley", "Relationship")]
    assert ("Northumbria Police", "Works at") in hinted(p, "employer")
    assert ("Example Gym Cramlington", "Work") in hinted(p, "employer")
    assert hinted(p, "education") == [("Whitley Bay Example Academy", "Went to")]
    assert any(b.text == "Gender: Male" and b.field == "profile_field" for b in p.blocks)
    assert any(b.label == "Details about Martyn" and "St James' Park" in b.text for b in p.blocks)
    assert any(b.label == "Life event" and b.text == "Started new job at Northumbria Police" for b in p.blocks)
    # dates under entries are neither labels nor birth dates
    assert not any(x in b.text for b in p.blocks for x in ("2016", "2019", "2005", "No other life events"))
    assert [(link.url, link.rel) for link in p.links] == [("https://martyncole.example/", "me")]


def test_logged_out_page_reads_intro_card_json():
    http = offline_http({URL: answer(200, capture("facebook", "logged_out.html"))})
    result = FB.collect("https://m.facebook.com/martyn.cole.52?mibextid=abc", http)
    assert result.status is Status.OK
    p = result.profile
    assert [b.text for b in p.blocks if b.field == "bio"] == ["Dad, husband, Toon till I die ⚫⚪"]
    assert hinted(p, "home_location") == [("Cramlington", "Lives in")]
    assert hinted(p, "birthplace") == [("Blyth, Northumberland", "From")]
    assert not any("Joined" in b.text for b in p.blocks)


@pytest.mark.parametrize("name,status", [
    ("login.html", Status.LOGIN_REQUIRED),
    ("missing.html", Status.NOT_FOUND),
    ("bare.html", Status.NOT_FOUND),
    ("blocked.html", Status.BLOCKED),
])
def test_walls(name, status):
    assert FB.read_saved(capture("facebook", name), URL).status is status


def test_redirects():
    login = "https://www.facebook.com/login/?next=https%3A%2F%2Fwww.facebook.com%2Fmartyn.cole.52"
    http = offline_http({URL: answer(302, b"", location=login), login: answer(200, capture("facebook", "login.html"))})
    assert FB.collect(URL, http).status is Status.LOGIN_REQUIRED
    consent = "https://www.facebook.com/privacy/consent/cookie/consent-page/?next=x"
    http = offline_http({URL: answer(302, b"", location=consent),
                         consent: answer(200, "<html><head><title>Facebook</title></head><body>Allow cookies?</body></html>")})
    assert FB.collect(URL, http).status is Status.BLOCKED
    assert FB.collect(URL, offline_http({})).status is Status.NOT_FOUND


@pytest.mark.parametrize("text,label,section,expected", [
    ("Married to Sam Example", None, "intro", ("relationship", "Married to Sam Example")),
    ("Born on 4 July 1990", None, "intro", ("date_of_birth", "4 July 1990")),
    ("Works at Example Bakery", None, "intro", ("employer", "Example Bakery")),
    ("Studied Criminology at University of Example", None, "intro", ("education", "University of Example")),
    ("Lives in Leigh-on-Sea, Essex", None, "Overview", ("home_location", "Leigh-on-Sea, Essex")),
    ("Sam Example", "Daughter", "Family members", ("family", "Sam Example")),
    ("4 July", "Birthday", "Basic info", ("date_of_birth", "4 July")),
])
def test_entry_rules(text, label, section, expected):
    p = Profile(url=URL, platform="facebook")
    add_entry(p, text, label, section, bio_free=False)
    assert (p.blocks[0].hint, p.blocks[0].text) == expected


@pytest.mark.parametrize("url,user", [
    ("https://www.facebook.com/martyn.cole.52", "martyn.cole.52"),
    ("https://facebook.com/martyn.cole.52/", "martyn.cole.52"),
    ("https://m.facebook.com/martyn.cole.52?mibextid=ZbWKwL", "martyn.cole.52"),
    ("https://fb.com/martyn.cole.52", "martyn.cole.52"),
    ("https://www.facebook.com/profile.php?id=100000000000099", "profile.php"),
    ("https://www.facebook.com/people/Martyn-Cole/100000000000099/", "100000000000099"),
    ("https://web.facebook.com/martyn.cole.52", "martyn.cole.52"),
])
def test_matches(url, user):
    m = FB.match(url)
    assert m is not None and m.group("user") == user
    assert find(url).name == "facebook"


@pytest.mark.parametrize("url", [
    "https://www.facebook.com/login",
    "https://www.facebook.com/login.php",
    "https://www.facebook.com/groups/123456",
    "https://www.facebook.com/events/123",
    "https://www.facebook.com/watch",
    "https://www.facebook.com/marketplace",
    "https://www.facebook.com/settings",
    "https://www.facebook.com/photo.php?fbid=1",
    "https://www.facebook.com/martyn.cole.52/posts/pfbid0abc",
    "https://www.facebook.com/people/Martyn-Cole/",
    "https://www.facebook.com/",
    "https://www.facebook.example/martyn.cole.52",
])
def test_does_not_match(url):
    assert FB.match(url) is None


@pytest.mark.parametrize("url,expected", [
    ("https://m.facebook.com/martyn.cole.52/?mibextid=ZbWKwL", URL),
    ("https://fb.com/martyn.cole.52", URL),
    ("https://facebook.com/martyn.cole.52?fbclid=IwAR0", URL),
    ("https://m.facebook.com/profile.php?id=100000000000099&mibextid=x",
     "https://www.facebook.com/profile.php?id=100000000000099"),
    ("https://www.facebook.com/people/Martyn-Cole/100000000000099/",
     "https://www.facebook.com/people/Martyn-Cole/100000000000099"),
])
def test_canonical(url, expected):
    assert FB.canonical(url) == expected


def test_recognises():
    from collectors import recognise

    assert recognise(capture("facebook", "view_as_public.html")).name == "facebook"
    assert recognise(capture("facebook", "about.html")).name == "facebook"
    assert FB.match(FB.example)


def test_unrecognised_page_is_an_error_not_a_profile():
    result = FB.read_saved(b"<html><head><title>Something else</title></head><body><p></p></body></html>", URL)
    assert result.status is Status.ERROR
    assert result.profile.is_empty


def test_posts_by_the_owner_whose_heading_adds_a_nickname_are_their_own():
    _same_person = same_person

    assert _same_person("Sam Example", "Sam Example (Sammy)")
    assert _same_person("Sam Example", "Sam Example")
    assert not _same_person("Sam Exampleton", "Sam Example")
    assert not _same_person("Alex Other", "Sam Example (Sammy)")


def test_classic_timeline_intro_life_events_and_posts():
    result = FB.read_saved(capture("facebook", "classic_timeline.html"), "https://www.facebook.com/gemma.ashcroft.77")
    assert result.status is Status.OK  # the blue bar's login form does not make it a wall
    p = result.profile
    assert [b.text for b in p.blocks if b.field == "username"] == ["gemma.ashcroft.77"]
    assert hinted(p, "name") == [("Gemma Ashcroft", "name")]
    assert [b.text for b in p.blocks if b.field == "bio"] == ["Special Constable 🚓 | Cobblers fan | 🐶mum"]
    assert hinted(p, "job") == [("Special Constable", "Job title")]
    assert hinted(p, "employer") == [("Midshire Constabulary", "Works at"), ("Example Bakery", "Works at")]
    assert hinted(p, "home_location") == [("Wellingborough", "Lives in")]
    assert hinted(p, "birthplace") == [("Corby", "Hometown")]  # told only by the item's icon
    assert hinted(p, "relationship") == [("Married to Dean Ashcroft", "Relationship")]
    assert [(b.text, b.label) for b in p.blocks if b.label == "Life event"] == [
        ("Started new job at Midshire Constabulary", "Life event")]
    assert not any("2011" in b.text or "2019" in b.text or "Joined" in b.text for b in p.blocks)
    assert [(link.url, link.rel) for link in p.links] == [("https://gemmabakes.example/", "me")]
    posts = [(b.text, b.author, b.date, b.own) for b in p.blocks if b.field == "post"]
    assert posts == [
        ("Sixfields was rocking today, up the Cobblers! ⚽\nBack on duty tomorrow.", "Gemma Ashcroft", "2024-06-02", True),
        ("Happy birthday Tina's dad!", "Gemma Ashcroft", "2024-05-01", True),
        # the shared post inside hers is someone else's words
        ("70 today! My dad, born in Kettering in 1954 and still going strong", "Tina Loveday", "2024-05-01", False),
        ("Thanks for the lift home mate", "Carl Hobday", "2024-03-14", False),
    ]


def test_mbasic_about_sections():
    result = FB.read_saved(capture("facebook", "mbasic_about.html"), "https://www.facebook.com/owen.pritchard.5")
    assert result.status is Status.OK
    p = result.profile
    assert hinted(p, "name") == [("Owen Pritchard", "name")]
    assert [b.text for b in p.blocks if b.field == "username"] == ["owen.pritchard.5"]
    assert hinted(p, "employer") == [("Midshire Police", "Work"), ("Example Leisure Centre", "Work")]
    assert hinted(p, "job") == [("Detective Constable", "Job title"), ("Lifeguard", "Job title")]
    assert hinted(p, "education") == [("University of Example", "Education")]
    assert hinted(p, "home_location") == [("Rushden", "Current town/city")]
    assert hinted(p, "birthplace") == [("Bangor, Wales", "Home town")]
    assert hinted(p, "phone") == [("07700 900318", "Mobile")]
    assert hinted(p, "email") == [("owen.prich@example.com", "Email")]  # from the %40-encoded mailto: link
    assert hinted(p, "date_of_birth") == [("21 November 1986", "Birthday")]
    assert hinted(p, "relationship") == [("Married to Hannah Pritchard", "Relationship")]
    assert hinted(p, "family") == [("Gwen Pritchard", "Mother"), ("Rhys Pritchard", "Brother")]
    assert ("Gender: Male", "Gender") in [(b.text, b.label) for b in p.blocks if b.field == "profile_field"]
    assert ("Nickname: Prich", "Nickname") in [(b.text, b.label) for b in p.blocks if b.field == "profile_field"]
    assert [b.text for b in p.blocks if b.label == "Life event"] == ["Married Hannah Pritchard", "Joined Midshire Police"]
    assert [b.text for b in p.blocks if b.label == "About Owen"] == [
        "Welsh lad in the Midlands. Two daughters, one dog, zero sleep."]
    assert [(link.url, link.rel) for link in p.links] == [("https://owenruns.example/", "me")]
    # dates beside entries are not read: not the job's start, the wedding, the school years
    assert not any(x in b.text for b in p.blocks for x in ("2014", "2016", "2008", "2009", "Present"))
    assert not any("Public" in b.text or "Help" in b.text or "/owen.pritchard.5" in b.text for b in p.blocks)


def test_recognises_older_layouts():
    from collectors import recognise

    assert recognise(capture("facebook", "classic_timeline.html")).name == "facebook"
    assert recognise(capture("facebook", "mbasic_about.html")).name == "facebook"  # the saved-from comment
    page = capture("facebook", "mbasic_about.html").replace(b"<!-- saved from url=(0049)https://mbasic.facebook.com/owen.pritchard.5/about -->", b"")
    assert recognise(page).name == "facebook"  # the cover section


def test_classic_timeline_without_open_graph():
    """The classic timeline (markup of classic_timeline.html) as served before Open Graph tags:
    only the plain description, which is all Facebook's own words, and an Intro website item
    written as plain text beside its "Website" icon: it becomes a link, not just text."""
    result = FB.read_saved(capture("facebook", "classic_no_og.html"), "https://www.facebook.com/gemma.ashcroft.77")
    assert result.status is Status.OK
    p = result.profile
    assert not any(b.field == "metadata" for b in p.blocks)  # "... is on Facebook. Join Facebook ..." is not hers
    assert [(b.field, b.text) for b in p.blocks if b.label == "Website"] == [
        ("profile_field", "Website: gemmabakes.example")]
    assert [(link.url, link.rel) for link in p.links] == [("https://gemmabakes.example", "me")]


def test_older_page_description_and_about_box():
    """An older public page with no Open Graph tags: the plain description (after the name and
    the counts Facebook puts first) and the visible About box are read."""
    result = FB.read_saved(capture("facebook", "older_page_no_og.html"), "https://www.facebook.com/pcsodarrenwhitlow/")
    assert result.status is Status.OK
    assert [(b.field, b.text, b.label) for b in result.profile.blocks] == [
        ("name", "PCSO Darren Whitlow", "name"),
        ("metadata", "Your PCSO for Kingsthorpe and Boothville. Not monitored 24/7: in an emergency call 999.",
         "description"),
        ("about", "Neighbourhood PCSO covering Kingsthorpe and Boothville. Find me at the Boothville community café "
                  "on Tuesday mornings. I grew up on the Eastfield estate.", "About"),
        ("username", "pcsodarrenwhitlow", "username"),
    ]


@pytest.mark.parametrize("description,name,kept", [
    ("Sam Hale is on Facebook. Join Facebook to connect with Sam Hale and others you may know.", "Sam Hale", ""),
    ("Bakes4Good. 2.1K likes · 4 talking about this · 12 were here. Cakes for charity in Rugby.", "Bakes4Good",
     "Cakes for charity in Rugby."),
    ("Log in or sign up to view. See posts, photos and more on Facebook.", None, ""),
    ("Dog walker and part-time special. Rugby born and bred.", "Sam Hale", "Dog walker and part-time special. Rugby born and bred."),
])
def test_description_keeps_only_the_owners_words(description, name, kept):
    from collectors.facebook import own_words

    assert own_words(description, name) == kept


PLAIN_INTRO = """<html id="facebook"><head><title>Rhosyn Example | Facebook</title></head><body>
<div role="main"><h1>Rhosyn Example</h1>
<div class="intro" aria-label="Intro"><h2><span>Intro</span></h2>
<div class="bio"><span>Allotment, choir, too many cats</span></div>
<ul><li><span>Lives in <a>Llandeilo</a></span></li>
<li><span>From <a>Ammanford</a></span></li>
<li><span>Married to <a href="https://www.facebook.com/emrys.example.9">Emrys Example</a></span></li>
<li><span>Joined June 2011</span></li></ul></div></div></body></html>"""


def test_a_saved_intro_drawn_as_a_plain_list_is_read_item_by_item():
    p = FB.read_saved(PLAIN_INTRO.encode(), "https://www.facebook.com/rhosyn.example").profile
    assert hinted(p, "home_location") == [("Llandeilo", "Lives in")]
    assert hinted(p, "birthplace") == [("Ammanford", "From")]
    assert hinted(p, "relationship") == [("Married to Emrys Example", "Relationship")]
    assert not any("2011" in b.text for b in p.blocks)


def _sjs(payload: dict) -> str:
    return '<script type="application/json" data-sjs>' + json.dumps(payload) + "</script>"


def test_timeline_posts_in_the_page_json():
    """A logged-out profile whose timeline comes as data-sjs JSON, not markup: each Story a post by
    its actor (the owner's when none is named), a shared post its writer's, each comment its author's."""
    stories = [
        {"__typename": "Story", "creation_time": 1760000000, "comet_sections": {"content": {
            "story": {"message": {"text": "Happy 21st to my little brother Rowan! 🎉"}}}}},
        {"__typename": "Story", "creation_time": 1759000000, "comet_sections": {"content": {
            "story": {"message": {"text": "Please share"}},
            "attached_story": {"actors": [{"name": "Example Valley Rescue"}],
                               "message": {"text": "Have you seen Bryn, 60, from Tredegar?"}}}}},
        {"__typename": "Story", "creation_time": 1758000000, "actors": [{"__typename": "User", "name": "Ffion Example"}],
         "comet_sections": {"content": {"story": {"message": {"text": "Allotment open day Sunday"}}},
                            "feedback": {"comments": {"edges": [
                                {"node": {"author": {"name": "Dai Example"}, "body": {"text": "My wife Mair will bring cake"},
                                          "created_time": 1758003600}},
                                {"node": {"author": {"name": "Ffion Example"}, "body": {"text": "Lovely, see you there"}}},
                            ]}}}},
    ]
    feed = {"require": [["RelayPrefetchedStreamCache", "next", [], ["adp_TimelineFeed", {"__bbox": {"result": {"data": {
        "node": {"__typename": "User", "timeline_list_feed_units": {"edges": [{"node": s} for s in stories]}}}}}}]]]}
    intro = {"require": [[{"__bbox": {"result": {"data": {"user": {"profile_intro_card": {
        "bio": {"text": "Gardener"}}}}}}}]]}
    page = ("<html><head><title>Ffion Example | Facebook</title>"
            '<meta property="og:title" content="Ffion Example"></head><body>'
            + _sjs(intro) + _sjs(feed) + "</body></html>")
    p = FB.read_saved(page.encode(), "https://www.facebook.com/ffion.example.7").profile
    posts = [(b.field, b.text, b.author, b.date, b.own) for b in p.blocks if b.field in ("post", "comment")]
    assert posts == [
        ("post", "Happy 21st to my little brother Rowan! 🎉", "Ffion Example", "2025-10-09", True),
        ("post", "Please share", "Ffion Example", "2025-09-27", True),
        ("post", "Have you seen Bryn, 60, from Tredegar?", "Example Valley Rescue", None, False),
        ("post", "Allotment open day Sunday", "Ffion Example", "2025-09-16", True),
        ("comment", "My wife Mair will bring cake", "Dai Example", "2025-09-16", False),
        ("comment", "Lovely, see you there", "Ffion Example", None, True),
    ]


CLASSIC_PAGE = """<html><head><title>Hafod Riverside Friends | Facebook</title>
<meta property="og:title" content="Hafod Riverside Friends">
<meta property="og:description" content="Friends of the riverside walk. Monthly clean-ups, all welcome.">
</head><body class="pagesTimelineLayout UIPage_LoggedOut"><div id="content" role="main">
<h1><a href="https://www.facebook.com/hafodriverside/"><span>Hafod Riverside Friends</span></a></h1>
<div class="_1xnd"><div class="_4-u2"><div class="_3-8j"><div class="_4-u3"><span class="_38my">About</span></div>
<div class="_4bl9"><div class="_3-8w">Started by Gwen, your local special constable, after the floods. Not a police page.</div></div>
<div class="_4bl9"><div class="_2iem"><span>📞 07700 900640</span></div><div class="_2iem"><a href="mailto:hafod@example.org">hafod@example.org</a></div>
<div class="_2iem">Community organisation</div></div></div></div></div></div></body></html>"""


def test_page_about_card_beside_a_description():
    """A Page's visible About card is read even when Open Graph tags give a description (its opening
    only): the description and each contact row a block of its own, as a profile's About fields are."""
    p = FB.read_saved(CLASSIC_PAGE.encode(), "https://www.facebook.com/hafodriverside/").profile
    assert [(b.field, b.text) for b in p.blocks if b.field in ("about", "metadata")] == [
        ("metadata", "Friends of the riverside walk. Monthly clean-ups, all welcome."),
        ("about", "Started by Gwen, your local special constable, after the floods. Not a police page."),
        ("about", "📞 07700 900640"),
        ("about", "hafod@example.org"),
        ("about", "Community organisation"),
    ]


# ---------------------------------------------------------------------------- a saved page of one post

GROUP_POST = "https://www.facebook.com/groups/kiddylostpets/posts/5521098833410/"
GROUP_FEED = "https://www.facebook.com/groups/kiddylostpets/"


def found(profile, facts=None):
    from footprint.detect import detect
    from footprint.facts import Facts

    return {(f.category, f.value) for f in detect(profile, facts or Facts())}


def test_group_post_is_the_posters_own():
    """A group post the user saved is their own post: its author is the owner, their reply is
    theirs, the commenters' numbers, towns and children are not."""
    result = FB.read_saved(capture("facebook", "group_post.html"), GROUP_POST)
    p = result.profile
    assert p.owner == "Lorna Pettifer"
    assert {b.author: b.own for b in p.blocks if b.author} == {
        "Lorna Pettifer": True, "Tracey Onslow": False, "Gavin Royce": False}
    assert [(b.field, b.label) for b in p.blocks if b.text == "Kidderminster Lost & Found Pets"] == [
        ("title", "group name")]
    assert result.detail.startswith("took Lorna Pettifer, the post's author, for you (unless your facts name "
                                    "another of the page's authors): ")
    assert found(p) == {("police_affiliation", "West Mercia Police"), ("home_location", "Mayfield Crescent"),
                        ("family", "husband: Dean"), ("phone_number", "+447700900231")}


def test_group_sale_post():
    p = FB.read_saved(capture("facebook", "group_sale.html"),
                      "https://www.facebook.com/groups/hinckleyselling/posts/771204456612/").profile
    assert p.owner == "Omar Sedgley"
    assert found(p) == {("police_affiliation", "police"), ("family", "daughter: Aisha"),
                        ("phone_number", "+447700900314")}


def test_facts_naming_a_commenter_win():
    """The user's facts name a commenter: only that commenter's words are theirs."""
    from footprint.facts import Facts

    p = FB.read_saved(capture("facebook", "group_post.html"), GROUP_POST).profile
    assert found(p, Facts(full_name="Gavin Royce")) == {("home_location", "Bewdley"),
                                                        ("phone_number", "+447700900278")}


def test_group_feed_is_nobodys():
    """A group's feed of many people's posts: nobody's words are taken for the owner's, as before."""
    result = FB.read_saved(capture("facebook", "group_feed.html"), GROUP_FEED)
    p = result.profile
    assert p.owner is None
    assert {b.author: b.own for b in p.blocks if b.author} == {"Lorna Pettifer": False, "Gavin Royce": False}
    assert "took" not in result.detail
    assert found(p) == set()


@pytest.mark.parametrize(("url", "one"), [
    (GROUP_POST, True),
    ("https://www.facebook.com/groups/kiddylostpets/permalink/5521098833410/", True),
    ("https://www.facebook.com/lorna.pettifer.example/posts/pfbid02xyz", True),
    ("https://www.facebook.com/permalink.php?story_fbid=1&id=2", True),
    ("https://www.reddit.com/r/worcester/comments/abc123/lost_cat/", True),
    ("https://forum.example/threads/allotment-help.4411/", True),
    ("https://forum.example/viewtopic.php?t=2231", True),
    ("https://www.facebook.com/p/Kidderminster-Cat-Rescue-100064/", False),
    (GROUP_FEED, False),
    ("https://www.facebook.com/lorna.pettifer.example", False),
    ("https://www.reddit.com/user/quiet_kestrel/comments/", False),
    ("https://www.reddit.com/r/worcester/", False),
    ("file:///home/sam/threads/post.html", False),
])
def test_one_post_addresses(url, one):
    from collectors.html.authors import one_post

    assert one_post(url) is one


def test_group_post_scanned_without_its_address():
    """A saved group post scanned with no --source-url still names its address in og:url."""
    p = FB.read_saved(capture("facebook", "group_post.html"), "file:///home/sam/post.html").profile
    assert p.owner == "Lorna Pettifer"
