"""Hostile and careless input (issue 11): files, captures, facts, broken servers and strings from
outside. Each input is refused with exit status 2 and one clear line, or read within the limits."""

from __future__ import annotations

import base64
import gzip
import io
import json
import os
import socket
import subprocess
import sys
import threading
import types
from collections.abc import Iterator
from pathlib import Path

import pytest

from footprint import __version__
from footprint import http as fhttp
from footprint.cli import main
from footprint.engine import check_url
from footprint.errors import FactsError, FetchError, InputError, TooLarge, UsageError
from footprint.facts import MAX_FAMILY, Facts
from footprint.files import MAX_BYTES, binary_kind, read_input
from footprint.har import ReplayTransport
from footprint.http import USER_AGENT, Http, NetworkTransport

ESCAPES = "\x1b]2;PWNED\x07\x1b[2J\x9b\u202e"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    # the tests run with no keyring, which the vault says in a line of its own: not these tests' subject
    err = "".join(line for line in err.splitlines(True) if "no system keyring is available" not in line)
    return code, out, err


def assert_one_clean_line(err: str) -> None:
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err and "unexpected failure" not in err
    assert not any(c in err for c in "\x1b\x07\x9b\u202e")


# ---------------------------------------------------------------- files: one cap, no binary, named kinds

BINARIES = {
    "elf": (b"\x7fELF\x02\x01\x01" + b"\x00" * 64, "a program (ELF)"),
    "png": (b"\x89PNG\r\n\x1a\n" + b"IHDR" * 4, "a PNG image"),
    "jpeg": (b"\xff\xd8\xff\xe0JFIF", "a JPEG image"),
    "gif": (b"GIF89a\x01\x00", "a GIF image"),
    "pdf": (b"%PDF-1.7\n%abc", "a PDF document"),
    "zip": (b"PK\x03\x04\x14\x00", "a ZIP archive"),
    "gzip": (gzip.compress(b"<p>hello</p>"), "gzip-compressed data"),
    "nul": (b"<p>text</p>\x00\x00\x00", "binary data"),
}


@pytest.mark.parametrize("name", sorted(BINARIES))
def test_binary_files_are_refused_by_scan(tmp_path, capsys, name):
    body, kind = BINARIES[name]
    path = tmp_path / f"page.{name}"
    path.write_bytes(body)
    code, out, err = run(capsys, "scan", "--format", "json", "--facts", str(_no_facts(tmp_path)), str(path))
    assert (code, out) == (2, "")
    assert err == f"footprint: file {path} is not a web page or text file ({kind})\n"


def test_text_in_utf16_with_a_byte_order_mark_is_still_text():
    assert binary_kind("<p>Zoë</p>".encode("utf-16")) is None
    assert binary_kind(b"<p>plain</p>") is None


def test_a_large_file_of_nuls_is_refused_before_it_is_read(tmp_path, capsys):
    path = tmp_path / "sparse.bin"
    with path.open("wb") as f:  # 2 GB, sparse: refused from its size, never read into memory
        f.truncate(2 * 1024 ** 3)
    code, out, err = run(capsys, "scan", "--format", "json", str(path))
    assert (code, out) == (2, "")
    assert err == f"footprint: file {path} is too large (the cap is {MAX_BYTES:,} bytes)\n"


def test_a_file_just_over_the_cap_is_refused_and_one_at_the_cap_is_read(tmp_path):
    over, at = tmp_path / "over.txt", tmp_path / "at.txt"
    over.write_bytes(b"a" * (MAX_BYTES + 1))
    at.write_bytes(b"a" * MAX_BYTES)
    with pytest.raises(InputError, match="too large"):
        read_input(over)
    assert len(read_input(at)) == MAX_BYTES


def test_streams_are_read_with_a_bound(monkeypatch):
    endless = types.SimpleNamespace(buffer=io.BytesIO(b"a" * (MAX_BYTES + 10)))
    monkeypatch.setattr("sys.stdin", endless)
    with pytest.raises(InputError, match="file from standard input is too large"):
        read_input("-")


