"""Cleaning of scraped text at the boundary, before detection, the TUI or any report.

Scraped strings are data: they must not move the terminal's cursor, set its title,
write the clipboard or hide text with bidi overrides.
"""

from __future__ import annotations

import re

# C0 controls except tab and newline, DEL and the C1 range.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SURROGATES = re.compile(r"[\ud800-\udfff]")
# Bidi embeddings, overrides and isolates (Trojan Source, CVE-2021-42574).
_BIDI = re.compile(r"[\u202a-\u202e\u2066-\u2069]")
# any of the above, or a carriage return: most text has none, and is then returned as it is
_ANY = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069]")


def clean(text: str) -> str:
    """Return `text` with control characters replaced and bidi controls made visible.

    Carriage returns become newlines; NUL and other C0/C1 controls become U+FFFD;
    lone surrogates become U+FFFD; bidi overrides become a visible ⟨U+202E⟩ tag.
    Zero-width joiners are kept, because emoji sequences (👮‍♂️) need them.
    """
    if not text:
        return ""
    if not _ANY.search(text):
        return text
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROLS.sub("\ufffd", text)
    text = _SURROGATES.sub("\ufffd", text)
    return _BIDI.sub(lambda m: f"⟨U+{ord(m.group()):04X}⟩", text)


def clean_line(text: object) -> str:
    """`clean` for a string shown on one line (a header, URL, file name or error message):
    newlines and tabs become spaces too, so it cannot forge a second progress line."""
    return re.sub(r"[\n\t]", " ", clean(str(text)))
