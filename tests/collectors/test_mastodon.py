"""Mastodon collector: account lookup and statuses API, fallbacks, statuses, URL forms."""

from __future__ import annotations

import json

import pytest

import collectors
from collectors.base import LOGGED_IN_NOTE
from collectors.mastodon import MastodonCollector
from footprint.errors import FetchError
from footprint.har import ReplayTransport, url_key
from footprint.http import Http
from footprint.models import Status
from tests.conftest import answer, capture, offline_http

C = MastodonCollector()
URL = "https://social.example/@plathwell"
LOOKUP = "https://social.example/api/v1/accounts/lookup?acct=plathwell"
STATUSES = "https://social.example/api/v1/accounts/110223344556677889/statuses?limit=40"
JSON = "application/json; charset=utf-8"


def ok_table() -> dict:
    return {LOOKUP: answer(200, capture("mastodon", "account.json"), JSON),
            STATUSES: answer(200, capture("mastodon", "statuses.json"), JSON)}


def blocks(collected, field=None, **kw):
    return [b for b in collected.profile.blocks
            if (field is None or b.field == field) and all(getattr(b, k) == v for k, v in kw.items())]


def test_account_and_statuses_are_read():
    got = C.collect(URL, offline_http(ok_table()))
    assert got.status is Status.OK
    assert LOGGED_IN_NOTE in got.detail
    assert "search engine indexing" in got.detail          # noindex: true
    assert [b.text for b in blocks(got, "name")] == ["Priya Lathwell 🚲"]
    assert blocks(got, "name")[0].hint == "name"
    assert [b.text for b in blocks(got, "username")] == ["plathwell"]
    bio = blocks(got, "bio")[0].text
    assert "Married to @tomlathwell, mum of two.\nPosts about #birding and bikes." in bio
    assert "Blog: https://priya-rides.example/" in bio
    fields = {b.label: b.text for b in blocks(got, "profile_field")}
    assert fields["Lives in"] == "Lives in: Harlow, Essex"
    assert fields["Birthday"] == "Birthday: 14 March (cake & candles)"
    assert fields["Website"] == "Website: https://priya-rides.example/about"
    assert all(b.hint is None for b in blocks(got, "profile_field"))
    links = {link.url: link for link in got.profile.links}
    assert links["https://priya-rides.example/about"].rel == "me"
    assert links["https://priya-rides.example/about"].text == "Website"
    assert links["https://priya-rides.example/"].rel == "me"
    assert not any("tags/birding" in u or "@tomlathwell" in u for u in links)   # hashtags and mentions


def test_posts_boosts_and_visibility():
    got = C.collect(URL, offline_http(ok_table()))
    own = blocks(got, "post", own=True)
    assert own[0].text == "Forty miles round the lanes past Epping today.\nLegs are done. #cycling"
    assert (own[0].date, own[0].author) == ("2025-06-02", "plathwell")
    assert own[1].text.startswith("work moan\n\nThree late turns in a row")      # unlisted, with its CW
    boost = blocks(got, "post", own=False)
    assert len(boost) == 1
    assert boost[0].author == "ravi_k@birds.example"
    assert boost[0].date == "2025-05-29"
    assert "born 29 May 1975 in Leicester" in boost[0].text
    assert not any("Mill Lane" in b.text for b in blocks(got, "post"))           # followers-only skipped
    alt = blocks(got, "image_alt")[0]
    assert "Mill Lane" in alt.text and alt.own and alt.date == "2025-06-02"


def test_statuses_missing_still_ok():
    table = ok_table()
    del table[STATUSES]
    got = C.collect(URL, offline_http(table))
    assert got.status is Status.OK
    assert "posts not available (404)" in got.detail
    assert blocks(got, "bio")


def test_lookup_404_is_not_found():
    got = C.collect(URL, offline_http({LOOKUP: answer(404, capture("mastodon", "lookup_404.json"), JSON)}))
    assert got.status is Status.NOT_FOUND
    assert "@plathwell" in got.detail


def test_nothing_recorded_is_not_found():
    assert C.collect(URL, offline_http({})).status is Status.NOT_FOUND


def test_suspended_account():
    table = {"https://social.example/api/v1/accounts/lookup?acct=oldhandle":
             answer(200, capture("mastodon", "suspended.json"), JSON)}
    got = C.collect("https://social.example/@oldhandle", offline_http(table))
    assert got.status is Status.NOT_FOUND
    assert "suspended" in got.detail


