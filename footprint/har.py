"""Replay transport: answers requests from a HAR 1.2 capture (contract section 2).

A request is answered by the entry with the same method and URL (query parameters
compared as a set, a trailing slash ignored); a request with no entry gets a 404,
exactly like a recorded one.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from footprint.errors import CaptureError, FetchError, TooLarge, read_json
from footprint.files import MAX_BYTES, display_name
from footprint.http import Response
from footprint.sanitize import clean_line


def url_key(url: str) -> tuple[str, str, str, tuple[tuple[str, str], ...]]:
    """The parts of a URL that decide whether a capture entry answers it."""
    parts = urlsplit(url.strip())
    path = parts.path.rstrip("/") or ""
    query = tuple(sorted(parse_qsl(parts.query, keep_blank_values=True)))
    return (parts.scheme.lower(), parts.netloc.lower(), path, query)


# a capture holds several pages, each under the page cap (footprint.files.MAX_BYTES)
MAX_CAPTURE_BYTES = 64 * 1024 * 1024


class ReplayTransport:
    """Answers every request from a HAR file instead of the network, under the network's rules:
    a body past the page cap is "page too large" here too."""

    def __init__(self, entries: Mapping[tuple[str, Any], Response | FetchError],
                 max_bytes: int = MAX_BYTES) -> None:
        self._entries = dict(entries)
        self.max_bytes = max_bytes
        self.requested: list[str] = []

    @classmethod
    def from_file(cls, path: str | Path) -> ReplayTransport:
        return cls.from_har(read_json(path, CaptureError, "capture", MAX_CAPTURE_BYTES), name=display_name(path))

    @classmethod
    def from_har(cls, data: Any, name: str = "capture", max_bytes: int = MAX_BYTES) -> ReplayTransport:
        log = data.get("log") if isinstance(data, dict) else None
        entries_raw = log.get("entries") if isinstance(log, dict) else None
        if not isinstance(entries_raw, list):
            raise CaptureError(f"{name} is not a HAR file (no log.entries list)")
        entries: dict[tuple[str, Any], Response | FetchError] = {}
        for i, entry in enumerate(entries_raw):
            request = entry.get("request") if isinstance(entry, dict) else None
            response = entry.get("response") if isinstance(entry, dict) else None
            if not isinstance(request, dict) or not isinstance(response, dict) \
                    or not isinstance(request.get("url"), str) or not _is_status(response.get("status")):
                raise CaptureError(f"{name}: entry {i} lacks request.url or response.status")
            method = clean_line(request.get("method") or "GET").upper()
            url = clean_line(request["url"])
            status = int(response["status"])
            raw_headers, content = response.get("headers") or [], response.get("content") or {}
            if not isinstance(raw_headers, list) or not isinstance(content, dict):
                raise CaptureError(f"{name}: entry {i} is not HAR 1.2 (response.headers must be a list "
                                   "and response.content an object)")
            headers = {}
            for h in raw_headers:
                if isinstance(h, dict) and isinstance(h.get("name"), str):
                    headers[clean_line(h["name"]).lower()] = clean_line(h.get("value", ""))
            redirect = response.get("redirectURL")
            if status in (301, 302, 303, 307, 308) and "location" not in headers and isinstance(redirect, str) \
                    and redirect:
                headers["location"] = clean_line(redirect)
            answer: Response | FetchError
            try:
                body = _body(content, headers, name, i, max_bytes)
            except TooLarge as exc:
                answer = exc
            else:
                answer = Response(url=url, status=status, headers=headers, body=body)
            # the first entry for a URL wins, as a browser's first answer would
            entries.setdefault((method, url_key(url)), answer)
        return cls(entries, max_bytes)

    def send(self, url: str, headers: Mapping[str, str], *, guarded: bool,
             deadline: float | None = None) -> Response:
        self.requested.append(url)
        hit = self._entries.get(("GET", url_key(url)))
        if hit is None:
            return Response(url=url, status=404, headers={"content-type": "text/plain"}, body=b"")
        if isinstance(hit, FetchError) or len(hit.body) > self.max_bytes:
            raise _too_large(self.max_bytes)
        return Response(url=url, status=hit.status, headers=dict(hit.headers), body=hit.body)


def _is_status(value: Any) -> bool:
    """An HTTP status as HAR writes it: a whole number from 100 to 999 (not 1e999, not true)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    return 100 <= value <= 999 and float(value).is_integer()


def _too_large(cap: int) -> TooLarge:
    # the network's words for the same thing, so replay changes nothing else
    return TooLarge(f"page too large (over {cap:,} bytes once decoded)")


def _body(content: dict[str, Any], headers: dict[str, str], name: str, i: int, cap: int) -> bytes:
    text = content.get("text")
    if text is None:
        return b""
    if not isinstance(text, str):
        raise CaptureError(f"{name}: entry {i} has a body that is not text")
    if content.get("encoding") == "base64":
        if len(text) > (cap + 3) // 3 * 4 + 4:  # too large before it is even decoded
            raise _too_large(cap)
        try:
            body = base64.b64decode(text, validate=False)
        except (binascii.Error, ValueError):
            raise CaptureError(f"{name}: entry {i} has a body that is not valid base64") from None
    else:
        if len(text) > cap:  # every character is at least a byte
            raise _too_large(cap)
        charset = Response(url="", status=200, headers=headers).charset or "utf-8"
        try:
            body = text.encode(charset)
        except (LookupError, UnicodeError, ValueError):
            body = text.encode("utf-8", errors="replace")
    if len(body) > cap:
        raise _too_large(cap)
    return body
