"""The replay transport answers exactly as contract section 2 says."""

from __future__ import annotations

import base64
import json

import pytest

from footprint.errors import CaptureError
from footprint.har import ReplayTransport
from footprint.http import Http


def har(*entries: dict) -> dict:
    return {"log": {"version": "1.2", "entries": list(entries)}}


def entry(url: str, status: int = 200, text: str | None = "", headers: dict | None = None,
          base64_body: bytes | None = None, redirect: str = "") -> dict:
    content: dict = {"mimeType": "text/html"}
    if base64_body is not None:
        content.update(text=base64.b64encode(base64_body).decode(), encoding="base64")
    elif text is not None:
        content["text"] = text
    return {"request": {"method": "GET", "url": url},
            "response": {"status": status, "headers": [{"name": k, "value": v} for k, v in (headers or {}).items()],
                         "content": content, "redirectURL": redirect}}


def test_query_order_and_trailing_slash_do_not_matter():
    t = ReplayTransport.from_har(har(entry("https://a.example/x/?b=2&a=1", text="hit")))
    http = Http(t)
    assert http.get("https://a.example/x?a=1&b=2").body == b"hit"
    assert http.get("https://A.EXAMPLE/x/?a=1&b=2").body == b"hit"


def test_missing_entry_is_a_404():
    http = Http(ReplayTransport.from_har(har()))
    r = http.get("https://nothing.example/")
    assert r.status == 404 and r.body == b""


def test_redirects_in_the_capture_are_followed():
    http = Http(ReplayTransport.from_har(har(
        entry("https://twitter.com/u", 301, None, {"Location": "https://x.com/u"}),
        entry("https://x.com/u", 302, None, redirect="https://x.com/login"),
        entry("https://x.com/login", 200, "wall"))))
    r = http.get("https://twitter.com/u")
    assert r.url == "https://x.com/login" and r.body == b"wall"
    assert [u for _, u in r.history] == ["https://twitter.com/u", "https://x.com/u"]


def test_base64_and_declared_charset_bodies():
    http = Http(ReplayTransport.from_har(har(
        entry("https://b.example/bin", base64_body=b"\x89PNG"),
        entry("https://b.example/latin", text="Zoë", headers={"Content-Type": "text/html; charset=iso-8859-1"}))))
    assert http.get("https://b.example/bin").body == b"\x89PNG"
    assert http.get("https://b.example/latin").body == "Zoë".encode("latin-1")


@pytest.mark.parametrize("content", [b"not json", json.dumps({"log": {}}).encode(),
                                     json.dumps({"log": {"entries": [{"request": {}}]}}).encode()])
def test_bad_captures_are_capture_errors(tmp_path, content):
    path = tmp_path / "bad.har"
    path.write_bytes(content)
    with pytest.raises(CaptureError):
        ReplayTransport.from_file(path)


def test_unreadable_capture(tmp_path):
    with pytest.raises(CaptureError, match="cannot read"):
        ReplayTransport.from_file(tmp_path / "missing.har")
