"""The HTTP wrapper against a real local server: timeouts, the size cap, redirects,
gzip, cookies, the address guard and robots.txt."""

from __future__ import annotations

import gzip
import time

import pytest
from werkzeug import Request, Response as WResponse

from footprint import http as fhttp
from footprint.errors import (DeadlineExceeded, FetchError, ForbiddenAddress, RobotsDisallowed, TooLarge,
                              TooManyRedirects, UnsafeRedirect)
from footprint.http import Http, NetworkTransport, is_public_address, retry_after_seconds


def network(**kw) -> Http:
    return Http(NetworkTransport(**kw))


def test_plain_get_sends_honest_user_agent_and_no_cookie(httpserver):
    seen = {}

    def handler(request: Request) -> WResponse:
        seen["ua"] = request.headers.get("User-Agent")
        seen["cookie"] = request.headers.get("Cookie")
        resp = WResponse("<p>hello</p>", content_type="text/html")
        resp.set_cookie("tracker", "1")
        return resp

    httpserver.expect_request("/p").respond_with_handler(handler)
    http = network()
    r = http.get(httpserver.url_for("/p"))
    http.get(httpserver.url_for("/p"))  # a second request must not send back the cookie
    assert r.status == 200 and r.body == b"<p>hello</p>"
    assert seen["ua"].startswith("footprint/") and "Mozilla" not in seen["ua"]
    assert seen["cookie"] is None


def test_read_timeout_is_reported_not_hung(httpserver):
    httpserver.expect_request("/slow").respond_with_handler(lambda r: (time.sleep(2), WResponse("late"))[1])
    start = time.monotonic()
    with pytest.raises(FetchError, match="did not answer in time"):
        network(read_timeout=0.5).get(httpserver.url_for("/slow"))
    assert time.monotonic() - start < 2


def test_whole_request_deadline_beats_a_trickle(httpserver):
    def trickle(request: Request) -> WResponse:
        def gen():
            for _ in range(50):
                yield b"a" * 10
                time.sleep(0.1)
        return WResponse(gen(), content_type="text/html")

    httpserver.expect_request("/trickle").respond_with_handler(trickle)
    start = time.monotonic()
    with pytest.raises(DeadlineExceeded):
        network(deadline=0.5).get(httpserver.url_for("/trickle"))
    assert time.monotonic() - start < 3


def test_size_cap_from_content_length(httpserver):
    httpserver.expect_request("/big").respond_with_data(b"x" * 2000, content_type="text/html")
    with pytest.raises(TooLarge):
        network(max_bytes=1000).get(httpserver.url_for("/big"))


def test_size_cap_on_decoded_gzip_bomb(httpserver):
    bomb = gzip.compress(b"\0" * (20 * 1024 * 1024))
    httpserver.expect_request("/bomb").respond_with_data(bomb, headers={"Content-Encoding": "gzip"},
                                                         content_type="text/html")
    with pytest.raises(TooLarge, match="decoded"):
        network(max_bytes=1024 * 1024).get(httpserver.url_for("/bomb"))


def test_gzip_body_is_decoded(httpserver):
    body = "<p>Zoë from Leeds</p>".encode()
    httpserver.expect_request("/gz").respond_with_data(gzip.compress(body), headers={"Content-Encoding": "gzip"},
                                                       content_type="text/html; charset=utf-8")
    assert network().get(httpserver.url_for("/gz")).body == body


def test_redirects_are_followed_by_hand_and_recorded(httpserver):
    httpserver.expect_request("/a").respond_with_data("", status=301, headers={"Location": "/b"})
    httpserver.expect_request("/b").respond_with_data("", status=302, headers={"Location": "/c"})
    httpserver.expect_request("/c").respond_with_data("done")
    r = network().get(httpserver.url_for("/a"))
    assert r.body == b"done" and r.url.endswith("/c")
    assert [s for s, _ in r.history] == [301, 302]