def test_401_falls_back_to_profile_page_and_rss():
    table = {
        "https://closed.example/api/v1/accounts/lookup?acct=plathwell":
            answer(401, capture("mastodon", "unauthorized.json"), JSON),
        "https://closed.example/@plathwell": answer(200, capture("mastodon", "profile.html")),
        "https://closed.example/@plathwell.rss":
            answer(200, capture("mastodon", "feed.rss"), "application/rss+xml; charset=utf-8"),
    }
    got = C.collect("https://closed.example/@plathwell", offline_http(table))
    assert got.status is Status.OK
    assert "requires a login for its API (401)" in got.detail
    assert "2 public posts from the RSS feed" in got.detail
    assert [b.text for b in blocks(got, "name")] == ["Priya Lathwell 🚲"]
    assert [b.text for b in blocks(got, "username")] == ["plathwell"]
    assert [b.text for b in blocks(got, "bio")] == ["Cyclist and birder from Harlow. Call the shop on 07700 900461."]
    posts = blocks(got, "post")
    assert posts[0].text == "Great turnout at the Harlow sportive.\nNext one is in July."
    assert posts[0].date == "2025-06-02"
    assert posts[1].date == "2025-05-13"
    assert any(link.url == "https://priya-rides.example/" and link.rel == "me" for link in got.profile.links)


def test_401_with_nothing_public_is_login_required():
    table = {"https://closed.example/api/v1/accounts/lookup?acct=plathwell":
             answer(401, capture("mastodon", "unauthorized.json"), JSON),
             "https://closed.example/@plathwell": answer(302, "", Location="https://closed.example/auth/sign_in"),
             "https://closed.example/auth/sign_in": answer(200, "<html><title>Log in</title></html>")}
    got = C.collect("https://closed.example/@plathwell", offline_http(table))
    assert got.status is Status.LOGIN_REQUIRED
    assert "401" in got.detail


def test_403_with_nothing_public_is_blocked():
    table = {"https://closed.example/api/v1/accounts/lookup?acct=plathwell": answer(403, "Forbidden", "text/plain"),
             "https://closed.example/@plathwell": answer(403, "Forbidden", "text/plain")}
    got = C.collect("https://closed.example/@plathwell", offline_http(table))
    assert got.status is Status.BLOCKED


def test_not_a_mastodon_host_reads_the_page():
    table = {"https://blog.example/@sam": answer(200, "<html><head><title>Sam's blog</title>"
                                                       "<meta name='description' content='Notes from Leigh-on-Sea'>"
                                                       "</head><body><p>Hello</p></body></html>")}
    got = C.collect("https://blog.example/@sam", offline_http(table))
    assert got.status is Status.OK
    assert "did not answer the Mastodon API" in got.detail
    assert any("Leigh-on-Sea" in b.text for b in got.profile.blocks)


def test_429_is_blocked_after_one_wait():
    waits: list[float] = []
    transport = ReplayTransport({("GET", url_key(LOOKUP)): answer(429, "", "text/plain", Retry_After="2")})
    got = C.collect(URL, Http(transport, sleep=waits.append))
    assert waits == [2.0]
    assert got.status is Status.BLOCKED
    assert "rate limit" in got.detail


def test_fetch_error_is_error():
    class Broken:
        def send(self, url, headers, *, guarded, deadline=None):
            raise FetchError("could not connect: refused")

    got = C.collect(URL, Http(Broken()))
    assert got.status is Status.ERROR
    assert "could not connect" in got.detail


def test_live_network_stack(live_http, httpserver):
    account = json.loads(capture("mastodon", "account.json"))
    httpserver.expect_oneshot_request("/api/v1/accounts/lookup", query_string="acct=plathwell") \
        .respond_with_data("", status=429, headers={"Retry-After": "0"})
    httpserver.expect_request("/api/v1/accounts/lookup", query_string="acct=plathwell").respond_with_json(account)
    httpserver.expect_request("/api/v1/accounts/110223344556677889/statuses", query_string="limit=40") \
        .respond_with_data(capture("mastodon", "statuses.json"), content_type=JSON)
    got = C.collect(URL, live_http)
    assert got.status is Status.OK
    assert any(b.text == "Lives in: Harlow, Essex" for b in got.profile.blocks)
    assert any(b.field == "post" and not b.own for b in got.profile.blocks)


