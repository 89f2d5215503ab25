"""parkrun: a parkrunner's results page, https://www.parkrun.org.uk/parkrunner/ID/ (and /all/,
the old /results/athleteresultshistory/?athleteNumber=ID, and the other national domains).

Read: the name (h2, without the "(A1234567)" id), the most recent age category, the
running club, the "N parkruns at EVENT" line as written, the events named in the results
tables and the locations in a Freedom-runs table.
parkrun publishes results by design: the detail says so whatever the status.
"""

from __future__ import annotations

import re
from functools import partial
from typing import ClassVar
from urllib.parse import parse_qs, urlsplit

from bs4 import BeautifulSoup, Tag

from collectors import html as H
from collectors import text as T
from collectors.base import Collected, Collector, challenge, clean_url
from footprint.http import Response
from footprint.models import Profile, Status

PUBLIC_NOTE = ("parkrun results are public by design: there is no privacy switch per field; the club and home "
               "parkrun can be changed in your parkrun profile, and name removal is a request to parkrun support")
_HOST = re.compile(r"^(?:www\.)?parkrun\.(?:org\.uk|com|ie|us|ca|dk|fi|fr|it|jp|my|no|pl|se|sg|lt|"
                   r"co\.(?:at|nl|nz|za)|com\.(?:au|de))$")
_PATH = re.compile(r"^(?:/[a-z0-9-]+)?/(?:parkrunner/(?P<user>A?\d+)(?:/all)?|"
                   r"results/athlete(?:event)?resultshistory)/?$", re.I)
_ID = re.compile(r"\(A?\d+\)")
_AGE = re.compile(r"Most recent age category was\s+([A-Z]{1,3}\d{0,3}(?:-\d{1,3})?\+?)(?![\w-])", re.I)
_AT = re.compile(r"^\s*(\d+)\s+(?:junior\s+)?parkruns?\s+at\s+(.+?)\s*$", re.I)
_CLUB_LABEL = re.compile(r"^\s*(?:running\s+)?club\s*:\s*(.+?)\s*$", re.I)
_MILESTONE = re.compile(r"\b(?:parkrun|volunteer|junior)\b.*\b\d+\s+club\b|\b\d+\s+club\b", re.I)
_MISSING = re.compile(r"no parkrunner exists|parkrunner not found|no athlete found|athlete not found", re.I)


class ParkrunCollector(Collector):
    name = "parkrun"
    title = "parkrun"
    hosts: ClassVar[tuple[str, ...]] = ("parkrun.org.uk", "parkrun.com", "parkrun.ie", "parkrun.com.au",
                                        "parkrun.co.nz", "parkrun.co.za", "parkrun.ca", "parkrun.us")
    path = _PATH
    example = "https://www.parkrun.org.uk/parkrunner/1234567/"
    requests = ("https://www.parkrun.org.uk/parkrunner/ID/ (the runner's results page, on the domain typed)",)

    def match(self, url: str) -> re.Match[str] | None:
        parts = urlsplit(url)
        host = parts.netloc.lower().split(":")[0].removeprefix("m.")
        if not _HOST.match(host):
            return None
        m = _PATH.match(parts.path or "/")
        if not m:
            return None
        if m.group("user"):
            return m
        number = parse_qs(parts.query).get("athleteNumber", [""])[0].strip()
        return re.match(r"(?P<user>A?\d+)$", number) if number else None

    def canonical(self, url: str) -> str:
        m = self.match(url)
        if not m:
            return clean_url(url)
        parts = urlsplit(url)
        host = parts.netloc.lower().split(":")[0].removeprefix("m.").removeprefix("www.")
        number = m.group("user").upper().removeprefix("A")
        suffix = "all/" if parts.path.rstrip("/").endswith("/all") else ""
        return f"https://www.{host}/parkrunner/{number}/{suffix}"

    def read_response(self, profile: Profile, response: Response) -> Collected:
        collected = super().read_response(profile, response)
        if collected.status is Status.BLOCKED:
            collected.detail = f"{collected.detail}; {PUBLIC_NOTE}"
        return collected

    @classmethod
    def recognises(cls, soup: BeautifulSoup) -> bool:
        if "parkrun" not in H.title(soup).lower():
            return False
        text = soup.get_text(" ", strip=True)[:20000]
        return bool(_AGE.search(text) or "parkruns total" in text)

    def wall(self, soup: BeautifulSoup, response: Response) -> tuple[Status, str] | None:
        text = soup.get_text(" ", strip=True)
        if _MISSING.search(text) and not _AGE.search(text):
            return Status.NOT_FOUND, "parkrun says no parkrunner has this number"
        return challenge(soup)

    def parse(self, soup: BeautifulSoup, response: Response, profile: Profile) -> None:
        add = partial(T.add_once, profile)
        body = soup.body or soup
        heading = next((h for h in body.find_all("h2") if _ID.search(h.get_text()) or h.find(title="parkrun ID")),
                       None) or body.find("h2")
        if isinstance(heading, Tag):
            name = _ID.sub("", " ".join(s for s in heading.find_all(string=True, recursive=False)).strip()) \
                or _ID.sub("", heading.get_text(" ", strip=True))
            name = re.sub(r"\s+-\s+\d+\s+runs?\b.*$", "", H.squash(name)).strip()
            add(name, "name", hint="name")

        for line in _lines(body):
            m = _AGE.search(line)
            if m:
                add(f"Most recent age category was {m.group(1)}", "metadata", label="age category")
            m = _AT.match(line)
            if m:
                add(H.squash(line), "about", label="home parkrun")
            m = _CLUB_LABEL.match(line)
            if m and not _MILESTONE.search(line):
                add(m.group(1), "club", hint="club", label="Club")
        for a in body.select("a[href*='consolidatedclub'], a[href*='clubNum='], a[href*='/club/'], "
                             "[class*='club-name'], [id*='club-name']"):
            club = H.line(a)
            if club and not _MILESTONE.search(club):
                add(club, "club", hint="club", label="Club")

        events = 0
        for table in body.find_all("table"):
            head = [H.line(c).lower() for c in (table.find("tr") or Tag(name="tr")).find_all(["th", "td"])]
            freedom = _is_freedom(table)
            if freedom:
                # Freedom runs are logged where the runner chose to run: often near home
                column = next((i for i, h in enumerate(head) if h in ("location", "event", "course")), 0)
                label = "freedom run location"
            elif head and head[0] == "event":
                column, label = 0, "parkrun event"
            else:
                continue
            for row in table.find_all("tr")[1:]:
                cells = row.find_all("td")
                name = H.line(cells[column]) if len(cells) > column else ""
                if name and events < 100:
                    events += 1
                    add(name, "about", label=label)
        profile.notes.append(PUBLIC_NOTE)


def _is_freedom(table: Tag) -> bool:
    """A table of Freedom runs: named so by its caption, or when it has none by the heading
    (or earlier table's caption) just before it."""
    name = table.find("caption") or table.find_previous(["h2", "h3", "h4", "caption"])
    return isinstance(name, Tag) and re.search(r"\bfreedom\b", H.line(name), re.I) is not None


def _lines(body: Tag) -> list[str]:
    """Text split at <br>, for the age-category line that shares a paragraph with others."""
    return [line for block in H.blocks(body) for line in block.text.split("\n")]
