"""YouTube: a channel page's ytInitialData (metadata, About panel, links, video titles)."""

from __future__ import annotations

import pytest

from collectors import find, recognise
from collectors.youtube import YouTubeCollector
from footprint.models import Status
from tests.conftest import answer, capture, offline_http

YT = YouTubeCollector()
URL = "https://www.youtube.com/@taffvalleybakes/about"


def blocks(profile, field=None, hint=None):
    return [b for b in profile.blocks if (field is None or b.field == field) and (hint is None or b.hint == hint)]


def test_about_page_reads_metadata_country_and_links():
    http = offline_http({URL: answer(200, capture("youtube", "about.html"))})
    result = YT.collect(URL, http)
    assert result.status is Status.OK, result.detail
    p = result.profile
    assert [b.text for b in blocks(p, "username")] == ["taffvalleybakes"]
    assert [b.text for b in blocks(p, "name", "name")] == ["Taff Valley Bakes"]
    bios = blocks(p, "bio")
    assert len(bios) == 1 and "rhys.bakes@example.com" in bios[0].text  # metadata and About share one text
    country = blocks(p, hint="home_location")
    assert [(b.text, b.label) for b in country] == [("United Kingdom", "country")]
    urls = {link.url: link for link in p.links}
    assert urls["https://instagram.com/taffvalleybakes"].rel == "me"  # youtube.com/redirect?q= unwrapped
    assert urls["https://taffvalleybakes.example"].text == "Order a cake"
    assert [b.text for b in blocks(p, hint="phone")] == ["+447700900233"]  # a wa.me link is a phone number
    assert {"Instagram", "Order a cake", "WhatsApp orders"} <= {b.text for b in blocks(p, "link")}
    titles = [b.text for b in blocks(p, "post")]
    assert titles == ["Sourdough for beginners (night shift edition)", "My daughter's 7th birthday unicorn cake"]


def test_mobile_page_with_escaped_json():
    result = YT.read_saved(capture("youtube", "mobile.html"), "https://m.youtube.com/@pennantpoint")
    assert result.status is Status.OK
    assert [b.text for b in blocks(result.profile, "name")] == ["Pennant Point Fishing"]
    assert [b.text for b in blocks(result.profile, "bio")] == ["Shore fishing on the Gower coast. Tight lines!"]


def test_meta_tags_when_the_json_is_missing():
    result = YT.read_saved(capture("youtube", "meta_only.html"), "https://www.youtube.com/c/FfionRees")
    assert result.status is Status.OK
    p = result.profile
    assert [b.text for b in blocks(p, "username")] == ["FfionRees"]
    assert [b.text for b in blocks(p, "name")] == ["Ffion Rees"]
    assert [b.text for b in blocks(p, "bio")] == ["Hill walking vlogs from the Brecon Beacons."]


def test_old_header_tagline_and_channel_description():
    result = YT.read_saved(capture("youtube", "c4_header.html"), "https://www.youtube.com/@gwensgriddle")
    assert result.status is Status.OK
    p = result.profile
    assert [b.text for b in blocks(p, "username")] == ["gwensgriddle"]
    assert [b.text for b in blocks(p, "name", "name")] == ["Gwen's Griddle"]
    bios = blocks(p, "bio")
    assert len(bios) == 1                      # the tagline is the description's first line: read once
    assert bios[0].text.startswith("Welsh baking from a tiny kitchen in Llanelli\nNain to two, wife to a man")
    assert "gwen.griddle@example.com" in bios[0].text
    assert [b.text for b in blocks(p, "post")] == ["Bara brith, the proper way (Nain's recipe)",
                                                   "Welsh cakes for a school fair"]


def test_header_tagline_is_the_bio_when_the_description_is_empty():
    result = YT.read_saved(capture("youtube", "c4_tagline_only.html"), "https://www.youtube.com/@gwensgriddle")
    assert result.status is Status.OK
    assert [(b.text, b.label) for b in blocks(result.profile, "bio")] == [
        ("Welsh baking from a tiny kitchen in Llanelli", "tagline")]


def test_youtube_boilerplate_is_not_a_bio():
    page = ('<html><head><title>Sam - YouTube</title><meta property="og:site_name" content="YouTube">'
            '<meta name="description" content="Share your videos with friends, family, and the world"></head>'
            '<body><script>var ytInitialData = {"metadata": {"channelMetadataRenderer": {"title": "Sam"}}};</script>'
            '</body></html>')
    result = YT.read_saved(page.encode(), "https://www.youtube.com/@sam")
    assert result.status is Status.OK
    assert not blocks(result.profile, "bio")
    assert [b.text for b in blocks(result.profile, "name")] == ["Sam"]


def test_consent_redirect_is_blocked():
    consent = "https://consent.youtube.com/m?continue=https%3A%2F%2Fwww.youtube.com%2F%40taffvalleybakes%2Fabout&gl=GB"
    http = offline_http({URL: answer(302, b"", location=consent)})  # the consent page itself is not recorded
    result = YT.collect(URL, http)
    assert result.status is Status.BLOCKED
    assert result.detail == "YouTube showed its cookie-consent page"
    http = offline_http({URL: answer(302, b"", location=consent), consent: answer(200, capture("youtube", "consent.html"))})
    assert YT.collect(URL, http).status is Status.BLOCKED
    assert YT.read_saved(capture("youtube", "consent.html"), URL).status is Status.BLOCKED


