"""What every collector is, how it fetches a profile, and the honest status an answer implies."""

from __future__ import annotations

import re
from typing import Any, ClassVar, Protocol
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from bs4 import BeautifulSoup

from collectors import html as H
from collectors.html.authors import add_blocks
from footprint.files import format_kind
from footprint.errors import FetchError, RobotsDisallowed
from footprint.http import Http, Response
from footprint.models import Collected, Profile, Status

LOGGED_IN_NOTE = ("A logged-out visitor was shown this; friends, followers or logged-in users may see more. "
                  "Check with the platform's own 'view as' or a private window, then run "
                  "`footprint scan` on the saved page.")

# query parameters that only track where a click came from
TRACKING = re.compile(r"^(utm_.*|fbclid|gclid|igshid|igsh|si|s|t|ref|ref_src|ref_url|mibextid|_rdr|trk|"
                      r"trackingId|lipi|originalSubdomain|share_id|is_from_webapp|sender_device|feature)$")


NOTHING_READ = "page layout not recognised: nothing could be read"
LOGIN_PATHS = ("/login", "/authwall", "/signin", "/sign_in", "/checkpoint", "/challenge", "/uas/login")
_CHALLENGE_TITLES = ("just a moment", "attention required", "access denied", "are you a robot",
                     "security check", "verify you are human", "captcha")


def clean_url(url: str) -> str:
    """Strip tracking parameters and the fragment; keep everything else as typed."""
    parts = urlsplit(url.strip())
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not TRACKING.match(k)]
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path, urlencode(query), ""))


def bare_host(url: str) -> str:
    """The host of `url`, lower case, without port, "www.", "m." or "mobile."."""
    host = urlsplit(url).netloc.lower().split(":")[0]
    for prefix in ("www.", "m.", "mobile."):
        host = host.removeprefix(prefix)
    return host


class Layout(Protocol):
    """One page layout of a platform, a module of the platform's package: does this page
    look like mine? Read it."""

    def looks_like(self, soup: BeautifulSoup) -> bool: ...

    def read(self, soup: BeautifulSoup, response: Response, profile: Profile) -> None: ...


def read_layouts(layouts: tuple[Layout, ...], soup: BeautifulSoup, response: Response, profile: Profile) -> int:
    """Read the page with every layout it looks like (a saved page may mix two); returns how many."""
    found = [layout for layout in layouts if layout.looks_like(soup)]
    for layout in found:
        layout.read(soup, response, profile)
    return len(found)


class Collector:
    """One platform. Subclasses set the class attributes and override `collect` or `parse`; one
    that recognises saved pages declares what `recognises` reads in collectors.SIGNS."""

    name: ClassVar[str] = ""
    title: ClassVar[str] = ""
    hosts: ClassVar[tuple[str, ...]] = ()          # host names, without "www.", "m." or "mobile."
    path: ClassVar[re.Pattern[str]] = re.compile(r"^/[^/]+/?$")
    profile_url: ClassVar[str] = ""               # the canonical URL, filled from the path's groups
    example: ClassVar[str] = ""
    requests: ClassVar[tuple[str, ...]] = ("the profile URL itself",)

    def match(self, url: str) -> re.Match[str] | None:
        """The path match when `url` is a profile URL of this platform, else None."""
        if bare_host(url) not in self.hosts:
            return None
        return self.path.match(urlsplit(url).path or "/")

    def canonical(self, url: str) -> str:
        """The URL to fetch for a profile URL the user typed (twitter.com -> x.com and so on)."""
        m = self.match(url) if self.profile_url else None
        return self.profile_url.format(**m.groupdict()) if m else clean_url(url)

    def user_in(self, url: str | None) -> str | None:
        """The user name in a URL on any host that contains one of this platform's host names."""
        parts = urlsplit(url or "")
        m = self.path.match(parts.path or "/")
        return m.group("user") if m and any(h in parts.netloc.lower() for h in self.hosts) else None

    def collect(self, url: str, http: Http) -> Collected:
        """Fetch the profile as a logged-out visitor and read it. When the canonical URL
        answers 404 and the URL as typed is a different address (another host such as
        uk.linkedin.com or m.youtube.com), the typed one is fetched too, so that a page
        saved under the typed address is still read."""
        profile = Profile(url=url, platform=self.name)
        first = self.canonical(url)
        typed = clean_url(url)
        try:
            response = http.get(first)
            if response.status == 404 and not response.history and _differs(first, typed):
                second = http.get(typed)
                if second.status != 404:
                    response = second
        except FetchError as exc:
            return failed(profile, exc)
        return self.read_response(profile, response)

    def read_response(self, profile: Profile, response: Response) -> Collected:
        unread = unreadable(profile, response)
        if unread is not None:
            return unread
        soup = H.soup_of(response.body, response.charset)
        if H.too_deep(soup):
            return Collected(profile, Status.ERROR, "page nests too deeply to read safely")
        wall = self.wall(soup, response)
        if wall is not None:
            return Collected(profile, *wall)
        self.parse(soup, response, profile)
        if profile.is_empty:
            return Collected(profile, Status.ERROR, NOTHING_READ)
        return ok(profile)

    def read_saved(self, body: bytes, source_url: str) -> Collected:
        """Read a page the user saved from their browser (footprint scan). A page saved while logged
        in is drawn by the browser: when the platform's own reading finds no more than a name and
        handle, the page's visible text and image descriptions are read as well, as any page's are."""
        profile = Profile(url=source_url, platform=self.name)
        collected = self.read_response(profile, Response(url=source_url, status=200,
                                                         headers={"content-type": "text/html"}, body=body))
        if collected.status is Status.OK and gave_little(profile):
            soup = H.soup_of(body)
            add_blocks(profile, H.blocks(soup), lambda: soup.find_all(True))
            H.add_image_alts(profile, soup)
            collected = ok(profile, "read from the page as the browser drew it")
        # what a saved page shows is what its saver could see, not what a logged-out visitor gets
        collected.detail = collected.detail.replace(LOGGED_IN_NOTE, SAVED_NOTE)
        return collected

    def wall(self, soup: BeautifulSoup, response: Response) -> tuple[Status, str] | None:
        """A login wall, block or missing-profile page recognised from the page itself."""
        return None

    def parse(self, soup: BeautifulSoup, response: Response, profile: Profile) -> None:
        raise NotImplementedError

    @classmethod
    def recognises(cls, soup: BeautifulSoup) -> bool:
        """True when a saved page is recognisably from this platform (for `scan`)."""
        return False


