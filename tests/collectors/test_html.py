"""The one HTML-to-text extractor, page blocks, meta tags: exact text for each kind of markup."""

from __future__ import annotations

import pytest

from collectors import html as H

TEXT_CASES = [
    # inline elements run together, as on screen
    ("<p>Born 3<sup>rd</sup> May 1990</p>", "Born 3rd May 1990"),
    ("<p>Season ticket at St Andrew<span>'s</span> since 2003 #<span>BCFC</span></p>",
     "Season ticket at St Andrew's since 2003 #BCFC"),
    ("<p>I live in <em>Leeds</em>, near <a href='https://x.example'>Headingley</a>.</p>",
     "I live in Leeds, near Headingley."),
    ("<p>Sam<b>Example</b><i>Smith</i></p>", "SamExampleSmith"),
    ("<p>Met my <strong>wife</strong> <u>Jo</u> in 2010</p>", "Met my wife Jo in 2010"),
    ('<p><a href="https://b.example/about"><span class="invisible">https://</span>'
     '<span class="ellipsis">b.example/</span><span class="invisible">about</span></a></p>',
     "https://b.example/about"),
    ("<p>Phone 07700<span>&nbsp;</span>900123</p>", "Phone 07700 900123"),
    ("<p>Sam\u200bExample</p>", "SamExample"),
    # white space in the source is one space
    ("<p>  Sam\n   Example \t </p>", "Sam Example"),
    # blocks and <br> break the line; paragraphs stand apart
    ("<p>Line one<br>Line two</p>", "Line one\nLine two"),
    ("<p>First para.</p><p>Second para.</p>", "First para.\n\nSecond para."),
    ("<h2>About</h2><p>Hi there</p>", "About\n\nHi there"),
    ("<div><div>Name</div><div>Sam</div></div>", "Name\nSam"),
    ("<ul><li>Leeds</li><li>York</li></ul>", "Leeds\nYork"),
    ("<dl><dt>Born</dt><dd>Hull</dd></dl>", "Born\nHull"),
    ("<table><tr><td>Born</td><td>Hull</td></tr><tr><th>Lives</th><td>Leeds</td></tr></table>",
     "Born Hull\nLives Leeds"),
    ("<p>a</p><br><br><br><p>b</p>", "a\n\nb"),
    ("<pre>one\n  two</pre>", "one\ntwo"),
    # image alt text (emoji) is kept
    ('<p>Up the <img alt="⚽" src="e.png"> Blues <img src="spacer.gif"></p>', "Up the ⚽ Blues"),
    ('<p>Proud <img alt="👮‍♀️" src="e.png">!</p>', "Proud 👮‍♀️!"),
    # never read: scripts, styles, comments, hidden elements
    ("<p>Visible<script>var x = 'secret';</script><style>p{color:red}</style> text</p>", "Visible text"),
    ("<p>Keep<!-- a comment --> this</p>", "Keep this"),
    ("<p>Shown <span hidden>gone</span>here</p>", "Shown here"),
    ('<p>Call <span aria-hidden="true">icon</span>me</p>', "Call me"),
    ('<p>Call <span aria-hidden="false">now</span></p>', "Call now"),
    ('<p>Lives in <span style="display: none">Nowhere</span>Leeds</p>', "Lives in Leeds"),
    ('<p>Lives in <span style="color:red;visibility:hidden">Nowhere</span>Leeds</p>', "Lives in Leeds"),
    ("<div>Pick<select><option>January</option><option>February</option></select></div>", "Pick"),
    ("<noscript>Enable JavaScript</noscript><p>Bio</p>", "Bio"),
    # plain text: lines kept, entities decoded
    ("Fish &amp; chips\nin   Hull", "Fish & chips\nin Hull"),
    ("Born 3 May 1990", "Born 3 May 1990"),
    ("", ""),
]


@pytest.mark.parametrize(("markup", "expected"), TEXT_CASES)
def test_text(markup, expected):
    assert H.text(markup) == expected


@pytest.mark.parametrize(("markup", "expected"), [
    ("<p>One</p><p>Two<br>Three</p>", "One Two Three"),
    ("<ul><li>Leeds</li><li>York</li></ul>", "Leeds York"),
    ("<p>Born 3<sup>rd</sup> May</p>", "Born 3rd May"),
])
def test_line(markup, expected):
    assert H.line(markup) == expected


def test_an_element_is_read_even_when_it_is_itself_hidden():
    soup = H.soup_of(b'<div><span aria-hidden="true">Senior <b>Analyst</b></span></div>')
    assert H.text(soup.find("span")) == "Senior Analyst"
    assert H.text(soup.find("div")) == ""
    assert H.text(None) == ""


def test_pre_keeps_the_line_breaks_of_the_text_itself():
    soup = H.soup_of(b"<div>Line one\nLine two <img alt='\xf0\x9f\x90\xb6'></div>")
    assert H.text(soup.div, pre=True) == "Line one\nLine two \U0001f436"
    assert H.text(soup.div) == "Line one Line two \U0001f436"


PAGE = b"""<html><head><title>Sam</title></head><body>
<nav>Home About</nav>
<h1>Sam Example</h1>
<p>Born 3<sup>rd</sup> May 1990</p>
<div>Loose <b>bold</b> words<p>Inner para</p>tail</div>
<h2>Our <em>dog</em></h2>
<figure><figcaption>Rex on the beach</figcaption></figure>
<section id="comments"><h3>Comments</h3><p>Great post!</p></section>
<form><label>Email</label><input name="e"></form>
<footer>12 Example Street</footer>
</body></html>"""


def test_blocks_of_a_page():
    assert list(H.blocks(H.soup_of(PAGE))) == [
        H.Block("Sam Example", "page", "Sam Example", True),
        H.Block("Born 3rd May 1990", "page", "Sam Example", True),
        H.Block("Loose bold words", "page", "Sam Example", True),
        H.Block("Inner para", "page", "Sam Example", True),
        H.Block("tail", "page", "Sam Example", True),
        H.Block("Our dog", "page", "Our dog", True),
        H.Block("Rex on the beach", "caption", "Our dog", True),
        H.Block("Comments", "page", "Comments", False),
        H.Block("Great post!", "page", "Comments", False),
        H.Block("12 Example Street", "page", "Comments", True),
    ]


def test_a_heading_inside_a_list_item_is_the_heading_of_what_follows():
    page = b"<ul><li><h3>Work</h3>Example Ltd</li></ul><p>Since 2010</p>"
    assert list(H.blocks(H.soup_of(page))) == [
        H.Block("Work\n\nExample Ltd", "page", "Work", True),
        H.Block("Since 2010", "page", "Work", True),
    ]


def test_meta_takes_names_in_order_and_skips_empty_content():
    soup = H.soup_of(b'<head><meta property="og:title" content=""><meta name="og:title" content="Sam">'
                     b'<meta name="description" content="About Sam"><meta itemprop="name" content="S. E."></head>')
    assert H.meta(soup, "og:title") == "Sam"
    assert H.meta(soup, "twitter:title", "description", "og:title") == "About Sam"
    assert H.meta(soup, "name") == "S. E."
    assert H.meta(soup, "og:image") is None