def test_redirect_loop_stops(httpserver):
    httpserver.expect_request("/loop").respond_with_data("", status=302, headers={"Location": "/loop"})
    with pytest.raises(TooManyRedirects):
        network().get(httpserver.url_for("/loop"))


@pytest.mark.parametrize("target", ["file:///etc/passwd", "ftp://example.com/x", "javascript:alert(1)"])
def test_redirect_to_other_schemes_is_refused(httpserver, target):
    httpserver.expect_request("/evil").respond_with_data("", status=302, headers={"Location": target})
    with pytest.raises(UnsafeRedirect):
        network().get(httpserver.url_for("/evil"))


def test_bad_gzip_is_an_error_not_a_crash(httpserver):
    httpserver.expect_request("/badgz").respond_with_data(b"not gzip at all", headers={"Content-Encoding": "gzip"})
    with pytest.raises(FetchError):
        network().get(httpserver.url_for("/badgz"))


def test_proxies_from_the_environment_are_ignored(httpserver, monkeypatch):
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")  # nothing listens there
    httpserver.expect_request("/direct").respond_with_data("ok")
    assert network().get(httpserver.url_for("/direct")).body == b"ok"


def test_429_with_short_retry_after_waits_once(httpserver):
    waits = []
    httpserver.expect_ordered_request("/rl").respond_with_data("slow down", status=429, headers={"Retry-After": "2"})
    httpserver.expect_ordered_request("/rl").respond_with_data("ok")
    http = Http(NetworkTransport(), sleep=waits.append)
    r = http.get(httpserver.url_for("/rl"))
    assert r.status == 200 and waits == [2.0]


def test_429_with_huge_retry_after_is_not_waited_for(httpserver):
    waits = []
    httpserver.expect_request("/rl2").respond_with_data("no", status=429, headers={"Retry-After": "999999"})
    r = Http(NetworkTransport(), sleep=waits.append).get(httpserver.url_for("/rl2"))
    assert r.status == 429 and waits == []


def test_retry_after_forms():
    assert retry_after_seconds("120") == 120.0
    assert retry_after_seconds(None) is None
    assert retry_after_seconds("soon") is None
    assert retry_after_seconds("Wed, 21 Oct 2099 07:28:00 GMT") > 1e8


@pytest.mark.parametrize("address,public", [
    ("8.8.8.8", True), ("2a00:1450:4009:81f::200e", True), ("127.0.0.1", False), ("10.1.2.3", False),
    ("192.168.1.1", False), ("169.254.169.254", False), ("::1", False), ("fe80::1", False),
    ("::ffff:127.0.0.1", False), ("100.64.0.1", False), ("224.0.0.1", False), ("64:ff9b::7f00:1", False),
    ("2002:7f00:1::", False), ("not-an-ip", False)])
def test_public_address_rule(address, public):
    assert is_public_address(address) is public


def test_followed_links_cannot_reach_loopback(httpserver):
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    httpserver.expect_request("/private").respond_with_data("secret")
    http = network()
    assert http.get(httpserver.url_for("/private")).body == b"secret"  # typed by the user: allowed
    with pytest.raises(ForbiddenAddress):
        http.following().get(httpserver.url_for("/private"))


def test_followed_links_obey_robots(httpserver, monkeypatch):
    monkeypatch.setattr(fhttp._AddressGuard, "allowed", {"127.0.0.1"})
    httpserver.expect_request("/robots.txt").respond_with_data("User-agent: *\nDisallow: /private\n")
    httpserver.expect_request("/public").respond_with_data("fine")
    http = network().following()
    assert http.get(httpserver.url_for("/public")).body == b"fine"
    with pytest.raises(RobotsDisallowed):
        http.get(httpserver.url_for("/private/page"))


def test_robots_server_error_means_disallowed(httpserver, monkeypatch):
    monkeypatch.setattr(fhttp._AddressGuard, "allowed", {"127.0.0.1"})
    httpserver.expect_request("/robots.txt").respond_with_data("oops", status=503)
    with pytest.raises(RobotsDisallowed):
        network().following().get(httpserver.url_for("/anything"))
