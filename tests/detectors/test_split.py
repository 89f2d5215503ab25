"""Detection of a large page on two cores gives exactly the serial result, and stays serial where it must."""

from __future__ import annotations

import io
import os
import threading
from typing import Any

import pytest

from footprint.detect import detect, detectors, prepared, split
from footprint.detect.base import Detector, Hit
from footprint.facts import Facts
from footprint.models import Finding, Profile, TextBlock

SAID = ["Born and raised in Wakefield, proud Yorkshire lass.", "My hubby Gareth made tea tonight, the kids loved it.",
        "Now living in Harrogate after the move from Leeds.", "Call me on 07700 900456 or email jo@example.com.",
        "Season ticket at Elland Road again this year, up the Whites!", "Our postcode changed to LS6 9ZZ.",
        "Passed out at the training school today, student officer with West Yorkshire Police.",
        "Happy birthday to my nephew Alfie, 12 today!", "Our Evie starts at Oakfield Primary in September."]
FILLER = ["Rain again. Of course it is.", "Spent the afternoon sorting the garden shed, found things I forgot.",
          "Does anyone else find self-checkouts more stressful than queueing?", "Great session at the gym."]


def large_page() -> Profile:
    profile = Profile(url="https://blog.example/", platform="website")
    profile.add("Jo Example", "name")
    for n in range(400):
        profile.add(" ".join([FILLER[n % 4], SAID[n % len(SAID)] if n % 7 == 0 else FILLER[(n + 1) % 4],
                              f"Post {n} of the year."] * 3), "post", date=f"2025-03-{1 + n % 28:02d}")
        profile.add(f"Nice one, said Reader {n}.", "comment", own=False, author=f"Reader {n}")
    assert sum(len(b.text) for b in profile.blocks if b.own) >= split.SPLIT_AT
    return profile


FACTS = Facts(full_name="Jo Example")


def serial(profile: Profile, facts: Facts, monkeypatch: pytest.MonkeyPatch) -> list[Finding]:
    with monkeypatch.context() as m:
        m.setattr(split, "SPLIT_AT", float("inf"))
        return detect(profile, facts)


def counting_forks(monkeypatch: pytest.MonkeyPatch, alone: bool = True) -> list[int]:
    """A count of the forks made. `alone`: as if this process ran no other thread (the suite's keyring tests
    leave one behind, given up on as `footprint.secrets._bounded` does, idle on an event in a fork too) and a
    core were free (the machine running the suite may be busy)."""
    monkeypatch.setattr(split, "core_free", lambda: True)
    if alone:
        monkeypatch.setattr(threading, "active_count", lambda: 1)
    forks: list[int] = []
    real = os.fork

    def fork() -> int:
        forks.append(1)
        return real()

    monkeypatch.setattr(os, "fork", fork)
    return forks


def test_a_large_page_split_over_two_processes_finds_exactly_what_one_finds(monkeypatch: pytest.MonkeyPatch) -> None:
    profile = large_page()
    forks = counting_forks(monkeypatch)
    both = detect(profile, FACTS)
    assert forks == [1]
    one = serial(profile, FACTS, monkeypatch)
    assert forks == [1]
    assert both == one
    assert {f.category for f in one} == {"birthplace", "family", "home_location", "phone_number", "email_address",
                                         "football_team", "police_affiliation"}


def test_the_childs_hits_come_back_on_the_parents_own_blocks_in_the_detectors_order(
        monkeypatch: pytest.MonkeyPatch) -> None:
    profile = prepared(large_page(), FACTS)
    forks = counting_forks(monkeypatch)
    hits = split.detect_all(detectors(), profile, FACTS)
    assert forks == [1]
    assert [(h.category, h.value, h.start, h.reason) for h in hits] == \
        [(h.category, h.value, h.start, h.reason) for d in detectors() for h in d.detect(profile, FACTS)]
    blocks = {id(b) for b in profile.blocks}
    assert {h.category for h in hits if id(h.block) not in blocks} == set()


def test_a_small_page_is_not_split(monkeypatch: pytest.MonkeyPatch) -> None:
    profile = Profile(url="https://blog.example/", platform="website")
    profile.add(SAID[0], "bio")
    forks = counting_forks(monkeypatch)
    assert [f.value for f in detect(profile, FACTS)] == ["Wakefield"]
    assert forks == []


