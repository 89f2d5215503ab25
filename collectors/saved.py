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
from typing import Any
from urllib.parse import urlsplit

import collectors
from collectors import markdown as M
from collectors.base import Collected, Collector
from collectors.text import add_contact
from footprint.models import Profile, Status

MAX_VALUES = 20_000

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
    return Collected(profile, Status.OK, "read from a data export you saved")


def read_text(body: bytes, source_url: str, platform: str) -> Collected:
    """A plain text or Markdown file: every paragraph, heading or list item a block, with
    Markdown markup and inline HTML reduced to their text. Its links are the profile's links;
    a link to a profile on a platform footprint knows is taken for one of the owner's own
    accounts (rel=me), as a bio's would be; mailto: and tel: links are e-mail and phone blocks."""
    profile = Profile(url=source_url, platform=platform)
    markdown = urlsplit(source_url).path.lower().endswith(MARKDOWN_SUFFIXES)
    for paragraph in M.paragraphs(body.decode("utf-8", errors="replace"), keep_lines=not markdown):
        profile.add(paragraph.text, "text")
        for url, label in paragraph.links:
            if add_contact(profile.add, url, label) or not url.lower().startswith(("http://", "https://")):
                continue
            profile.add_link(url, text=label, rel="me" if collectors.find(url).name != "website" else "")
    if profile.is_empty:
        return Collected(profile, Status.ERROR, "the file holds no text")
    return Collected(profile, Status.OK, "read from a text file you saved")


def read_saved_file(body: bytes, source_url: str, collector: Collector) -> Collected:
    """A saved page through its platform's collector; an export or text file read generically.
    A file named .md or .txt is text even when it starts with HTML (a README's centred banner)."""
    if looks_like_html(body) and not urlsplit(source_url).path.lower().endswith(TEXT_SUFFIXES):
        return collector.read_saved(body, source_url)
    data = parse_export(body)
    if data is not None:
        return read_export(data, source_url, collector.name)
    return read_text(body, source_url, collector.name)
