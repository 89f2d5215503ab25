"""What every detector shares: hits with offsets and reasons, evidence snippets, data loading."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from typing import Any, ClassVar

from footprint.facts import Facts
from footprint.models import Profile, TextBlock

MAX_BLOCK = 20_000   # characters of one block that detectors look at (ReDoS and time budget)


@dataclass(frozen=True)
class Hit:
    """One thing a detector found in one text block."""

    category: str
    value: str
    display: str
    confidence: float
    block: TextBlock
    start: int = 0
    end: int = 0
    reason: str = ""

    def evidence(self, width: int = 60) -> str:
        text = self.block.text
        if self.end <= self.start:
            snippet = text[: 2 * width]
            return snippet + ("..." if len(text) > 2 * width else "")
        a, b = max(0, self.start - width), min(len(text), self.end + width)
        snippet = " ".join(text[a:b].split())
        return ("..." if a > 0 else "") + snippet + ("..." if b < len(text) else "")


class Detector:
    """One category. `detect` looks at a whole profile, so that evidence in one block
    can settle what another means (a shared club nickname, say)."""

    category: ClassVar[str] = ""

    def detect(self, profile: Profile, facts: Facts) -> list[Hit]:
        hits: list[Hit] = []
        for block in profile.blocks:
            if block.own:
                hits.extend(self.detect_block(block, profile))
        return hits

    def detect_block(self, block: TextBlock, profile: Profile) -> list[Hit]:
        return []


@cache
def load_data(name: str) -> Any:
    """A JSON data file from footprint/data, parsed once."""
    with resources.files("footprint.data").joinpath(name).open("rb") as fh:
        return json.load(fh)


def text_of(block: TextBlock) -> str:
    return block.text[:MAX_BLOCK]


WINDOW_OVERLAP = 2_000   # a detail up to half this long lies whole in one window of a long block


def windows(text: str) -> list[str]:
    """A text as overlapping windows of at most MAX_BLOCK characters, cut between words."""
    out, start = [], 0
    while len(text) - start > MAX_BLOCK:
        end = start + MAX_BLOCK
        space = max(text.rfind(" ", end - WINDOW_OVERLAP // 2, end), text.rfind("\n", end - WINDOW_OVERLAP // 2, end))
        end = space if space > start else end
        out.append(text[start:end])
        nxt = end - WINDOW_OVERLAP
        space = min((i for i in (text.find(" ", nxt, nxt + WINDOW_OVERLAP // 2),
                                 text.find("\n", nxt, nxt + WINDOW_OVERLAP // 2)) if i >= 0), default=-1)
        start = space + 1 if space >= 0 else nxt
    out.append(text[start:])
    return out


def windowed(profile: Profile) -> Profile:
    """The profile with each block longer than MAX_BLOCK read as overlapping windows, so that
    nothing after the first MAX_BLOCK characters of a long paragraph or text file is lost."""
    if all(len(b.text) <= MAX_BLOCK for b in profile.blocks):
        return profile
    blocks = [replace(b, text=w) if len(b.text) > MAX_BLOCK else b
              for b in profile.blocks for w in (windows(b.text) if len(b.text) > MAX_BLOCK else [b.text])]
    return replace(profile, blocks=blocks)
