"""Redaction: one masking pass over a result, before any renderer, that hides values, handles and URLs.

A mask says what kind of detail was there and never how long it was or how it began:
"husband: [name]", "date of birth: [day month]", "CM1 ***", "https://www.instagram.com/[handle]".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from functools import cache
from urllib.parse import urlsplit

from footprint.models import AuditResult, Finding, Source
from reports.remediation import knowledge

_POSTCODE = re.compile(r"\b([A-Z]{1,2}\d[A-Z\d]?)\s*\d[A-Z]{2}\b", re.I)
_URL = re.compile(r"\b(?:https?://|www\.)[^\s<>\"'()\[\]{}|\\^`]+|\bfile://\S+", re.I)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.I)
# "jo.bloggs [at] example [dot] com", "jo (at) example (dot) co (dot) uk", "jo at example dot com"
_AT = r"(?:\s*[\[({<]\s*(?:at|@)\s*[\])}>]\s*|\s+at\s+)"
_DOT = r"(?:\s*[\[({<]\s*(?:dot|\.)\s*[\])}>]\s*|\s+dot\s+|\.)"
_OBFUSCATED = re.compile(rf"[\w.+-]+{_AT}[\w-]+(?:{_DOT}[\w-]+)+", re.I)
_PHONE = re.compile(r"(?<![\w+])\+?\(?\d[\d\s().-]{7,}\d(?!\w)")
_HANDLE = re.compile(r"(?<![\w.])[@\uff20][A-Za-z0-9_][A-Za-z0-9._-]*")
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+\d{{4}})?\b"
                   rf"|\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}})?"
                   r"|\b\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?\b|\b\d{4}-\d{2}-\d{2}\b", re.I)
# path words that are not a handle ("/user/NAME", "/in/NAME")
_NOT_HANDLE = {"user", "u", "users", "profile", "profiles", "in", "pub", "channel", "c", "athletes", "people",
               "fundraising", "page", "results", "parkrunner", "en", "www", "about", "@", ""}
MASKS = {"birthplace": "[place]", "football_team": "[football club]", "police_affiliation": "[police force]",
         "phone_number": "[phone number]", "email_address": "[e-mail address]", "home_location": "[place]",
         "family": "[name]", "date_of_birth": "[date]", "linked_account": "[link]"}


@cache
def _public_hosts() -> frozenset[str]:
    return frozenset(knowledge()["public_hosts"])


def _public(host: str) -> bool:
    host = host.lower().removeprefix("www.").removeprefix("m.")
    return any(host == h or host.endswith("." + h) and host.split(".")[0] in ("www", "m", "mobile", "uk", "en")
               for h in _public_hosts())


def mask_url(url: str) -> str:
    """A URL with the handle or path hidden; a host that is not a public platform's is hidden too."""
    parts = urlsplit(url if "://" in url else "https://" + url)
    if parts.scheme.lower() == "file":
        return "[saved file]"
    host = (parts.hostname or "").lower()
    if not _public(host):
        return "[website]"
    shown = f"{parts.scheme}://{host}"
    return shown + "/[handle]" if parts.path.strip("/") or parts.query else shown


def _date_mask(value: str) -> str:
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return "[day month year]"
    if value.startswith("--"):
        return "[day month]"
    if re.fullmatch(r"\d{4}", value):
        return "[year]"
    return "[date]"


def mask_value(category: str, value: str) -> str:
    """The mask of a finding's value: the category and any relation word stay readable."""
    if category == "date_of_birth":
        return _date_mask(value)
    if category == "family":
        relation, _, name = value.partition(": ")
        return f"{relation}: [name]" if name else relation
    if category == "police_affiliation":
        return value if value.casefold() == "police" else "[police force]"
    if category == "home_location":
        postcode = _POSTCODE.fullmatch(value.strip())
        return f"{postcode.group(1).upper()} ***" if postcode else "[place]"
    if category == "linked_account":
        return mask_url(value)
    return MASKS.get(category, "[hidden]")


def _handles(url: str) -> set[str]:
    parts = urlsplit(url if "://" in url else "https://" + url)
    if parts.scheme.lower() == "file":    # a path on this machine, hidden whole: its folders are not handles
        return set()
    found = {seg.lstrip("@\uff20") for seg in re.split(r"[/?=&]", parts.path + "?" + parts.query)}
    found = {h for h in found if h.casefold() not in _NOT_HANDLE and not h.isdigit() and len(h) > 1}
    host = (parts.hostname or "").lower()
    if host and not _public(host):
        found.add(host)
        found.update(label for label in host.split(".")[:-1] if label not in ("www", "m") and len(label) > 2)
    return found


Secrets = list[tuple[re.Pattern[str], str]]