def test_saved_page_is_recognised_and_read():
    body = capture("mastodon", "profile.html")
    assert collectors.recognise(body).name == "mastodon"
    got = C.read_saved(body, "https://closed.example/@plathwell")
    assert got.status is Status.OK
    assert any(b.field == "bio" and "07700 900461" in b.text for b in got.profile.blocks)


@pytest.mark.parametrize("url", [
    "https://social.example/@plathwell",
    "https://social.example/@plathwell/",
    "https://social.example/@p.lathwell_2",
    "https://social.example/web/@plathwell",
    "https://social.example/users/plathwell",
    "https://www.social.example/@plathwell?utm_source=share",
    "https://social.example/@plathwell@other.example",
    "http://social.example/@plathwell",
])
def test_matches(url):
    assert C.match(url)
    assert collectors.find(url).name == "mastodon"


@pytest.mark.parametrize("url", [
    "https://www.tiktok.com/@plathwell",
    "https://www.threads.net/@plathwell",
    "https://www.threads.com/@plathwell",
    "https://medium.com/@plathwell",
    "https://www.youtube.com/@plathwell",
    "https://plathwell.substack.com/@plathwell",
    "https://social.example/@plathwell/114600000000000001",
    "https://social.example/explore",
    "https://social.example/about",
    "https://social.example/settings/profile",
    "https://social.example/auth/sign_in",
    "https://social.example/tags/birding",
    "ftp://social.example/@plathwell",
])
def test_does_not_match(url):
    assert not C.match(url)


@pytest.mark.parametrize("url, expected", [
    ("https://social.example/@plathwell/", "https://social.example/@plathwell"),
    ("https://social.example/web/@plathwell?utm_source=x", "https://social.example/@plathwell"),
    ("https://social.example/users/plathwell", "https://social.example/@plathwell"),
    ("https://big.example/@plathwell@social.example", "https://social.example/@plathwell"),
    ("http://Social.Example/@plathwell", "https://social.example/@plathwell"),
])
def test_canonical(url, expected):
    assert C.canonical(url) == expected


def test_remote_form_asks_the_home_instance():
    got = C.collect("https://big.example/@plathwell@social.example", offline_http(ok_table()))
    assert got.status is Status.OK
    assert C.match(C.example)


# ---------------------------------------------------------------- server-rendered pages behind a 401 API

def fallback_table(host: str, user: str, page: str, **extra: str) -> dict:
    table = {f"https://{host}/api/v1/accounts/lookup?acct={user}":
             answer(401, capture("mastodon", "unauthorized.json"), JSON),
             f"https://{host}/@{user}": answer(200, capture("mastodon", page))}
    for url, name in extra.items():
        table[url] = answer(200, capture("mastodon", name), "application/rss+xml; charset=utf-8")
    return table


def no_fediverse_handle_is_an_email(got) -> None:
    """A boosted or mentioned @user@host (or the account's own handle) is text, never an e-mail block."""
    for b in got.profile.blocks:
        if b.hint == "email":
            assert not b.text.startswith("@") and not b.text.endswith(".example")  # handles here are @user@host.example


def test_mastodon3_page_fields_bio_and_posts():
    got = C.collect("https://town.example/@carysp",
                    offline_http(fallback_table("town.example", "carysp", "v3_profile.html")))
    assert got.status is Status.OK
    assert "3 public posts on the profile page" in got.detail
    assert [b.text for b in blocks(got, "name")] == ["Carys 🧶"]
    assert [b.text for b in blocks(got, "username")] == ["carysp"]
    assert [b.text for b in blocks(got, "bio")] == [
        "Knitter, hill walker, and the person who always brings the flask.\n\nAunt to three, owner of one very loud cat."]
    # the header and the sidebar repeat the fields: each is read once, as "Label: Value"
    fields = [(b.label, b.text, b.hint) for b in blocks(got, "profile_field")]
    assert fields == [("Born", "Born: Aberystwyth", None), ("Home", "Home: Swindon, Wiltshire", None),
                      ("Site", "Site: https://carys.example/", None),
                      ("Contact", "Contact: carys.p@example.com", None)]
    assert [(b.text, b.label) for b in blocks(got, hint="email")] == [("carys.p@example.com", "Contact")]
    links = {link.url: link for link in got.profile.links}
    assert (links["https://carys.example/"].rel, links["https://carys.example/"].text) == ("me", "Site")
    assert not any("hills.example" in u or "/tags/" in u for u in links)
    assert not any("Joined" in b.text or "small instance" in b.text for b in got.profile.blocks)
    no_fediverse_handle_is_an_email(got)


