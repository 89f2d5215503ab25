"""Registry-wide contract tests: every collector is declared fully, claims its own example
URL and no other's, and has a test file, a capture and its remediation entries."""

from __future__ import annotations

from pathlib import Path

import pytest

import collectors
from collectors.generic import GenericCollector

TESTS = Path(__file__).parent
PLATFORMS = [c for c in collectors.COLLECTORS if not isinstance(c, GenericCollector)]


def test_generic_is_last_and_names_are_unique():
    assert isinstance(collectors.COLLECTORS[-1], GenericCollector)
    names = [c.name for c in collectors.COLLECTORS]
    assert len(names) == len(set(names))


def test_every_platform_of_the_brief_is_covered():
    names = {c.name for c in collectors.COLLECTORS}
    assert {"facebook", "instagram", "x", "linkedin", "tiktok", "strava", "mastodon", "bluesky", "reddit",
            "github", "youtube", "threads", "linktree", "parkrun", "justgiving", "website"} == names


@pytest.mark.parametrize("collector", collectors.COLLECTORS, ids=lambda c: c.name)
def test_declared_fully(collector):
    assert collector.name and collector.title and collector.example and collector.requests
    assert collector.example.startswith("https://")


@pytest.mark.parametrize("collector", PLATFORMS, ids=lambda c: c.name)
def test_example_matches_only_its_own_pattern(collector):
    assert collector.match(collector.example), collector.example
    others = [o.name for o in PLATFORMS if o is not collector and o.match(collector.example)]
    assert others == []
    assert collectors.find(collector.example) is collector


def test_unclaimed_url_goes_to_the_generic_collector():
    assert collectors.find("https://someone.example/about").name == "website"


@pytest.mark.parametrize(("url", "name"), [
    ("https://mastodon.example/@sam_example", "mastodon"),
    ("https://social.example/users/sam_example", "mastodon"),
    ("https://www.threads.net/@sam.example", "threads"),
    ("https://www.tiktok.com/@sam.example", "tiktok"),
    ("https://www.youtube.com/@SamExample", "youtube"),
    ("https://www.strava.com/@sam_example", "website"),       # a platform's own host, not its profile path
    ("https://www.parkrun.org.uk/@sam_example", "website"),
    ("https://uk.linkedin.com/@sam_example", "website"),
])
def test_platforms_with_hosts_of_their_own_come_before_any_host(url, name):
    assert collectors.find(url).name == name


@pytest.mark.parametrize("collector", PLATFORMS, ids=lambda c: c.name)
def test_every_collector_has_a_test_file_and_a_capture(collector):
    module = type(collector).__module__.rsplit(".", 1)[-1]
    assert (TESTS / "collectors" / f"test_{module}.py").is_file()
    captures = TESTS / "captures" / module
    assert captures.is_dir() and any(captures.iterdir())


def test_by_name_and_aliases():
    assert collectors.by_name("Twitter").name == "x"
    assert collectors.by_name("instagram").name == "instagram"
    assert collectors.by_name("no-such-platform") is None
