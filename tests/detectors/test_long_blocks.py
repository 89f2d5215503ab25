"""A block longer than the detectors' window is read whole, as overlapping windows, never cut short."""

from __future__ import annotations

from footprint.detect import detect
from footprint.detect.base import MAX_BLOCK, WINDOW_OVERLAP, windows
from footprint.models import Profile

FILLER = "We walked the dog along the canal and talked about the weather. "


def test_a_finding_at_the_end_of_a_100000_character_paragraph_is_found():
    text = (FILLER * (100_000 // len(FILLER)))[:100_000] + "Call me on 07700 900123 after six."
    profile = Profile(url="https://jo.example/", platform="website")
    profile.add(text, "page")
    assert len(profile.blocks) == 1 and len(profile.blocks[0].text) > 100_000
    found = detect(profile)
    assert [(f.category, f.value) for f in found] == [("phone_number", "+447700900123")]
    assert found[0].evidence.endswith("Call me on 07700 900123 after six.")


def test_windows_overlap_and_cover_the_text():
    text = "".join(f"word{i} " for i in range(30_000))
    parts = windows(text)
    assert all(len(p) <= MAX_BLOCK for p in parts) and len(parts) == 16    # 288,890 characters, about 18,000 more per window
    assert parts[0] == text[:len(parts[0])] and text.endswith(parts[-1])
    at = 0
    for before, after in zip(parts, parts[1:], strict=False):
        start = text.index(after, at)
        assert text.index(before, at) + len(before) - start >= WINDOW_OVERLAP // 2   # the overlap
        assert not after.startswith(" ") and text[start - 1] == " "                  # cut between words
        at = start
    assert windows("short text") == ["short text"]