def test_no_fork_while_another_thread_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    profile = large_page()
    one = serial(profile, FACTS, monkeypatch)
    forks = counting_forks(monkeypatch, alone=False)
    release = threading.Event()
    other = threading.Thread(target=release.wait)
    other.start()
    try:
        assert detect(profile, FACTS) == one
    finally:
        release.set()
        other.join()
    assert forks == []


def test_no_fork_when_no_core_is_free(monkeypatch: pytest.MonkeyPatch) -> None:
    profile = large_page()
    one = serial(profile, FACTS, monkeypatch)
    forks = counting_forks(monkeypatch)
    monkeypatch.setattr(split, "core_free", lambda: False)
    assert detect(profile, FACTS) == one
    assert forks == []


@pytest.mark.parametrize(("cores", "load", "free"), [(1, 0.0, False), (2, 0.3, True), (2, 1.4, True), (2, 1.6, False),
                                                     (8, 6.0, True), (8, 7.9, False)])
def test_a_core_is_free_when_the_load_leaves_one_idle(monkeypatch: pytest.MonkeyPatch, cores: int, load: float,
                                                      free: bool) -> None:
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: set(range(cores)), raising=False)
    monkeypatch.setattr(os, "getloadavg", lambda: (load, 0.0, 0.0))
    assert split.core_free() is free


def test_without_fork_detection_is_serial(monkeypatch: pytest.MonkeyPatch) -> None:
    profile = large_page()
    one = serial(profile, FACTS, monkeypatch)
    counting_forks(monkeypatch)
    monkeypatch.delattr(os, "fork")
    assert detect(profile, FACTS) == one


def test_a_fork_that_fails_leaves_detection_serial(monkeypatch: pytest.MonkeyPatch) -> None:
    profile = large_page()
    one = serial(profile, FACTS, monkeypatch)

    tried: list[int] = []

    def fork() -> int:
        tried.append(1)
        raise OSError("no more processes")

    monkeypatch.setattr(threading, "active_count", lambda: 1)
    monkeypatch.setattr(split, "core_free", lambda: True)
    monkeypatch.setattr(os, "fork", fork)
    assert detect(profile, FACTS) == one
    assert tried == [1]


class FailsInAChild(Detector):
    """A detector of one of the child's categories that fails in any process but the one that made it."""

    category = "family"

    def __init__(self) -> None:
        self.pid = os.getpid()

    def detect(self, profile: Profile, facts: Facts) -> list[Hit]:
        if os.getpid() != self.pid:
            raise RuntimeError("failed in the child")
        return [Hit("family", "child: Evie", "child: Evie", 0.9, block) for block in profile.blocks[:2]]


@pytest.mark.parametrize("how", ["raises", "killed"])
def test_a_child_that_fails_loses_no_hits(monkeypatch: pytest.MonkeyPatch, how: str) -> None:
    profile = prepared(large_page(), FACTS)
    failing: Any = FailsInAChild()
    if how == "killed":  # the child dies without a word (the parent reads an empty pipe)
        monkeypatch.setattr(failing, "detect", lambda p, f: os._exit(0) if os.getpid() != failing.pid
                            else FailsInAChild.detect(failing, p, f))
    forks = counting_forks(monkeypatch)
    mixed = [*detectors()[:4], failing, *detectors()[5:]]
    hits = split.detect_all(mixed, profile, FACTS)
    assert forks == [1]
    assert hits == [h for d in mixed for h in d.detect(profile, FACTS)]
    assert [h.block for h in hits if h.value == "child: Evie"] == profile.blocks[:2]


def test_block_indexes_only_for_the_profiles_own_blocks() -> None:
    profile = Profile(url="https://blog.example/", platform="website")
    profile.add("Jo Example", "name")
    other = TextBlock("Not on the page", "post")
    hits = [Hit("family", "a", "a", 0.9, profile.blocks[0]), Hit("family", "b", "b", 0.9, other)]
    out = io.BytesIO()
    split.dump([hits], out, profile)
    [back] = split.load(io.BytesIO(out.getvalue()), profile)
    assert back == hits
    assert back[0].block is profile.blocks[0]
    assert back[1].block is not other
