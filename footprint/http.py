"""The one HTTP wrapper every collector uses, over the network or from a replay capture.

`Http.get` owns politeness and safety: a user agent that names footprint, no cookies,
no ambient proxies or .netrc (`trust_env` off), connect and read timeouts plus a
whole-request deadline, one budget per source over all its requests (`Http.for_source`),
cancellation between requests and during waits, a cap on decoded bytes, redirects followed by hand (http and
https only, at most 10), a polite wait on 429 with Retry-After, per-host pacing, and
robots.txt plus a public-address check for links fetched on the tool's own initiative.

A transport answers one hop; `NetworkTransport` uses requests, `ReplayTransport`
(footprint.har) answers from a HAR file, and collectors cannot tell them apart.
"""

from __future__ import annotations

import copy
import ipaddress
import json
import logging
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import urljoin, urlsplit

from footprint import __version__
from footprint.errors import (
    Cancelled,
    DeadlineExceeded,
    FetchError,
    ForbiddenAddress,
    RobotsDisallowed,
    TooLarge,
    TooManyRedirects,
    UnsafeRedirect,
)
from footprint.files import MAX_BYTES
from footprint.sanitize import clean_line

if TYPE_CHECKING:
    # requests and urllib3 (and socket and ssl) are imported when a network transport is made, not by
    # replays and scans
    import socket

    import requests
    from requests.adapters import HTTPAdapter

log = logging.getLogger(__name__)

# the tool, its version and its home page: nothing about who runs it or why
USER_AGENT = f"footprint/{__version__} (+https://github.com/footprint-audit/footprint)"
MAX_REDIRECTS = 10
CONNECT_TIMEOUT = 5.0
READ_TIMEOUT = 10.0
DEADLINE = 20.0
RETRY_AFTER_CAP = 30.0      # never wait longer than this for a 429
HOST_INTERVAL = 1.0         # seconds between two requests to one host over the network
ALLOWED_SCHEMES = ("http", "https")


@dataclass
class Response:
    """One HTTP answer: the final URL, status, headers (lower-case names) and body bytes."""

    url: str
    status: int
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    history: list[tuple[int, str]] = field(default_factory=list)

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    @property
    def charset(self) -> str | None:
        for part in self.headers.get("content-type", "").split(";")[1:]:
            name, _, value = part.partition("=")
            if name.strip().lower() == "charset" and value.strip():
                return value.strip().strip("\"'")
        return None

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300

    @property
    def redirect_chain(self) -> list[str]:
        """Every URL visited, the final one last."""
        return [u for _, u in self.history] + [self.url]

    def text(self) -> str:
        """The body decoded by its declared charset, else UTF-8; never raises."""
        charset = self.charset or "utf-8"
        try:
            return self.body.decode(charset, errors="replace")
        except LookupError:
            return self.body.decode("utf-8", errors="replace")

    def json(self) -> Any:
        """The body as JSON, or None when it is not JSON."""
        try:
            return json.loads(self.text())
        except ValueError:
            return None


class Transport(Protocol):
    """Answers one request, without following redirects."""

    def send(self, url: str, headers: Mapping[str, str], *, guarded: bool,
             deadline: float | None = None) -> Response:
        """`deadline` is the seconds this request may take at most (None: the transport's own)."""
        ...


# ---------------------------------------------------------------- address guard

_BLOCKED_NETS = [ipaddress.ip_network(n) for n in (
    "64:ff9b::/96", "64:ff9b:1::/48", "2002::/16", "2001::/32", "100.64.0.0/10", "224.0.0.0/4",
    "ff00::/8")]


