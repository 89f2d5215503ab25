"""Scraped text is data: it cannot move the terminal's cursor or hide text; the core never
needs the TUI."""

from __future__ import annotations


from footprint.sanitize import clean


def test_control_and_escape_sequences_are_neutralised():
    hostile = "Bob\x1b]2;PWNED\x1b\\ \x1b[2J\x07\x00end\x9b"
    cleaned = clean(hostile)
    assert "\x1b" not in cleaned and "\x07" not in cleaned and "\x00" not in cleaned and "\x9b" not in cleaned
    assert cleaned.startswith("Bob") and cleaned.endswith("\ufffd")


def test_bidi_overrides_are_made_visible_and_emoji_joins_kept():
    assert clean("abc\u202edef") == "abc⟨U+202E⟩def"
    assert clean("👮\u200d♀️") == "👮\u200d♀️"


def test_lone_surrogates_and_carriage_returns():
    assert clean("ok\udcff") == "ok\ufffd"
    assert clean("a\r\nb\rc") == "a\nb\nc"
