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

from footprint.errors import CaptureError, read_json
from footprint.http import Response


def url_key(url: str) -> tuple[str, str, str, tuple[tuple[str, str], ...]]:
    """The parts of a URL that decide whether a capture entry answers it."""
    parts = urlsplit(url.strip())
    path = parts.path.rstrip("/") or ""
    query = tuple(sorted(parse_qsl(parts.query, keep_blank_values=True)))
    return (parts.scheme.lower(), parts.netloc.lower(), path, query)


class ReplayTransport:
    """Answers every request from a HAR file instead of the network."""

    def __init__(self, entries: Mapping[tuple[str, Any], Response]) -> None:
        self._entries = dict(entries)
        self.requested: list[str] = []

    @classmethod
    def from_file(cls, path: str | Path) -> ReplayTransport:
        return cls.from_har(read_json(path, CaptureError, "capture"), name=str(path))

    @classmethod
    def from_har(cls, data: Any, name: str = "capture") -> ReplayTransport:
        entries_raw = data.get("log", {}).get("entries") if isinstance(data, dict) else None
        if not isinstance(entries_raw, list):
            raise CaptureError(f"{name} is not a HAR file (no log.entries list)")
        entries: dict[tuple[str, Any], Response] = {}
        for i, entry in enumerate(entries_raw):
            try:
                request, response = entry["request"], entry["response"]
                method = str(request.get("method", "GET")).upper()
                url = str(request["url"])
                status = int(response["status"])
            except (KeyError, TypeError, ValueError, AttributeError):
                raise CaptureError(f"{name}: entry {i} lacks request.url or response.status") from None
            headers = {}
            for h in response.get("headers") or []:
                if isinstance(h, dict) and "name" in h:
                    headers[str(h["name"]).lower()] = str(h.get("value", ""))
            if status in (301, 302, 303, 307, 308) and "location" not in headers and response.get("redirectURL"):
                headers["location"] = str(response["redirectURL"])
            body = _body(response.get("content") or {}, headers, name, i)
            # the first entry for a URL wins, as a browser's first answer would
            entries.setdefault((method, url_key(url)), Response(url=url, status=status, headers=headers, body=body))
        return cls(entries)

    def send(self, url: str, headers: Mapping[str, str], *, guarded: bool,
             deadline: float | None = None) -> Response:
        self.requested.append(url)
        hit = self._entries.get(("GET", url_key(url)))
        if hit is None:
            return Response(url=url, status=404, headers={"content-type": "text/plain"}, body=b"")
        return Response(url=url, status=hit.status, headers=dict(hit.headers), body=hit.body)


def _body(content: dict[str, Any], headers: dict[str, str], name: str, i: int) -> bytes:
    text = content.get("text")
    if text is None:
        return b""
    if content.get("encoding") == "base64":
        try:
            return base64.b64decode(text, validate=False)
        except (binascii.Error, ValueError):
            raise CaptureError(f"{name}: entry {i} has a body that is not valid base64") from None
    charset = Response(url="", status=200, headers=headers).charset or "utf-8"
    try:
        return str(text).encode(charset)
    except (LookupError, UnicodeEncodeError):
        return str(text).encode("utf-8", errors="replace")
