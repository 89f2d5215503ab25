"""Run the detectors over a few text blocks and return what they found."""

from __future__ import annotations

from footprint.detect import detect
from footprint.facts import Facts
from footprint.models import Profile


def values(category: str, *texts: str, field: str = "bio", hint: str | None = None, label: str | None = None,
           facts: Facts | None = None, own: bool = True, date: str | None = None) -> set[str]:
    profile = Profile(url="https://profile.example/", platform="website")
    for text in texts:
        profile.add(text, field, hint=hint, label=label, own=own, date=date)
    return {f.value for f in detect(profile, facts) if f.category == category}


def page(*blocks: str | tuple[str, str], field: str = "page") -> Profile:
    """A page of blocks; a (label, text) pair is a block under the page heading `label`."""
    profile = Profile(url="https://pages.example/people", platform="website")
    for block in blocks:
        label, text = block if isinstance(block, tuple) else (None, block)
        profile.add(text, field, label=label)
    return profile
