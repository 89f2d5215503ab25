"""The generic reader on lxml's tree reads every page as the BeautifulSoup reader does, and a page a
platform recognises always shows that platform's signs."""

from __future__ import annotations

import re
from dataclasses import asdict
from pathlib import Path

import pytest

import collectors
from collectors.generic import read_page
from collectors.html import fast, soup_of
from footprint.http import Response
from footprint.models import Profile

CAPTURES = sorted(p for p in (Path(__file__).resolve().parent.parent / "captures").rglob("*.htm*"))
URL = "https://jo.example/about/"


def by_soup(body: bytes) -> Profile:
    profile = Profile(url=URL, platform="website")
    read_page(soup_of(body), Response(url=URL, status=200, headers={"content-type": "text/html"}, body=body), profile)
    return profile


def by_lxml(body: bytes) -> Profile:
    profile = Profile(url=URL, platform="website")
    root = fast.tree_of(body)
    assert root is not None
    fast.read_page(root, URL, profile)
    return profile


def read(profile: Profile) -> tuple[list[dict], list[dict]]:
    return [asdict(b) for b in profile.blocks], [asdict(link) for link in profile.links]


@pytest.mark.parametrize("path", CAPTURES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_capture_reads_the_same_from_lxml_as_from_beautifulsoup(path):
    body = path.read_bytes()
    assert read(by_lxml(body)) == read(by_soup(body))


@pytest.mark.parametrize("path", CAPTURES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_a_platform_that_recognises_a_capture_finds_its_signs(path):
    body = path.read_bytes()
    soup, shown = soup_of(body), fast.signs(fast.tree_of(body))
    recognised = {c.name for c in collectors.COLLECTORS if collectors.judges(c) and c.recognises(soup)}
    signed = {c.name for c in collectors.COLLECTORS
              if collectors.judges(c) and re.search(collectors.SIGNS[type(c).__module__], shown, re.M)}
    assert recognised - signed == set()


def test_every_platform_that_recognises_pages_declares_its_signs():
    judging = [type(c).__module__ for c in collectors.COLLECTORS if collectors.judges(c)]
    assert sorted(judging) == sorted(collectors.SIGNS)
    assert len(judging) == len(collectors.COLLECTORS) - 1          # all but the generic reader


PAGE = (b"<!-- saved from url=(0024)https://jo.example/ --><html><head><title>Jo\n / Home</title>"
        b'<meta property="og:site_name" content="Jo\'s\nsite"></head><body>'
        b'<div class="intro">Hi, I\'m <b>Jo</b><!-- not text -->, from <i>Leeds</i>.<br>Born 3<sup>rd</sup> May'
        b'<pre>  two\n  lines</pre><span hidden>secret</span> after'
        b'<img alt="a  kiln">tail</div><p>One</p>loose<ul><li>a</li><li>b</li></ul>'
        b'<section class="comments"><p>Great post</p></section>'
        b'<table><tr><td>x</td><td>y</td></tr></table><script>var x = 1;</script></body></html>')


def test_a_page_with_comments_tails_breaks_and_hidden_parts_reads_the_same():
    blocks, _ = read(by_lxml(PAGE))
    assert blocks == read(by_soup(PAGE))[0]
    # (an image's alt text runs into the words either side, as it does from BeautifulSoup's tree)
    assert [(b["text"], b["own"]) for b in blocks if b["field"] == "page"] == [
        ("Hi, I'm Jo, from Leeds.\nBorn 3rd May", True), ("two\nlines", True), ("aftera kilntail", True),
        ("One", True), ("loose", True), ("a", True), ("b", True), ("Great post", False), ("x", True), ("y", True)]


def test_signs_are_lines_of_what_recognising_reads():
    # each distinct line once
    assert sorted(fast.signs(fast.tree_of(PAGE)).split("\n")) == [
        "class=comments", "class=intro", "comment= not text ", "comment= saved from url=(0024)https://jo.example/ ",
        "meta og:site_name=jo's site", "script id= var x = 1;", "tag=b", "tag=body", "tag=br", "tag=div",
        "tag=head", "tag=html", "tag=i", "tag=img", "tag=li", "tag=meta", "tag=p", "tag=pre", "tag=script",
        "tag=section", "tag=span", "tag=sup", "tag=table", "tag=td", "tag=title", "tag=tr", "tag=ul",
        "title=jo  / home"]


def test_a_page_without_a_body_reads_the_same():
    page = b"<html><head><title>Only a title</title><meta name=description content='About Jo'></head></html>"
    assert read(by_lxml(page)) == read(by_soup(page))
    assert [b.text for b in by_lxml(page).blocks] == ["Only a title", "About Jo"]


def test_a_page_deeper_than_lxml_keeps_is_left_to_beautifulsoup():
    deep = b"<html><body>" + b"<div>" * 300 + b"x" + b"</div>" * 300 + b"</body></html>"
    assert fast.tree_of(deep) is None
    assert fast.tree_of(b"<html><body>" + b"<div>" * 150 + b"x" + b"</div>" * 150 + b"</body></html>") is not None


LISTING = b"""<html><body><main><h1>Oak high chair, VGC</h1>
<p>Collection from Radyr. Ring or text Carys on 07700 900620 after 6pm.</p>
<div class="seller"><span>Carys</span><div class="contact"><button class="reveal">07700 900620</button><a href="/reply/5">Send message</a></div>
<p>Price <button>Make offer</button>or swap</p></div></main></body></html>"""


@pytest.mark.parametrize("reader", [by_soup, by_lxml], ids=["soup", "lxml"])
def test_a_button_is_parted_from_the_text_beside_it(reader):
    """A button is drawn as a box of its own: its words are not run into the link or text beside
    it ("07700 900620Send message" hides the number)."""
    assert [b.text for b in reader(LISTING).blocks if b.field == "page"] == [
        "Oak high chair, VGC",
        "Collection from Radyr. Ring or text Carys on 07700 900620 after 6pm.",
        "Carys",
        "07700 900620 Send message",
        "Price Make offer or swap",
    ]


def test_post_authors_are_found_alike_on_both_trees():
    """lxml's own search for a post's author name (authors._lxml_holder) gives what the walk on
    BeautifulSoup's tree gives: the first 301 elements of a post searched, not entering quotes or
    other posts, the best-ranked name first."""
    from collectors.html.authors import is_post, post_author

    def post(inner: str) -> str:
        return f'<div class="post">{inner}<p>words</p></div>'

    page = "".join([
        post("<span></span>" * 300 + '<span class="username">Al Example</span>'),      # its 301st element
        post("<i></i>" * 301 + '<span class="username">Bo Example</span>'),            # its 302nd: not searched
        post('<blockquote><span class="username">Cy Example</span></blockquote><span class="author">Di Example</span>'),
        post('<div class="comment"><b class="username">Ed Example</b></div><span class="poster">Fa Example</span>'
             '<span class="nick">Gi Example</span>'),
        post('<div class="author vcard"><a class="url fn" href="/u/hu">Hu Example</a></div>'
             '<span class="username">Ik Example</span>'),
        post('<div class="quote-box"><b class="username">Jo Example</b></div><a itemprop="author">Ka Example</a>'),
    ])
    body = f"<html><body>{page}</body></html>".encode()
    soup = soup_of(body)
    root = fast.tree_of(body)
    assert root is not None
    by_lxml = [post_author(el) for el in root.iter("div") if is_post(el)]
    by_soup = [post_author(el) for el in soup.find_all("div") if is_post(el)]
    assert by_lxml == by_soup == ["Al Example", None, "Di Example", "Gi Example", "Ed Example", "Ik Example",
                                  "Ka Example"]
