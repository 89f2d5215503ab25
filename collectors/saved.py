"""Files the user saved themselves, for `footprint scan`: web pages, data exports, plain text
and Markdown.

A data export (a platform's "download your information" JSON, or the JavaScript-wrapped JSON
of an X archive) is read value by value, each with the key it sat under, and keys that name
a profile field (birthday, hometown, current city, e-mail, family members...) give their
value the matching hint.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from typing import Any
from urllib.parse import urlsplit

import collectors
from collectors import markdown as M
from collectors.base import Collected, Collector
from collectors.chat import Chat, dialogue, read_chat, read_forum_copy, read_thread, read_transcript
from collectors.html.authors import decide
from collectors.text import add_contact
from footprint.detect.clause import first_names
from footprint.models import Profile, Status

MAX_VALUES = 20_000
_SENDER_KEYS = ("sender_name", "from", "sender", "from_name")
_BODY_KEYS = ("content", "text", "body", "message")

# Export keys (lower case, words joined by "_") and what their value is.
HINTS = {
    "birthday": "date_of_birth", "birth_date": "date_of_birth", "date_of_birth": "date_of_birth",
    "dob": "date_of_birth", "birthdate": "date_of_birth",
    "hometown": "birthplace", "home_town": "birthplace", "place_of_birth": "birthplace", "birthplace": "birthplace",
    "current_city": "home_location", "location": "home_location", "city": "home_location",
    "address": "home_location", "postcode": "home_location", "post_code": "home_location", "zip": "home_location",
    "email": "email", "emails": "email", "email_address": "email", "contact_email": "email",
    "phone": "phone", "phone_number": "phone", "phone_numbers": "phone", "mobile": "phone", "telephone": "phone",
    "employer": "employer", "company": "employer", "work": "employer", "workplace": "employer",
    "job_title": "job", "position": "job", "school": "education", "education": "education",
    "partner": "relationship", "spouse": "relationship",
    "name": "name", "full_name": "name", "display_name": "name", "username": "name",
}
FREE_TEXT = {"bio", "about", "description", "text", "full_text", "caption", "title", "status", "content", "note",
             "post", "comment", "body", "headline", "summary", "story", "value"}
_JS_PREFIX = re.compile(rb"^\s*window\.[\w.$]+\s*=\s*")
TEXT_SUFFIXES = (".md", ".markdown", ".txt", ".text")
MARKDOWN_SUFFIXES = (".md", ".markdown")


def looks_like_html(body: bytes) -> bool:
    head = body[:4096].lstrip().lower()
    return head.startswith((b"<!doctype", b"<html", b"<?xml", b"<head", b"<body", b"<meta", b"<div", b"<p")) \
        or b"<html" in head


def parse_export(body: bytes) -> Any:
    """The JSON in a data export file (plain, or JavaScript-wrapped as X archives are), else None."""
    raw = _JS_PREFIX.sub(b"", body.lstrip(b"\xef\xbb\xbf"), count=1).strip().rstrip(b";")
    if raw[:1] not in (b"{", b"["):
        return None
    try:
        return json.loads(raw.decode("utf-8", errors="replace"))
    except ValueError:
        return None


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.casefold()).strip("_")


def read_export(data: Any, source_url: str, platform: str) -> Collected:
    """Every string in an export as a text block, hinted by the key it sits under."""
    profile = Profile(url=source_url, platform=platform)
    seen = 0
    stack: list[tuple[str, Any]] = [("", data)]
    while stack and seen < MAX_VALUES:
        key, value = stack.pop()
        if isinstance(value, dict):
            # {"name": "Lives in", "value": "Leeds"} and {"relation": "Brother", "name": "Owen"} pairs
            label = value.get("relation") or value.get("label") or value.get("title")
            if isinstance(label, str) and isinstance(value.get("name") or value.get("value"), str):
                relation = _key(label)
                text = value.get("name") or value.get("value")
                hint = "family" if "relation" in value else HINTS.get(relation)
                profile.add(text, "export", hint=hint, label=label)
                seen += 1
                continue
            # a message in a chat export (Messenger and Instagram "sender_name", Telegram "from"): its sender's
            sender = next((value[k] for k in _SENDER_KEYS if isinstance(value.get(k), str) and value[k].strip()), None)
            said = next((_said(value[k]) for k in _BODY_KEYS if _said(value.get(k))), None)
            if sender and said:
                profile.add(said, "post", author=sender.strip(), label="message")
                seen += 1
                continue
            if {"year", "month", "day"} & set(value) and all(isinstance(value.get(k, 0), int) for k in value):
                parts = [str(value[k]) for k in ("year", "month", "day") if value.get(k)]
                if len(parts) == 3:
                    profile.add("-".join(p.zfill(2) for p in parts), "export", hint=HINTS.get(key), label=key)
                    seen += 1
                    continue
            # {"current_city": {"name": "Leeds"}}: the inner "name" means what its parent says
            inherit = key if key in HINTS and key != "name" else None
            stack.extend((inherit if inherit and _key(k) in ("name", "value", "text") else _key(k), v)
                         for k, v in reversed(list(value.items())))
        elif isinstance(value, list):
            stack.extend((key, v) for v in reversed(value))
        elif isinstance(value, str) and value.strip():
            seen += 1
            if value.startswith(("http://", "https://")):
                profile.add_link(value, text=key)
                continue
            hint = HINTS.get(key)
            field = "bio" if key in ("bio", "about", "description") else "export"
            profile.add(value, field, hint=hint if key not in FREE_TEXT else None, label=key or None)
    if profile.is_empty:
        return Collected(profile, Status.ERROR, "the export holds no text footprint can read")
    senders = Counter(b.author for b in profile.blocks if b.author)
    if senders:      # whose messages are the owner's: the one who wrote most, unless the user's facts say
        decide(profile, [senders.most_common(1)[0][0]])
    return Collected(profile, Status.OK, "read from a data export you saved")


def _said(value: Any) -> str:
    """A message's text: a string, or Telegram's list of strings and {"type", "text"} pieces."""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, list):
        return "".join(v if isinstance(v, str) else str(v.get("text", "")) if isinstance(v, dict) else ""
                       for v in value).strip()
    return ""


def read_text(body: bytes, source_url: str, platform: str) -> Collected:
    """A plain text or Markdown file: every paragraph, heading or list item a block (a fenced
    code block is a sample, and is left out), with Markdown markup and inline HTML reduced to
    their text. Its links are the profile's links; a link to a profile on a platform footprint
    knows is taken for one of the owner's own accounts (rel=me), as a bio's would be; mailto:
    and tel: links are e-mail and phone blocks."""
    profile = Profile(url=source_url, platform=platform)
    text = body.decode("utf-8", errors="replace")
    conversation = (read_chat(text) or read_transcript(text) or read_forum_copy(text)
                    or read_thread(text, first_names()))
    if conversation is not None:
        return _read_chat(profile, conversation)
    markdown = urlsplit(source_url).path.lower().endswith(MARKDOWN_SUFFIXES)
    said: str | None = None       # "Sam wrote:" on a line of its own names whom the quote after it quotes
    for i, paragraph in enumerate(M.paragraphs(text, keep_lines=not markdown)):
        if i == 0 and _headers(profile, paragraph.text):
            continue
        if paragraph.code:
            continue  # a code block is a sample (a tool's inputs and output), not the owner's words
        named = _QUOTE_FROM.match(paragraph.text) or (_SAID.match(paragraph.text) if paragraph.quote else None)
        author = named.group("name").strip() if named else said if paragraph.quote else None
        if author:
            # a quote that names whom it quotes is their words, not the owner's (an unnamed "> ..." in
            # a README is as often the owner's own note or motto, and is left theirs)
            profile.add(paragraph.text, "text", label="quote", author=author, own=False)
            profile.owner = ""
            said = None
            continue
        turns = dialogue(paragraph.text, first_names())
        if turns:
            # a conversation copied into the file (a dating app's matches, a chat pasted under a heading):
            # each line is its speaker's, and the user's facts say which speaker is them (detect.prepared)
            for speaker, words in turns:
                said_by = {"author": speaker, "label": "chat message", "own": False} if speaker else {}
                profile.add(words, "text", **said_by)
            profile.owner = profile.owner or ""
            continue
        profile.add(paragraph.text, "text")
        alone = _SAID.match(paragraph.text)
        said = alone.group("name").strip() if alone and alone.end() >= len(paragraph.text.rstrip()) else None
        for url, label in paragraph.links:
            if add_contact(profile.add, url, label) or not url.lower().startswith(("http://", "https://")):
                continue
            profile.add_link(url, text=label, rel="me" if collectors.find(url).name != "website" else "")
    if profile.is_empty:
        return Collected(profile, Status.ERROR, "the file holds no text")
    return Collected(profile, Status.OK, "read from a text file you saved")


# A quoted reply copied from a forum or a mail: "Quote from Sam:", "Originally Posted by Sam" open
# one; "Sam wrote:", "On 3 May, Sam wrote:" open one or stand on their own line before it.
_QUOTE_FROM = re.compile(r"^(?:quote\s+from|originally\s+posted\s+by)\s+(?P<name>[^\n:]{1,60}?)\s*(?::|\n|$)", re.I)
_SAID = re.compile(r"^(?:on\s+[^\n]{1,60}?,\s+)?(?P<name>[^\n:,]{1,60}?)\s+(?:wrote|said|writes):", re.I)
# A saved e-mail's headers: who sent it is not who saved it.
_HEADER = re.compile(r"^(?P<key>from|to|cc|bcc|reply-to|sender|subject|date|sent)\s*:\s*(?P<value>.*)$", re.I)
_SENDERS = {"from", "reply-to", "sender"}
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _headers(profile: Profile, text: str) -> bool:
    """An e-mail's header lines (From:, To:, Subject:...) as a block each, when `text` is one: the
    sender's line is the sender's words (their address is theirs, unless the user's facts say the
    user sent it), the others the reader's. False when `text` is not a header block."""
    lines = text.splitlines()
    heads = [_HEADER.match(line) for line in lines]
    if len(lines) < 2 or not all(heads) or not any(h and h.group("key").lower() in _SENDERS for h in heads):
        return False
    for head in filter(None, heads):     # the value alone: "From: Leeds Choir" names no birthplace
        key, value = head.group("key"), head.group("value")
        address = _ADDRESS.search(value)
        if key.lower() in _SENDERS and address:
            profile.add(value, "text", label=key, author=address.group(), own=False)
            profile.owner = ""
        else:
            profile.add(value, "text", label=key)
    return True