@pytest.mark.parametrize("kind", ["directory", "fifo", "device"])
def test_non_regular_files_are_named_for_what_they_are(tmp_path, capsys, kind):
    if kind == "directory":
        path, words = tmp_path, "a directory"
    elif kind == "fifo":
        path, words = tmp_path / "pipe", "a named pipe (FIFO)"
        os.mkfifo(path)  # nobody writes to it: opening it for reading would block for ever
    else:
        path, words = Path("/dev/zero"), "a device"
    code, out, err = run(capsys, "scan", "--format", "json", str(path))
    assert (code, out) == (2, "")
    assert err == f"footprint: file {path} is {words}, not a file footprint can read\n"


def test_a_fifo_swapped_in_after_the_check_does_not_block_the_engine(tmp_path):
    from footprint import wiring
    from footprint.engine import Scanned

    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    with pytest.raises(InputError, match="named pipe"):
        wiring.engine().scan([Scanned(pipe)])


def test_dash_reads_standard_input(monkeypatch, capsys, tmp_path):
    page = b"<html><body><p>Call 07700 900123</p></body></html>"
    monkeypatch.setattr("sys.stdin", types.SimpleNamespace(buffer=io.BytesIO(page)))
    code, out, err = run(capsys, "scan", "--format", "json", "-q", "--facts", str(_no_facts(tmp_path)), "-")
    assert code == 0, err
    result = json.loads(out)
    assert [(s["url"], s["status"]) for s in result["sources"]] == [("stdin:", "ok")]
    assert [(f["category"], f["value"]) for f in result["findings"]] == [("phone_number", "+447700900123")]


