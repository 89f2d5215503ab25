"""JustGiving: a fundraising page (Next.js state with Apollo references, JSON-LD, visible story)."""

from __future__ import annotations

import pytest

from collectors import find, recognise
from collectors.justgiving import JustGivingCollector
from footprint.models import Status
from tests.conftest import answer, capture, offline_http

JG = JustGivingCollector()
URL = "https://www.justgiving.com/page/gethin-runs-cardiff"


def blocks(profile, field=None, hint=None):
    return [b for b in profile.blocks if (field is None or b.field == field) and (hint is None or b.hint == hint)]


def test_fundraising_page_reads_story_owner_event_and_charity():
    http = offline_http({URL: answer(200, capture("justgiving", "ok.html"))})
    result = JG.collect(URL, http)
    assert result.status is Status.OK, result.detail
    p = result.profile
    assert [b.text for b in blocks(p, "username")] == ["gethin-runs-cardiff"]
    assert [b.text for b in blocks(p, "name", "name")] == ["Gethin Morris"]
    stories = blocks(p, "story")
    assert len(stories) == 1  # the JSON story; the visible copy of it is not read twice
    assert "my mam, Eirlys" in stories[0].text and "my son Tomos (he is 16!)" in stories[0].text
    assert "<p>" not in stories[0].text
    about = {b.label: b for b in blocks(p, "about")}
    assert about["page title"].text == "Gethin's Cardiff Half for the Hospice"
    assert about["event"].text == "Cardiff Half Marathon 2025 (2025-10-05)" and about["event"].date == "2025-10-05"
    assert about["charity"].text == "Valleys Hospice Care (fictional)"
    comments = blocks(p, "comment")
    assert [(c.text, c.author, c.own) for c in comments] == [("Your mam would be so proud. Go Gethin!", "Aunty Carys", False)]


def test_changed_layout_falls_back_to_visible_story_json_ld_and_og():
    url = "https://www.justgiving.com/fundraising/sian-three-peaks"
    result = JG.read_saved(capture("justgiving", "layout_changed.html"), url)
    assert result.status is Status.OK
    p = result.profile
    assert [b.text for b in blocks(p, "username")] == ["sian-three-peaks"]
    story = blocks(p, "story")
    assert len(story) == 1 and "flew my dad to hospital" in story[0].text and "Pen y Fan" in story[0].text
    about = {b.label: b for b in blocks(p, "about")}
    assert about["event"].text == "National Three Peaks Challenge, 2025-06-21"
    assert about["page title"].text == "Siân's Three Peaks Challenge"


def test_missing_page():
    assert JG.collect(URL, offline_http({})).status is Status.NOT_FOUND
    assert JG.read_saved(capture("justgiving", "missing.html"), URL).status is Status.NOT_FOUND
    assert JG.collect(URL, offline_http({URL: answer(403, b"")})).status is Status.BLOCKED


def test_saved_page_is_recognised():
    assert isinstance(recognise(capture("justgiving", "ok.html")), JustGivingCollector)


@pytest.mark.parametrize("url,canonical", [
    (URL, URL),
    ("https://justgiving.com/page/gethin-runs-cardiff/", URL),
    ("https://www.justgiving.com/page/gethin-runs-cardiff?utm_source=whatsapp&utm_medium=share", URL),
    ("https://www.justgiving.com/fundraising/sian-three-peaks", "https://www.justgiving.com/fundraising/sian-three-peaks"),
    ("https://www.justgiving.com/team/valleys-runners", "https://www.justgiving.com/team/valleys-runners"),
    ("https://www.justgiving.com/crowdfunding/new-minibus", "https://www.justgiving.com/crowdfunding/new-minibus"),
])
def test_matches_and_canonical(url, canonical):
    assert JG.match(url) is not None
    assert find(url).name == "justgiving"
    assert JG.canonical(url) == canonical


@pytest.mark.parametrize("url", [
    "https://www.justgiving.com/",
    "https://www.justgiving.com/charity/valleys-hospice",
    "https://www.justgiving.com/search?q=cardiff",
    "https://www.justgiving.com/page/",
    "https://www.justgiving.com/page/gethin-runs-cardiff/donate",
    "https://www.justgiving.com/login",
    "https://justgiving.example.com/page/gethin-runs-cardiff",
])
def test_does_not_match_other_urls(url):
    assert JG.match(url) is None


def test_api_shaped_page_object():
    """A page object with the JustGiving API's field names, as blackbaud-services/supporticon
    source/api/pages/justgiving/index.js deserialises them (pageTitle, story, owner as a string,
    eventName with a .NET "/Date(ms+zone)/" eventDate, pageSummaryWhat/Why, charity.name)."""
    import json

    page = {"pageId": 9000001, "pageShortName": "nadia-ferrier-abseil", "pageTitle": "Nadia abseils the Spinnaker",
            "story": "<p>Our son Rafi spent six weeks in the neonatal unit.</p>", "owner": "Nadia Ferrier",
            "eventName": "Spinnaker Tower Abseil", "eventDate": "/Date(1751702400000+0100)/",
            "pageSummaryWhat": "abseiling 100m", "pageSummaryWhy": "to thank the neonatal unit",
            "charity": {"id": 9002, "name": "Solent Neonatal Friends (fictional)"}, "fundraisingTarget": "500.00"}
    next_data = json.dumps({"props": {"pageProps": {"page": page}}, "page": "/fundraising/[slug]"})
    html = ('<html><head><meta property="og:site_name" content="JustGiving"/></head><body>'
            f'<script id="__NEXT_DATA__" type="application/json">{next_data}</script></body></html>').encode()
    result = JG.read_saved(html, "https://www.justgiving.com/fundraising/nadia-ferrier-abseil")
    assert result.status is Status.OK
    assert [(b.field, b.text, b.label) for b in result.profile.blocks] == [
        ("username", "nadia-ferrier-abseil", "page address"),
        ("about", "Nadia abseils the Spinnaker", "page title"),
        ("story", "Our son Rafi spent six weeks in the neonatal unit.", "story"),
        ("about", "abseiling 100m to thank the neonatal unit", "summary"),
        ("name", "Nadia Ferrier", "page owner"),
        ("about", "Spinnaker Tower Abseil (2025-07-05)", "event"),
        ("about", "Solent Neonatal Friends (fictional)", "charity"),
    ]