def _read_chat(profile: Profile, conversation: Chat) -> Collected:
    """A chat export or a transcript: each message (turn) a post by its sender, the group's name
    (the transcript's title lines) a title. Whose messages are the owner's is settled as on any
    page where many people write (collectors.html.authors): here the one who wrote (said) most,
    unless the user's facts name another sender."""
    kind = "transcript" if conversation.transcript else "chat"
    for group in conversation.groups:
        profile.add(group, "title", label="title" if conversation.transcript else "group name")
    for message in conversation.messages:
        profile.add(message.text, "post", author=message.author, date=message.date, label=f"{kind} message")
    decide(profile, [*(b.text for b in profile.blocks if b.field == "name"), conversation.likely_owner(profile.url)])
    what = "a transcript you saved: each turn is its speaker's" if conversation.transcript \
        else "a chat export you saved: each message is its sender's"
    return Collected(profile, Status.OK, f"read from {what}")


def read_saved_file(body: bytes, source_url: str, collector: Collector) -> Collected:
    """A saved page through its platform's collector; an export or text file read generically.
    A file named .md or .txt is text even when it starts with HTML (a README's centred banner)."""
    if looks_like_html(body) and not urlsplit(source_url).path.lower().endswith(TEXT_SUFFIXES):
        return collector.read_saved(body, source_url)
    data = parse_export(body)
    if data is not None:
        return read_export(data, source_url, collector.name)
    return read_text(body, source_url, collector.name)
