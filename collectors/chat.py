"""Chat exports and copied conversations in plain text: one message a block, with who sent it."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit

from collectors.text import iso_date

_DATE = r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}"
_TIME = r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s?[AaPp]\.?\s?[Mm]\.?)?"
# "14/03/2024, 18:02 - Name: text" (WhatsApp on Android), "[14/03/2024, 18:02:11] Name: text"
# (WhatsApp on iPhone, Skype, Teams), "Name, [14/03/2024 18:02]: text" (a copied Skype or Teams
# conversation, the text on that line or the next). A header without "Name:" is the app's own line.
_STAMPED = re.compile(rf"^[\u200e\u200f]?(?:\[(?P<d1>{_DATE}),?\s+{_TIME}\]|(?P<d2>{_DATE}),?\s+{_TIME}\s+[-–])\s*"
                      r"(?P<rest>.*)$")
_SENDER = re.compile(r"^(?P<name>[^:\n]{1,60}?):\s(?P<text>.*)$|^(?P<bare>[^:\n]{1,60}?):$", re.S)
_NAMED = re.compile(rf"^(?P<name>[^\[\],:\n]{{1,60}}),\s*\[(?P<d>{_DATE})(?:,?\s+{_TIME})?\]:?\s*(?P<text>.*)$")
# The app's lines that name the group: it is the owner's group, and its name may say where they live.
_GROUP = re.compile(r"\b(?:created\s+group|changed\s+the\s+(?:subject|group\s+name)\s+(?:from\s+\S.*?\s+)?to)\s+"
                    r"[\"“](?P<name>[^\"”]+)[\"”]", re.I)
_WITH = re.compile(r"chat\s+with\s+(?P<name>.+?)(?:\.\w+)?$", re.I)   # "WhatsApp Chat with Jo Bloggs.txt"
MIN_MESSAGES = 3


@dataclass
class Message:
    author: str
    date: str | None
    lines: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(self.lines).strip()


@dataclass
class Chat:
    messages: list[Message]
    groups: list[str]           # the names the group was given

    def likely_owner(self, source_url: str) -> str | None:
        """Who exported the chat when nothing else says: the one who wrote most, never the person
        a one-to-one export is named after ("WhatsApp Chat with Jo" is exported by Jo's contact)."""
        named = _WITH.search(unquote(urlsplit(source_url).path.rsplit("/", 1)[-1]))
        other = named.group("name").strip().casefold() if named else None
        counts = Counter(m.author for m in self.messages if m.author.casefold() != other)
        return counts.most_common(1)[0][0] if counts else None


def _header(line: str) -> tuple[str | None, str | None, str] | None:
    """(author or None for the app's own line, date, text) when `line` starts a message."""
    m = _STAMPED.match(line)
    if m:
        rest = m.group("rest")
        sender = _SENDER.match(rest)
        date = iso_date(m.group("d1") or m.group("d2"))
        if sender:
            return (sender.group("name") or sender.group("bare")).strip(), date, sender.group("text") or ""
        return None, date, rest
    m = _NAMED.match(line)
    if m:
        return m.group("name").strip(), iso_date(m.group("d")), m.group("text")
    return None


def read_chat(text: str) -> Chat | None:
    """The messages of a chat export or a copied conversation, or None when `text` is not one (it
    must open with a message line and hold at least MIN_MESSAGES messages with a sender)."""
    lines = text.splitlines()
    first = next((line for line in lines if line.strip()), "")
    if _header(first.strip()) is None:
        return None
    messages: list[Message] = []
    groups: list[str] = []
    current: Message | None = None
    for raw in lines:
        line = raw.strip()
        head = _header(line)
        if head is None:
            if current is not None and line:
                current.lines.append(line)
            continue
        author, date, body = head
        if author is None:              # the app's own line: only a group's name is kept
            current = None
            groups += [g.group("name").strip() for g in _GROUP.finditer(body)]
            continue
        current = Message(author, date, [body] if body.strip() else [])
        messages.append(current)
    if len(messages) < MIN_MESSAGES:
        return None
    return Chat([m for m in messages if m.text], list(dict.fromkeys(groups)))
