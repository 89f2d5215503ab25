"""LinkedIn: the guest profile page (top card, About, Experience, Education, activity, JSON-LD)."""

from __future__ import annotations

import pytest

from collectors import find
from collectors.linkedin import LinkedInCollector
from footprint.models import Status
from tests.conftest import answer, capture, offline_http

LI = LinkedInCollector()
URL = "https://uk.linkedin.com/in/morgan-ashby-7f3e21"
CANON = "https://www.linkedin.com/in/morgan-ashby-7f3e21/"


def blocks(profile, field=None, hint=None):
    return [b for b in profile.blocks if (field is None or b.field == field) and (hint is None or b.hint == hint)]


def test_guest_profile_reads_top_card_sections_and_json_ld():
    http = offline_http({CANON: answer(200, capture("linkedin", "ok.html"))})
    result = LI.collect(URL, http)
    assert result.status is Status.OK, result.detail
    p = result.profile
    assert p.url == URL
    assert [b.text for b in blocks(p, "username")] == ["morgan-ashby-7f3e21"]
    assert [b.text for b in blocks(p, "name", "name")] == ["Morgan Ashby"]
    assert [b.text for b in blocks(p, "headline")] == ["Police Sergeant at Wessex Vale Police | Tutor constable"]
    # the top-card location and the Person's own address, and nothing else, are where they live
    assert [b.text for b in blocks(p, hint="home_location")] == ["Dorchester, England, United Kingdom", "Dorchester"]
    assert not any(b.hint == "home_location" for b in p.blocks if "Weymouth" in b.text or "Poole" in b.text)
    about = blocks(p, "about")[0]
    assert about.label == "About" and "Proud dad of twins" in about.text and "07700 900417" in about.text
    experience = [b.text for b in blocks(p, "experience") if b.hint is None]
    assert experience[0] == "Police Sergeant at Wessex Vale Police, Apr 2021 - Present, Weymouth, England, United Kingdom"
    assert "Lifeguard at Harbourside Leisure, Jun 2008 - Aug 2012, Poole, England, United Kingdom" in experience
    assert "Crew member at Harbour Lifeboat Station, Jan 2015 - Present" in experience  # volunteering
    assert [b.text for b in blocks(p, hint="employer")] == ["Wessex Vale Police", "Harbourside Leisure"]
    assert [b.text for b in blocks(p, hint="education")] == ["University of Exampleton"]
    assert "Response Officer" in [b.text for b in blocks(p, hint="job")]
    posts = blocks(p, "post")
    assert posts[0].text.startswith("Twelve miles round Portland Bill") and posts[0].date == "2025-05-04"
    assert posts[0].own and not posts[1].own  # a post they only liked is someone else's words
    assert {"English", "Welsh"} <= {b.text for b in blocks(p, "about")}
    # other people's profiles and the sign-up prompt are not read
    assert not any("Otherperson" in b.text or "full profile" in b.text for b in p.blocks)
    urls = {link.url: link for link in p.links}
    assert urls["https://morganashby.example/swims"].rel == "me"  # /redir/redirect unwrapped
    assert "https://morganashby.example/" in urls
    assert not any("linkedin.com/in/" in u for u in urls)  # the profile itself is not a linked account
    assert "logged-out visitor" in result.detail


def test_country_subdomain_capture_is_read_when_www_is_missing():
    http = offline_http({URL: answer(200, capture("linkedin", "ok.html"))})
    result = LI.collect(URL + "?trk=public_profile_browsemap", http)
    assert result.status is Status.OK
    assert [b.text for b in blocks(result.profile, "name")] == ["Morgan Ashby"]


@pytest.mark.parametrize("page", ["authwall.html", "js_authwall.html"])
def test_sign_in_wall_is_login_required(page):
    http = offline_http({CANON: answer(200, capture("linkedin", page))})
    result = LI.collect(URL, http)
    assert result.status is Status.LOGIN_REQUIRED
    assert result.profile.is_empty


def test_redirect_to_authwall_is_login_required():
    http = offline_http({
        CANON: answer(302, b"", location="https://www.linkedin.com/authwall?trk=gf&sessionRedirect=x"),
        "https://www.linkedin.com/authwall?trk=gf&sessionRedirect=x": answer(200, capture("linkedin", "authwall.html")),
    })
    assert LI.collect(URL, http).status is Status.LOGIN_REQUIRED


def test_status_codes():
    assert LI.collect(URL, offline_http({})).status is Status.NOT_FOUND
    result = LI.collect(URL, offline_http({CANON: answer(999, b"")}))
    assert result.status is Status.BLOCKED and "999" in result.detail
    assert LI.collect(URL, offline_http({CANON: answer(429, b"")})).status is Status.BLOCKED


