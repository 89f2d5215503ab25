"""Egress: every connection an audit opens is recorded, and none goes anywhere but the profile the
user entered, even with --follow-links on a page whose links point at loopback, private and
metadata addresses in every spelling. No packet is sent to anything but loopback."""

from __future__ import annotations

import json
import socket
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from footprint import engine as fengine
from footprint.cli import main

# every spelling of "this machine", a private network, the cloud metadata service and their kin;
# {port} is an internal service that must never be reached
HOSTILE_LINKS = [
    "http://127.1:{port}/a", "http://0x7f.1:{port}/b", "http://2130706433:{port}/c",
    "http://0177.0.0.1:{port}/d", "http://0x7f000001:{port}/e", "http://[::1]:{port}/f",
    "http://[::ffff:127.0.0.1]:{port}/g", "http://localhost:{port}/h", "http://127.0.0.2:{port}/i",
    "http://169.254.169.254/latest/meta-data/", "http://10.1.2.3/", "http://192.168.1.1/admin",
    "http://172.16.0.1/", "http://100.64.0.1/", "http://[fe80::1]/", "http://[fd00::1]/",
    "http://0.0.0.0:{port}/j", "http://[::]:{port}/k",
]


@pytest.fixture
def connections(monkeypatch) -> list[tuple[str, int]]:
    """Every (address, port) a socket connects to; only loopback is ever really connected."""
    seen: list[tuple[str, int]] = []
    real = socket.socket.connect

    def connect(self: socket.socket, address: Any) -> None:
        seen.append((str(address[0]), int(address[1])))
        if address[0] not in ("127.0.0.1", "::1"):
            raise OSError(101, "test: outside addresses are unreachable")
        return real(self, address)

    monkeypatch.setattr(socket.socket, "connect", connect)
    return seen


@pytest.fixture
def internal() -> Any:
    """A second local server standing for a service inside the user's network."""
    server = HTTPServer(host="127.0.0.1")
    server.expect_request("/robots.txt").respond_with_data("")
    server.start()
    yield server
    server.clear()
    server.stop()


def _page(links: list[str]) -> str:
    anchors = "".join(f'<a rel="me" href="{u}">{i}</a>' for i, u in enumerate(links))
    return f"<html><head><title>Sam Example</title></head><body><p>Hello</p>{anchors}</body></html>"


def test_follow_links_never_leaves_the_entered_profile(httpserver, internal, connections, capsys, tmp_path,
                                                      monkeypatch):
    monkeypatch.setattr(fengine, "MAX_FOLLOWED", len(HOSTILE_LINKS))
    links = [u.format(port=internal.port) for u in HOSTILE_LINKS]
    httpserver.expect_request("/profile").respond_with_data(_page(links), content_type="text/html; charset=utf-8")
    facts = tmp_path / "facts.json"
    facts.write_text("{}")
    profile = f"http://127.0.0.1:{httpserver.port}/profile"

    code = main(["audit", "--follow-links", "--format", "json", "-q", "--facts", str(facts), profile])
    out, err = capsys.readouterr()

    assert code == 0, err
    sources = json.loads(out)["sources"]
    assert sources[0] == {"url": profile, "platform": "website", "status": "ok", "detail": sources[0]["detail"],
                          "origin": "web"}
    followed = {s["url"]: (s["status"], s["detail"]) for s in sources[1:]}
    assert set(followed) == set(links)  # every hostile link was taken up, and every one refused
    for url, (status, detail) in followed.items():
        assert status == "error" and "non-public address" in detail and "not followed" in detail, (url, detail)
    assert set(connections) == {("127.0.0.1", httpserver.port)}  # the entered profile, nothing else
    assert internal.log == []
    assert [r.path for r, _ in httpserver.log] == ["/profile"]
