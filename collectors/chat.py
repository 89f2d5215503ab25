"""Chat exports, copied conversations and transcripts in plain text: one message a block, with who sent it."""

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

# A transcript's turns (a podcast, an interview, a meeting), stamped with a clock time alone:
# "[00:01:22] JO (host): text", "(12:04) Jo Whitlock: text", "00:01:22 - Jo: text", "Jo Whitlock
# (00:01:22): text", Otter's and Zoom's "Jo Whitlock  0:04" with the words on the lines after it,
# and WebVTT's cue line "00:00:04.000 --> 00:00:09.000" with "<v Jo>text" or "Jo: text" after it.
_CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?"
_WORD = r"[A-ZÀ-Þ][^\W\d_]*"
_SPEAKER = rf"{_WORD}(?:[ .'’-]{{1,2}}{_WORD}){{0,3}}"     # a name: capitalised words, at most four
_ROLE = r"(?:\s*\((?i:host|co-?host|guest|interviewer|presenter|moderator|chair)\))?"
_STAMP = rf"(?:\[{_CLOCK}\]|\({_CLOCK}\)|{_CLOCK})"
_CLOCKED = re.compile(rf"^{_STAMP}\s*[-–]?\s*(?P<name>{_SPEAKER}){_ROLE}:\s*(?P<text>.*)$")
_NAME_CLOCK = re.compile(rf"^(?P<name>{_SPEAKER}){_ROLE}\s+[\[(]?{_CLOCK}[\])]?(?::\s*(?P<text>.*)|\s*)$")
_CUE = re.compile(rf"^(?:{_CLOCK}\s*-->\s*{_CLOCK}|\d+|WEBVTT.*)$")
_VOICE = re.compile(r"^<v(?:\.[\w.-]+)?\s+(?P<name>[^>]{1,60})>(?P<text>.*?)(?:</v>)?$")
_VOICED = re.compile(rf"^(?P<name>{_SPEAKER}){_ROLE}:\s+(?P<text>.*)$")
PREAMBLE = 4    # a transcript's title lines before its first turn ("Episode 42 ...", "Auto-generated")


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
    groups: list[str]           # the names the group was given (a transcript's title lines)
    transcript: bool = False
    starter: str | None = None  # the one the page marks as the thread's author ("Sam Example (Author)")

    def likely_owner(self, source_url: str) -> str | None:
        """Who exported the chat when nothing else says: the one who wrote most, never the person
        a one-to-one export is named after ("WhatsApp Chat with Jo" is exported by Jo's contact).
        In a transcript, the one who said most: the guest talks, the host asks."""
        if self.starter:
            return self.starter
        named = _WITH.search(unquote(urlsplit(source_url).path.rsplit("/", 1)[-1]))
        other = named.group("name").strip().casefold() if named else None
        counts: Counter[str] = Counter()
        for m in self.messages:
            if m.author.casefold() != other:
                counts[m.author] += len(m.text.split()) if self.transcript else 1
        return counts.most_common(1)[0][0] if counts else None


# DiscordChatExporter's plain text: "[28/08/2025 20:41] Some_User" alone, the message on the lines after it
_HANDLE = re.compile(r"^[\w.#-]{2,40}$")
# its banner before the first message and after the last ("=====", "Guild: ...", "Exported 22 message(s)")
_RULE = re.compile(r"^={5,}")
BANNER = 12     # lines a banner may hold


def _header(line: str) -> tuple[str | None, str | None, str] | None:
    """(author or None for the app's own line, date, text) when `line` starts a message."""
    m = _STAMPED.match(line)
    if m:
        rest = m.group("rest")
        sender = _SENDER.match(rest)
        date = iso_date(m.group("d1") or m.group("d2"))
        if sender:
            return (sender.group("name") or sender.group("bare")).strip(), date, sender.group("text") or ""
        if m.group("d1") and _HANDLE.match(rest.strip()):
            return rest.strip(), date, ""
        return None, date, rest
    m = _NAMED.match(line)
    if m:
        return m.group("name").strip(), iso_date(m.group("d")), m.group("text")
    return None