def test_saved_page_is_recognised():
    from collectors import recognise

    assert isinstance(recognise(capture("linkedin", "ok.html")), LinkedInCollector)


@pytest.mark.parametrize("url", [
    "https://www.linkedin.com/in/morgan-ashby-7f3e21",
    "https://www.linkedin.com/in/morgan-ashby-7f3e21/",
    "https://linkedin.com/in/morgan-ashby-7f3e21/?originalSubdomain=uk",
    "https://uk.linkedin.com/in/morgan-ashby-7f3e21",
    "https://de.linkedin.com/in/morgan-ashby-7f3e21/",
    "https://m.linkedin.com/in/morgan-ashby-7f3e21",
    "https://www.linkedin.com/in/morgan-ashby-7f3e21/en",
    "https://www.linkedin.com/in/morgan-ashby-7f3e21?trk=people-guest_people_search-card",
])
def test_matches_profile_urls(url):
    assert LI.match(url) is not None
    assert find(url).name == "linkedin"
    assert LI.canonical(url) == CANON


@pytest.mark.parametrize("url", [
    "https://www.linkedin.com/company/wessex-vale-police/",
    "https://www.linkedin.com/jobs/view/123/",
    "https://www.linkedin.com/feed/",
    "https://www.linkedin.com/posts/morgan-ashby-7f3e21_swim-activity-7100-abcd",
    "https://www.linkedin.com/pub/dir/Morgan/Ashby",
    "https://www.linkedin.com/login",
    "https://www.linkedin.com/in/",
    "https://www.linkedin.com/in/morgan-ashby-7f3e21/details/experience/",
    "https://linkedin.example.com/in/morgan",
    "https://www.notlinkedin.com/in/morgan",
])
def test_does_not_match_other_urls(url):
    assert LI.match(url) is None


def test_grouped_roles_and_a_plain_subline():
    html = """<html><head><title>Kai Test | LinkedIn</title></head><body><main>
    <section class="top-card-layout"><h1 class="top-card-layout__title">Kai Test</h1>
    <h3 class="top-card-layout__first-subline">Leeds, England, United Kingdom · 500+ connections</h3></section>
    <section class="core-section-container experience" data-section="experience"><h2>Experience</h2><ul>
    <li class="experience-group profile-section-card"><div class="experience-group-header">
    <h4 class="experience-group-header__company">Northshire Police</h4></div><ul>
    <li class="experience-group-position profile-section-card"><h3>Inspector</h3>
    <span class="date-range"><time>2020</time> - Present</span></li>
    <li class="experience-group-position profile-section-card"><h3>Sergeant</h3>
    <span class="date-range"><time>2015</time> - <time>2020</time></span></li></ul></li></ul></section>
    </main></body></html>""".encode()
    p = LI.read_saved(html, "https://www.linkedin.com/in/kai-test").profile
    assert [b.text for b in blocks(p, hint="home_location")] == ["Leeds, England, United Kingdom"]
    assert [b.text for b in blocks(p, "experience") if b.hint is None] == [
        "Inspector at Northshire Police, 2020 - Present", "Sergeant at Northshire Police, 2015 - 2020"]
    assert [b.text for b in blocks(p, hint="employer")] == ["Northshire Police"]


def test_signed_in_style_layout_pv_top_card_and_sections():
    pv = "https://www.linkedin.com/in/rhona-galbraith-3b9d10/"
    result = LI.collect(pv, offline_http({pv: answer(200, capture("linkedin", "pv_layout.html"))}))
    assert result.status is Status.OK, result.detail
    p = result.profile
    assert [b.text for b in blocks(p, "username")] == ["rhona-galbraith-3b9d10"]
    assert [b.text for b in blocks(p, "name", "name")] == ["Rhona Galbraith"]  # read once, not twice
    assert [b.text for b in blocks(p, "headline")] == ["Detective Sergeant | Public Protection | Northvale Police"]
    # the top-card location and the Person's own address only; past jobs' places are not where she lives
    assert [b.text for b in blocks(p, hint="home_location")] == ["Stirling, Scotland, United Kingdom", "Stirling"]
    assert [(b.text, b.label) for b in blocks(p, "about")] == [
        ("Fife lass, twenty years in policing. Mum to a wee girl who thinks I'm a spy.", "About"),
        ("Scottish Gaelic, Elementary proficiency", "Languages")]
    experience = [(b.text, b.label) for b in blocks(p, "experience") if b.hint is None]
    assert experience == [
        ("Detective Sergeant at Northvale Police, Feb 2021 - Present, Stirling, Scotland, United Kingdom", "Experience"),
        ("Police Constable at Northvale Police, Apr 2016 - Feb 2021, Falkirk, Scotland, United Kingdom", "Experience"),
        ("Call Handler at Example Ambulance Service, 2011 - 2016, Kirkcaldy, Scotland, United Kingdom", "Experience"),
        ("Took 999 calls on nights and weekends while studying, triaging and dispatching crews across the region.",
         "Experience description"),
        ("Coach at Example Girls Football Club, Aug 2022 - Present", "Volunteering"),
    ]
    assert [b.text for b in blocks(p, hint="employer")] == ["Northvale Police", "Example Ambulance Service"]
    assert [b.text for b in blocks(p, hint="education")] == ["University of Exampleshire"]
    assert "University of Exampleshire, BA, Criminology, 2008 - 2011" in [b.text for b in blocks(p, "education")]
    # screen-reader copies, recommendations by others, the sign-in prompt and the side column are not read
    assert not any("Otherperson" in b.text or "tutor in Falkirk" in b.text or "full profile" in b.text
                   or "About About" in b.text or "followers" in b.text for b in p.blocks)
    assert [link.url for link in p.links] == ["https://rhonaruns.example/"]