def _secrets(result: AuditResult, extra: Iterable[str] = ()) -> Secrets:
    """Every exposed string and its mask, longest first so that "Sarah Jones" goes before "Sarah"."""
    pairs: dict[str, str] = {}

    def add(text: str, mask: str, *, min_len: int = 2) -> None:
        text = text.strip().strip('.,;:!?"').lstrip("@#\uff20")
        if len(text) >= min_len and text.casefold() not in pairs:
            pairs[text.casefold()] = mask

    for f in result.findings:
        if f.category == "police_affiliation" and f.value.casefold() == "police":
            continue
        mask = "[name]" if f.category == "family" else mask_value(f.category, f.value)
        if f.category == "family":
            name = f.value.partition(": ")[2]
            for text in (name, *name.split()):
                add(text, mask)
            display_name = f.display.partition(": ")[2] if ": " in f.display else ""
            for text in (display_name, *display_name.split()):
                add(text, mask)
        elif f.category == "linked_account":
            for handle in _handles(f.value):
                add(handle, "[handle]", min_len=3)
        else:
            add(f.value, mask)
            add(f.display, mask)
            add(f.matched, mask, min_len=3)
    for url in {s.url for s in result.sources} | {f.source_url for f in result.findings}:
        for handle in _handles(url):
            add(handle, "[handle]", min_len=3)
            # a handle is mostly the person's name ("sam.taylor90"): its words are names too
            if handle != urlsplit(url).hostname:
                for word in re.split(r"[._\-\d]+", handle):
                    if len(word) >= 3 and not word.isdigit():
                        add(word, "[name]")
    for text in extra:      # what the user told footprint about themselves (their name, their children's)
        for part in (text, *text.split()):
            add(part, "[name]", min_len=3)
    return [(_secret_pattern(text), mask) for text, mask in sorted(pairs.items(), key=lambda kv: -len(kv[0]))]


def _secret_pattern(secret: str) -> re.Pattern[str]:
    body = r"\s+".join(re.escape(part) for part in secret.split())
    # short secrets only as whole words, so that "Jac" does not eat "jacket"
    return re.compile(body if len(secret) >= 4 else rf"(?<!\w){body}(?!\w)", re.I)


_TOKEN = re.compile("\ue000([\ue100-\ue1ff]+)\ue001")


def mask_text(text: str, secrets: Secrets) -> str:
    """Free text (evidence, details) with URLs, addresses, numbers, dates, handles and every secret masked.

    Each mask is held as a private token until the end, so that no later pass can match inside
    an earlier mask ("[name]" stays whole even when "name" is a secret).
    """
    if not text:
        return text
    masks: list[str] = []
    pattern_mask = dict(secrets)

    def hold(mask: str) -> str:
        masks.append(mask)
        return "\ue000" + "".join(chr(0xE100 + int(d)) for d in str(len(masks) - 1)) + "\ue001"

    text = _URL.sub(lambda m: hold(mask_url(m.group())), text)
    text = _EMAIL.sub(lambda m: hold("[e-mail address]"), text)
    text = _OBFUSCATED.sub(lambda m: hold("[e-mail address]"), text)
    for pattern in pattern_mask:
        text = pattern.sub(lambda m: hold(pattern_mask[m.re]), text)
    text = _POSTCODE.sub(lambda m: hold(f"{m.group(1).upper()} ***"), text)
    text = _PHONE.sub(lambda m: hold("[phone number]") if sum(c.isdigit() for c in m.group()) >= 9 else m.group(),
                      text)
    text = _DATE.sub(lambda m: hold("[date]"), text)
    text = _HANDLE.sub(lambda m: hold("@[handle]"), text)
    return _TOKEN.sub(lambda m: masks[int("".join(str(ord(c) - 0xE100) for c in m.group(1)))], text)


def _source_masks(result: AuditResult) -> dict[str, str]:
    """A distinct mask per source URL ("[website]", "[website 2]"), so that sources stay apart."""
    masks: dict[str, str] = {}
    used: set[str] = set()
    for url in [s.url for s in result.sources] + [f.source_url for f in result.findings]:
        if url in masks:
            continue
        mask, n = mask_url(url), 1
        while mask in used:
            n += 1
            base = mask_url(url)
            mask = f"{base[:-1]} {n}]" if base.endswith("]") else f"{base} ({n})"
        used.add(mask)
        masks[url] = mask
    return masks


def redact(result: AuditResult, extra: Iterable[str] = ()) -> AuditResult:
    """A copy of the result that can be shown to a room: no value, handle, URL or contact detail left.

    `extra` are more strings to hide wherever they appear (the user's own name from their facts).
    """
    secrets = _secrets(result, extra)
    urls = _source_masks(result)
    sources = [replace(s, url=urls[s.url], detail=mask_text(s.detail, secrets)) for s in result.sources]
    findings = [_finding(f, secrets, urls[f.source_url]) for f in result.findings]
    return replace(result, sources=sources, findings=findings)


def _finding(f: Finding, secrets: Secrets, source_url: str) -> Finding:
    value = mask_value(f.category, f.value)
    return replace(f, value=value, display=value, source_url=source_url,
                   evidence=mask_text(f.evidence, secrets), reason=mask_text(f.reason, secrets),
                   remediation=mask_text(f.remediation, secrets), matched="")


def masked_source(source: Source) -> Source:
    """A source with its URL hidden (for progress lines while a redacted audit runs)."""
    return replace(source, url=mask_url(source.url), detail=mask_text(source.detail, []))