def read_chat(text: str) -> Chat | None:
    """The messages of a chat export or a copied conversation, or None when `text` is not one (it
    must open with a message line and hold at least MIN_MESSAGES messages with a sender)."""
    lines = _unbannered(text.splitlines())
    first = next((line for line in lines if line.strip()), "")
    if _header(first.strip()) is None:
        return None
    messages: list[Message] = []
    groups: list[str] = []
    current: Message | None = None
    for raw in lines:
        line = raw.strip()
        head = _header(line)
        if _RULE.match(line):       # the exporter's closing banner is nobody's message
            current = None
            continue
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


def _unbannered(lines: list[str]) -> list[str]:
    """The lines without an exporter's opening banner: a block between two rules of "=" at the top."""
    i = next((i for i, line in enumerate(lines) if line.strip()), 0)
    if i < len(lines) and _RULE.match(lines[i].strip()):
        end = next((j for j in range(i + 1, min(len(lines), i + BANNER)) if _RULE.match(lines[j].strip())), None)
        if end is not None:
            return lines[end + 1:]
    return lines


# A conversation copied into a paragraph of a text file, a line a turn: "Nat: I grew up in ...". A label
# of a field or of a question and answer ("Location:", "Q:", "Answer:") is no speaker.
_SAYS = re.compile(r"^(?P<name>[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)?):[^\S\n]+\S")
_NOT_SPEAKERS = {"q", "a", "question", "answer", "prompt", "note", "notes", "me", "you", "tel", "mobile", "email",
                 "e-mail", "phone", "address", "name", "date", "time", "location", "age", "work", "interviewer",
                 "host", "guest", "update", "edit", "ps", "nb", "re", "subject", "from", "to"}
MIN_TURNS = 3


def dialogue(text: str, known: frozenset[str] = frozenset()) -> list[tuple[str | None, str]] | None:
    """A paragraph's lines as (speaker, line) when it holds a conversation: at least MIN_TURNS lines
    opened by "Name:", two speakers or more, each a first name in `known` or speaking twice, none a
    field's label. A line that opens no turn goes with the turn before it (None before the first)."""
    if text.count(":") < MIN_TURNS or "\n" not in text:
        return None
    turns = [(m.group("name") if (m := _SAYS.match(line.strip())) else None, line.strip())
             for line in text.splitlines() if line.strip()]
    said = Counter(name for name, _ in turns if name)
    if sum(said.values()) < MIN_TURNS or len(said) < 2 \
            or any(n.casefold() in _NOT_SPEAKERS or (n not in known and said[n] < 2) for n in said):
        return None
    out: list[tuple[str | None, str]] = []
    for name, line in turns:
        if name is None and out:
            out[-1] = (out[-1][0], out[-1][1] + "\n" + line)
        else:
            out.append((name, line[len(name) + 1:].strip() if name else line))
    return out


def _turn(line: str, cue: bool) -> tuple[str, str] | None:
    """(speaker, text) when `line` opens a transcript's turn; `cue` when it follows a WebVTT cue line."""
    m = _CLOCKED.match(line) or _NAME_CLOCK.match(line)
    if m is None and cue:
        m = _VOICE.match(line) or _VOICED.match(line)
    return (m.group("name").strip(), m.group("text") or "") if m else None


def read_transcript(text: str) -> Chat | None:
    """The turns of a transcript, each its speaker's, or None when `text` is not one: a few title
    lines at most before the first turn, and at least two speakers who each speak twice, so that
    a timetable ("10:00 Keynote: ...") or notes with times are not taken for a conversation."""
    messages: list[Message] = []
    titles: list[str] = []
    current: Message | None = None
    cue = False
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if _CUE.match(line):
            cue, current = True, None
            continue
        turn = _turn(line, cue)
        cue = False
        if turn is not None:
            speaker, words = turn
            current = Message(speaker, None, [words] if words.strip() else [])
            messages.append(current)
        elif current is not None:
            current.lines.append(line)
        elif len(titles) < PREAMBLE:
            titles.append(line)
        else:
            return None
    said = [m for m in messages if m.text]     # a fixtures list's "Leeds United 15:00" says nothing
    turns = Counter(m.author for m in said)
    if len(said) < MIN_MESSAGES or sum(n >= 2 for n in turns.values()) < 2 or len(turns) * 2 > len(said):
        return None
    return Chat(said, titles, transcript=True)


