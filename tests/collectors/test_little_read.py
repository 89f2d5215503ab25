"""A profile read as no more than a name and handle says so in its source detail."""

from __future__ import annotations

import pytest

from collectors.base import LITTLE_READ_NOTE, LOGGED_IN_NOTE, ok
from footprint.models import Profile, Status


def profile(*blocks: tuple[str, str], links: tuple[str, ...] = ()) -> Profile:
    p = Profile(url="https://social.example/@vik", platform="generic")
    for field, text in blocks:
        p.add(text, field)
    for url in links:
        p.add_link(url)
    return p


@pytest.mark.parametrize("p", [
    profile(("name", "Vik Anand")),
    profile(("username", "vik_anand")),
    profile(("name", "Vik Anand"), ("username", "vik_anand")),
])
def test_name_and_handle_only_is_little(p):
    got = ok(p)
    assert got.status is Status.OK
    assert got.detail == f"{LITTLE_READ_NOTE}; {LOGGED_IN_NOTE}"


@pytest.mark.parametrize("p", [
    profile(("name", "Vik Anand"), ("bio", "Allotment, bees and bad puns")),
    profile(("username", "vik_anand"), ("location", "Kendal")),
    profile(("username", "vik_anand"), ("post", "First hive inspection of the year")),
    profile(("name", "Vik Anand"), links=("https://vik.example",)),
])
def test_anything_more_is_not_little(p):
    assert ok(p).detail == LOGGED_IN_NOTE