def test_dash_on_a_terminal_is_refused_clearly(monkeypatch, capsys, tmp_path):
    class Tty(io.BytesIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr("sys.stdin", types.SimpleNamespace(buffer=Tty(b"")))
    code, out, err = run(capsys, "scan", "--format", "json", "--facts", str(_no_facts(tmp_path)), "-")
    assert (code, out) == (2, "")
    assert err.startswith("footprint: '-' reads the file from standard input, which is a terminal here")


def test_file_names_are_cleaned_in_messages(tmp_path, capsys):
    path = tmp_path / f"page{ESCAPES}.html"
    path.write_bytes(b"\x00binary")
    code, _, err = run(capsys, "scan", "--facts", str(_no_facts(tmp_path)), str(path))
    assert code == 2
    assert_one_clean_line(err)
    assert "page�]2;PWNED�" in err


def _no_facts(tmp_path: Path) -> Path:
    facts = tmp_path / "facts.json"
    facts.write_text("{}")
    return facts


# ---------------------------------------------------------------- captures and facts files: exit 2, never 1

def _entry(**response: object) -> dict:
    base: dict = {"status": 200, "headers": [], "content": {"text": "<p>x</p>"}}
    base.update(response)
    return {"request": {"method": "GET", "url": "https://a.example/"}, "response": base}


BAD_CAPTURES = {
    "content is a list": json.dumps({"log": {"entries": [_entry(content=[1, 2])]}}),
    "content is a string": json.dumps({"log": {"entries": [_entry(content="<p>x</p>")]}}),
    "log is a string": json.dumps({"log": "entries"}),
    "entries hold a number": json.dumps({"log": {"entries": [7]}}),
    "base64 text is a number": json.dumps({"log": {"entries": [_entry(content={"text": 12, "encoding": "base64"})]}}),
    "text is a list": json.dumps({"log": {"entries": [_entry(content={"text": ["a"]})]}}),
    "status 1e999": json.dumps({"log": {"entries": [_entry()]}}).replace('"status": 200', '"status": 1e999'),
    "status is text": json.dumps({"log": {"entries": [_entry(status="ok")]}}),
    "status is true": json.dumps({"log": {"entries": [_entry(status=True)]}}),
    "status 99999": json.dumps({"log": {"entries": [_entry(status=99999)]}}),
    "url is a number": json.dumps({"log": {"entries": [{"request": {"url": 5}, "response": {"status": 200}}]}}),
    "headers is a number": json.dumps({"log": {"entries": [_entry(headers=3)]}}),
    "100,000 nested brackets": "[" * 100_000,
    "not UTF-8": "\udcff",
}


@pytest.mark.parametrize("case", sorted(BAD_CAPTURES))
def test_bad_captures_exit_2_with_one_line(tmp_path, capsys, case):
    path = tmp_path / "c.har"
    path.write_bytes(BAD_CAPTURES[case].encode("utf-8", "surrogateescape"))
    code, out, err = run(capsys, "audit", "--replay", str(path), "--format", "json", "https://a.example/")
    assert (code, out) == (2, ""), err
    assert_one_clean_line(err)


@pytest.mark.parametrize("text", ["[" * 100_000, "{\"family\": " + "[" * 100_000 + "}"], ids=["list", "family"])
def test_deeply_nested_facts_exit_2(tmp_path, capsys, text):
    facts = tmp_path / "nested.json"
    facts.write_text(text)
    code, out, err = run(capsys, "scan", "--facts", str(facts), str(_no_facts(tmp_path)))
    assert (code, out) == (2, "")
    assert err == f"footprint: facts file {facts} is nested too deeply to be read\n"


# ---------------------------------------------------------------- replay has the network's cap

@pytest.mark.parametrize("encoding", ["text", "base64"])
def test_replayed_body_past_the_cap_is_page_too_large(encoding):
    body = b"<p>" + b"a" * MAX_BYTES + b"</p>"
    content = ({"text": base64.b64encode(body).decode(), "encoding": "base64"} if encoding == "base64"
               else {"text": body.decode()})
    http = Http(ReplayTransport.from_har({"log": {"entries": [
        {"request": {"url": "https://big.example/"}, "response": {"status": 200, "content": content}}]}}))
    with pytest.raises(TooLarge) as caught:
        http.get("https://big.example/")
    assert str(caught.value) == f"page too large (over {MAX_BYTES:,} bytes once decoded)"


def test_replayed_body_at_the_cap_is_read():
    body = "a" * MAX_BYTES
    http = Http(ReplayTransport.from_har({"log": {"entries": [
        {"request": {"url": "https://big.example/"}, "response": {"status": 200, "content": {"text": body}}}]}}))
    assert len(http.get("https://big.example/").body) == MAX_BYTES


def test_a_replayed_audit_reports_the_large_page_as_the_network_would(tmp_path, capsys):
    har = {"log": {"entries": [{"request": {"url": "https://big.example/"},
                                "response": {"status": 200, "content": {"text": "a" * (MAX_BYTES + 1)}}}]}}
    path = tmp_path / "c.har"
    path.write_text(json.dumps(har))
    code, out, err = run(capsys, "audit", "--replay", str(path), "--format", "json", "-q", "--facts",
                         str(_no_facts(tmp_path)), "https://big.example/")
    assert code == 0, err
    assert json.loads(out)["sources"] == [{"url": "https://big.example/", "platform": "website", "status": "error",
                                           "detail": f"page too large (over {MAX_BYTES:,} bytes once decoded)",
                                           "origin": "web"}]


# ---------------------------------------------------------------- facts that cannot be matched safely

@pytest.mark.parametrize("facts", [{"full_name": "["}, {"full_name": "a"}, {"birthplace": "--"},
                                   {"football_team": "?!"}, {"family": ["Owen", "["]}, {"full_name": "é"}])
def test_facts_that_would_match_anything_are_refused(facts):
    with pytest.raises(FactsError, match="too short or only punctuation to be matched safely"):
        Facts.from_dict(facts)


def test_a_bracket_fact_exits_2(tmp_path, capsys):
    facts = tmp_path / "bracket.json"
    facts.write_text(json.dumps({"full_name": "["}))
    code, out, err = run(capsys, "scan", "--facts", str(facts), str(_no_facts(tmp_path)))
    assert (code, out) == (2, "")
    assert err == f"footprint: {facts}: 'full_name' is too short or only punctuation to be matched safely: '['\n"


def test_family_names_are_deduplicated_and_capped():
    assert Facts.from_dict({"family": ["Owen", " Owen ", "Ffion", "owen"]}).family == ("Owen", "Ffion")
    assert len(Facts.from_dict({"family": [f"Name{i}" for i in range(MAX_FAMILY)]}).family) == MAX_FAMILY
    with pytest.raises(FactsError, match=f"'family' lists more than {MAX_FAMILY} different names"):
        Facts.from_dict({"family": [f"Name{i}" for i in range(1000)] * 1000})  # a million names


def test_short_real_values_are_kept():
    facts = Facts.from_dict({"full_name": "Jo Li", "family": ["Al", "Bo"], "birthplace": "Ely"})
    assert (facts.full_name, facts.family, facts.birthplace) == ("Jo Li", ("Al", "Bo"), "Ely")


# ---------------------------------------------------------------- the user agent

def test_user_agent_names_only_the_tool_its_version_and_home_page(httpserver):
    seen = []
    httpserver.expect_request("/ua").respond_with_handler(
        lambda r: (seen.append(r.headers.get("User-Agent")), __import__("werkzeug").Response("ok"))[1])
    Http(NetworkTransport()).get(httpserver.url_for("/ua"))
    assert seen == [USER_AGENT] == [f"footprint/{__version__} (+https://github.com/footprint-audit/footprint)"]


# ---------------------------------------------------------------- broken servers: one short sentence

class RawServer:
    """A loopback server that answers every connection with fixed bytes (headers no framework
    would let through), then closes."""

    def __init__(self, reply: bytes) -> None:
        self.reply = reply
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.port = self.sock.getsockname()[1]
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            with conn:
                conn.recv(65536)
                conn.sendall(self.reply)

    def url(self, path: str = "/") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def close(self) -> None:
        self.sock.close()


@pytest.fixture
def raw_server() -> Iterator[type[RawServer]]:
    servers: list[RawServer] = []

    def make(reply: bytes) -> RawServer:
        servers.append(RawServer(reply))
        return servers[-1]

    yield make  # type: ignore[misc]
    for s in servers:
        s.close()


def _failure(url: str) -> str:
    with pytest.raises(FetchError) as caught:
        Http(NetworkTransport(connect_timeout=2, read_timeout=2)).get(url)
    return str(caught.value)


def test_dns_failure_says_are_you_online(monkeypatch):
    def no_dns(*args, **kwargs):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_dns)
    assert _failure("https://www.instagram.com/someone/") == "could not find www.instagram.com: are you online?"


