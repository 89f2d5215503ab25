"""The generic web-page collector: meta, JSON-LD Person, h-card, visible text, links, charsets."""

from __future__ import annotations

import pytest

from collectors.generic import GenericCollector
from collectors.html import soup_of
from collectors.html.structured import hcard_roots
from footprint.detect import detect
from footprint.models import Status
from tests.conftest import answer, capture, offline_http

URL = "https://zoe.example/"


def read():
    return GenericCollector().read_saved(capture("generic", "site.html"), URL)


def test_charset_declared_only_in_a_meta_tag_decodes_right():
    collected = read()
    # once from the JSON-LD Person, once from the h-card
    assert [b.text for b in collected.profile.blocks if b.hint == "name"] == ["Zoë Example", "Zoë Example"]


def test_json_ld_person_and_h_card_fields_carry_hints():
    hinted = {(b.hint, b.text) for b in read().profile.blocks if b.hint}
    assert hinted == {("date_of_birth", "1985-11-02"), ("birthplace", "Carlisle"), ("home_location", "Penrith"),
                      ("home_location", "CA11 9ZZ"), ("family", "Rhodri Example"), ("name", "Zoë Example"),
                      ("employer", "Cumbria Constabulary"), ("email", "zoe.pots@example.org"),
                      ("phone", "07700 900987"), ("phone", "07700900987")}


def test_visible_text_captions_alts_and_links():
    profile = read().profile
    # scripts are not text, the nav is furniture, the h-card's loose text runs together as one block
    assert [(b.field, b.text) for b in profile.blocks if b.field in ("page", "caption", "image_alt")] == [
        ("page", "About me"),
        ("page", "I throw pots in a shed at the bottom of the garden."),
        ("page", "Zoë Example 2 November Penrith e-mail 07700 900987"),
        ("page", "My kiln, with Rhodri"),
        ("caption", "Firing day in Keswick"),
        ("page", "Mastodon Call"),
        ("image_alt", "My kiln, with Rhodri"),
    ]
    assert [(link.url, link.rel) for link in profile.links] == [
        ("https://www.instagram.com/zoe.pots.example/", "me"), ("https://zoe.example/", ""),
        ("https://fedi.example/@zoepots", "me")]


def test_findings_from_the_page():
    found = {(f.category, f.value) for f in detect(read().profile)}
    # not Keswick: a caption is not where she lives
    assert found == {("date_of_birth", "1985-11-02"), ("birthplace", "Carlisle"), ("home_location", "Penrith"),
                     ("home_location", "CA11 9ZZ"), ("family", "spouse: Rhodri Example"),
                     ("police_affiliation", "Cumbria Constabulary"), ("email_address", "zoe.pots@example.org"),
                     ("phone_number", "+447700900987"), ("linked_account", "https://fedi.example/@zoepots"),
                     ("linked_account", "https://www.instagram.com/zoe.pots.example/")}


def test_statuses_over_http():
    http = offline_http({"https://gone.example/": answer(404, "no"),
                         "https://bin.example/": answer(200, b"\x89PNG", "image/png"),
                         "https://empty.example/": answer(200, "<html><body></body></html>"),
                         "https://deny.example/": answer(403, "go away")})
    c = GenericCollector()
    assert c.collect("https://gone.example/", http).status is Status.NOT_FOUND
    assert c.collect("https://bin.example/", http).status is Status.ERROR
    empty = c.collect("https://empty.example/", http)
    assert empty.status is Status.ERROR and "not recognised" in empty.detail
    assert c.collect("https://deny.example/", http).status is Status.BLOCKED


def test_deeply_nested_page_is_refused_quickly():
    body = b"<html><body>" + b"<div>" * 5000 + b"x" + b"</div>" * 5000 + b"</body></html>"
    collected = GenericCollector().read_saved(body, URL)
    assert collected.status is Status.ERROR and "nests too deeply" in collected.detail


def test_broken_json_ld_is_skipped_not_fatal():
    page = b"<html><head><script type='application/ld+json'>{not json</script></head><body><p>Hello</p></body></html>"
    collected = GenericCollector().read_saved(page, URL)
    assert collected.status is Status.OK and "Hello" in [b.text for b in collected.profile.blocks]


def test_comment_threads_and_partner_boxes_are_not_the_owners_words():
    page = (b"<html><body><article><p>Walked the ridge with my son Finlay.</p></article>"
            b"<section id='comments'><p>Lovely! Doing it with my nephew next month.</p></section>"
            b"<aside class='partners'><p>Foyle Physio, 1 Main Street</p></aside></body></html>")
    blocks = GenericCollector().read_saved(page, URL).profile.blocks
    own = {b.text: b.own for b in blocks if b.field == "page"}
    assert own["Walked the ridge with my son Finlay."] is True
    assert own["Lovely! Doing it with my nephew next month."] is False
    assert own["Foyle Physio, 1 Main Street"] is False