def is_public_address(address: str) -> bool:
    """True only for globally routable unicast addresses (mapped IPv4 unwrapped)."""
    try:
        ip = ipaddress.ip_address(address.split("%")[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if any(ip in net for net in _BLOCKED_NETS if net.version == ip.version):
        return False
    return ip.is_global and not ip.is_multicast


class _AddressGuard:
    """Which non-public addresses a guarded connection may still reach (tests only)."""

    allowed: set[str] = set()

    @classmethod
    def check(cls, address: str, host: str) -> None:
        if address in cls.allowed or is_public_address(address):
            return
        raise ForbiddenAddress(f"{host} resolves to a non-public address ({address}); not followed")


class _Guarded:
    """Checks every address a host resolves to before connecting (so no packet goes to a
    non-public address), then the address the socket actually reached, before anything is sent
    (so a DNS answer that changes between the two cannot slip through)."""

    host: str
    port: int
    _dns_host: str

    def _new_conn(self) -> socket.socket:
        import socket

        try:
            infos = socket.getaddrinfo(self._dns_host, self.port, type=socket.SOCK_STREAM)
        except (socket.gaierror, UnicodeError):
            infos = []  # the connection below fails with the resolver's own error
        for info in infos:
            _AddressGuard.check(str(info[4][0]), self.host)
        # a mixin: mypy cannot see that the HTTP(S)Connection after it in the MRO has _new_conn
        sock = super()._new_conn()  # type: ignore[misc]
        try:
            _AddressGuard.check(sock.getpeername()[0], self.host)
        except ForbiddenAddress:
            sock.close()
            raise
        return sock


def _guarded_adapter() -> HTTPAdapter:
    """An adapter whose sockets are checked against the public-address rule at connect time,
    which also defeats DNS rebinding between a check and the connection."""
    from requests.adapters import HTTPAdapter
    from urllib3.connection import HTTPConnection, HTTPSConnection
    from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

    class _GuardedHTTPConnection(_Guarded, HTTPConnection):
        pass

    class _GuardedHTTPSConnection(_Guarded, HTTPSConnection):
        pass

    class _GuardedHTTPPool(HTTPConnectionPool):
        ConnectionCls = _GuardedHTTPConnection

    class _GuardedHTTPSPool(HTTPSConnectionPool):
        ConnectionCls = _GuardedHTTPSConnection

    class _GuardedAdapter(HTTPAdapter):
        def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
            super().init_poolmanager(*args, **kwargs)
            self.poolmanager.pool_classes_by_scheme = {"http": _GuardedHTTPPool, "https": _GuardedHTTPSPool}

    return _GuardedAdapter()


def _no_cookies_session(adapter: HTTPAdapter | None = None) -> requests.Session:
    import http.cookiejar

    import requests

    session = requests.Session()
    session.trust_env = False  # no ambient proxies, no ~/.netrc credentials
    session.cookies.set_policy(http.cookiejar.DefaultCookiePolicy(allowed_domains=[]))
    if adapter is not None:
        session.mount("http://", adapter)
        session.mount("https://", adapter)
    return session


class NetworkTransport:
    """Real requests: streamed, capped and under a deadline; never a cookie."""

    def __init__(self, *, max_bytes: int = MAX_BYTES, deadline: float = DEADLINE,
                 connect_timeout: float = CONNECT_TIMEOUT, read_timeout: float = READ_TIMEOUT) -> None:
        self.max_bytes = max_bytes
        self.deadline = deadline
        self.timeout = (connect_timeout, read_timeout)
        self._session = _no_cookies_session()
        self._guarded = _no_cookies_session(_guarded_adapter())

    def send(self, url: str, headers: Mapping[str, str], *, guarded: bool,
             deadline: float | None = None) -> Response:
        import requests
        import urllib3

        session = self._guarded if guarded else self._session
        start = time.monotonic()
        limit = self.deadline if deadline is None else min(self.deadline, deadline)
        # a source's budget also bounds the wait for a first byte, which the read loop cannot see
        timeout = self.timeout if deadline is None else (min(self.timeout[0], deadline), min(self.timeout[1], deadline))
        try:
            with session.get(url, headers=dict(headers), stream=True, timeout=timeout,
                             allow_redirects=False) as r:
                length = r.headers.get("Content-Length", "")
                if length.isdigit() and int(length) > self.max_bytes:
                    raise TooLarge(f"page too large ({int(length):,} bytes, the cap is {self.max_bytes:,})")
                body = bytearray()
                while True:
                    # read1 returns what has arrived, so the deadline holds against a trickle
                    chunk = r.raw.read1(64 * 1024, decode_content=True)
                    if not chunk:
                        break
                    body += chunk
                    if len(body) > self.max_bytes:
                        raise TooLarge(f"page too large (over {self.max_bytes:,} bytes once decoded)")
                    if time.monotonic() - start > limit:
                        raise DeadlineExceeded(f"took longer than {limit:g} s")
                # header names and values come from outside: cleaned here, once, for every reader
                return Response(url=url, status=r.status_code,
                                headers={clean_line(k).lower(): clean_line(v) for k, v in r.headers.items()},
                                body=bytes(body))
        except FetchError:
            raise
        except requests.exceptions.Timeout:
            if deadline is not None and time.monotonic() - start >= deadline:
                raise DeadlineExceeded(f"took longer than the {deadline:.3g} s left") from None
            raise FetchError("the site did not answer in time") from None
        except (requests.exceptions.RequestException, urllib3.exceptions.HTTPError, OSError) as exc:
            guard = _find_cause(exc, ForbiddenAddress)
            if guard is not None:
                raise guard from None
            raise FetchError(describe_failure(exc, url)) from None


def _find_cause(exc: BaseException, kind: type[BaseException]) -> BaseException | None:
    seen: set[int] = set()
    stack: list[BaseException | None] = [exc]
    while stack:
        e = stack.pop()
        if e is None or id(e) in seen:
            continue
        seen.add(id(e))
        if isinstance(e, kind):
            return e
        stack.extend([e.__cause__, e.__context__])
        stack.extend(a for a in getattr(e, "args", ()) if isinstance(a, BaseException))
        reason = getattr(e, "reason", None)  # urllib3 keeps its cause here; ssl keeps a string
        if isinstance(reason, BaseException):
            stack.append(reason)
    return None


def describe_failure(exc: BaseException, url: str) -> str:
    """One short sentence for a failed request, never the library's own text (which quotes pools,
    retries and causes, and would be cut mid-word)."""
    import socket
    import ssl

    import requests  # loaded already: only a network transport fails this way
    import urllib3

    host = clean_line(urlsplit(url).hostname or url)
    if _find_cause(exc, socket.gaierror) is not None \
            or _find_cause(exc, urllib3.exceptions.NameResolutionError) is not None:
        return f"could not find {host}: are you online?"
    if _find_cause(exc, ConnectionRefusedError) is not None:
        return f"{host} refused the connection"
    if isinstance(exc, requests.exceptions.SSLError) or _find_cause(exc, ssl.SSLError) is not None:
        return f"could not make a secure connection to {host} (its certificate was not accepted)"
    if _find_cause(exc, urllib3.exceptions.DecodeError) is not None \
            or isinstance(exc, requests.exceptions.ContentDecodingError):
        return f"{host} sent a compressed page that could not be decompressed"
    if _find_cause(exc, ConnectionResetError) is not None:
        return f"{host} reset the connection"
    if isinstance(exc, (requests.exceptions.ChunkedEncodingError, urllib3.exceptions.ProtocolError)) \
            and _find_cause(exc, urllib3.exceptions.IncompleteRead) is not None:
        return f"the connection to {host} broke off before the page was complete"
    if isinstance(exc, (requests.exceptions.InvalidURL, requests.exceptions.InvalidSchema,
                        requests.exceptions.MissingSchema, urllib3.exceptions.LocationValueError)):
        return f"not a web address footprint can fetch: {clean_line(url)[:200]}"
    if isinstance(exc, requests.exceptions.ConnectionError):
        return f"could not connect to {host}, or it sent an answer that is not valid HTTP"
    return f"the request to {host} failed ({type(exc).__name__})"


# ---------------------------------------------------------------- robots.txt

class RobotsPolicy:
    """robots.txt for URLs fetched on the tool's own initiative (RFC 9309 via protego).

    A 4xx means no rules (allowed); a 5xx or an unreachable file means disallowed.
    """

    def __init__(self) -> None:
        self._cache: dict[str, Any] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()

    def allowed(self, url: str, http: Http) -> bool:
        """Whether robots.txt lets footprint fetch `url`; the file is read through `http`, the
        caller's own view, so it gets the same address guard, budget and cancellation."""
        from protego import Protego

        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        with self._lock:
            lock = self._locks.setdefault(origin, threading.Lock())
        with lock:
            if origin not in self._cache:
                try:
                    # followed=True: robots.txt and each of its redirects are guarded like the link itself
                    r = http.get(origin + "/robots.txt", followed=True, max_redirects=5, robots=False)
                except (Cancelled, ForbiddenAddress):  # the truth, not "robots.txt disallows"
                    raise
                except DeadlineExceeded:
                    if http.budget_ends is not None and time.monotonic() >= http.budget_ends:
                        raise  # the source's own time ran out: not a verdict on the site, so not cached
                    self._cache[origin] = False
                except FetchError:
                    self._cache[origin] = False
                else:
                    if r.ok:
                        self._cache[origin] = Protego.parse(r.body[:512 * 1024].decode("utf-8", "replace"))
                    elif 400 <= r.status < 500:
                        self._cache[origin] = True
                    else:
                        self._cache[origin] = False
            rules = self._cache[origin]
        if isinstance(rules, bool):
            return rules
        return bool(rules.can_fetch(url, "footprint"))


# ---------------------------------------------------------------- the client

class Http:
    """What collectors call: `get(url)` with redirects, pacing, 429 handling and robots."""

    def __init__(self, transport: Transport, *, pacing: float = 0.0,
                 sleep: Callable[[float], None] | None = None, max_redirects: int = MAX_REDIRECTS,
                 user_agent: str = USER_AGENT) -> None:
        self.transport = transport
        self.pacing = pacing
        self.max_redirects = max_redirects
        self.user_agent = user_agent
        self._sleep = sleep          # tests pass a recorder; None waits for real (and can be cancelled)
        self._last: dict[str, float] = {}
        self._lock = threading.Lock()
        self.robots = RobotsPolicy()
        self.followed_default = False
        self.budget_ends: float | None = None     # time.monotonic() by which this source must be done
        self.budget = 0.0
        self.cancel = threading.Event()
        self.interrupted = False                  # set when a request of this view was cancelled

    def following(self) -> Http:
        """A view of this client for links fetched on the tool's own initiative: every
        request obeys robots.txt and the public-address rule. Pacing and the robots
        cache are shared with the original."""
        view = copy.copy(self)
        view.followed_default = True
        return view

    def for_source(self, budget: float, cancel: threading.Event) -> Http:
        """A view for one source: all its requests, redirects and waits share `budget` seconds,
        and none is started once `cancel` is set. Pacing and robots are shared with the original."""
        view = copy.copy(self)
        view.budget = budget
        view.budget_ends = time.monotonic() + budget
        view.cancel = cancel
        view.interrupted = False
        return view

    def _remaining(self) -> float | None:
        """Seconds left of this view's budget (None: no budget); raises when stopped or spent."""
        if self.cancel.is_set():
            self.interrupted = True
            raise Cancelled("the audit was stopped before this request")
        if self.budget_ends is None:
            return None
        left = self.budget_ends - time.monotonic()
        if left <= 0:
            raise self._spent()
        return left

    def _spent(self) -> DeadlineExceeded:
        return DeadlineExceeded(f"took longer than the {self.budget:g} s allowed for one profile")

    def _send(self, url: str, headers: Mapping[str, str], *, guarded: bool) -> Response:
        left = self._remaining()
        try:
            return self.transport.send(url, headers, guarded=guarded, deadline=left)
        except DeadlineExceeded:
            if left is not None and self.budget_ends is not None and time.monotonic() >= self.budget_ends:
                raise self._spent() from None
            raise

    def _wait(self, seconds: float) -> None:
        if self._sleep is not None:
            self._sleep(seconds)
        elif self.cancel.wait(seconds):
            self.interrupted = True
            raise Cancelled("the audit was stopped during a wait")

    @classmethod
    def network(cls) -> Http:
        return cls(NetworkTransport(), pacing=HOST_INTERVAL)

    def get(self, url: str, *, headers: Mapping[str, str] | None = None, followed: bool | None = None,
            max_redirects: int | None = None, robots: bool | None = None) -> Response:
        """Fetch `url`, following redirects by hand.

        `followed=True` marks a link fetched on the tool's own initiative: robots.txt is
        obeyed at every hop and only public addresses are reached.
        """
        followed = self.followed_default if followed is None else followed
        check_robots = followed if robots is None else robots
        limit = self.max_redirects if max_redirects is None else max_redirects
        send_headers = {"User-Agent": self.user_agent, "Accept": "text/html,application/json;q=0.9,*/*;q=0.5",
                        "Accept-Language": "en-GB,en;q=0.8"}
        send_headers.update(headers or {})
        history: list[tuple[int, str]] = []
        current = url
        while True:
            scheme = urlsplit(current).scheme.lower()
            if scheme not in ALLOWED_SCHEMES:
                raise UnsafeRedirect(f"refused to follow a redirect to a {scheme or 'relative'}: URL")
            if check_robots and not self.robots.allowed(current, self):
                raise RobotsDisallowed(f"robots.txt of {urlsplit(current).netloc} disallows {current}")
            r = self._send_politely(current, send_headers, guarded=followed)
            location = r.headers.get("location")
            if r.status in (301, 302, 303, 307, 308) and location:
                if len(history) >= limit:
                    raise TooManyRedirects(f"more than {limit} redirects")
                history.append((r.status, current))
                current = urljoin(current, location.strip())
                continue
            r.history = history
            r.url = current
            return r

    def _send_politely(self, url: str, headers: Mapping[str, str], *, guarded: bool) -> Response:
        host = urlsplit(url).netloc.lower()
        self._pace(host)
        r = self._send(url, headers, guarded=guarded)
        if r.status == 429:
            wait = retry_after_seconds(r.headers.get("retry-after"))
            left = self._remaining()
            if wait is not None and wait <= RETRY_AFTER_CAP and (left is None or wait < left):
                log.info("%s asked us to wait %.0f s (429); waiting once", host, wait)
                self._wait(wait)
                self._pace(host)
                r = self._send(url, headers, guarded=guarded)
        return r

    def _pace(self, host: str) -> None:
        self._remaining()
        if self.pacing <= 0:
            return
        with self._lock:
            wait = self._last.get(host, 0.0) + self.pacing - time.monotonic()
            self._last[host] = time.monotonic() + max(wait, 0.0)
        if wait > 0:
            self._wait(wait)


def retry_after_seconds(value: str | None) -> float | None:
    """Seconds from a Retry-After header (delta or HTTP date); None when absent or bad."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    import email.utils     # imported here: with http.cookiejar, it costs start-up a tenth of its imports

    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - time.time())