def test_refused_connection():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()  # nothing listens there now
    assert _failure(f"http://127.0.0.1:{port}/") == "127.0.0.1 refused the connection"


def test_broken_gzip(raw_server):
    server = raw_server(b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: 15\r\n\r\nnot gzip at all")
    assert _failure(server.url()) == "127.0.0.1 sent a compressed page that could not be decompressed"


def test_tls_failure(raw_server):
    server = raw_server(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")  # plain HTTP where TLS is expected
    assert _failure(f"https://127.0.0.1:{server.port}/") == \
        "could not make a secure connection to 127.0.0.1 (its certificate was not accepted)"


def test_body_shorter_than_its_length(raw_server):
    server = raw_server(b"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\nonly twenty bytes...")
    assert _failure(server.url()) == "the connection to 127.0.0.1 broke off before the page was complete"


def test_header_flood(raw_server):
    server = raw_server(b"HTTP/1.1 200 OK\r\n" + b"".join(b"X-%d: y\r\n" % i for i in range(200)) + b"\r\nok")
    assert _failure(server.url()) == \
        "could not connect to 127.0.0.1, or it sent an answer that is not valid HTTP"


# ---------------------------------------------------------------- strings from outside, cleaned where they enter

HOSTILE_HEADERS = (b"HTTP/1.1 302 Found\r\nContent-Type: text/html\x1b]2;PWNED\x07\x1b[2J\r\n"
                   b"Location: /next\x1b]2;PWNED\x07\r\nX-Note: \xe2\x80\xae\x9b\r\nContent-Length: 0\r\n\r\n")


def test_network_headers_are_cleaned_as_they_arrive(raw_server):
    server = raw_server(HOSTILE_HEADERS)
    r = Http(NetworkTransport(), max_redirects=0).transport.send(server.url(), {}, guarded=False)
    assert r.headers["content-type"] == "text/html�]2;PWNED��[2J"
    assert r.headers["location"] == "/next�]2;PWNED�"
    assert not any(c in v for v in r.headers.values() for c in "\x1b\x07\x9b\u202e")


def test_replayed_headers_and_urls_are_cleaned():
    t = ReplayTransport.from_har({"log": {"entries": [{
        "request": {"url": "https://a.example/"},
        "response": {"status": 200, "content": {"text": "x"},
                     "headers": [{"name": "Content-Type", "value": f"image/x{ESCAPES}"},
                                 {"name": f"X{ESCAPES}", "value": "1"}]}}]}})
    r = Http(t).get("https://a.example/")
    assert r.headers == {"content-type": "image/x�]2;PWNED��[2J�⟨U+202E⟩", "x�]2;pwned��[2j�⟨u+202e⟩": "1"}


def test_hostile_headers_reach_no_terminal_or_report(tmp_path, capsys):
    """A Content-Type carrying escape sequences ends in Source.detail; neither the progress
    lines, the text report nor the JSON carry them."""
    har = {"log": {"entries": [{"request": {"url": "https://a.example/"},
                                "response": {"status": 200, "content": {"text": "x"},
                                             "headers": [{"name": "Content-Type", "value": f"image/x{ESCAPES}"}]}}]}}
    path = tmp_path / "c.har"
    path.write_text(json.dumps(har))
    for fmt in ("text", "json"):
        code, out, err = run(capsys, "audit", "--replay", str(path), "--format", fmt, "--facts",
                             str(_no_facts(tmp_path)), "https://a.example/")
        assert code == 0
        assert "(not a web page (image/x�]2))" in err  # the media type ends at its first ';'
        for stream in (out, err):
            assert not any(c in stream for c in "\x1b\x07\x9b\u202e")


def test_typed_urls_with_control_characters_are_refused():
    with pytest.raises(UsageError, match="control characters"):
        check_url("https://a.example/\x1b[2J")


# ---------------------------------------------------------------- the address guard at every hop

@pytest.fixture
def connections(monkeypatch) -> list[tuple[str, int]]:
    """Every address a socket tries to connect to; anything but loopback is refused unsent."""
    seen: list[tuple[str, int]] = []
    real = socket.socket.connect

    def connect(self: socket.socket, address) -> None:
        seen.append((address[0], address[1]))
        if address[0] not in ("127.0.0.1", "::1"):
            raise OSError(101, "test: outside addresses are unreachable")
        return real(self, address)

    monkeypatch.setattr(socket.socket, "connect", connect)
    return seen


def test_robots_of_a_followed_link_is_guarded_even_from_a_plain_view(httpserver, connections):
    httpserver.expect_request("/robots.txt").respond_with_data("")
    with pytest.raises(fhttp.ForbiddenAddress):
        Http(NetworkTransport()).get(httpserver.url_for("/page"), followed=True)
    assert httpserver.log == [] and connections == []


def test_a_robots_redirect_to_a_private_address_is_not_followed(httpserver, connections, monkeypatch):
    monkeypatch.setattr(fhttp._AddressGuard, "allowed", {"127.0.0.1"})  # the server stands in for a public site
    httpserver.expect_request("/robots.txt").respond_with_data(
        "", status=302, headers={"Location": "http://10.9.9.9/internal/action?delete=1"})
    with pytest.raises(fhttp.ForbiddenAddress, match=r"10\.9\.9\.9"):
        Http(NetworkTransport()).following().get(f"http://127.0.0.1:{httpserver.port}/page")
    assert {a for a, _ in connections} == {"127.0.0.1"}


@pytest.mark.parametrize("host", ["[::1]", "10.1.2.3", "169.254.169.254", "127.1", "2130706433"])
def test_a_followed_private_link_is_reported_as_such_not_as_robots(host, connections):
    with pytest.raises(fhttp.ForbiddenAddress, match="non-public address"):
        Http(NetworkTransport()).following().get(f"http://{host}:9/")
    assert connections == []  # refused from the resolved address, before any packet


def test_the_table_in_tests_readme_has_every_row_and_names_only_real_tests():
    import ast
    import re

    here = Path(__file__).parent
    text = (here / "README.md").read_text()
    rows = [int(n) for n in re.findall(r"^\| (\d+) \|", text, flags=re.M)]
    assert rows == list(range(1, 41))
    defined = {node.name for p in here.rglob("*.py") for node in ast.walk(ast.parse(p.read_text()))
               if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))}
    modules = {p.stem for p in here.rglob("test_*.py")}
    assert set(re.findall(r"\b(test_\w+)", text)) - defined - modules == set()


