"""parkrun: a parkrunner's results page (name, age category, club, home event, event names)."""

from __future__ import annotations

import pytest

from collectors import find, recognise
from collectors.parkrun import ParkrunCollector
from footprint.models import Status
from tests.conftest import answer, capture, offline_http

PR = ParkrunCollector()
URL = "https://www.parkrun.org.uk/parkrunner/9900123/"


def blocks(profile, field=None, hint=None):
    return [b for b in profile.blocks if (field is None or b.field == field) and (hint is None or b.hint == hint)]


def test_runner_page():
    http = offline_http({URL: answer(200, capture("parkrun", "ok.html"))})
    result = PR.collect(URL, http)
    assert result.status is Status.OK, result.detail
    p = result.profile
    assert [b.text for b in blocks(p, "name", "name")] == ["Bethan LLEWELLYN"]  # no "(A9900123)"
    age = blocks(p, "metadata")
    assert [(b.text, b.label, b.hint) for b in age] == [("Most recent age category was VW45-49", "age category", None)]
    assert [(b.text, b.field) for b in blocks(p, hint="club")] == [("Cynon Valley Striders", "club")]
    about = blocks(p, "about")
    assert about[0].text == "97 parkruns at Aberdare Park" and about[0].hint is None
    assert {"Aberdare Park", "Ynysangharad"} <= {b.text for b in about}
    assert not any("100 Club" in b.text for b in p.blocks)  # a milestone is not a running club
    assert not any("Timekeeper" in b.text for b in p.blocks)
    assert "public by design" in result.detail
    assert not any(b.field == "username" for b in p.blocks)  # the parkrun id is an id, not a handle


def test_old_results_url_is_read_from_the_runner_page():
    old = "https://www.parkrun.org.uk/results/athleteresultshistory/?athleteNumber=9900123"
    http = offline_http({URL: answer(200, capture("parkrun", "ok.html"))})
    assert PR.collect(old, http).status is Status.OK


def test_missing_runner_and_blocks():
    assert PR.collect(URL, offline_http({})).status is Status.NOT_FOUND
    assert PR.read_saved(capture("parkrun", "missing.html"), URL).status is Status.NOT_FOUND
    for code in (403, 450):
        result = PR.collect(URL, offline_http({URL: answer(code, b"")}))
        assert result.status is Status.BLOCKED and str(code) in result.detail
        assert "public by design" in result.detail
    challenge = PR.collect(URL, offline_http({URL: answer(200, capture("parkrun", "challenge.html"))}))
    assert challenge.status is Status.BLOCKED


def test_saved_page_is_recognised():
    assert isinstance(recognise(capture("parkrun", "ok.html")), ParkrunCollector)


@pytest.mark.parametrize("url,canonical", [
    ("https://www.parkrun.org.uk/parkrunner/9900123/", URL),
    ("https://parkrun.org.uk/parkrunner/9900123", URL),
    ("https://www.parkrun.org.uk/parkrunner/9900123/all/", URL + "all/"),
    ("https://www.parkrun.org.uk/parkrunner/A9900123/", URL),
    ("https://www.parkrun.com/parkrunner/9900123/?utm_source=x", "https://www.parkrun.com/parkrunner/9900123/"),
    ("https://www.parkrun.ie/parkrunner/9900123/", "https://www.parkrun.ie/parkrunner/9900123/"),
    ("https://www.parkrun.com.au/parkrunner/9900123/all", "https://www.parkrun.com.au/parkrunner/9900123/all/"),
    ("https://www.parkrun.org.uk/results/athleteresultshistory/?athleteNumber=9900123", URL),
    ("https://www.parkrun.org.uk/aberdarepark/results/athletehistory/?athleteNumber=9900123", None),
])
def test_matches_and_canonical(url, canonical):
    if canonical is None:
        assert PR.match(url) is None
        return
    assert PR.match(url) is not None
    assert find(url).name == "parkrun"
    assert PR.canonical(url) == canonical


@pytest.mark.parametrize("url", [
    "https://www.parkrun.org.uk/aberdarepark/",
    "https://www.parkrun.org.uk/aberdarepark/results/latestresults/",
    "https://www.parkrun.org.uk/results/athleteresultshistory/",
    "https://www.parkrun.org.uk/parkrunner/",
    "https://www.parkrun.org.uk/parkrunner/abc/",
    "https://www.parkrun.com/results/consolidatedclub/?clubNum=1234",
    "https://parkrun.example.com/parkrunner/9900123/",
])
def test_does_not_match_other_urls(url):
    assert PR.match(url) is None


def test_all_results_page_with_freedom_runs():
    """The /all/ page in the real markup of a parkrunner page saved in johnsyweb/tampermonkey-parkrun
    test-data/1001388.html (h2 with the id span, milestone anchors, the age category after a <br/>,
    captioned tables with id="results"); every value fictional."""
    url = "https://www.parkrun.org.uk/parkrunner/9900456/all/"
    result = PR.collect(url, offline_http({url: answer(200, capture("parkrun", "all_results.html"))}))
    assert result.status is Status.OK, result.detail
    p = result.profile
    assert [(b.field, b.text, b.label) for b in p.blocks] == [
        ("name", "Carys PRITCHARD", None),
        ("about", "1 parkrun at Ynysangharad", "home parkrun"),
        ("metadata", "Most recent age category was VW40-44", "age category"),
        ("about", "Aberdare Park", "parkrun event"),
        ("about", "Ynysangharad", "parkrun event"),
        ("about", "Cwmbach Community Park", "freedom run location"),
        ("about", "Dare Valley Country Park", "freedom run location"),
    ]


@pytest.mark.parametrize("line,read", [
    ("1 parkrun at Ynysangharad", "1 parkrun at Ynysangharad"),
    ("1 junior parkrun at Bute Park", "1 junior parkrun at Bute Park"),
    ("12 parkruns  at Aberdare Park", "12 parkruns at Aberdare Park"),
])
def test_home_parkrun_line_is_kept_as_written(line, read):
    page = capture("parkrun", "ok.html").replace(b"<h4>97 parkruns at Aberdare Park</h4>", f"<h4>{line}</h4>".encode())
    p = PR.read_saved(page, URL).profile
    assert [b.text for b in p.blocks if b.label == "home parkrun"] == [read]