def test_missing_channel():
    assert YT.collect(URL, offline_http({})).status is Status.NOT_FOUND
    result = YT.read_saved(capture("youtube", "not_found.html"), URL)
    assert result.status is Status.NOT_FOUND and "does not exist" in result.detail
    assert YT.collect(URL, offline_http({URL: answer(429, b"")})).status is Status.BLOCKED


def test_mobile_url_falls_back_to_the_typed_address():
    typed = "https://m.youtube.com/@pennantpoint"
    http = offline_http({typed: answer(200, capture("youtube", "mobile.html"))})
    assert YT.collect(typed, http).status is Status.OK


def test_saved_page_is_recognised():
    assert isinstance(recognise(capture("youtube", "about.html")), YouTubeCollector)


@pytest.mark.parametrize("url,canonical", [
    ("https://www.youtube.com/@taffvalleybakes", "https://www.youtube.com/@taffvalleybakes"),
    ("https://youtube.com/@taffvalleybakes/", "https://www.youtube.com/@taffvalleybakes/"),
    ("https://m.youtube.com/@taffvalleybakes/about?si=abc123", "https://www.youtube.com/@taffvalleybakes/about"),
    ("https://www.youtube.com/channel/UCxExample0000000000000a", "https://www.youtube.com/channel/UCxExample0000000000000a"),
    ("https://www.youtube.com/channel/UCxExample0000000000000a/about", "https://www.youtube.com/channel/UCxExample0000000000000a/about"),
    ("https://www.youtube.com/c/FfionRees", "https://www.youtube.com/c/FfionRees"),
    ("https://www.youtube.com/user/ffionrees/videos", "https://www.youtube.com/user/ffionrees/videos"),
])
def test_matches_and_canonical(url, canonical):
    assert YT.match(url) is not None
    assert find(url).name == "youtube"
    assert YT.canonical(url) == canonical


@pytest.mark.parametrize("url", [
    "https://www.youtube.com/watch?v=abc123",
    "https://www.youtube.com/shorts/abc123",
    "https://www.youtube.com/results?search_query=baking",
    "https://www.youtube.com/feed/subscriptions",
    "https://www.youtube.com/playlist?list=PL123",
    "https://www.youtube.com/about",
    "https://youtu.be/abc123",
    "https://www.youtube.com/channel/notanid",
])
def test_does_not_match_other_urls(url):
    assert YT.match(url) is None


def test_modern_header_link_and_pronouns():
    """The `pageHeaderViewModel` header of current channel pages, in the shape public parsers
    read it (title/metadata rows/description/attribution with a redirect `urlEndpoint` and the
    "and N more links" suffix): the first external link is unwrapped from YouTube's redirect,
    the pronouns among the metadata parts are read, counts are not."""
    result = YT.read_saved(capture("youtube", "page_header.html"), "https://www.youtube.com/@rosfenwickbakes")
    assert result.status is Status.OK
    p = result.profile
    assert [(b.field, b.text, b.label) for b in p.blocks] == [
        ("username", "rosfenwickbakes", "handle"),
        ("name", "Ros Fenwick Bakes", None),
        ("bio", "Sourdough and scones from a Hexham kitchen", "tagline"),
        ("metadata", "she/her", "pronouns"),
        ("link", "fenwick-bakes.example/about", "link title"),
    ]
    assert [(link.url, link.rel) for link in p.links] == [
        ("https://fenwick-bakes.example/about?utm_source=youtube", "me")]


@pytest.mark.parametrize("parts,pronouns", [
    (["@a", "they/them"], ["they/them"]),
    (["@a", "He/Him"], ["He/Him"]),
    (["@a", "she/they"], ["she/they"]),
    (["@a", "1.2K subscribers", "and/or"], []),
    (["@a", "24/7 streams"], []),
])
def test_header_pronouns(parts, pronouns):
    from collectors.youtube import _header_pronouns

    data = {"header": {"metadataRows": [{"metadataParts": [{"text": {"content": t}} for t in parts]}]}}
    assert _header_pronouns(data) == pronouns


_REDIRECT = "https://www.youtube.com/redirect?event=channel_header&redir_token=QUFF&q=https%3A%2F%2Fmo.example%2F"


@pytest.mark.parametrize("header,links", [
    ({"pageHeaderViewModel": {"attribution": {"attributionViewModel": {"text": {
        "content": "mo.example", "commandRuns": [{"onTap": {"innertubeCommand": {"urlEndpoint": {"url": _REDIRECT}}}}]}}}}},
     [("mo.example", "https://mo.example/")]),
    ({"c4TabbedHeaderRenderer": {"headerLinks": {"channelHeaderLinksViewModel": {"firstLink": {
        "content": "mo.example", "commandRuns": [{"onTap": {"innertubeCommand": {"urlEndpoint": {"url": _REDIRECT}}}}]},
        "more": {"content": "and 1 more link"}}}}},
     [("mo.example", "https://mo.example/")]),
    ({"c4TabbedHeaderRenderer": {"headerLinks": {"channelHeaderLinksRenderer": {"primaryLinks": [
        {"navigationEndpoint": {"urlEndpoint": {"url": _REDIRECT}}, "title": {"simpleText": "My site"}}]}}}},
     [("My site", "https://mo.example/")]),
    # an attribution that is only text (no link target) is not a link
    ({"pageHeaderViewModel": {"attribution": {"attributionViewModel": {"text": {"content": "more about this channel"},
                                                                       "suffix": {"content": "...more"}}}}}, []),
])
def test_header_link_shapes(header, links):
    from collectors.youtube import _header_links

    assert _header_links({"header": header}) == links