def test_a_detail_quoting_the_page_is_cleaned_in_the_result():
    from footprint.engine import Engine
    from footprint.models import Collected, Profile, Status
    from tests.conftest import offline_http

    class Quoting:
        name = "quoting"

        def collect(self, url: str, http: Http) -> Collected:
            return Collected(Profile(url=url, platform=self.name), Status.NOT_FOUND, f"the site says: gone{ESCAPES}\nok")

    engine = Engine(find=lambda url: Quoting(), pick_saved=lambda *a: Quoting(), read_saved=lambda *a: None)
    result = engine.audit(["https://a.example/"], offline_http({}))
    assert [s.detail for s in result.sources] == ["the site says: gone�]2;PWNED��[2J�⟨U+202E⟩ ok"]


def test_a_report_replaces_a_planted_symlink_and_never_writes_through_it(tmp_path, capsys):  # row 30
    target = tmp_path / "bashrc"
    target.write_text("untouched\n")
    link = tmp_path / "report.json"
    link.symlink_to(target)
    code, _, err = run(capsys, "demo", "--format", "json", "-q", "-o", str(link))
    assert code == 0, err
    assert target.read_text() == "untouched\n"
    assert not link.is_symlink() and json.loads(link.read_text())["schema"] == "footprint.audit/1"