@pytest.mark.parametrize("marked", ["comments-closed", "no-comments", "comments_off"])
def test_a_closed_comments_box_is_the_owners_notice(marked):
    """A comments box marked closed or empty holds no one's comment: the author's own note there
    ("write to me instead") is theirs; an open one's comments are not."""
    page = (f"<html><body><article><p>Ten miles of towpath today.</p></article>"
            f"<div class='{marked}'><p>Comments are off here, write to me instead.</p></div>"
            f"<div class='comments-area'><p>Great read, thanks!</p></div></body></html>").encode()
    own = {b.text: b.own for b in GenericCollector().read_saved(page, URL).profile.blocks if b.field == "page"}
    assert own["Comments are off here, write to me instead."] is True
    assert own["Great read, thanks!"] is False


def test_schema_org_microdata_person():
    page = b"""<html><body><div itemscope itemtype="https://schema.org/Person">
      <h1 itemprop="name">Ash Example</h1>
      <p>Born <time itemprop="birthDate" datetime="1990-05-06">6 May 1990</time></p>
      <div itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">
        <span itemprop="addressLocality">Lincoln</span> <span itemprop="postalCode">LN1 9ZZ</span></div>
      <a itemprop="email" href="mailto:ash@example.com">e-mail</a>
      <span itemprop="telephone">07700 900432</span>
      <span itemprop="worksFor" itemscope itemtype="https://schema.org/Organization">
        <span itemprop="name">Lincolnshire Police</span></span>
    </div></body></html>"""
    found = {(f.category, f.value) for f in detect(GenericCollector().read_saved(page, URL).profile)}
    assert {("date_of_birth", "1990-05-06"), ("home_location", "Lincoln"), ("home_location", "LN1 9ZZ"),
            ("email_address", "ash@example.com"), ("phone_number", "+447700900432"),
            ("police_affiliation", "Lincolnshire Police")} <= found


WORDPRESS = "https://sam-example.example/blog/"


def test_h_cards_are_read_from_their_own_subtrees_on_a_page_with_old_microformat_classes():
    """hfeed/hentry/vcard markup (WordPress): mf2py reads only the distinct h-card subtrees,
    with the same findings as when it was given the whole page (and the post bylines' identical
    author vcard read once, not once per post)."""
    soup = soup_of(capture("generic", "wordpress_hcard.html"))
    assert [" ".join(r.get("class") or []) for r in hcard_roots(soup)] == [
        "author vcard", "author vcard", "p-location h-card", "widget widget_about h-card", "widget vcard"]
    profile = GenericCollector().read_saved(capture("generic", "wordpress_hcard.html"), WORDPRESS).profile
    hcard = sorted((b.text, b.hint, b.label) for b in profile.blocks if (b.label or "").startswith("h-card"))
    assert hcard == sorted([
        ("Sam Example", "name", "h-card name"), ("Sam Example", "name", "h-card name"),
        ("Sam Example", "name", "h-card name"),
        ("Keighley Runners", "employer", "h-card org"), ("1979-09-14", "date_of_birth", "h-card bday"),
        ("Keighley", "home_location", "h-card locality"), ("Keighley", "home_location", "h-card locality"),
        ("West Yorkshire", "home_location", "h-card region"), ("BD21 1AA", "home_location", "h-card postal-code"),
        ("sam@sam-example.example", "email", "h-card email"), ("07700 900321", "phone", "h-card tel"),
        ("Example Allotment Society", "employer", "h-card org"),
        ("Example Allotment Society", "name", "h-card name"),
        ("Allotment holder, parkrunner and retired PCSO.", None, "h-card note"),
        ("Hillside Allotments", "name", "h-card name"),
    ])
    assert {(f.category, f.value) for f in detect(profile)} == {
        ("date_of_birth", "1979-09-14"), ("email_address", "sam@sam-example.example"), ("family", "father"),
        ("home_location", "BD21 1AA"), ("home_location", "Keighley"),
        ("phone_number", "+447700900321"), ("police_affiliation", "police")}


def test_h_cards_of_commenters_are_not_read_as_the_owners():
    """A comment's author vcard is someone else's (and a busy blog has thousands of them)."""
    page = (b"<html><body><aside class='h-card'><span class='p-name'>Sam Example</span></aside>"
            b"<ol class='comment-list'><li class='comment'><div class='comment-author vcard'>"
            b"<b class='fn'>Pat Reader</b> <span class='locality'>Skipton</span></div></li>"
            b"<li><div class='vcard'><b class='fn'>Lee Reader</b></div></li></ol>"
            b"<div id='related-posts'><span class='h-card'><span class='p-name'>Alex Other</span></span></div>"
            b"</body></html>")
    soup = soup_of(page)
    assert [r.get_text(" ", strip=True) for r in hcard_roots(soup)] == ["Sam Example"]
    profile = GenericCollector().read_saved(page, WORDPRESS).profile
    assert [(b.text, b.label) for b in profile.blocks if (b.label or "").startswith("h-card")] == [
        ("Sam Example", "h-card name")]