def test_pv_layout_is_recognised_and_not_a_wall():
    from collectors import recognise

    assert isinstance(recognise(capture("linkedin", "pv_layout.html")), LinkedInCollector)
    assert LI.read_saved(capture("linkedin", "pv_layout.html"), "https://www.linkedin.com/in/rhona-galbraith-3b9d10/") \
        .status is Status.OK


def test_through_the_real_network_stack(live_http, httpserver):
    httpserver.expect_request("/in/morgan-ashby-7f3e21/").respond_with_data(
        capture("linkedin", "ok.html"), content_type="text/html; charset=utf-8")
    result = LI.collect(URL, live_http)
    assert result.status is Status.OK
    assert [b.text for b in blocks(result.profile, "name")] == ["Morgan Ashby"]
    httpserver.clear()
    httpserver.expect_request("/in/morgan-ashby-7f3e21/").respond_with_data(b"", status=999)
    assert LI.collect(URL, live_http).status is Status.BLOCKED


SAVED = "https://www.linkedin.com/in/morven-achterberg-5c1d2e/"
SAVED_BLOCKS = [
    ("username", "morven-achterberg-5c1d2e", "public profile URL"),
    ("name", "Morven Achterberg", None),
    ("headline", "Detective Sergeant | Public Protection | Views my own", None),
    ("location", "Harrogate, England, United Kingdom", "Location"),
    ("experience", "North Riding Constabulary (fictional)", "Current company"),
    ("education", "University of Bradbury (fictional)", "School"),
    ("about", "Eighteen years in policing, the last six in safeguarding. Off duty: fell running and terrible puns.",
     "About"),
    ("experience", "Detective Sergeant at North Riding Constabulary (fictional), Mar 2019 - Present, "
                   "Harrogate, England, United Kingdom", "Experience"),
    ("experience", "Leading a small team on safeguarding and public protection work across the district, with "
                   "partners in health and social care.", "Experience description"),
    ("experience", "Police Constable at North Riding Constabulary (fictional), Sep 2007 - Mar 2019, "
                   "Scarborough, England, United Kingdom", "Experience"),
    ("education", "University of Bradbury (fictional), BSc, Criminology, 2003 - 2006", "Education"),
    ("experience", "Mountain rescue team member at Dales Fell Rescue (fictional), Jan 2015 - Present, "
                   "Disaster and Humanitarian Relief", "Volunteering"),
]


def test_page_saved_by_a_signed_in_viewer():
    """The markup of a profile saved by a signed-in viewer, as copied from the real DOM in public
    projects (sections with generated ids "emberNNN" and a `pv-profile-card-anchor` div naming
    them, doubled aria-hidden/visually-hidden text, `pvs-entity` entries with `t-bold` and
    `t-14 t-normal` lines, the top card's degree badge and "Current company: X. Click to skip to
    experience card" buttons). The activity placeholder, the recommendations other people wrote,
    followed companies and "People also viewed" are not the member's words; the degree badge
    "3rd" is not a location."""
    result = LI.read_saved(capture("linkedin", "signed_in_saved.html"), SAVED)
    assert result.status is Status.OK
    assert [(b.field, b.text, b.label) for b in result.profile.blocks] == SAVED_BLOCKS
    assert [b.text for b in result.profile.blocks if b.hint == "home_location"] == [
        "Harrogate, England, United Kingdom"]


