"""Issue 12, round eleven: the date a blog page gives itself ("Posted on ...") is worked out once per page, not
once per block of it (which read the whole page again for each: quadratic on a long page). A detector asked about
several pages still dates each by its own line, whichever it read before. Every sentence is new writing."""

from __future__ import annotations

import pytest

from footprint.detect.dob import DateOfBirthDetector
from footprint.facts import Facts
from footprint.models import Profile

PAGES = [
    ("Posted on 4 May 2026 by Kit", "I turned 40 on the 2nd, a quiet one with a curry and the cricket on.", "1986-05-02"),
    ("Published 20 November 2025", "I turned 40 on the 2nd, a quiet one with a curry and the cricket on.", "1985-11-02"),
    # no dated line: the age reached on "the 2nd" gives no date
    ("Lemon drizzle, take three", "I turned 40 on the 2nd, a quiet one with a curry and the cricket on.", None),
]


def _page(line: str, text: str) -> Profile:
    profile = Profile(url="https://blog.example/", platform="website")
    profile.add(line, "page")
    profile.add(text, "page")
    return profile


def test_one_detector_dates_each_page_by_its_own_line_in_any_order():
    detector = DateOfBirthDetector()
    pages = [(_page(line, text), dob) for line, text, dob in PAGES]
    for profile, dob in pages + pages[::-1]:
        assert {h.value for h in detector.detect(profile, Facts())} == ({dob} if dob else set())


@pytest.mark.parametrize("line,text,dob", PAGES)
def test_a_fresh_detector_agrees(line, text, dob):
    assert {h.value for h in DateOfBirthDetector().detect(_page(line, text), Facts())} == ({dob} if dob else set())
