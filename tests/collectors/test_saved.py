"""footprint scan on data exports and text files, not only saved web pages."""

from __future__ import annotations

from collectors.generic import GenericCollector
from collectors.saved import parse_export, read_saved_file
from footprint.detect import detect
from footprint.models import Status
from tests.conftest import capture

URL = "https://www.facebook.com/rowan.example"


def findings(body: bytes) -> set[tuple[str, str]]:
    collected = read_saved_file(body, URL, GenericCollector())
    assert collected.status is Status.OK
    return {(f.category, f.value) for f in detect(collected.profile)}


def test_a_facebook_style_export_is_read_field_by_field():
    found = findings(capture("saved", "facebook_profile_information.json"))
    assert {("date_of_birth", "1989-07-23"), ("home_location", "Wrexham"), ("birthplace", "Rhyl"),
            ("email_address", "rowan.example@example.com"), ("phone_number", "+447700900234"),
            ("family", "daughter: Carys Example"), ("family", "spouse: Dylan Example"),
            ("police_affiliation", "North Wales Police"), ("football_team", "Wrexham")} <= found


def test_an_x_archive_file_wrapped_in_javascript():
    body = capture("saved", "x_account.js")
    assert parse_export(body)[0]["account"]["username"] == "rowan_example"
    assert ("email_address", "rowan.tweets@example.org") in findings(body)


def test_a_plain_text_file():
    found = findings(capture("saved", "notes.txt"))
    assert ("police_affiliation", "police") in found
    assert any(cat == "family" for cat, _ in found)


def test_an_empty_or_unreadable_file_says_so():
    collected = read_saved_file(b"   ", URL, GenericCollector())
    assert collected.status is Status.ERROR
    assert parse_export(b"{broken") is None
