"""Shared test helpers: offline HTTP from a table of answers, and a live loopback server
that stands in for every platform host."""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import pytest

from footprint.har import ReplayTransport, url_key
from footprint.http import Http, NetworkTransport, Response

CAPTURES = Path(__file__).parent / "captures"


def capture(*parts: str) -> bytes:
    """The bytes of a fictional capture under tests/captures."""
    return CAPTURES.joinpath(*parts).read_bytes()


def answer(status: int = 200, body: bytes | str | Any = b"", content_type: str = "text/html; charset=utf-8",
           **headers: str) -> Response:
    """One canned answer; dicts and lists become JSON."""
    if isinstance(body, (dict, list)):
        body, content_type = json.dumps(body).encode(), "application/json; charset=utf-8"
    if isinstance(body, str):
        body = body.encode("utf-8")
    h = {"content-type": content_type}
    h.update({k.replace("_", "-").lower(): v for k, v in headers.items()})
    return Response(url="", status=status, headers=h, body=body)


def offline_http(table: Mapping[str, Response]) -> Http:
    """An Http whose every request is answered from `table` (URL -> answer), else 404."""
    return Http(ReplayTransport({("GET", url_key(url)): r for url, r in table.items()}))


class LoopbackTransport:
    """Sends every request to one local server instead of the real host, keeping the path
    and query, so the network code path (requests, streaming, caps) is the real one."""

    def __init__(self, base: str) -> None:
        self.base = urlsplit(base)
        self.inner = NetworkTransport()

    def send(self, url: str, headers: Mapping[str, str], *, guarded: bool,
             deadline: float | None = None) -> Response:
        parts = urlsplit(url)
        local = urlunsplit((self.base.scheme, self.base.netloc, parts.path, parts.query, ""))
        response = self.inner.send(local, {**headers, "X-Original-Host": parts.netloc}, guarded=False,
                                   deadline=deadline)
        location = response.headers.get("location")
        if location and location.startswith(f"{self.base.scheme}://{self.base.netloc}"):
            loc = urlsplit(location)
            response.headers["location"] = urlunsplit((parts.scheme, parts.netloc, loc.path, loc.query, ""))
        response.url = url
        return response


@pytest.fixture
def live_http(httpserver: Any) -> Http:
    """An Http over the real network stack, pointed at pytest-httpserver for every host."""
    return Http(LoopbackTransport(httpserver.url_for("/")))


@pytest.fixture(autouse=True)
def private_dirs(tmp_path_factory: Any, monkeypatch: Any) -> dict[str, Path]:
    """Every test gets its own data, config, state and cache directories, and no keyring (the fail
    backend) unless it installs one: no test touches the user's real keyring or data."""
    from footprint import secrets

    root = tmp_path_factory.mktemp("xdg")
    dirs = {}
    for name in ("DATA", "CONFIG", "STATE", "CACHE"):
        dirs[name] = root / name.lower()
        monkeypatch.setenv(f"XDG_{name}_HOME", str(dirs[name]))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.setenv("FOOTPRINT_KEYRING_SERVICE", f"footprint-test-{os.getpid()}-{root.name}")
    monkeypatch.delenv("FOOTPRINT_KEYRING_TIMEOUT", raising=False)
    secrets.reset()
    yield dirs
    secrets.reset()


@pytest.fixture(autouse=True)
def strict(monkeypatch: Any) -> None:
    """A fault in footprint's own code (footprint.faults.ours) fails the test instead of becoming
    one source's "error"; a test of that hiding itself does monkeypatch.delenv("FOOTPRINT_STRICT")."""
    monkeypatch.setenv("FOOTPRINT_STRICT", "1")


@pytest.fixture
def keyring_backend(monkeypatch: Any) -> Any:
    """Install a fake backend by its name in tests.fake_keyrings (a fresh, empty Memory store)."""
    from footprint import secrets
    from tests import fake_keyrings

    monkeypatch.setattr(fake_keyrings.Memory, "store", {})

    def install(name: str) -> Any:
        monkeypatch.setenv("PYTHON_KEYRING_BACKEND", f"tests.fake_keyrings.{name}")
        secrets.reset()
        return getattr(fake_keyrings, name)

    return install
