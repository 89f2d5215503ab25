"""footprint scan on data exports and text files, not only saved web pages."""

from __future__ import annotations

from collectors.generic import GenericCollector
from collectors.saved import parse_export, read_saved_file
from footprint.detect import detect
from footprint.models import Link, Status, TextBlock
from tests.conftest import capture

URL = "https://www.facebook.com/rowan.example"


def findings(body: bytes) -> set[tuple[str, str]]:
    collected = read_saved_file(body, URL, GenericCollector())
    assert collected.status is Status.OK
    return {(f.category, f.value) for f in detect(collected.profile)}


def test_a_facebook_style_export_is_read_field_by_field():
    found = findings(capture("saved", "facebook_profile_information.json"))
    assert found == {("date_of_birth", "1989-07-23"), ("home_location", "Wrexham"), ("birthplace", "Rhyl"),
                     ("email_address", "rowan.example@example.com"), ("phone_number", "+447700900234"),
                     ("family", "daughter: Carys Example"), ("family", "spouse: Dylan Example"),
                     ("police_affiliation", "North Wales Police"),
                     ("football_team", "Wrexham")}


def test_an_x_archive_file_wrapped_in_javascript():
    body = capture("saved", "x_account.js")
    assert parse_export(body)[0]["account"]["username"] == "rowan_example"
    assert findings(body) == {("email_address", "rowan.tweets@example.org")}


def test_a_plain_text_file():
    assert findings(capture("saved", "notes.txt")) == {("police_affiliation", "police"),
                                                        ("family", "relative: Carys")}


def test_an_empty_or_unreadable_file_says_so():
    collected = read_saved_file(b"   ", URL, GenericCollector())
    assert collected.status is Status.ERROR
    assert parse_export(b"{broken") is None


README = b"""<p align="center"><img alt="Sam's banner" src="banner.png"></p>

# About me

I live in <em>Leeds</em> with my wife **Jo**.

Read [my blog](https://sam.example/) or find me on [Mastodon](https://mastodon.example/@sam_example).

- Email: <sam@example.com>
- Runs: https://www.strava.com/athletes/123456
"""


def test_markdown_is_read_as_text_and_its_links_as_links():
    collected = read_saved_file(README, "file:///home/sam/about.md", GenericCollector())
    assert collected.status is Status.OK
    assert [(b.text, b.field, b.hint) for b in collected.profile.blocks] == [
        ("Sam's banner", "text", None),
        ("About me", "text", None),
        ("I live in Leeds with my wife Jo.", "text", None),
        ("Read my blog or find me on Mastodon.", "text", None),
        ("Email: sam@example.com", "text", None),
        ("sam@example.com", "link", "email"),
        ("Runs: https://www.strava.com/athletes/123456", "text", None),
    ]
    # a link to a profile on a platform footprint knows is one of the owner's accounts
    assert collected.profile.links == [Link("https://sam.example/", "my blog", ""),
                                       Link("https://mastodon.example/@sam_example", "Mastodon", "me"),
                                       Link("https://www.strava.com/athletes/123456", "", "me")]
    assert {(f.category, f.value) for f in detect(collected.profile)} == {
        ("home_location", "Leeds"), ("family", "wife: Jo"), ("email_address", "sam@example.com"),
        ("linked_account", "https://mastodon.example/@sam_example"),
        ("linked_account", "https://www.strava.com/athletes/123456")}


def test_a_text_file_keeps_its_lines_and_loses_its_markup():
    body = b"Name: Sam Example\nLives in: <b>Leeds</b>\n\nMy site https://sam.example/."
    profile = read_saved_file(body, "file:///home/sam/notes.txt", GenericCollector()).profile
    assert profile.blocks == [TextBlock("Name: Sam Example\nLives in: Leeds", "text"),
                              TextBlock("My site https://sam.example/.", "text")]
    assert profile.links == [Link("https://sam.example/", "", "")]


def test_a_file_not_named_as_text_that_starts_with_html_is_a_web_page():
    profile = read_saved_file(README, "https://sam.example/about", GenericCollector()).profile
    assert [(b.text, b.field) for b in profile.blocks] == [
        ("Sam's banner", "page"),
        ("# About me I live in Leeds with my wife **Jo**. Read [my blog](https://sam.example/) or find me on "
         "[Mastodon](https://mastodon.example/@sam_example). - Email: - Runs: https://www.strava.com/athletes/123456",
         "page"),
        ("Sam's banner", "image_alt")]