def test_a_page_without_h_cards_never_reaches_mf2py(monkeypatch):
    import mf2py

    def refuse(*args, **kwargs):
        raise AssertionError("mf2py was called on a page with no h-card")

    monkeypatch.setattr(mf2py, "parse", refuse)
    page = b"<html><body class='hfeed'><article class='hentry'><p>I live in Leeds.</p></article></body></html>"
    profile = GenericCollector().read_saved(page, WORDPRESS).profile
    assert [(b.text, b.field) for b in profile.blocks] == [("I live in Leeds.", "page")]


def test_inline_markup_inside_a_word_does_not_hide_a_finding():
    page = (b"<html><body><main><p>Born 3<sup>rd</sup> May 1990 and still going.</p>"
            b"<p>Matchday again at St Andrew<span>'s</span> with the lads #<span>BCFC</span></p></main></body></html>")
    profile = GenericCollector().read_saved(page, URL).profile
    assert [b.text for b in profile.blocks if b.field == "page"] == [
        "Born 3rd May 1990 and still going.", "Matchday again at St Andrew's with the lads #BCFC"]
    assert {(f.category, f.value) for f in detect(profile)} == {("date_of_birth", "1990-05-03"),
                                                                ("football_team", "Birmingham City")}


def test_a_saved_page_is_parsed_once_to_recognise_and_read_it(monkeypatch):
    import collectors
    from collectors.html import fast, parse
    from collectors.saved import read_saved_file

    parsed: list[tuple[str, bytes]] = []
    real, real_fast = parse._parse, fast._parse
    monkeypatch.setattr(parse, "_parse", lambda body, charset: parsed.append(("soup", body)) or real(body, charset))
    monkeypatch.setattr(fast, "_parse", lambda body, charset: parsed.append(("lxml", body)) or real_fast(body, charset))
    body = capture("generic", "site.html")
    chosen = collectors.pick_for_saved(body, None, "file:///tmp/site.html")
    collected = read_saved_file(body, "file:///tmp/site.html", chosen)
    # a page no platform shows signs of is read from lxml's tree, never built with BeautifulSoup
    assert (chosen.name, collected.status, parsed) == ("website", Status.OK, [("lxml", body)])
    # the tree is handed over once: reading the same bytes again parses them again
    read_saved_file(body, "file:///tmp/site.html", chosen)
    assert parsed == [("lxml", body), ("lxml", body)]
    # a page that shows a platform's signs is built with BeautifulSoup once, to judge it and read it
    parsed.clear()
    body = capture("github", "profile.html")
    chosen = collectors.pick_for_saved(body, None, "file:///tmp/profile.html")
    collected = read_saved_file(body, "file:///tmp/profile.html", chosen)
    assert (chosen.name, collected.status, parsed) == ("github", Status.OK, [("lxml", body), ("soup", body)])


def test_marks_gather_what_recognising_a_platform_looks_for_in_one_pass():
    from collectors.html import marks

    soup = soup_of(b"<!-- saved from url=(0042)https://www.example.com/ --><html><head>"
                   b"<link rel='canonical' href='https://jo.example/'><script id='data'>{}</script></head>"
                   b"<body><div id='main' class='a b' data-testid='UserName'><p id='main'>x</p></div>"
                   b"<shreddit-app></shreddit-app><!-- two --></body></html>")
    found = marks(soup)
    assert {k: [el.name for el in v] for k, v in found.ids.items()} == {"data": ["script"], "main": ["div", "p"]}
    assert (found.classes, found.testids) == ({"a", "b"}, {"UserName"})
    assert found.tags == {"html", "head", "link", "script", "body", "div", "p", "shreddit-app"}
    assert found.attrs == {"rel", "href", "id", "class", "data-testid"}
    assert ([link["href"] for link in found.links], [s["id"] for s in found.scripts]) == (
        ["https://jo.example/"], ["data"])
    assert found.comments == (" saved from url=(0042)https://www.example.com/ ", " two ")
    assert marks(soup) is found


def test_json_ld_skips_a_script_removed_after_the_marks_were_gathered():
    from collectors.html import json_ld, marks

    soup = soup_of(b'<html><head><script type="application/ld+json">{"@type": "Person", "name": "Jo Example"}'
                   b'</script><script type="application/ld+json">{"@type": "Thing"}</script></head></html>')
    assert len(marks(soup).scripts) == 2
    soup.find("script").decompose()
    assert json_ld(soup) == [{"@type": "Thing"}]