def test_anchors_beside_the_sections_and_generated_classes():
    """The 2025 rollout puts each anchor just before its section and gives the sections
    generated classes (as a public extension's fixture of the shipped markup does)."""
    import re

    page = capture("linkedin", "signed_in_saved.html").decode()
    page = re.sub(r'(<section id="ember\d+" class=")artdeco-card pv-profile-card break-words mt2(" '
                  r'data-view-name="profile-card" tabindex="-1">)\n(<div id="\w+" class="pv-profile-card-anchor"></div>)',
                  r'\3\n\1artdeco-card XyZgEnErAtEd\2', page)
    assert page.count('class="pv-profile-card-anchor"></div>\n<section') == 7
    result = LI.read_saved(page.encode(), SAVED)
    assert [(b.field, b.text, b.label) for b in result.profile.blocks] == SAVED_BLOCKS


def test_a_collapsed_about_is_read_whole():
    """A saved About still collapsed ("...see more") keeps the whole text in the copy for the eye
    (`aria-hidden`) and only its first lines in the screen readers' copy: the whole text is read."""
    page = capture("linkedin", "signed_in_saved.html").decode()
    tail = " Happy to talk to anyone thinking of joining: message me here. "
    page = page.replace("terrible puns. </span><span", "terrible puns." + tail + "</span><span", 1)
    result = LI.read_saved(page.encode(), SAVED)
    about = [b.text for b in result.profile.blocks if b.field == "about"]
    assert about == [SAVED_BLOCKS[6][1] + " " + tail.strip()]


def test_contact_info_overlay_rows():
    """The "Contact info" overlay a signed-in viewer opened before saving, in the markup public
    scrapers select (`section.pv-contact-info__contact-type.ci-phone`/`ci-email`/`ci-birthday`/
    `ci-address`/`ci-websites`, values in `.pv-contact-info__ci-container`, a phone followed by its
    type, the older `header` and `pv-contact-info__contact-item` of the birthday row): each row is
    the member's own detail, labelled; the websites are links; the profile's own URL is neither."""
    url = "https://www.linkedin.com/in/ffion-brackley-2b7c9d/"
    result = LI.read_saved(capture("linkedin", "contact_info.html"), url)
    assert result.status is Status.OK
    rows = [(b.hint, b.text, b.label) for b in result.profile.blocks if b.field == "contact"]
    assert rows == [("phone", "07700 900318", "Phone"), ("home_location", "Ludlow, Shropshire", "Address"),
                    ("email", "ffion.brackley@example.com", "Email"), ("date_of_birth", "November 9", "Birthday")]
    assert [link.url for link in result.profile.links] == ["https://brackleysafety.example.com"]


def test_contact_overlay_named_by_its_headings_only():
    """The current "Contact info" overlay has no ci-* classes: each `pv-contact-info__contact-type` section
    says its kind in its `h3` alone. Phone, e-mail and birthday are the member's own; the profile's URL and
    the "Connected" date (when the viewer connected) are not details; the websites are links. A section saved
    without the screen readers' copy of its text (only `aria-hidden` spans) is still read."""
    url = "https://www.linkedin.com/in/tamsin-okoro-4e8a1c/"
    result = LI.read_saved(capture("linkedin", "contact_overlay_headings.html"), url)
    assert result.status is Status.OK
    rows = [(b.hint, b.text, b.label) for b in result.profile.blocks if b.field == "contact"]
    assert rows == [("phone", "07700 900 275", "Phone"), ("email", "tamsin.okoro@example.net", "Email"),
                    ("date_of_birth", "March 14", "Birthday")]
    assert [link.url for link in result.profile.links] == ["https://sundaysoul.example.org"]
    assert [(b.text, b.label) for b in blocks(result.profile, "about")] == [
        ("Keeping forty vans on the road and two hours of Sunday soul on the air.", "About")]


@pytest.mark.parametrize("pronouns", ["She/Her", "he / him", "They/Them", "she/they"])
def test_the_pronouns_beside_the_name_are_not_a_location(pronouns):
    """LinkedIn shows a member's pronouns in a small span beside their name, as it shows the location below."""
    page = capture("linkedin", "signed_in_saved.html").decode().replace(
        "Morven Achterberg</h1></a></span>\n",
        "Morven Achterberg</h1></a></span>\n<span class=\"text-body-small inline v-align-middle break-words t-black--light\">"
        f"{pronouns}</span>\n", 1)
    assert pronouns in page
    result = LI.read_saved(page.encode(), SAVED)
    assert [b.text for b in result.profile.blocks if b.hint == "home_location"] == [
        "Harrogate, England, United Kingdom"]
