"""The rows of reliability.md section (a) not covered elsewhere: endless bodies, over-long headers,
.netrc credentials, hostile robots.txt files, charsets, NUL bytes, attribute floods, bidi and lone
surrogates on their way to JSON. Everything runs against 127.0.0.1."""

from __future__ import annotations

import json
import time

import pytest
from werkzeug import Request, Response as WResponse

from collectors.generic import GenericCollector
from footprint import http as fhttp
from footprint.cli import main
from footprint.errors import DeadlineExceeded, FetchError, RobotsDisallowed, TooLarge
from footprint.http import Http, NetworkTransport
from footprint.models import Status
from tests.conftest import answer, offline_http
from tests.test_hostile_input import RawServer

ZOE = "<html><head><title>Zoë Ångström</title></head><body><p>Zoë Ångström from Leeds</p></body></html>"


def network(**kw) -> Http:
    return Http(NetworkTransport(**kw))


def test_endless_chunked_body_stops_at_the_cap(httpserver):  # row 4
    def endless(request: Request) -> WResponse:
        def gen():
            while True:
                yield b"a" * 65536
        return WResponse(gen(), content_type="text/html")  # no Content-Length: chunked

    httpserver.expect_request("/endless").respond_with_handler(endless)
    with pytest.raises(TooLarge) as caught:
        network(max_bytes=1024 * 1024).get(httpserver.url_for("/endless"))
    assert str(caught.value) == "page too large (over 1,048,576 bytes once decoded)"


def test_one_header_line_of_70_kb_is_a_fetch_error():  # row 11
    server = RawServer(b"HTTP/1.1 200 OK\r\nX-Long: " + b"a" * 70_000 + b"\r\nContent-Length: 2\r\n\r\nok")
    try:
        with pytest.raises(FetchError) as caught:
            network().get(server.url())
    finally:
        server.close()
    assert str(caught.value) == "could not connect to 127.0.0.1, or it sent an answer that is not valid HTTP"


def test_netrc_credentials_are_never_sent(httpserver, tmp_path, monkeypatch):  # row 13
    (tmp_path / ".netrc").write_text("machine 127.0.0.1 login officer password hunter2\n"
                                     "machine localhost login officer password hunter2\n")
    (tmp_path / ".netrc").chmod(0o600)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("NETRC", str(tmp_path / ".netrc"))
    seen = []
    httpserver.expect_request("/p").respond_with_handler(
        lambda r: (seen.append(r.headers.get("Authorization")), WResponse("ok"))[1])
    assert network().get(httpserver.url_for("/p")).body == b"ok"
    assert seen == [None]


@pytest.fixture
def public_loopback(monkeypatch):
    """The test server stands in for a public site, for robots.txt rules to be reached at all."""
    monkeypatch.setattr(fhttp._AddressGuard, "allowed", {"127.0.0.1"})


def _robots_then(httpserver, robots: WResponse | None, *, http: Http | None = None) -> Http:
    if robots is not None:
        httpserver.expect_request("/robots.txt").respond_with_response(robots)
    httpserver.expect_request("/page").respond_with_data("fine")
    return (http or network()).following()


def test_robots_in_a_foreign_encoding_is_read_not_fatal(httpserver, public_loopback):  # row 14
    body = "User-agent: *\nDisallow: /priv\xe9\n".encode("latin-1") + b"\xff\xfe\x00"
    http = _robots_then(httpserver, WResponse(body, content_type="text/plain"))
    assert http.get(f"http://127.0.0.1:{httpserver.port}/page").body == b"fine"


def test_robots_larger_than_the_cap_means_disallowed(httpserver, public_loopback):  # row 14
    http = _robots_then(httpserver, WResponse(b"#" * 3000, content_type="text/plain"),
                        http=network(max_bytes=1000))
    with pytest.raises(RobotsDisallowed):
        http.get(f"http://127.0.0.1:{httpserver.port}/page")


def test_robots_missing_means_allowed(httpserver, public_loopback):  # row 14: 4xx is "no rules"
    http = _robots_then(httpserver, WResponse("no", status=404))
    assert http.get(f"http://127.0.0.1:{httpserver.port}/page").body == b"fine"


def test_robots_that_hangs_is_bounded_by_the_deadline(httpserver, public_loopback):  # row 14
    http = _robots_then(httpserver, None, http=network(deadline=0.5, read_timeout=0.5))
    httpserver.expect_request("/robots.txt").respond_with_handler(lambda r: (time.sleep(3), WResponse(""))[1])
    with pytest.raises(RobotsDisallowed):  # unreachable robots.txt: RFC 9309 says assume disallowed
        http.get(f"http://127.0.0.1:{httpserver.port}/page")


