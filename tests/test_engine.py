"""The audit end to end: live paths through a real local server, links followed only with
consent and only where robots.txt and the address rules allow, and saved pages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from footprint import faults
from footprint import http as fhttp
from footprint.engine import Scanned, check_url
from footprint.facts import Facts
from footprint.har import ReplayTransport, url_key
from footprint.http import Http, NetworkTransport
from footprint.models import Status
from footprint.wiring import engine
from tests.conftest import answer

audit = engine().audit
scan = engine().scan

LINKS_PAGE = """<html><head><title>Links</title></head><body>
<p>Special constable and baker.</p>
<a rel="me" href="https://bakes.example/">My cake shop</a>
<a rel="me" href="https://private-notes.example/">Notes</a>
</body></html>"""
SHOP = "<html><body><p>Cakes to order: call 07700 900111. Based in Truro.</p></body></html>"


def replay(table):
    transport = ReplayTransport({("GET", url_key(u)): r for u, r in table.items()})
    return Http(transport), transport


TABLE = {
    "https://links.example/": answer(200, LINKS_PAGE),
    "https://bakes.example/robots.txt": answer(200, "User-agent: *\nAllow: /\n", "text/plain"),
    "https://bakes.example/": answer(200, SHOP),
    "https://private-notes.example/robots.txt": answer(200, "User-agent: *\nDisallow: /\n", "text/plain"),
    "https://private-notes.example/": answer(200, "<p>should never be read</p>"),
}


def test_links_are_not_fetched_without_consent():
    http, transport = replay(TABLE)
    result = audit(["https://links.example/"], http)
    assert transport.requested == ["https://links.example/"]
    assert {f.value for f in result.findings if f.category == "linked_account"} == {
        "https://bakes.example/", "https://private-notes.example/"}


def test_followed_links_obey_robots_and_report_against_their_own_url():
    http, transport = replay(TABLE)
    result = audit(["https://links.example/"], http, follow_links=True)
    statuses = {s.url: s.status for s in result.sources}
    assert statuses == {"https://links.example/": Status.OK, "https://bakes.example/": Status.OK,
                        "https://private-notes.example/": Status.BLOCKED}
    assert "https://private-notes.example/" not in transport.requested  # only its robots.txt was read
    blocked = next(s for s in result.sources if s.url == "https://private-notes.example/")
    assert "robots.txt" in blocked.detail
    shop = {(f.category, f.value) for f in result.findings if f.source_url == "https://bakes.example/"}
    assert ("phone_number", "+447700900111") in shop and ("home_location", "Truro") in shop


def test_followed_link_to_a_private_address_is_refused(httpserver):
    httpserver.expect_request("/").respond_with_data(
        f'<html><body><p>Hi</p><a rel="me" href="{httpserver.url_for("/inside")}">x</a></body></html>',
        content_type="text/html")
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    httpserver.expect_request("/inside").respond_with_data("<p>internal</p>", content_type="text/html")
    result = audit([httpserver.url_for("/")], Http(NetworkTransport()), follow_links=True)
    followed = result.sources[1]
    assert followed.status is Status.ERROR and "non-public address" in followed.detail


def test_followed_links_live_with_robots(httpserver, monkeypatch):
    monkeypatch.setattr(fhttp._AddressGuard, "allowed", {"127.0.0.1"})  # the test server stands in for the web
    httpserver.expect_request("/").respond_with_data(
        f'<html><body><p>Hi</p><a rel="me" href="{httpserver.url_for("/shop")}">shop</a>'
        f'<a rel="me" href="{httpserver.url_for("/secret")}">secret</a></body></html>', content_type="text/html")
    httpserver.expect_request("/robots.txt").respond_with_data("User-agent: *\nDisallow: /secret\n")
    httpserver.expect_request("/shop").respond_with_data(SHOP, content_type="text/html")
    result = audit([httpserver.url_for("/")], Http(NetworkTransport()), follow_links=True)
    statuses = {s.url: s.status for s in result.sources}
    assert statuses[httpserver.url_for("/shop")] is Status.OK
    assert statuses[httpserver.url_for("/secret")] is Status.BLOCKED
    assert not any(req.path == "/secret" for req, _ in httpserver.log)


def test_page_platform_through_the_real_network_stack(live_http, httpserver):
    bio = ("1,000 Followers, 10 Following, 5 Posts - Sam Example (&#064;sam.example) on Instagram: "
           "&quot;PCSO with Devon and Cornwall Police | 📍 Exeter&quot;")
    httpserver.expect_request("/sam.example/").respond_with_data(
        f'<html><head><meta name="description" content="{bio}"></head><body></body></html>',
        content_type="text/html; charset=utf-8")
    result = audit(["https://instagram.com/sam.example"], live_http)
    assert result.sources[0].status is Status.OK
    found = {(f.category, f.value) for f in result.findings}
    assert ("police_affiliation", "Devon and Cornwall Police") in found and ("home_location", "Exeter") in found


def test_login_wall_through_the_real_network_stack(live_http, httpserver):
    httpserver.expect_request("/someone").respond_with_data("", status=302,
                                                          headers={"Location": "/i/flow/login"})
    httpserver.expect_request("/i/flow/login").respond_with_data("<title>Log in to X / X</title>",
                                                                 content_type="text/html")
    result = audit(["https://twitter.com/someone"], live_http)
    assert result.sources[0].status is Status.LOGIN_REQUIRED and result.findings == []


def test_scan_recognises_the_platform_of_a_saved_page(tmp_path):
    page = tmp_path / "saved.html"
    page.write_text('<html><head><meta property="og:site_name" content="TikTok"></head><body>'
                    '<script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application/json">'
                    '{"__DEFAULT_SCOPE__": {"webapp.user-detail": {"userInfo": {"user": {"uniqueId": "sam.example", '
                    '"nickname": "Sam", "signature": "Proud police wife 💙 | 📍 Truro"}}}}}</script></body></html>')
    result = scan([Scanned(page, None, "https://www.tiktok.com/@sam.example")], Facts())
    assert result.sources[0].platform == "tiktok"
    assert {f.category for f in result.findings} >= {"police_affiliation", "home_location"}


@pytest.mark.parametrize("url", ["instagram.com/sam.example", "https://instagram.com/sam.example?igsh=abc"])
def test_typed_urls_are_tidied_but_reported_as_typed(url):
    http, transport = replay({"https://www.instagram.com/sam.example/": answer(200, "<title>x</title>")})
    result = audit([url], http)
    assert result.sources[0].platform == "instagram"
    assert transport.requested[0] == "https://www.instagram.com/sam.example/"


def error_log(dirs):
    return dirs["STATE"] / "footprint" / "errors.log"


def test_a_collector_that_breaks_on_one_page_does_not_end_the_audit(monkeypatch, private_dirs):
    from collectors.html import fast

    def broken(root, url, profile):
        raise TypeError("unexpected shape")

    monkeypatch.setattr(fast, "read_page", broken)        # the generic reader's, on lxml's tree
    http, _ = replay({**TABLE, "https://www.instagram.com/sam.example/": answer(200, "<title>x</title>")})
    result = audit(["https://links.example/", "https://instagram.com/sam.example"], http)
    assert result.sources[0].status is Status.ERROR
    assert result.sources[0].detail == ("page layout not recognised (TypeError while reading it); please report "
                                        f"this with the saved page and the log {error_log(private_dirs)}")
    assert result.sources[1].platform == "instagram"  # the audit went on
    # strict mode (the tests' default) hides this: a value of an unexpected type is the page's doing
    assert faults.strict()


def _break_the_generic_reader(monkeypatch, exc):
    from collectors.html import fast

    def broken(root, url, profile):
        raise exc

    monkeypatch.setattr(fast, "read_page", broken)


def test_a_fault_in_our_code_fails_loudly_under_strict_mode(monkeypatch, tmp_path):
    _break_the_generic_reader(monkeypatch, NameError("name 'parse' is not defined"))
    http, _ = replay(TABLE)
    with pytest.raises(NameError, match="name 'parse' is not defined"):
        audit(["https://links.example/"], http)
    page = tmp_path / "page.html"
    page.write_text(SHOP)
    with pytest.raises(NameError, match="name 'parse' is not defined"):
        scan([Scanned(page)])


def test_for_users_a_fault_in_our_code_is_called_one_and_its_traceback_kept(monkeypatch, private_dirs):
    monkeypatch.delenv("FOOTPRINT_STRICT")
    _break_the_generic_reader(monkeypatch, NameError("name 'parse' is not defined"))
    http, _ = replay(TABLE)
    result = audit(["https://links.example/"], http)
    log = error_log(private_dirs)
    assert [(s.status, s.detail) for s in result.sources] == [(Status.ERROR, (
        "footprint's website reader has a fault (NameError): a bug in footprint, not a problem with the page; "
        f"please report it with the saved page and the log {log}"))]
    text = log.read_text()
    assert oct(log.stat().st_mode & 0o777) == "0o600"
    assert text.splitlines()[0].endswith(" footprint 0.1.0: the website reader failed")
    assert text.splitlines()[-1] == "NameError: name 'parse' is not defined"
    assert "in broken" in text and "links.example" not in text  # the code's traceback, not the address


def test_the_log_names_files_under_home_with_a_tilde(monkeypatch, private_dirs):
    monkeypatch.setenv("HOME", str(Path(__file__).parent.parent))
    _break_the_generic_reader(monkeypatch, KeyError("x"))
    http, _ = replay(TABLE)
    audit(["https://links.example/"], http)
    text = error_log(private_dirs).read_text()
    assert '  File "~/tests/test_engine.py", line ' in text and str(Path(__file__)) not in text


def test_the_log_leaves_out_what_a_page_made_an_exception_say(monkeypatch, private_dirs):
    _break_the_generic_reader(monkeypatch, KeyError("Sam Example, born 01/02/1980"))
    http, _ = replay(TABLE)
    audit(["https://links.example/"], http)
    text = error_log(private_dirs).read_text()
    assert text.splitlines()[-1] == "KeyError (its message is left out: it may quote the page)"
    assert "Sam Example" not in text


def test_without_a_writable_log_the_message_names_none(monkeypatch, private_dirs):
    private_dirs["STATE"].mkdir(parents=True, exist_ok=True)
    (private_dirs["STATE"] / "footprint").write_text("not a folder")
    _break_the_generic_reader(monkeypatch, IndexError("list index out of range"))
    http, _ = replay(TABLE)
    assert audit(["https://links.example/"], http).sources[0].detail == (
        "page layout not recognised (IndexError while reading it); please report this with the saved page")


def _raised(action):
    try:
        action()
    except BaseException as exc:  # noqa: BLE001 - the exception is the value under test
        return exc
    raise AssertionError("nothing raised")


def _recurse():
    _recurse()


def test_which_exceptions_mean_our_code_is_wrong():
    from footprint.models import Profile

    profile = Profile(url="https://a.example/", platform="website")
    nothing: Any = None  # what a lookup on a page of another shape gives
    cases = {
        "NameError": (lambda: undefined_name, True),  # noqa: F821
        "ImportError": (lambda: __import__("footprint.no_such_module"), True),
        "AssertionError": (lambda: _assert_false(), True),
        "NotImplementedError": (lambda: _not_implemented(), True),
        "module attribute": (lambda: fhttp.no_such_function, True),
        "class attribute": (lambda: Profile.no_such_method, True),
        "our object's attribute": (lambda: profile.no_such_field, True),
        "too many arguments": (lambda: check_url("a", "b"), True),
        "unexpected keyword": (lambda: check_url(link="a"), True),
        "missing argument": (lambda: check_url(), True),
        "KeyError": (lambda: {}["name"], False),
        "IndexError": (lambda: [][0], False),
        "ValueError": (lambda: int("twelve"), False),
        "None's attribute": (lambda: nothing.group(1), False),
        "None subscripted": (lambda: nothing["name"], False),
        "int() of None": (lambda: int(nothing), False),
        "str + int": (lambda: "a" + nothing, False),
        "RecursionError": (_recurse, False),
    }
    assert {name: faults.ours(_raised(action)) for name, (action, _) in cases.items()} == {
        name: ours for name, (_, ours) in cases.items()}


def _assert_false():
    assert False  # noqa: B011, PT015


def _not_implemented():
    raise NotImplementedError