def test_mastodon3_posts_boost_and_content_warning():
    got = C.collect("https://town.example/@carysp",
                    offline_http(fallback_table("town.example", "carysp", "v3_profile.html")))
    own = blocks(got, "post", own=True)
    assert [(b.date, b.author) for b in own] == [("2025-06-14", "carysp"), ("2025-05-20", "carysp")]
    assert own[0].text == "Up Pen y Fan before breakfast with @dai_walks, flask and all ☕ #hillwalking"
    assert own[1].text == "work moan\n\nNight shifts all week at the depot. Call me on 07700 900512 if the cat escapes again."
    boost = blocks(got, "post", own=False)
    assert len(boost) == 1
    assert (boost[0].author, boost[0].date, boost[0].label) == ("dai_walks@hills.example", "2025-06-01", "boost")
    assert boost[0].text.startswith("Happy birthday to my son Owain")


def test_gotosocial_page_fields_posts_and_declared_feed():
    feed = "https://gts.example/@tom_reed/feed.rss"
    got = C.collect("https://gts.example/@tom_reed",
                    offline_http(fallback_table("gts.example", "tom_reed", "gts_profile.html",
                                                **{feed: "gts_feed.rss"})))
    assert got.status is Status.OK
    assert "3 public posts on the profile page" in got.detail
    assert "1 public posts from the RSS feed" in got.detail         # the other feed item is on the page
    assert [b.text for b in blocks(got, "name")] == ["Tom 🌊"]
    assert [b.text for b in blocks(got, "username")] == ["tom_reed"]
    # the page's own bio, not og:description's "@tom_reed@gts.example: ..." nor the sr-only "Bio" label
    assert [b.text for b in blocks(got, "bio")] == ["Surfer, cook, terrible at crosswords."]
    assert [b.text for b in blocks(got, "profile_field")] == [
        "Born: Penzance, 4th May", "Home: Truro", "Also on: @tomr", "Site: tomreed.example"]
    assert not any(b.text.startswith(("Joined", "Display name", "Username", "Published")) for b in got.profile.blocks)
    links = {link.url: link for link in got.profile.links}
    assert (links["https://tomreed.example/"].rel, links["https://tomreed.example/"].text) == ("me", "Site")
    assert links["https://big.example/@tomr"].rel == ""                   # a mention, perhaps someone else's
    posts = blocks(got, "post")
    assert [(b.date, b.own, b.author) for b in posts] == [
        ("2025-06-09", True, "tom_reed"), ("2025-05-30", True, "tom_reed"),
        ("2025-05-29", False, "mo_k@big.example"), ("2025-05-17", True, "tom_reed")]
    assert posts[1].text.startswith("@mo_k Happy 40th Mo!")              # a reply is still one's own post
    assert posts[2].label == "boost" and "daughter Nia" in posts[2].text
    alts = blocks(got, "image_alt")
    assert [(b.text, b.date, b.own) for b in alts] == [("Two surfers on a beach below Newquay's headland",
                                                        "2025-06-09", True)]
    assert not any("Avatar for" in b.text or "sloth" in b.text for b in got.profile.blocks)
    no_fediverse_handle_is_an_email(got)
    assert not blocks(got, hint="email")


def test_javascript_shell_reads_og_tags_and_atom_feed():
    feed = "https://akko.example/users/rosaq/feed.atom"
    got = C.collect("https://akko.example/@rosaq",
                    offline_http(fallback_table("akko.example", "rosaq", "akkoma_shell.html",
                                                **{feed: "akkoma_feed.atom"})))
    assert got.status is Status.OK
    assert [b.text for b in blocks(got, "name")] == ["Rosa Quill"]
    assert [b.text for b in blocks(got, "username")] == ["rosaq"]
    assert [b.text for b in blocks(got, "bio")] == ["Potter in Lewes 🏺 | Seagulls 💙 | Ben's wife, mum to a toddler | she/her"]
    assert not any("LOADING" in b.text or "Art by" in b.text for b in got.profile.blocks)   # no shell text
    assert [(b.text, b.date) for b in blocks(got, "post")] == [("Kiln day! Twelve mugs in, fingers crossed.",
                                                                 "2025-06-11")]
    assert any(link.url == "https://rosaquill.example/" and link.rel == "me" for link in got.profile.links)