# A comment thread copied from a page as text: each comment opens with a line of its writer's name, a dot and what
# the page shows beside it ("Jo Example · Shelf Village", "Sam Example (Author) · 2 days ago"). The thread's author
# is the one marked as such; the words above the first comment are their post.
_COMMENTER = re.compile(r"^(?P<name>[A-Z][a-z'’-]+(?: (?:Mc|Mac|O['’])?[A-Z][a-z'’.-]*){0,2})"
                        r"(?: \((?P<mark>author|op|original poster|poster)\))?\s+[·•]\s+\S[^\n]{0,60}$", re.I)


def read_thread(text: str, known: frozenset[str]) -> Chat | None:
    """The comments of a thread copied as text, each its writer's, or None when `text` is not one: at least
    MIN_MESSAGES comment lines, by two people or more, each opening with a first name in `known`. The words
    before the first comment are the post, its author's (the commenter marked "(Author)"), or nobody's."""
    messages: list[Message] = []
    post: list[str] = []
    starter: str | None = None
    for raw in text.splitlines():
        line = raw.strip()
        m = _COMMENTER.match(line)
        if m and m.group("name").split()[0] in known:
            messages.append(Message(m.group("name"), None, [line]))
            starter = starter or (m.group("name") if m.group("mark") else None)
        elif messages:
            messages[-1].lines.append(line)
        else:
            post.append(line)
    if len(messages) < MIN_MESSAGES or len({m.author for m in messages}) < 2:
        return None
    if starter and "\n".join(post).strip():
        messages.insert(0, Message(starter, None, post))
    return Chat(messages, [], starter=starter)


# A forum thread copied as text (Simple Machines, phpBB): the posts are parted by a rule of dashes or equals
# signs, each opens with its poster's name on a line of its own, and holds the forum's post line: Simple
# Machines' "« on: <date> »" or "« Reply #3 on: <date> »", phpBB's "Post by <name> » <date>".
_PARTING = re.compile(r"^(?:-{10,}|={10,}|_{10,})$")
_POST_LINE = re.compile(r"^(?:«\s*(?:reply\s+#\d+\s+)?on:\s+[^\n]{4,60}»"
                        r"|post\s+by\s+(?P<by>[^\n»]{1,40}?)\s+»\s+[^\n]{4,60})$", re.I)
_POSTER = re.compile(r"^\S.{0,39}$")


def read_forum_copy(text: str) -> Chat | None:
    """The posts of a forum thread copied as text, each its poster's, the first poster the thread's starter;
    or None when `text` is not one (at least MIN_MESSAGES parts each with a poster and a forum's post line).
    What comes before the first part is the forum's own page (its menus and breadcrumbs), nobody's."""
    parts: list[list[str]] = [[]]
    for raw in text.splitlines():
        if _PARTING.match(raw.strip()):
            parts.append([])
        else:
            parts[-1].append(raw.strip())
    messages: list[Message] = []
    for part in parts[1:]:
        lines = [line for line in part if line]
        marks = [m for m in map(_POST_LINE.match, lines) if m]
        if not lines or not marks or not _POSTER.match(lines[0]):
            if messages:
                messages[-1].lines.extend(part)    # a rule inside a post (a signature's) goes on with it
            continue
        poster = (marks[0].group("by") or lines[0]).strip()
        messages.append(Message(poster, None, [line for line in part if not _POST_LINE.match(line)]))
    if len(messages) < MIN_MESSAGES or len({m.author for m in messages}) < 2:
        return None
    return Chat(messages, [], starter=messages[0].author)
