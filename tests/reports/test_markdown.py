"""The Markdown report escapes scraped text: no raw HTML, no javascript: links, whatever the page said."""

from __future__ import annotations

from bs4 import BeautifulSoup
from hypothesis import given
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from footprint.sanitize import clean
from reports import markdown
from tests.reports.corpus import demo_result
from tests.reports.hostile import hostile_result, payloads

# CommonMark with raw HTML allowed and bare URLs linked: the most a Markdown viewer would do
MD = MarkdownIt("commonmark", {"html": True, "linkify": False}).enable("table")
SAFE_TAGS = {"h1", "h2", "h3", "p", "ul", "ol", "li", "strong", "em", "blockquote", "table", "thead", "tbody", "tr",
             "th", "td", "a"}


def shown(md: str) -> BeautifulSoup:
    return BeautifulSoup(MD.render(md), "html.parser")


def test_hostile_text_is_shown_as_text_and_never_becomes_markup():
    page = shown(markdown.render(hostile_result(), verbose=True))
    assert {t.name for t in page.find_all(True)} <= SAFE_TAGS
    assert [a["href"] for a in page.find_all("a")] == [
        "https://www.instagram.com/sam.hostile/",
        "http://127.0.0.1:9/profile%22onmouseover=%22document.documentElement.setAttribute%28'data-pwned','href'%29"]
    assert [t for t in page.find_all(True) if any(k.startswith("on") for k in t.attrs)] == []
    text = " ".join(page.get_text(" ").split())
    for payload in payloads("http://127.0.0.1:9"):
        assert " ".join(payload.split()) in text


def test_the_demo_renders_with_its_structure():
    page = shown(markdown.render(demo_result(), demo=True))
    assert [h.get_text() for h in page.find_all("h2")][:2] == ["Summary", "Do these first"]
    assert page.find_all("h2")[-1].get_text() == "What next"
    assert page.find("blockquote").get_text(" ", strip=True).startswith("This is a demonstration")


@given(st.text())
def test_any_text_escaped_reads_back_as_itself(text):
    page = shown(markdown.esc(text))
    expected = " ".join(clean(text).split())
    assert {t.name for t in page.find_all(True)} <= {"p"}
    assert page.get_text() .strip() == expected.strip()
