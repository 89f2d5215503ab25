"""Registry-wide contract tests: every collector is declared fully, claims its own example
URL and no other's, and has a test file, a capture and its remediation entries."""

from __future__ import annotations

import subprocess
import sys
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


@pytest.mark.parametrize("collector", PLATFORMS, ids=lambda c: c.name)
def test_the_registry_names_each_platform_and_the_hosts_it_claims(collector):
    module, name, words = next(p for p in collectors.PLATFORMS if p[1] == type(collector).__name__)
    assert (module, name) == (type(collector).__module__, type(collector).__name__)
    if words is None:              # a platform on any host
        assert collector.hosts == ()
    else:                          # find() loads it for every host it could claim
        assert [h for h in collector.hosts if not any(w in h for w in words)] == []


def test_a_url_loads_only_the_platforms_whose_hosts_it_could_name():
    code = ("import sys, collectors\n"
            "for url in sys.argv[1:]:\n"
            "    print(collectors.find(url).name, sorted(m for m in sys.modules if m in\n"
            "          [p[0] for p in collectors.PLATFORMS]))\n")
    urls = ["https://jo.example/", "https://www.parkrun.dk/parkrunner/1234567/", "https://uk.linkedin.com/in/jo"]
    done = subprocess.run([sys.executable, "-c", code, *urls], capture_output=True, text=True, timeout=120,
                          cwd=TESTS.parent)
    assert done.stdout.splitlines() == [
        "website ['collectors.mastodon']",
        "parkrun ['collectors.mastodon', 'collectors.parkrun']",
        "linkedin ['collectors.linkedin', 'collectors.mastodon', 'collectors.parkrun']",
    ]


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