def test_robots_of_a_followed_link_in_one_source_budget(httpserver, public_loopback):  # row 14, with the engine
    import threading

    httpserver.expect_request("/robots.txt").respond_with_handler(lambda r: (time.sleep(3), WResponse(""))[1])
    view = network().following().for_source(0.5, threading.Event())
    with pytest.raises(DeadlineExceeded):
        view.get(f"http://127.0.0.1:{httpserver.port}/page")


@pytest.mark.parametrize("content_type,body", [
    ("text/html", ZOE.encode("utf-8")),                                   # no charset, UTF-8 body
    ("text/html; charset=utf-8", ZOE.encode("utf-16")),                   # a header that lies
    ("text/html", ZOE.replace("<head>", '<head><meta charset="windows-1252">').encode("cp1252")),
], ids=["no-charset", "lying-charset", "meta-charset"])
def test_charsets_are_judged_from_the_bytes(content_type, body):  # row 16
    collected = GenericCollector().collect("https://z.example/", offline_http(
        {"https://z.example/": answer(200, body, content_type)}))
    assert collected.status is Status.OK
    assert [b.text for b in collected.profile.blocks][:2] == ["Zoë Ångström", "Zoë Ångström from Leeds"]


def test_nul_and_invalid_bytes_in_a_page_are_replaced():  # row 17
    collected = GenericCollector().collect("https://z.example/", offline_http(
        {"https://z.example/": answer(200, b"<p>a\x00b\xff\xfec</p>")}))
    assert [b.text for b in collected.profile.blocks] == ["a\ufffdbÿþc"]


def test_fifty_thousand_attributes_in_one_tag():  # row 19 (200,000 take 10 s in the generic collector: issue 12)
    tag = b"<p " + b" ".join(b"a%d=x" % i for i in range(50_000)) + b">Hello from Leeds</p>"
    collected = GenericCollector().read_saved(b"<html><body>" + tag + b"</body></html>", "https://z.example/")
    assert collected.status is Status.OK and [b.text for b in collected.profile.blocks] == ["Hello from Leeds"]


def _scan_json(tmp_path, capsys, text: str) -> dict:
    page = tmp_path / "page.html"
    page.write_bytes(b'<html><head><meta charset="utf-8"></head><body>'
                     + text.encode("utf-8", errors="surrogatepass") + b"</body></html>")
    facts = tmp_path / "facts.json"
    facts.write_text("{}")
    assert main(["scan", "--format", "json", "-q", "--facts", str(facts), str(page)]) == 0
    out = capsys.readouterr().out
    return json.loads(out)


def test_bidi_overrides_reach_json_only_as_visible_tags(tmp_path, capsys):  # row 23
    result = _scan_json(tmp_path, capsys, "<p>Call 07700 900123 \u202eevil\u2066</p>")
    evidence = result["findings"][0]["evidence"]
    assert "\u202e" not in json.dumps(result, ensure_ascii=False) and "⟨U+202E⟩evil⟨U+2066⟩" in evidence


def test_lone_surrogates_and_nul_reach_json_as_replacement_characters(tmp_path, capsys):  # row 29
    export = tmp_path / "export.json"  # JSON escapes are the one way a lone surrogate gets into a string
    export.write_text('{"bio": "Call 07700 900123 ok \\udcff \\u0000 end"}')
    facts = tmp_path / "facts.json"
    facts.write_text("{}")
    assert main(["scan", "--format", "json", "-q", "--facts", str(facts), str(export)]) == 0
    out = capsys.readouterr().out
    out.encode("utf-8")  # would raise on a lone surrogate
    result = json.loads(out)
    assert result["findings"][0]["evidence"] == "Call 07700 900123 ok \ufffd \ufffd end"


def test_a_self_signed_certificate_is_refused_and_never_retried_unverified(tmp_path):  # row 12
    import datetime as dt
    import socket
    import ssl
    import threading

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(1).not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=1))
            .sign(key, hashes.SHA256()))
    (tmp_path / "cert.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (tmp_path / "key.pem").write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                                         serialization.PrivateFormat.PKCS8,
                                                         serialization.NoEncryption()))
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(tmp_path / "cert.pem", tmp_path / "key.pem")
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(4)
    handshakes = []

    def serve() -> None:
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            try:
                with context.wrap_socket(conn, server_side=True) as tls:
                    handshakes.append("completed")  # only an unverified client would get here
                    tls.recv(1024)
                    tls.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
            except (ssl.SSLError, OSError):
                handshakes.append("refused")

    threading.Thread(target=serve, daemon=True).start()
    try:
        with pytest.raises(FetchError) as caught:
            network().get(f"https://127.0.0.1:{listener.getsockname()[1]}/")
    finally:
        listener.close()
    assert str(caught.value) == "could not make a secure connection to 127.0.0.1 (its certificate was not accepted)"
    assert "completed" not in handshakes