def test_an_output_path_that_cannot_be_written_is_named_cleanly(tmp_path, capsys):
    code, out, err = run(capsys, "demo", "--format", "json", "-q", "-o", str(tmp_path / f"no{ESCAPES}" / "r.json"))
    assert (code, out) == (2, "")
    assert_one_clean_line(err)


# 127.0.0.1 stands in for a public site here, so the loopback spellings name 127.0.0.2
@pytest.mark.parametrize("target", ["http://10.9.9.9/internal/action?delete=1", "http://169.254.169.254/latest/",
                                    "http://2130706434:9/", "http://[::ffff:127.0.0.2]:9/", "http://[::1]:9/"])
def test_a_followed_links_redirect_to_a_private_address_is_not_followed(httpserver, connections, monkeypatch,
                                                                         target):
    monkeypatch.setattr(fhttp._AddressGuard, "allowed", {"127.0.0.1"})  # the server stands in for a public site
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    httpserver.expect_request("/go").respond_with_data("", status=302, headers={"Location": target})
    with pytest.raises(fhttp.ForbiddenAddress, match="non-public address"):
        Http(NetworkTransport()).following().get(f"http://127.0.0.1:{httpserver.port}/go")
    assert {a for a, _ in connections} == {"127.0.0.1"} and {p for _, p in connections} == {httpserver.port}


def test_the_shared_report_writer_replaces_a_planted_symlink_and_keeps_the_file_private(tmp_path):
    # the command line's -o and the app's export both write through footprint.files.write_private
    from footprint.files import write_private
    from footprint.tui import report

    target = tmp_path / "precious.txt"
    target.write_text("keep me")
    link = tmp_path / "report.txt"
    link.symlink_to(target)
    write_private(link, b"the report")
    assert (target.read_text(), link.is_symlink(), link.read_text()) == ("keep me", False, "the report")
    assert link.stat().st_mode & 0o777 == 0o600
    assert report.write_private is write_private


@pytest.mark.parametrize("body, kind", [(b"\x89PNG\r\n\x1a\n" + b"\0" * 20, "a PNG image"),
                                        (b"%PDF-1.7\n<p>Hi</p>", "a PDF document")])
def test_a_binary_body_served_as_html_is_not_read_as_a_page(body, kind):
    from footprint import wiring
    from tests.conftest import answer, offline_http

    http = offline_http({"https://site.example/": answer(200, body)})
    result = wiring.engine().audit(["https://site.example/"], http)
    assert [(s.status.value, s.detail) for s in result.sources] == [("error", f"not a web page ({kind})")]
    assert result.findings == []


@pytest.mark.parametrize("platform", ["facebook", "website"])
def test_an_xml_file_scanned_as_a_page_prints_no_python_warning(tmp_path, platform):
    page = tmp_path / "feed.xml"
    page.write_text('<?xml version="1.0"?>\n<rss><channel><title>Sam</title></channel></rss>')
    (tmp_path / "f.json").write_text("{}")
    done = subprocess.run([sys.executable, "-W", "default", "-m", "footprint", "scan", "--no-history", "--facts",
                           str(tmp_path / "f.json"), "--format", "json", "--platform", platform, str(page)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and "Warning" not in done.stderr, done.stderr