def unreadable(profile: Profile, response: Response) -> Collected | None:
    """What an answer gives when it is not a page to read: its status says so, or it is not a web page."""
    status = status_of(response)
    if status is not None:
        return Collected(profile, *status)
    if response.content_type and not any(t in response.content_type for t in ("html", "xml", "text")):
        return Collected(profile, Status.ERROR, f"not a web page ({response.content_type})")
    kind = format_kind(response.body)
    if kind is not None:  # a server may call an image text/html: believe its bytes (a stray NUL is
        # another matter: browsers read such pages, and so does footprint)
        return Collected(profile, Status.ERROR, f"not a web page ({kind})")
    return None


def status_of(response: Response) -> tuple[Status, str] | None:
    """The status an HTTP answer implies on its own, or None when the page must be read."""
    paths = [urlsplit(u).path.lower() for u in response.redirect_chain]
    if any(marker in path for path in paths for marker in LOGIN_PATHS):
        return Status.LOGIN_REQUIRED, f"redirected to a login page ({response.url})"
    if response.status == 404 or response.status == 410:
        return Status.NOT_FOUND, f"the platform answered {response.status}: no such profile"
    if response.status in (401, 407):
        return Status.LOGIN_REQUIRED, f"the platform answered {response.status}: login required"
    if response.status in (403, 429, 451, 999) or response.status == 450:
        return Status.BLOCKED, f"the platform refused a logged-out visitor ({response.status})"
    if response.status >= 400:
        return Status.ERROR, f"the platform answered {response.status}"
    if not response.ok:
        return Status.ERROR, f"unexpected answer {response.status}"
    return None


def _differs(a: str, b: str) -> bool:
    pa, pb = urlsplit(a), urlsplit(b)
    return (pa.netloc.lower(), pa.path.rstrip("/"), pa.query) != (pb.netloc.lower(), pb.path.rstrip("/"), pb.query)


def challenge(soup: BeautifulSoup) -> tuple[Status, str] | None:
    """A bot-challenge or block page (Cloudflare, captcha) as BLOCKED."""
    title = H.title(soup).lower()
    if any(t in title for t in _CHALLENGE_TITLES) or soup.find(id="challenge-form") \
            or soup.find(id="cf-challenge-running") or soup.find("div", class_="g-recaptcha"):
        return Status.BLOCKED, "the platform showed a bot check (captcha or challenge page) instead of the profile"
    return None


SAVED_NOTE = ("Read from a page you saved: it shows what the account it was saved from could see, "
              "which may be more than a stranger sees.")
LITTLE_READ_NOTE = ("little could be read: only a name or handle (a page saved while logged in, or a layout "
                    "footprint does not know); the profile may well show more than this audit saw")
_IDENTITY_FIELDS = frozenset({"name", "username"})


def gave_little(profile: Profile) -> bool:
    """True when a page gave no more than a name and handle."""
    return not profile.links and all(b.field in _IDENTITY_FIELDS for b in profile.blocks)


def ok(profile: Profile, *notes: str) -> Collected:
    """A profile that was read, with what is worth knowing about it: a page that gave no more
    than a name and handle is said to have given little, not reported as a clean read."""
    little = [LITTLE_READ_NOTE] if gave_little(profile) else []
    return Collected(profile, Status.OK, "; ".join([*little, *notes, *profile.notes, LOGGED_IN_NOTE]))


def failed(profile: Profile, exc: FetchError) -> Collected:
    """A request that could not be made: robots.txt is a block, anything else an error."""
    if isinstance(exc, RobotsDisallowed):
        return Collected(profile, Status.BLOCKED, str(exc))
    return Collected(profile, Status.ERROR, str(exc))


def json_of(response: Response) -> Any:
    """The JSON body of an answer, or None when it is not JSON."""
    return response.json() if response.body else None