def test_twitter_description_when_nothing_else():
    page = ('<html><head><title>shell.example</title>'
            '<meta property="twitter:title" content="Jo Pike (@jopike@shell.example)">'
            '<meta property="twitter:description" content="Bell ringer in Ludlow.">'
            '<link rel="alternate" type="application/activity+json" href="https://shell.example/users/jopike">'
            '</head><body><div id="app"></div></body></html>')
    table = {"https://shell.example/api/v1/accounts/lookup?acct=jopike": answer(401, "{}", JSON),
             "https://shell.example/@jopike": answer(200, page)}
    got = C.collect("https://shell.example/@jopike", offline_http(table))
    assert got.status is Status.OK
    assert [b.text for b in blocks(got, "name")] == ["Jo Pike"]
    assert [b.text for b in blocks(got, "bio")] == ["Bell ringer in Ludlow."]


def test_saved_gotosocial_page_is_recognised():
    body = capture("mastodon", "gts_profile.html")
    assert collectors.recognise(body).name == "mastodon"
    got = C.read_saved(body, "https://gts.example/@tom_reed")
    assert got.status is Status.OK
    assert any(b.text == "Home: Truro" for b in blocks(got, "profile_field"))
    assert len(blocks(got, "post")) == 3


def test_saved_web_app_page_reads_header_fields_and_boosts():
    """A page saved from the Mastodon web app in a browser: the rendered account header and timeline."""
    page = """<html><head><title>Lee (@lee@bath.example) - bath.example</title>
      <meta content="12 Posts, 3 Following, 4 Followers" property="og:description"></head><body>
      <div id="mastodon" class="app-holder"><div class="account__header">
        <div class="account__header__content"><p>Baker. <a href="https://bath.example/tags/bread" class="mention hashtag">#bread</a></p></div>
        <div class="account__header__fields"><dl><dt>Lives in</dt><dd>Bath</dd></dl></div></div>
      <article><div class="status__wrapper">
        <div class="status__prepend"><i class="fa fa-retweet"></i><span><a href="https://bath.example/@lee"
          class="status__display-name muted">Lee</a> boosted</span></div>
        <div class="status"><div class="status__info"><a href="https://far.example/@pal" class="status__display-name">
          <span class="display-name__account">@pal@far.example</span></a><a class="status__relative-time"
          href="https://far.example/@pal/1"><time datetime="2025-01-02T10:00:00Z">Jan 2</time></a></div>
          <div class="status__content"><p>Pal's news</p><button class="status__content__read-more-button">Read more</button></div></div>
      </div></article>
      <article><div class="status"><div class="status__info"><a href="https://bath.example/@lee" class="status__display-name">Lee</a>
        <a class="status__relative-time" href="https://bath.example/@lee/2"><time datetime="2025-01-03T09:00:00Z">Jan 3</time></a></div>
        <div class="status__content"><p>First loaf of the year</p></div></div></article>
      </div></body></html>"""
    got = C.read_saved(page.encode(), "https://bath.example/@lee")
    assert got.status is Status.OK
    assert [b.text for b in blocks(got, "bio")] == ["Baker. #bread"]          # not the counts in og:description
    assert [b.text for b in blocks(got, "profile_field")] == ["Lives in: Bath"]
    posts = [(b.text, b.own, b.author, b.date) for b in blocks(got, "post")]
    assert posts == [("Pal's news", False, "pal@far.example", "2025-01-02"),
                     ("First loaf of the year", True, "lee", "2025-01-03")]


def test_counts_alone_are_not_a_bio():
    page = ('<html><head><meta property="og:title" content="Kim (@kim@quiet.example)">'
            '<meta property="og:description" content="1 Posts, 0 Following, 2 Followers"></head><body>'
            '<div class="account__header__fields"><dl><dt>Pronouns</dt><dd>they/them</dd></dl></div></body></html>')
    got = C.read_saved(page.encode(), "https://quiet.example/@kim")
    assert not blocks(got, "bio")
    assert [b.text for b in blocks(got, "profile_field")] == ["Pronouns: they/them"]
