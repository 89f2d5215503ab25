"""Words, symbols and safe text for the screens: scraped text is shown as data, never as markup."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from rich.text import Text
from textual.content import Content

from footprint.models import AuditResult, Finding, Status
from footprint.sanitize import clean
from footprint.severity import LEVELS

# Status is told by a word and a symbol, so it reads without colour (NO_COLOR, monochrome).
WAITING = "· waiting"
READING = "… reading"
STATUS = {
    Status.OK: "✓ ok",
    Status.LOGIN_REQUIRED: "⊘ login wall",
    Status.NOT_FOUND: "? not found",
    Status.BLOCKED: "✗ blocked",
    Status.ERROR: "! error",
    Status.CANCELLED: "– cancelled",
}
SEVERITY = {"critical": "‼ critical", "high": "▲ high", "medium": "■ medium", "low": "▽ low"}
SEVERITY_ORDER = {level: i for i, level in enumerate(LEVELS)}
CATEGORY = {
    "date_of_birth": "Date of birth", "birthplace": "Birthplace", "football_team": "Football team",
    "police_affiliation": "Police link", "family": "Family", "home_location": "Home location",
    "phone_number": "Phone number", "email_address": "E-mail address", "linked_account": "Linked account",
}
DONE = "✓ done"
# What presenter mode puts in place of a value: the kind of thing, never the thing.
PLACEHOLDER = {
    "date_of_birth": "[date]", "birthplace": "[place]", "football_team": "[club]",
    "police_affiliation": "[police link]", "family": "[name]", "home_location": "[place]",
    "phone_number": "[phone]", "email_address": "[e-mail]", "linked_account": "[link]",
}
HIGHLIGHT = "bold underline reverse"   # matched words: shape and weight, not colour alone


def safe(text: str) -> Content:
    """Untrusted text as plain content: control characters neutralised, no markup read."""
    return Content(clean(text))


def cell(text: str) -> Text:
    """Untrusted text for a table cell (DataTable reads plain strings as markup)."""
    return Text(clean(text), end="", no_wrap=True)


def category(name: str) -> str:
    return CATEGORY.get(name, name.replace("_", " ").capitalize())


class Masker:
    """Presenter mode: hides every value, handle and address of a result while keeping the
    relation words and categories readable ("husband: [name]", not "husband: R•••")."""

    _URL = re.compile(r"(?:https?://|www\.)\S+", re.I)
    _EMAIL = re.compile(r"[\w.+-]+(?:@|\s*\[at\]\s*)[\w-]+(?:\.|\s*\[dot\]\s*)[\w.-]+", re.I)
    _HANDLE = re.compile(r"(?<![\w.])@[\w.]+")
    _DIGITS = re.compile(r"\+?\d[\d ()-]{5,}\d")

    def __init__(self, result: AuditResult | None, enabled: bool) -> None:
        self.enabled = enabled
        self.secrets: list[tuple[str, str]] = []
        if result is None or not enabled:
            return
        found: dict[str, str] = {}
        for f in result.findings:
            mark = PLACEHOLDER.get(f.category, "[hidden]")
            for part in (f.matched, f.display, f.value.split(": ", 1)[-1]):
                part = part.strip().lstrip("@#")
                if len(part) > 1 and not part.startswith(("http", "--")):
                    found.setdefault(part, mark)
        for source in result.sources:
            for piece in urlsplit(source.url).path.split("/"):
                piece = piece.strip("@")
                if len(piece) > 2 and piece not in ("user", "profile", "in", "u"):
                    found.setdefault(piece, "[handle]")
        self.secrets = sorted(found.items(), key=lambda kv: len(kv[0]), reverse=True)

    def text(self, text: str) -> str:
        if not self.enabled:
            return text
        text = self._URL.sub("[link]", text)
        text = self._EMAIL.sub("[e-mail]", text)
        text = self._HANDLE.sub("[handle]", text)
        for secret, mark in self.secrets:
            text = re.sub(rf"(?<!\w){re.escape(secret)}(?!\w)", mark, text, flags=re.I)
        return self._DIGITS.sub("[number]", text)

    def url(self, url: str, platform: str) -> str:
        return f"[{platform} address]" if self.enabled else url

    def display(self, finding: Finding) -> str:
        if not self.enabled:
            return finding.display
        mark = PLACEHOLDER.get(finding.category, "[hidden]")
        relation, sep, _ = finding.display.partition(": ")
        if finding.category == "family" and sep:
            return f"{relation}: {mark}"
        if finding.category == "police_affiliation" and finding.value == "police":
            return finding.display  # says only "police service", with no name in it
        return mark


def evidence(finding: Finding, masker: Masker) -> Content:
    """The evidence with the words that gave the detail away highlighted."""
    text = clean(finding.evidence)
    if masker.enabled:
        text = masker.text(text)
        words = [PLACEHOLDER.get(finding.category, "[hidden]")]
    else:
        words = [w for w in (finding.matched, finding.display, finding.value) if w and len(w) > 1]
    content = Content(text)
    for word in words:
        pattern = re.compile(re.escape(clean(word)), re.I)
        if pattern.search(text):
            return content.highlight_regex(pattern, style=HIGHLIGHT)
    return content
